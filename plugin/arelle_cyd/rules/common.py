"""Small helpers shared by rule modules: grouping facts, presence tests, message pieces."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from arelle_cyd import catalogue
from arelle_cyd.catalogue import CatalogueVersion, Concept
from arelle_cyd.filing import Context, Fact, FilingView, split_clark


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


def display_qname(clark: str) -> str:
    """``{http://xbrl.sec.gov/dei/2024}LegalEntityAxis`` -> ``dei:LegalEntityAxis``.

    Names of other namespaces (the filer's extension) show their local name only: the
    prefix is unknown here and the finding's facts carry the full context.
    """
    if not clark.startswith("{"):
        return clark
    namespace, local = split_clark(clark)
    if catalogue.is_cyd_namespace(namespace):
        return f"cyd:{local}"
    if catalogue.dei_catalogue().year(namespace):
        return f"dei:{local}"
    return local


def matches_qname(clark: str, wanted: str) -> bool:
    """Does a Clark-notation name match a user-given QName (``{ns}local``, ``prefix:local`` or ``local``)?

    Parameters carry no namespace bindings, so ``cyd:`` and ``dei:`` match any year of
    those namespaces and any other prefix matches by local name.
    """
    if wanted.startswith("{"):
        return clark == wanted
    namespace, local = split_clark(clark)
    prefix, _, wanted_local = wanted.rpartition(":")
    if local != wanted_local:
        return False
    if prefix == "cyd":
        return catalogue.is_cyd_namespace(namespace)
    if prefix == "dei":
        return catalogue.dei_catalogue().year(namespace) is not None
    return True


def period_label(context: Context | None) -> str:
    if context is None:
        return "(no context)"
    return "forever" if context.period is None else str(context.period)


def truncate(text: str, length: int = 80) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
