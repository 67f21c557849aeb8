"""An Arelle-free view of what the cyd rules need from one filing.

Rules never touch Arelle objects: they read these frozen records, which the
Arelle adapter (``arelle_view``) fills from a loaded model, from raw XML where
Arelle built no fact, or which tests and strategies build directly. Each record
keeps the Arelle object it came from in ``source`` so findings can point at it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import Any

from arelle_cyd import catalogue
from arelle_cyd.catalogue import CatalogueVersion, Concept
from arelle_cyd.textblock import plain_text

TEXT_BLOCK_TYPE = "dtr-types:textBlockItemType"
BOOLEAN_TYPE = "xbrli:booleanItemType"


class DocumentKind(StrEnum):
    INLINE = "inline"
    INSTANCE = "instance"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Period:
    """A context period with inclusive ISO dates; ``start`` is None for an instant."""

    start: date | None
    end: date

    @property
    def is_instant(self) -> bool:
        return self.start is None

    @property
    def days(self) -> int:
        return 0 if self.start is None else (self.end - self.start).days + 1

    def __str__(self) -> str:
        return (
            self.end.isoformat()
            if self.start is None
            else f"{self.start.isoformat()}..{self.end.isoformat()}"
        )


@dataclass(frozen=True, slots=True)
class Dimension:
    axis: str  # Clark notation {namespace}localName
    member: str  # Clark notation for explicit members, the typed value otherwise
    is_typed: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    id: str
    scheme: str
    identifier: str
    period: Period | None  # None for "forever" or an unreadable period
    dimensions: tuple[Dimension, ...] = ()
    has_scenario: bool = False
    segment_has_non_dimensional_content: bool = False
    source: Any = field(default=None, compare=False, repr=False)
    segment_other_content: tuple[str, ...] = ()  # QNames of non-xbrldi segment children (EFM 6.5.5)

    @property
    def is_dimensionless(self) -> bool:
        return not self.dimensions and not self.has_scenario and not self.segment_has_non_dimensional_content

    @property
    def equivalence_key(self) -> tuple[object, ...]:
        """Equal for s-equal contexts (XBRL 2.1 4.10): entity, period and dimensions, not the id.

        EFM 6.5.12 compares duplicate facts in *equivalent* contexts, so two contexts
        with different ids but the same content must meet in one group.
        """
        period = None if self.period is None else (self.period.start, self.period.end)
        return (
            self.scheme,
            self.identifier,
            period,
            frozenset(self.dimensions),
            self.has_scenario,
            self.segment_other_content,
        )


@dataclass(frozen=True, slots=True)
class Fact:
    """One reported fact (cyd or dei), whether Arelle built it or we read it from XML."""

    namespace: str
    local_name: str
    value: str | None  # the XBRL value (escaped HTML for text blocks); None when nil
    is_nil: bool
    context_id: str | None
    context: Context | None
    fact_id: str | None = None
    lang: str | None = None
    escape: bool | None = None  # inline only: the ix:nonNumeric escape attribute
    format: str | None = None  # inline only: the transform QName as written
    is_hidden: bool = False  # inline only: inside ix:hidden
    document: str | None = None
    line: int | None = None
    from_raw_xml: bool = False  # Arelle built no fact: read from the instance document
    concept_item_type: str | None = None  # from the loaded taxonomy, when Arelle found the concept
    concept_period_type: str | None = None
    value_error: str | None = None  # e.g. a transform Arelle could not apply
    source: Any = field(default=None, compare=False, repr=False)
    format_namespace: str | None = None  # inline only: the namespace of the format QName (its registry)
    hidden_referenced: bool = False  # inline only: an -sec-ix-hidden style points at this hidden fact

    @property
    def clark(self) -> str:
        return f"{{{self.namespace}}}{self.local_name}"

    @property
    def equivalence_key(self) -> object:
        """Equal for facts in the same or an equivalent context (XBRL 2.1 s-equal content)."""
        return self.context.equivalence_key if self.context is not None else ("id", self.context_id)

    @property
    def qname(self) -> str:
        prefix = "cyd" if catalogue.is_cyd_namespace(self.namespace) else _known_prefix(self.namespace)
        return f"{prefix}:{self.local_name}" if prefix else self.clark

    @property
    def is_present(self) -> bool:
        """Counts as "present" for REQ and FLAG rules: reported and not nil."""
        return not self.is_nil

    @property
    def boolean(self) -> bool | None:
        """The xs:boolean value of a flag, or None when it is not a valid boolean."""
        if self.value is None:
            return None
        text = self.value.strip()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        return None

    def describe(self) -> str:
        where = f" in context {self.context_id}" if self.context_id else ""
        ident = f" ({self.fact_id})" if self.fact_id else ""
        return f"{self.qname}{ident}{where}"


def _known_prefix(namespace: str) -> str | None:
    if catalogue.dei_catalogue().year(namespace):
        return "dei"
    if catalogue.is_cyd_entry_point_namespace(namespace):
        match = catalogue.CYD_ENTRY_POINT_NAMESPACE_PATTERN.match(namespace)
        return match.group(1) if match else None
    return None


@dataclass(frozen=True, slots=True)
class LoadedConcept:
    """A concept declaration Arelle loaded from a taxonomy schema."""

    namespace: str
    local_name: str
    item_type: str | None
    period_type: str | None
    label: str | None
    is_abstract: bool
    schema_url: str | None


@dataclass(frozen=True, slots=True)
class TaxonomyInfo:
    """What the DTS says about cyd: which schemas are referenced and what they declare.

    ``official`` is true when a cyd schema was loaded that is not arelle-cyd's offline
    reconstruction; ``reconstruction`` when the reconstruction stood in for it.
    """

    referenced_namespaces: frozenset[str] = frozenset()
    referenced_urls: frozenset[str] = frozenset()
    loaded_cyd_concepts: tuple[LoadedConcept, ...] = ()
    extension_concepts: tuple[LoadedConcept, ...] = ()
    official_cyd_urls: frozenset[str] = frozenset()
    reconstruction_urls: frozenset[str] = frozenset()
    presented_concepts: frozenset[str] | None = None  # Clark names; None when not judgeable

    @property
    def official(self) -> bool:
        return bool(self.official_cyd_urls)

    @property
    def reconstruction(self) -> bool:
        return bool(self.reconstruction_urls)


@dataclass(frozen=True, slots=True)
class Dei:
    """The dei cover values the rules use; each None when not reported or unreadable."""

    document_type: str | None = None
    period_end_date: date | None = None
    amendment: bool | None = None
    transition_report: bool | None = None
    annual_report: bool | None = None
    fiscal_period_focus: str | None = None
    fiscal_year_focus: str | None = None
    cik: str | None = None
    registrant_name: str | None = None
    amendment_description: str | None = None
    required_context_id: str | None = None  # the context of dei:DocumentType


@dataclass(frozen=True)
class FilingView:
    """Everything the rules read about one filing.

    Lookups go through indexes built once per filing on first use (``cached_property``),
    so the rule pass stays linear in the number of facts and contexts.
    """

    source_document: str
    document_kind: DocumentKind
    facts: tuple[Fact, ...]  # cyd facts (cyd and cyd entry-point namespaces)
    dei_facts: tuple[Fact, ...]
    contexts: Mapping[str, Context]  # by id; the Arelle adapter reads each on first use
    dei: Dei
    taxonomy: TaxonomyInfo = TaxonomyInfo()
    co_registrant_members: frozenset[str] = frozenset()
    model: Any = field(default=None, compare=False, repr=False)

    @property
    def required_context(self) -> Context | None:
        cid = self.dei.required_context_id
        return self.contexts.get(cid) if cid else None

    @cached_property
    def cyd_fact_list(self) -> tuple[Fact, ...]:
        """Facts in a cyd namespace proper (not the entry-point namespaces)."""
        return tuple(f for f in self.facts if catalogue.is_cyd_namespace(f.namespace))

    def cyd_facts(self) -> Iterator[Fact]:
        return iter(self.cyd_fact_list)

    @cached_property
    def item106_facts(self) -> tuple[Fact, ...]:
        """cyd facts of Item 106 concepts (Form 10-K Item 1C / 20-F Item 16K), nil ones included."""
        return tuple(f for f in self.cyd_fact_list if (c := self.concept_of(f)) is not None and c.is_item106)

    @cached_property
    def item105_facts(self) -> tuple[Fact, ...]:
        """cyd facts of Item 1.05 incident concepts (Form 8-K / 6-K), nil ones included."""
        return tuple(f for f in self.cyd_fact_list if (c := self.concept_of(f)) is not None and c.is_item105)

    @cached_property
    def _by_name(self) -> dict[str, tuple[Fact, ...]]:
        grouped: dict[str, list[Fact]] = {}
        for fact in self.cyd_fact_list:
            grouped.setdefault(fact.local_name, []).append(fact)
        return {name: tuple(facts) for name, facts in grouped.items()}

    @cached_property
    def _by_name_and_context(self) -> dict[tuple[str, str | None], tuple[Fact, ...]]:
        grouped: dict[tuple[str, str | None], list[Fact]] = {}
        for fact in self.cyd_fact_list:
            grouped.setdefault((fact.local_name, fact.context_id), []).append(fact)
        return {key: tuple(facts) for key, facts in grouped.items()}

    @cached_property
    def cyd_context_ids(self) -> tuple[str | None, ...]:
        """Contexts that carry at least one cyd fact, in document order."""
        return tuple(dict.fromkeys(f.context_id for f in self.cyd_fact_list))

    def facts_named(
        self, local_name: str, context_id: str | None = None, *, any_context: bool = False
    ) -> tuple[Fact, ...]:
        """cyd facts (any cyd year) with this local name, in one context or in all of them."""
        if any_context:
            return self._by_name.get(local_name, ())
        return self._by_name_and_context.get((local_name, context_id), ())

    @cached_property
    def _concepts(self) -> dict[tuple[str, str], Concept | None]:
        resolved: dict[tuple[str, str], Concept | None] = {}
        for fact in self.facts:
            key = (fact.namespace, fact.local_name)
            if key not in resolved:
                version = catalogue.for_namespace(fact.namespace)
                resolved[key] = version.by_local_name(fact.local_name) if version else None
        return resolved

    def catalogue_for(self, fact: Fact) -> CatalogueVersion | None:
        return catalogue.for_namespace(fact.namespace)

    def concept_of(self, fact: Fact) -> Concept | None:
        key = (fact.namespace, fact.local_name)
        if key in self._concepts:
            return self._concepts[key]
        version = self.catalogue_for(fact)
        return version.by_local_name(fact.local_name) if version else None

    def facts_of(self, concept: Concept, context_id: str | None = None) -> list[Fact]:
        if context_id is None:
            return list(self.facts_named(concept.local_name, any_context=True))
        return list(self.facts_named(concept.local_name, context_id))

    def present(self, concept: Concept, context_id: str | None) -> list[Fact]:
        return [f for f in self.facts_named(concept.local_name, context_id) if f.is_present]

    @cached_property
    def cyd_years(self) -> frozenset[str]:
        years = {catalogue.cyd_year(f.namespace) for f in self.cyd_fact_list}
        return frozenset(y for y in years if y)

    @cached_property
    def _versions(self) -> tuple[CatalogueVersion, ...]:
        years = sorted(self.cyd_years) or sorted(
            {
                y
                for ns in self.taxonomy.referenced_namespaces
                if catalogue.is_cyd_namespace(ns) and (y := catalogue.cyd_year(ns))
            }
        )
        if not years:
            return (catalogue.latest(),)
        return tuple(catalogue.for_year(y) for y in years)

    def versions(self) -> Sequence[CatalogueVersion]:
        """Catalogues of the cyd years used by facts, else by the DTS, else the newest."""
        return self._versions

    # ------------------------------------------------------------ indexes for the value rules

    def is_text_block(self, fact: Fact) -> bool:
        """A text block by the catalogue, else by the loaded type, else by the name's suffix."""
        concept = self.concept_of(fact)
        if concept is not None:
            return concept.is_text_block
        if fact.concept_item_type is not None:
            return fact.concept_item_type == TEXT_BLOCK_TYPE
        return fact.local_name.endswith("TextBlock")

    def is_flag(self, fact: Fact) -> bool:
        concept = self.concept_of(fact)
        if concept is not None:
            return concept.is_flag
        if fact.concept_item_type is not None:
            return fact.concept_item_type == BOOLEAN_TYPE
        return fact.local_name.endswith("Flag")

    @cached_property
    def _plain_texts(self) -> dict[int, str]:
        return {id(f): plain_text(f.value) for f in self.text_block_facts if f.value is not None}

    def plain_text(self, fact: Fact) -> str:
        """What a reader sees of a fact's value: markup stripped, whitespace collapsed (cached)."""
        cached = self._plain_texts.get(id(fact))
        return cached if cached is not None else plain_text(fact.value)

    @cached_property
    def text_block_facts(self) -> tuple[Fact, ...]:
        """cyd text-block facts (nil ones included), in document order."""
        return tuple(f for f in self.cyd_fact_list if self.is_text_block(f))

    @cached_property
    def equivalent_fact_groups(self) -> tuple[tuple[Fact, ...], ...]:
        """cyd facts grouped by concept, equivalent context and, for text blocks, language.

        The EFM 6.5.12 duplicate key; only groups of two or more facts are kept.
        """
        groups: dict[tuple[object, ...], list[Fact]] = {}
        for fact in self.cyd_fact_list:
            lang = (fact.lang or "").lower() if self.is_text_block(fact) else None
            groups.setdefault((fact.namespace, fact.local_name, fact.equivalence_key, lang), []).append(fact)
        return tuple(tuple(g) for g in groups.values() if len(g) > 1)


def co_registrant_members(dei_facts: Iterable[Fact]) -> frozenset[str]:
    """dei:LegalEntityAxis members that report dei:EntityCentralIndexKey: the declared co-registrants."""
    members: set[str] = set()
    for fact in dei_facts:
        if fact.local_name == "EntityCentralIndexKey" and fact.context is not None:
            members |= {d.member for d in fact.context.dimensions if d.axis.endswith("}LegalEntityAxis")}
    return frozenset(members)


def split_clark(name: str) -> tuple[str, str]:
    """``{namespace}local`` -> ``(namespace, local)``; a name without a namespace -> ``("", name)``."""
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name
