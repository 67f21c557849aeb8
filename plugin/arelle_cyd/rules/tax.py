"""TAX: which cyd taxonomy the filing uses, and what the plugin checked it against (cyd-rules.md 3.7).

TAX.7-TAX.9 make the catalogue's limits visible: an unknown name is reported,
never dropped, and every filing says once whether the official taxonomy, the
offline reconstruction or only the catalogue stood behind the checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from arelle_cyd import catalogue
from arelle_cyd.filing import Fact, FilingView, LoadedConcept
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule

_CYD_SCHEMA_URL = re.compile(r"^https?://xbrl\.sec\.gov/cyd/\d{4}/")


def _unknown_facts(filing: FilingView) -> dict[tuple[str, str], list[Fact]]:
    unknown: dict[tuple[str, str], list[Fact]] = {}
    for fact in filing.facts:
        if catalogue.is_cyd_namespace(fact.namespace) and filing.concept_of(fact) is not None:
            continue
        unknown.setdefault((fact.namespace, fact.local_name), []).append(fact)
    return unknown


def _official_concepts(filing: FilingView) -> dict[tuple[str, str], LoadedConcept]:
    if not filing.taxonomy.official:
        return {}
    return {(c.namespace, c.local_name): c for c in filing.taxonomy.loaded_cyd_concepts}


@rule(
    "CYD.TAX.7",
    title="cyd concept unknown to the catalogue, or unverified",
    severity=Severity.WARNING,
    other_severities=(Severity.INFO,),
    condition="A fact in a cyd namespace or a cyd entry-point namespace whose local name the catalogue "
    "does not know -> warning, or info when the loaded official taxonomy defines it (catalogue out of "
    "date). Once per filing, when the official taxonomy is not loaded and a fact uses a catalogue name "
    "marked unverified -> info.",
    message="%(concept)s is not in the plugin's cyd concept catalogue (%(namespace)s); it was not validated.",
    authority="Catalogue names are partly unverified (cyd-concepts.md 1.2, 3); unknown names must surface, "
    "not vanish",
    origin=Origin.PROPOSAL,
    applies_to="any fact in a cyd or cyd entry-point namespace",
)
def tax_7(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    official = _official_concepts(filing)
    for (namespace, local_name), facts in _unknown_facts(filing).items():
        if (namespace, local_name) in official:
            yield Hit(
                {"concept": facts[0].qname, "namespace": namespace},
                facts=tuple(facts),
                severity=Severity.INFO,
                suffix="catalogueOutOfDate",
                template="%(concept)s is defined by the official cyd taxonomy (%(namespace)s) but not by the "
                "plugin's catalogue; the catalogue is out of date and the fact was only partly validated.",
            )
        else:
            yield Hit(
                {"concept": facts[0].qname, "namespace": namespace},
                facts=tuple(facts),
                suffix="unknownConcept",
            )
    if filing.taxonomy.official:
        return
    unverified = [f for f in filing.cyd_facts() if (c := filing.concept_of(f)) is not None and not c.verified]
    if unverified:
        names = ", ".join(dict.fromkeys(f.qname for f in unverified))
        yield Hit(
            {"concept": names, "namespace": unverified[0].namespace},
            facts=tuple(unverified),
            severity=Severity.INFO,
            suffix="unverifiedName",
            template="%(concept)s is checked against an unverified concept name; please report whether the "
            "official taxonomy defines it.",
        )


@rule(
    "CYD.TAX.8",
    title="Source of the concept definitions used",
    severity=Severity.INFO,
    condition="Once per filing with cyd facts: says whether the official cyd taxonomy, arelle-cyd's offline "
    "reconstruction, or the built-in catalogue alone defined the concepts the rules used.",
    message="cyd facts were checked against %(source)s.",
    authority="arelle-cyd design: the official taxonomy when Arelle can load it, else the built-in catalogue "
    "(cyd-concepts.md 1.2)",
    origin=Origin.PROPOSAL,
    notes="Added by arelle-cyd (not in the first rule catalogue) so that no report hides which definitions "
    "it relied on.",
)
def tax_8(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if not any(True for _ in filing.cyd_facts()):
        return
    versions = ", ".join(v.source for v in filing.versions())
    # Only a reconstructed cyd schema defines cyd concepts; a reconstructed dei schema alone does not.
    cyd_reconstruction = sorted(u for u in filing.taxonomy.reconstruction_urls if _CYD_SCHEMA_URL.match(u))
    if filing.taxonomy.official:
        source = f"the official cyd taxonomy ({', '.join(sorted(filing.taxonomy.official_cyd_urls))})"
    elif cyd_reconstruction:
        source = (
            f"{versions} through arelle-cyd's offline RECONSTRUCTION of "
            f"{', '.join(cyd_reconstruction)} (not the SEC's files)"
        )
    else:
        source = f"{versions}; the official cyd taxonomy was not loaded (offline or unreachable)"
    yield Hit({"source": source})


@rule(
    "CYD.TAX.9",
    title="Official taxonomy differs from the catalogue",
    severity=Severity.INFO,
    condition="The official cyd taxonomy is loaded and differs from the catalogue: a concept the catalogue "
    "lacks, a catalogue concept the taxonomy lacks, or another item type or period type. One finding per "
    "difference.",
    message="%(difference)s",
    authority="cyd-concepts.md 1.2: cross-check the loaded taxonomy against the catalogue and report any "
    "disagreement; never silently prefer one",
    origin=Origin.PROPOSAL,
    notes="Added by arelle-cyd. The official definitions are used where they disagree; regenerate the "
    "catalogue-derived files from the official taxonomy (docs/taxonomy.md).",
)
def tax_9(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    official = _official_concepts(filing)
    if not official:
        return
    namespaces = {ns for ns, _ in official}
    for namespace in sorted(namespaces):
        version = catalogue.for_namespace(namespace)
        if version is None:
            continue
        declared = {name: c for (ns, name), c in official.items() if ns == namespace}
        for name, loaded in sorted(declared.items()):
            known = version.by_local_name(name)
            if known is None:
                yield Hit(
                    {
                        "difference": f"cyd:{name} ({namespace}) is in the official taxonomy but not in "
                        f"{version.source}."
                    },
                    suffix="conceptMissingFromCatalogue",
                )
                continue
            for field, theirs, ours in (
                ("item type", loaded.item_type, known.item_type),
                ("period type", loaded.period_type, known.period_type),
            ):
                if theirs is not None and theirs != ours:
                    yield Hit(
                        {
                            "difference": f"cyd:{name} has {field} {theirs} in the official taxonomy but "
                            f"{ours} in {version.source}."
                        },
                        suffix="definitionDiffers",
                    )
        for concept in version.concepts:
            if concept.local_name not in declared:
                yield Hit(
                    {
                        "difference": f"{concept.qname} of {version.source} is not declared by the "
                        f"official taxonomy ({namespace})."
                    },
                    suffix="conceptMissingFromTaxonomy",
                )
