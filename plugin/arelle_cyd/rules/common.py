"""Small helpers shared by rule modules: grouping facts, presence tests, message pieces."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from arelle_cyd.catalogue import CatalogueVersion, Concept
from arelle_cyd.filing import Fact, FilingView


def by_context(facts: Iterable[Fact]) -> dict[str | None, list[Fact]]:
    grouped: dict[str | None, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.context_id].append(fact)
    return dict(grouped)


def by_local_name(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.local_name].append(fact)
    return dict(grouped)


def present(filing: FilingView, concept: Concept, context_id: str | None) -> list[Fact]:
    """Non-nil facts of the concept's local name (any cyd year) in the given context."""
    return [f for f in filing.facts_named(concept.local_name, context_id) if f.is_present]


def present_anywhere(filing: FilingView, concept: Concept) -> list[Fact]:
    return [f for f in filing.facts_named(concept.local_name, any_context=True) if f.is_present]


def flag_values(facts: Iterable[Fact]) -> set[bool]:
    return {b for f in facts if (b := f.boolean) is not None}


def versions(filing: FilingView) -> list[CatalogueVersion]:
    return list(filing.versions())


def primary_version(filing: FilingView) -> CatalogueVersion:
    return versions(filing)[0]


def contexts_with_cyd_facts(filing: FilingView) -> tuple[str | None, ...]:
    return filing.cyd_context_ids


def qnames(concepts: Iterable[Concept]) -> str:
    return ", ".join(c.qname for c in concepts)


def either(concepts: Iterable[Concept]) -> str:
    return " or ".join(c.qname for c in concepts)


def context_label(context_id: str | None) -> str:
    return context_id if context_id else "(no context)"
