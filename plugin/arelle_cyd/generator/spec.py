"""One source-neutral model of the disclosure document, rendered into JSON Schema and dataclasses.

The catalogue reader and the taxonomy reader both produce a ``DisclosureSpec``;
the two renderers read nothing else. That is what keeps the published JSON
Schema and the generated dataclasses in step, whatever the concepts came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from arelle_cyd.catalogue import Section
from arelle_cyd.catalogue.model import Regulation

SCHEMA_VERSION = "1.0.0"
"""The document shape's version: a new minor adds optional members, a new major changes ``$id``."""

SCHEMA_MAJOR = SCHEMA_VERSION.split(".", 1)[0]


def schema_id(year: str) -> str:
    """The stable ``$id`` of one cyd release's disclosure schema.

    A URN rather than an https URL: the project publishes the schema inside its
    package, not on a web host, and an ``$id`` must never pretend to be fetchable.
    """
    return f"urn:arelle-cyd:cyd-disclosure:{year}:v{SCHEMA_MAJOR}"


def schema_file_name(year: str) -> str:
    return f"cyd-disclosure-{year}.schema.json"


class Kind(StrEnum):
    """How a value is written in JSON and typed in Python (also the dataclass metadata ``kind``)."""

    BOOLEAN = "boolean"
    HTML = "html"  # a text block: an HTML string
    STRING = "string"
    DATE = "date"  # an ISO date string; datetime.date in Python
    INTEGER = "integer"
    STRINGS = "strings"  # a list of strings
    RECORD = "record"  # one nested object
    RECORDS = "records"  # a list of nested objects
    PROVENANCE = "provenance"  # JSON Pointer -> list of FactRef


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One member of a generated object: a JSON key, a Python attribute and their type.

    ``optional`` members may be left out of the JSON (``ABSENT`` in Python);
    ``nullable`` members may be ``null`` (``None``). Concept members are both.
    """

    json_key: str
    kind: Kind
    description: str
    title: str | None = None
    nullable: bool = False
    optional: bool = False
    record: str | None = None  # the RecordSpec name for RECORD and RECORDS
    schema_extra: tuple[tuple[str, Any], ...] = ()  # more JSON Schema keywords, in order
    metadata: tuple[tuple[str, Any], ...] = ()  # more dataclass field metadata (QName ...)
    default: str | None = None  # a Python expression for the default, when not ABSENT

    @property
    def py_name(self) -> str:
        return snake_case(self.json_key.lstrip("$"))


@dataclass(frozen=True, slots=True)
class RecordSpec:
    """One generated object type: a ``$defs`` entry and a frozen dataclass."""

    name: str
    description: str
    fields: tuple[FieldSpec, ...]
    annotations: tuple[tuple[str, Any], ...] = ()  # x-... keywords of the $defs entry


@dataclass(frozen=True, slots=True)
class ConceptSpec:
    """One fact-carrying concept, as a property of its group."""

    local_name: str
    prefix: str
    namespace: str
    kind: Kind
    item_type: str
    period_type: str
    nillable: bool
    label: str
    documentation: str | None
    regulation: Regulation | None
    evidence: tuple[tuple[str, str], ...]  # (basis, detail)
    verified: bool
    references: tuple[str, ...] = ()  # reference linkbase citations, when a taxonomy has them

    @property
    def qname(self) -> str:
        return f"{self.prefix}:{self.local_name}"

    @property
    def description(self) -> str:
        parts = []
        if self.documentation:
            parts.append(self.documentation.strip())
        if self.regulation is not None:
            wording = self.regulation.wording.strip().rstrip(".")
            parts.append(f"{self.regulation.paragraph} ({self.regulation.citation}): {wording}.")
        return " ".join(parts) if parts else self.label


@dataclass(frozen=True, slots=True)
class GroupLayout:
    """Where a catalogue section goes in the document (the same for every source)."""

    key: str
    class_name: str
    title: str
    sec_item: str | None
    repeated: bool
    section: str
    forms: str | None = None  # "annual": annual reports always carry the group


@dataclass(frozen=True, slots=True)
class GroupSpec:
    """A section of the disclosure with its concepts."""

    layout: GroupLayout
    concepts: tuple[ConceptSpec, ...]

    @property
    def key(self) -> str:
        return self.layout.key

    @property
    def class_name(self) -> str:
        return self.layout.class_name

    @property
    def title(self) -> str:
        return self.layout.title

    @property
    def sec_item(self) -> str | None:
        return self.layout.sec_item

    @property
    def repeated(self) -> bool:
        return self.layout.repeated

    @property
    def forms(self) -> str | None:
        return self.layout.forms


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What a schema was generated from, recorded in every output file.

    ``kind`` is ``catalogue``, ``taxonomy`` (a schema without arelle-cyd's
    reconstruction marker) or ``reconstruction`` (arelle-cyd's own stand-in,
    never to be presented as the SEC's file).
    """

    kind: str
    description: str
    catalogue_version: str | None = None
    url: str | None = None
    file: str | None = None
    sha256: str | None = None
    package_sha256: str | None = None
    notice: str | None = None
    differences: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("onlyInTaxonomy", names) ...

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "description": self.description}
        optional = {
            "catalogueVersion": self.catalogue_version,
            "url": self.url,
            "file": self.file,
            "sha256": self.sha256,
            "packageSha256": self.package_sha256,
            "notice": self.notice,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        if self.differences:
            data["catalogueDifferences"] = {k: list(v) for k, v in self.differences}
        return data


@dataclass(frozen=True, slots=True)
class DisclosureSpec:
    """Everything one year's schema and models are rendered from."""

    year: str
    prefix: str
    namespace: str
    schema_url: str
    groups: tuple[GroupSpec, ...]
    source: SourceInfo
    generator: str
    incident_axis: str | None = None  # Clark name of the axis that separates incidents

    @property
    def schema_id(self) -> str:
        return schema_id(self.year)

    @property
    def module_name(self) -> str:
        return f"cyd{self.year}"


GROUP_LAYOUT: tuple[GroupLayout, ...] = (
    GroupLayout(
        "riskManagementAndStrategy",
        "RiskManagementAndStrategy",
        "Risk management and strategy",
        "Regulation S-K Item 106(b), Form 10-K Item 1C; Form 20-F Item 16K(b)",
        repeated=False,
        section=Section.RISK_MANAGEMENT.value,
        forms="annual",
    ),
    GroupLayout(
        "governance",
        "Governance",
        "Governance",
        "Regulation S-K Item 106(c), Form 10-K Item 1C; Form 20-F Item 16K(c)",
        repeated=False,
        section=Section.GOVERNANCE.value,
        forms="annual",
    ),
    GroupLayout(
        "incidents",
        "Incident",
        "Material cybersecurity incident",
        "Form 8-K Item 1.05; Form 6-K",
        repeated=True,
        section=Section.INCIDENT.value,
        forms="current",
    ),
)
OTHER_GROUP = GroupLayout(
    "otherDisclosures",
    "OtherDisclosures",
    "Other cyd concepts",
    None,
    repeated=False,
    section="other",
)
"""Concepts a taxonomy declares that neither the catalogue nor the presentation places."""

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """``MaterialImpactTextBlock`` -> ``material_impact_text_block``; ``CIKNumber`` -> ``cik_number``."""
    return _CAMEL_BOUNDARY.sub("_", name).lower()
