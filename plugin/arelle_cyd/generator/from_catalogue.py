"""A ``DisclosureSpec`` from arelle-cyd's own concept catalogue (the default source)."""

from __future__ import annotations

from arelle_cyd import catalogue
from arelle_cyd._version import __version__
from arelle_cyd.catalogue import CatalogueVersion, Concept
from arelle_cyd.generator.spec import (
    GROUP_LAYOUT,
    ConceptSpec,
    DisclosureSpec,
    GroupSpec,
    Kind,
    SourceInfo,
)

GENERATOR = f"arelle-cyd {__version__}"

_KIND_BY_ITEM_TYPE = {
    "xbrli:booleanItemType": Kind.BOOLEAN,
    "dtr-types:textBlockItemType": Kind.HTML,
    "xbrli:dateItemType": Kind.DATE,
}


def kind_of_item_type(item_type: str) -> Kind:
    """The JSON kind of a catalogue item type; anything not boolean, text block or date is a string."""
    return _KIND_BY_ITEM_TYPE.get(item_type, Kind.STRING)


def concept_spec(concept: Concept) -> ConceptSpec:
    return ConceptSpec(
        local_name=concept.local_name,
        prefix="cyd",
        namespace=concept.namespace,
        kind=kind_of_item_type(concept.item_type),
        item_type=concept.item_type,
        period_type=concept.period_type,
        nillable=concept.nillable,
        label=concept.label,
        documentation=None,
        regulation=concept.regulation,
        evidence=tuple((e.basis, e.detail) for e in concept.evidence),
        verified=concept.verified,
    )


def catalogue_source(version: CatalogueVersion) -> SourceInfo:
    return SourceInfo(
        kind="catalogue",
        description=f"{version.source} (no official taxonomy file was read)",
        catalogue_version=version.catalogue_version,
    )


def spec_for_year(year: str) -> DisclosureSpec:
    version = catalogue.load(year)
    groups = tuple(
        GroupSpec(
            layout,
            tuple(concept_spec(c) for c in version.fact_concepts() if c.section.value == layout.section),
        )
        for layout in GROUP_LAYOUT
    )
    return DisclosureSpec(
        year=version.year,
        prefix=version.prefix,
        namespace=version.namespace,
        schema_url=version.schema_url,
        groups=groups,
        source=catalogue_source(version),
        generator=GENERATOR,
        incident_axis=version.incident.axis.clark,
    )
