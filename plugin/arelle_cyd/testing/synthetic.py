"""A synthetic filing: the builder's spec plus how it is submitted, and edits on it.

``FilingSpec`` (``builder``) says what the document contains; a ``SyntheticFiling``
adds what a validator is told besides the document (EDGAR's 8-K item list), the
document format, and, for taxonomy-drift tests, an "official" cyd taxonomy to
place in Arelle's cache. The edit functions below are what mutations are made
of: each returns a new filing and keeps the document coherent (a text block that
is dropped hands its nested facts to its own parent, so no fact is lost by
accident).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from arelle_cyd.testing.builder import ContextSpec, DocumentFormat, ExtensionConcept, FactSpec, FilingSpec

DEI_PREFIX = "dei:"


class Form(StrEnum):
    """The forms that carry cyd facts: two annual reports and two current reports."""

    TEN_K = "10-K"
    TWENTY_F = "20-F"
    EIGHT_K = "8-K"
    SIX_K = "6-K"

    @property
    def is_annual(self) -> bool:
        return self in ANNUAL_FORMS


ANNUAL_FORMS = (Form.TEN_K, Form.TWENTY_F)
CURRENT_FORMS = (Form.EIGHT_K, Form.SIX_K)
ALL_FORMS = (*ANNUAL_FORMS, *CURRENT_FORMS)


@dataclass(frozen=True, slots=True)
class OfficialStandIn:
    """An "official" cyd taxonomy for Arelle's cache (``files.stand_in_cache``).

    The official files cannot be downloaded offline, so this is the reconstruction
    with its marker removed, optionally drifted from the catalogue by extra
    elements or retyped ones, or with concepts missing from its presentation
    linkbase; the plugin then treats it as the SEC's taxonomy.
    """

    extra_elements: tuple[str, ...] = ()
    retyped: tuple[tuple[str, str], ...] = ()  # (local name, new item type)
    unpresented: tuple[str, ...] = ()  # local names the presentation linkbase leaves out


class DamageKind(StrEnum):
    TRUNCATE = "truncate"  # cut the document at ``at``
    DELETE = "delete"  # remove ``length`` characters at ``at``
    INSERT = "insert"  # insert ``text`` at ``at``
    REPLACE = "replace"  # replace every ``old`` by ``text``
    WHOLE = "whole"  # the document is ``text`` and nothing else


@dataclass(frozen=True, slots=True)
class Damage:
    """A raw edit of the rendered entry document: how the fuzz tests break markup."""

    kind: DamageKind
    at: float = 0.0  # a position, as a fraction of the document's length
    length: int = 0
    text: str = ""
    old: str = ""

    def apply(self, document: str) -> str:
        position = int(len(document) * min(max(self.at, 0.0), 1.0))
        if self.kind is DamageKind.TRUNCATE:
            return document[:position]
        if self.kind is DamageKind.DELETE:
            return document[:position] + document[position + self.length :]
        if self.kind is DamageKind.INSERT:
            return document[:position] + self.text + document[position:]
        if self.kind is DamageKind.REPLACE:
            return document.replace(self.old, self.text) if self.old else document
        return self.text


@dataclass(frozen=True, slots=True)
class SyntheticFiling:
    """One synthetic filing, ready to be written (``files.write_filing``) or viewed (``views.view_of``)."""

    spec: FilingSpec
    document_format: DocumentFormat = DocumentFormat.INLINE
    parameters: tuple[tuple[str, str], ...] = ()  # plugin parameters by Python name, e.g. ("items", "1.05")
    official: OfficialStandIn | None = None
    write_schema: bool = True  # False leaves the extension schema out (a broken DTS)
    damage: tuple[Damage, ...] = ()  # raw edits of the entry document (fuzzing)
    # Stand-in for EDGAR's cyd-deprecated-concepts.json (empty in EDGAR's releases so far): (local name,
    # deprecation date). ``files.edgar_stand_in`` applies it while the rules run.
    deprecated_concepts: tuple[tuple[str, str], ...] = ()

    @property
    def form(self) -> str:
        return self.spec.form

    @property
    def year(self) -> str:
        return self.spec.year

    @property
    def parameter_values(self) -> dict[str, str]:
        return dict(self.parameters)

    def describe(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in self.parameters)
        return f"{self.form} cyd/{self.year} {self.document_format.value}" + (
            f" ({params})" if params else ""
        )


# ---------------------------------------------------------------- reading


def is_dei(fact: FactSpec) -> bool:
    return fact.concept.startswith(DEI_PREFIX)


def cyd_facts(filing: SyntheticFiling) -> tuple[FactSpec, ...]:
    return tuple(f for f in filing.spec.facts if not is_dei(f))


def facts_of(filing: SyntheticFiling, alias: str) -> tuple[FactSpec, ...]:
    return tuple(f for f in filing.spec.facts if f.concept == alias)


def aliases(filing: SyntheticFiling) -> frozenset[str]:
    """Catalogue aliases of the cyd facts present (not nil)."""
    return frozenset(f.concept for f in cyd_facts(filing) if f.value is not None and ":" not in f.concept)


def flag_value(filing: SyntheticFiling, alias: str) -> bool | None:
    values = [f.value for f in facts_of(filing, alias) if isinstance(f.value, bool)]
    return values[0] if values else None


# ---------------------------------------------------------------- editing


def with_spec(filing: SyntheticFiling, **changes: object) -> SyntheticFiling:
    return replace(filing, spec=replace(filing.spec, **changes))  # type: ignore[arg-type]


def map_facts(filing: SyntheticFiling, change: Callable[[FactSpec], FactSpec | None]) -> SyntheticFiling:
    """Apply ``change`` to every fact; None drops the fact."""
    kept = tuple(new for fact in filing.spec.facts if (new := change(fact)) is not None)
    return with_spec(filing, facts=kept)


def add_facts(filing: SyntheticFiling, *facts: FactSpec) -> SyntheticFiling:
    return with_spec(filing, facts=filing.spec.facts + facts)


def drop(filing: SyntheticFiling, *concepts: str) -> SyntheticFiling:
    """Remove every fact of these concepts (aliases or QNames); nested facts move up to the parent.

    A fact nested in place inside a dropped text block keeps its place: the
    parent's HTML still holds the dropped block's text, now untagged.
    """
    doomed = {f.id for f in filing.spec.facts if f.concept in concepts and f.id}
    parent_of = {f.id: f.nested_in for f in filing.spec.facts if f.id}

    def new_parent(parent: str | None) -> str | None:
        while parent is not None and parent in doomed:
            parent = parent_of.get(parent)
        return parent

    def change(fact: FactSpec) -> FactSpec | None:
        if fact.concept in concepts:
            return None
        if fact.nested_in in doomed:
            return replace(fact, nested_in=new_parent(fact.nested_in))
        return fact

    return map_facts(filing, change)


def drop_cyd(filing: SyntheticFiling) -> SyntheticFiling:
    return map_facts(filing, lambda f: f if is_dei(f) else None)


def set_flag(filing: SyntheticFiling, alias: str, value: bool) -> SyntheticFiling:
    """Give every fact of a flag this value, keeping the words it wraps."""

    def change(fact: FactSpec) -> FactSpec:
        if fact.concept != alias:
            return fact
        fmt = fact.format
        if fmt is None or fmt.startswith("ixt:fixed-"):
            fmt = f"ixt:fixed-{'true' if value else 'false'}"
        return replace(fact, value=value, format=fmt)

    return map_facts(filing, change)


def set_dei(
    filing: SyntheticFiling,
    local_name: str,
    value: str,
    *,
    display: str | None = None,
    format: str | None = None,
    hidden: bool = False,
) -> SyntheticFiling:
    """Set (or add) one cover fact."""
    name = DEI_PREFIX + local_name
    existing = [f for f in filing.spec.facts if f.concept == name]
    if existing:
        return map_facts(
            filing,
            lambda f: replace(f, value=value, display=display, format=format) if f.concept == name else f,
        )
    fact = FactSpec(name, value, id=f"dei-{local_name}", display=display, format=format, hidden=hidden)
    dei = tuple(f for f in filing.spec.facts if is_dei(f))
    return with_spec(filing, facts=(*dei, fact, *cyd_facts(filing)))


def drop_dei(filing: SyntheticFiling, *local_names: str) -> SyntheticFiling:
    return drop(filing, *(DEI_PREFIX + n for n in local_names))


def with_parameters(filing: SyntheticFiling, **values: str | None) -> SyntheticFiling:
    """Set plugin parameters (None removes one)."""
    merged: dict[str, str] = dict(filing.parameters)
    for key, value in values.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return replace(filing, parameters=tuple(sorted(merged.items())))


def as_amendment(filing: SyntheticFiling, description: str) -> SyntheticFiling:
    """The same report filed as an amendment (10-K/A, 20-F/A): REQ.2's completeness no longer applies."""
    amended = with_spec(filing, form=f"{filing.form}/A")
    amended = set_dei(amended, "DocumentType", amended.form)
    amended = set_dei(amended, "AmendmentFlag", "true", format="ixt:fixed-true", display="true")
    return set_dei(amended, "AmendmentDescription", description)


def like_required_context(filing: SyntheticFiling, context_id: str, **changes: object) -> ContextSpec:
    """A context for the same entity and period as the required context, with ``changes``."""
    spec = filing.spec
    context = ContextSpec(context_id, spec.period_start, spec.period_end, cik=spec.cik)
    return replace(context, **changes) if changes else context  # type: ignore[arg-type]


def with_context(
    filing: SyntheticFiling, context: ContextSpec, *extension: ExtensionConcept
) -> SyntheticFiling:
    """Add a context and the extension elements (axes, members) it needs."""
    known = {c.local_name for c in filing.spec.extension_concepts}
    return with_spec(
        filing,
        contexts=(*filing.spec.contexts, context),
        extension_concepts=(
            *filing.spec.extension_concepts,
            *(c for c in dict.fromkeys(extension) if c.local_name not in known),
        ),
    )


def move_cyd_facts(filing: SyntheticFiling, context_id: str) -> SyntheticFiling:
    """Every cyd fact reported in ``context_id`` instead of its own context."""
    return map_facts(filing, lambda f: f if is_dei(f) else replace(f, context=context_id))


def copy_cyd_facts(filing: SyntheticFiling, context_id: str) -> SyntheticFiling:
    """Every cyd fact once more, in ``context_id``: ids suffixed, the copies nested as the originals are."""

    def renamed(fact_id: str | None) -> str | None:
        return f"{fact_id}-{context_id}" if fact_id else None

    copies = tuple(
        replace(f, context=context_id, id=renamed(f.id), nested_in=renamed(f.nested_in))
        for f in cyd_facts(filing)
    )
    return add_facts(filing, *copies)


def hosts(filing: SyntheticFiling, fact: FactSpec) -> bool:
    """Does any fact sit inside this one (inline nesting)?"""
    return fact.id is not None and any(f.nested_in == fact.id for f in filing.spec.facts)


def replace_fact(filing: SyntheticFiling, old: FactSpec, new: FactSpec) -> SyntheticFiling:
    """The first fact equal to ``old`` replaced by ``new``, keeping its place in the document."""
    done = False

    def change(fact: FactSpec) -> FactSpec:
        nonlocal done
        if not done and fact == old:
            done = True
            return new
        return fact

    return map_facts(filing, change)


def parameters_from(values: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = values.items() if isinstance(values, Mapping) else values
    return tuple(sorted(items))
