"""Typed view of the concept catalogue.

The catalogue is the single place where cyd concept names live. Rules, the
generator, the exporter and the synthetic-filing strategies read it through
these types, so a renamed or added concept is a data change, not a code change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

CYD_NAMESPACE_PATTERN = re.compile(r"^http://xbrl\.sec\.gov/cyd/(\d{4})$")
CYD_ENTRY_POINT_NAMESPACE_PATTERN = re.compile(r"^http://xbrl\.sec\.gov/(cyd-[a-z0-9-]+)/(\d{4})$")


class Kind(StrEnum):
    FLAG = "flag"
    TEXT_BLOCK = "textBlock"
    ABSTRACT = "abstract"
    TABLE = "table"
    AXIS = "axis"
    ITEM = "item"


class Section(StrEnum):
    """Where a concept belongs in the disclosure (and in the exported JSON)."""

    RISK_MANAGEMENT = "riskManagementAndStrategy"
    GOVERNANCE = "governance"
    INCIDENT = "incident"
    STRUCTURE = "structure"


class FormSet(StrEnum):
    ANNUAL = "ANNUAL"
    CURRENT = "CURRENT"


@dataclass(frozen=True, slots=True)
class Evidence:
    basis: str
    detail: str


@dataclass(frozen=True, slots=True)
class Regulation:
    citation: str
    paragraph: str
    wording: str


@dataclass(frozen=True, slots=True)
class Concept:
    """One cyd concept as the catalogue knows it, with the evidence for each claim."""

    alias: str
    local_name: str
    namespace: str
    kind: Kind
    item_type: str
    period_type: str
    nillable: bool
    abstract: bool
    label: str
    section: Section
    regulation: Regulation
    forms: FormSet
    verified: bool
    evidence: tuple[Evidence, ...]
    substitution_group: str = "xbrli:item"

    @property
    def qname(self) -> str:
        return f"cyd:{self.local_name}"

    @property
    def clark(self) -> str:
        return f"{{{self.namespace}}}{self.local_name}"

    @property
    def is_flag(self) -> bool:
        return self.kind is Kind.FLAG

    @property
    def is_text_block(self) -> bool:
        return self.kind is Kind.TEXT_BLOCK

    @property
    def carries_facts(self) -> bool:
        return self.kind in (Kind.FLAG, Kind.TEXT_BLOCK)

    @property
    def is_item106(self) -> bool:
        return self.carries_facts and self.forms is FormSet.ANNUAL

    @property
    def is_item105(self) -> bool:
        return self.carries_facts and self.forms is FormSet.CURRENT


@dataclass(frozen=True, slots=True)
class Pair:
    """A "whether" flag and the text block that answers "how" (cyd-rules.md P1-P4)."""

    id: str
    flag: Concept
    text_block: Concept
    paragraph: str
    wording: str


@dataclass(frozen=True, slots=True)
class Requirement:
    """An unconditional Item 106 "Describe" paragraph met by any one of its concepts."""

    paragraph: str
    any_of: tuple[Concept, ...]


@dataclass(frozen=True, slots=True)
class Detail:
    """A parent description and the sub-paragraph details that presuppose it."""

    parent: Concept
    children: tuple[Concept, ...]
    paragraph: str


@dataclass(frozen=True, slots=True)
class PositionsDependents:
    """Item 106(c)(2)(ii)-(iii) refer to "such persons or committees" of (c)(2)(i)."""

    flag: Concept
    paragraph: str
    warn_when_true: tuple[Concept, ...]
    warn_when_present: tuple[Concept, ...]
    info_when_present: tuple[Concept, ...]


@dataclass(frozen=True, slots=True)
class IncidentStructure:
    required: tuple[Concept, ...]
    not_available: Concept
    axis: Concept


@dataclass(frozen=True, slots=True)
class EntryPoint:
    prefix: str
    url: str
    namespace: str


@dataclass(frozen=True, slots=True)
class CatalogueVersion:
    """The catalogue of one cyd taxonomy release (one namespace year)."""

    year: str
    catalogue_version: str
    namespace: str
    prefix: str
    schema_url: str
    entry_points: tuple[EntryPoint, ...]
    version_evidence: tuple[Evidence, ...]
    concepts: tuple[Concept, ...]
    pairs: tuple[Pair, ...]
    annual_requirements: tuple[Requirement, ...]
    details: tuple[Detail, ...]
    positions_dependents: PositionsDependents
    incident: IncidentStructure
    presentation: tuple[tuple[Concept, tuple[Concept, ...]], ...]
    _by_alias: Mapping[str, Concept] = field(repr=False, compare=False, default_factory=dict)
    _by_name: Mapping[str, Concept] = field(repr=False, compare=False, default_factory=dict)

    def by_alias(self, alias: str) -> Concept:
        return self._by_alias[alias]

    def by_local_name(self, local_name: str) -> Concept | None:
        return self._by_name.get(local_name)

    def fact_concepts(self) -> Iterator[Concept]:
        return (c for c in self.concepts if c.carries_facts)

    @property
    def item106(self) -> tuple[Concept, ...]:
        return tuple(c for c in self.concepts if c.is_item106)

    @property
    def item105(self) -> tuple[Concept, ...]:
        return tuple(c for c in self.concepts if c.is_item105)

    @property
    def source(self) -> str:
        return f"arelle-cyd catalogue {self.catalogue_version}"
