"""Hypothesis strategies for synthetic cyd filings: every strategy arelle-cyd offers, in one module.

Three families, for downstream projects as much as for our own tests:

* ``filings()`` generates complete, valid filings (Form 10-K, 20-F, 8-K Item 1.05,
  6-K; cyd 2024 and 2025; inline XBRL or a plain instance) with realistic cover
  pages and text; ``rendered_filings()`` adds the files' text. Write one to disk
  with ``arelle_cyd.testing.files.write_filing``; run it with ``run_filing``.
* ``mutants(rule_id)`` injects exactly one rule's defect into a valid filing.
  ``MUTATIONS`` is the registry, keyed by rule id like the rule registry itself;
  adding a mutation for a new rule is one small function under ``@mutation``.
* ``garbled_filings()``, ``filing_views()`` and ``parameter_sets()`` produce
  hostile input (broken markup, wrong value types, absurd sizes, odd Unicode,
  nil everywhere, missing cover facts or schemas), as documents or directly as
  the ``FilingView`` records the rules read.

Example::

    from hypothesis import given
    from arelle_cyd.testing import strategies as cyd_st

    @given(cyd_st.filings(form="8-K", year="2025", document_format="inline"))
    def test_my_pipeline(filing): ...
"""

from __future__ import annotations

import html
import string
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from hypothesis import assume
from hypothesis import strategies as st

from arelle_cyd import catalogue
from arelle_cyd.catalogue import edgar
from arelle_cyd.filing import (
    Context,
    Dei,
    Dimension,
    DocumentKind,
    Fact,
    FilingView,
    LoadedConcept,
    Period,
    TaxonomyInfo,
)
from arelle_cyd.findings import Finding
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing import compose
from arelle_cyd.testing.builder import (
    EXTENSION_PREFIX,
    ContextSpec,
    DocumentFormat,
    ExtensionConcept,
    FactSpec,
    extension_axis,
    extension_member,
)
from arelle_cyd.testing.files import render_files
from arelle_cyd.testing.synthetic import (
    ALL_FORMS,
    ANNUAL_FORMS,
    CURRENT_FORMS,
    Damage,
    DamageKind,
    Form,
    OfficialStandIn,
    SyntheticFiling,
    add_facts,
    aliases,
    as_amendment,
    copy_cyd_facts,
    cyd_facts,
    drop,
    drop_cyd,
    drop_dei,
    facts_of,
    flag_value,
    hosts,
    is_dei,
    like_required_context,
    map_facts,
    move_cyd_facts,
    replace_fact,
    set_dei,
    set_flag,
    with_context,
    with_parameters,
    with_spec,
)

T = TypeVar("T")


class _DrawChooser:
    """``compose``'s decisions drawn from hypothesis, so that examples shrink towards simple filings."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def choice(self, options: Sequence[T]) -> T:
        return self._draw(st.sampled_from(options))

    def chance(self, probability: float) -> bool:
        return self._draw(st.integers(0, 99)) >= 100 - round(probability * 100)

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))


def _fixed_or(value: T | st.SearchStrategy[T] | None, default: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    if value is None:
        return default
    if isinstance(value, st.SearchStrategy):
        return value
    return st.just(value)


# ================================================================ valid filings


def forms(choices: Collection[Form | str] = ALL_FORMS) -> st.SearchStrategy[Form]:
    return st.sampled_from([Form(c) for c in choices])


def years() -> st.SearchStrategy[str]:
    """The cyd taxonomy years the catalogue knows (2024, 2025, ...)."""
    return st.sampled_from(catalogue.available_years())


def document_formats() -> st.SearchStrategy[DocumentFormat]:
    return st.sampled_from(list(DocumentFormat))


@st.composite
def filings(
    draw: st.DrawFn,
    form: Form | str | st.SearchStrategy[Form] | None = None,
    year: str | st.SearchStrategy[str] | None = None,
    document_format: DocumentFormat | str | st.SearchStrategy[DocumentFormat] | None = None,
    concepts: Collection[str] | st.SearchStrategy[frozenset[str]] | None = None,
) -> SyntheticFiling:
    """A complete, valid filing: no warning or error from the cyd rules, clean XBRL.

    ``form``, ``year`` and ``document_format`` fix one dimension each (a value or
    a strategy). ``concepts`` fixes exactly which cyd aliases appear
    (``{"ProcTB", "IntegF"}``); the filing is then only as valid as that set.
    """
    chosen_form = draw(_fixed_or(Form(form) if isinstance(form, str) else form, forms()))
    chosen_year = draw(_fixed_or(year, years()))
    fmt = DocumentFormat(document_format) if isinstance(document_format, str) else document_format
    chosen_format = draw(_fixed_or(fmt, document_formats()))
    if isinstance(concepts, st.SearchStrategy):
        present: frozenset[str] | None = draw(concepts)
    else:
        present = frozenset(concepts) if concepts is not None else None
    return compose.compose_filing(
        _DrawChooser(draw),
        form=chosen_form,
        year=chosen_year,
        document_format=chosen_format,
        concepts=present,
    )


@dataclass(frozen=True, slots=True)
class RenderedFiling:
    filing: SyntheticFiling
    files: dict[str, str]  # file name -> text, entry document first

    @property
    def entry(self) -> str:
        return next(iter(self.files))


def rendered_filings(**kwargs: object) -> st.SearchStrategy[RenderedFiling]:
    """``filings(**kwargs)`` with the text of their files (write them with ``files.write_filing``)."""
    return filings(**kwargs).map(lambda f: RenderedFiling(f, render_files(f)))  # type: ignore[arg-type]


# ================================================================ mutations: one defect per rule

Inject = Callable[[st.DrawFn, SyntheticFiling], SyntheticFiling]


@dataclass(frozen=True, slots=True)
class Mutation:
    """How to inject one rule's defect into a valid filing, and the finding that must follow.

    ``forms``, ``years`` and ``formats`` say which valid filings the defect can be
    injected into. ``companions`` are the rules (by the forms they apply to) that the
    defect necessarily triggers as well, because the catalogue couples them: the
    properties expect their findings and accept no other unrelated warning or error.
    """

    rule_id: str
    code: str  # the expected finding code; a longer code with this prefix also counts (CYD.TAX.9.x)
    severity: Severity
    inject: Inject
    forms: tuple[Form, ...]
    message_contains: str | None = None
    breaks_xbrl: bool = False  # the defect is also an XBRL error that Arelle reports itself
    years: tuple[str, ...] | None = None  # None: every catalogue year
    formats: tuple[DocumentFormat, ...] = tuple(DocumentFormat)
    companions: tuple[tuple[str, tuple[Form, ...]], ...] = ()

    @property
    def description(self) -> str:
        return (self.inject.__doc__ or "").strip().splitlines()[0]

    def detects(self, finding: Finding) -> bool:
        return (
            (finding.code == self.code or finding.code.startswith(self.code + "."))
            and finding.severity is self.severity
            and (self.message_contains is None or self.message_contains in finding.message)
        )

    def companions_for(self, form: Form | str) -> frozenset[str]:
        """Rule ids whose findings must accompany this defect in a filing of ``form``."""
        return frozenset(rule_id for rule_id, forms in self.companions if Form(form) in forms)


MUTATIONS: dict[str, Mutation] = {}


def mutation(
    rule_id: str,
    *,
    severity: Severity,
    forms: tuple[Form, ...] = ALL_FORMS,
    code: str | None = None,
    message_contains: str | None = None,
    breaks_xbrl: bool = False,
    years: tuple[str, ...] | None = None,
    formats: tuple[DocumentFormat, ...] = tuple(DocumentFormat),
    companions: Mapping[str, tuple[Form, ...]] | None = None,
) -> Callable[[Inject], Inject]:
    """Register ``inject`` as the mutation of ``rule_id``; its docstring says what defect it makes."""

    def register(inject: Inject) -> Inject:
        if rule_id in MUTATIONS:
            raise ValueError(f"two mutations for {rule_id}")
        MUTATIONS[rule_id] = Mutation(
            rule_id,
            code or rule_id,
            severity,
            inject,
            forms,
            message_contains,
            breaks_xbrl,
            years,
            formats,
            tuple(sorted((companions or {}).items())),
        )
        return inject

    return register


@dataclass(frozen=True, slots=True)
class Mutant:
    base: SyntheticFiling
    filing: SyntheticFiling
    mutation: Mutation

    @property
    def companions(self) -> frozenset[str]:
        return self.mutation.companions_for(self.base.form)


@st.composite
def mutants(
    draw: st.DrawFn,
    rule_id: str,
    year: str | st.SearchStrategy[str] | None = None,
    document_format: DocumentFormat | str | st.SearchStrategy[DocumentFormat] | None = None,
    base: st.SearchStrategy[SyntheticFiling] | None = None,
) -> Mutant:
    """A valid filing of a form the rule applies to, and the same filing with the rule's defect.

    ``base`` replaces the valid filings the defect is injected into (keep them valid
    and of one of the mutation's forms, years and formats), e.g. to pin a shape that
    once went wrong.
    """
    chosen = MUTATIONS[rule_id]
    if base is None:
        if year is None and chosen.years is not None:
            year = st.sampled_from([y for y in catalogue.available_years() if y in chosen.years])
        if document_format is None:
            document_format = st.sampled_from(chosen.formats)
        base = filings(form=st.sampled_from(chosen.forms), year=year, document_format=document_format)
    original = draw(base)
    return Mutant(original, chosen.inject(draw, original), chosen)


def any_mutant(**kwargs: object) -> st.SearchStrategy[Mutant]:
    return st.sampled_from(sorted(MUTATIONS)).flatmap(lambda rule_id: mutants(rule_id, **kwargs))  # type: ignore[arg-type]


def _version(filing: SyntheticFiling) -> catalogue.CatalogueVersion:
    return catalogue.for_year(filing.year)


def _ensure(draw: st.DrawFn, filing: SyntheticFiling, alias: str) -> SyntheticFiling:
    """The filing with a text block of ``alias`` (added stand-alone when missing)."""
    if alias in aliases(filing):
        return filing
    return add_facts(filing, compose.added_text_block(_DrawChooser(draw), filing, alias))


def _with_flag(draw: st.DrawFn, filing: SyntheticFiling, alias: str, value: bool) -> SyntheticFiling:
    """The filing with flag ``alias`` answering ``value`` (added stand-alone when missing)."""
    if facts_of(filing, alias):
        return set_flag(filing, alias, value)
    return add_facts(filing, compose.added_flag(_DrawChooser(draw), filing, alias, value))


def _amended(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """Filed as an amendment, so that REQ.2's completeness check does not apply."""
    reason = draw(
        st.sampled_from(
            (
                "This Amendment No. 1 amends Item 1C (Cybersecurity) of the Annual Report.",
                "This amendment is filed solely to revise the cybersecurity disclosure in Part I.",
            )
        )
    )
    return as_amendment(filing, reason)


@mutation("CYD.REQ.1", severity=Severity.ERROR, forms=ANNUAL_FORMS)
def _no_cyd_fact_in_an_annual_report(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An in-scope 10-K or 20-F that tags no cyd fact at all."""
    return drop_cyd(filing)


@mutation("CYD.REQ.2", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _a_required_description_missing(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """One unconditional Item 106 description is not tagged (with the details that presuppose it)."""
    version = _version(filing)
    requirement = draw(st.sampled_from(version.annual_requirements))
    doomed = {c.alias for c in requirement.any_of}
    doomed |= {c.alias for d in version.details if d.parent.alias in doomed for c in d.children}
    return drop(filing, *doomed)


@mutation("CYD.REQ.3", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _transition_report_without_cyd_facts(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A transition report (shorter period, transition box ticked) that tags no cyd fact."""
    months = draw(st.integers(3, 11))
    end = filing.spec.period_end
    start = date(end.year - (1 if end.month <= months else 0), (end.month - months - 1) % 12 + 1, 1)
    transition = with_spec(drop_cyd(filing), period_start=start)
    transition = set_dei(
        transition, "DocumentTransitionReport", "true", display="\u2612", format="ixt-sec:boolballotbox"
    )
    return set_dei(
        transition, "DocumentAnnualReport", "false", display="\u2610", format="ixt-sec:boolballotbox"
    )


@mutation("CYD.REQ.4", severity=Severity.WARNING, forms=(Form.EIGHT_K,))
def _item_105_reported_without_cyd_facts(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An 8-K whose submission header lists Item 1.05 but which tags no cyd fact."""
    return with_parameters(drop_cyd(filing), items=draw(st.sampled_from(compose.ITEM_LISTS)))


@mutation("CYD.REQ.5", severity=Severity.WARNING, forms=CURRENT_FORMS)
def _an_incident_aspect_missing(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An Item 1.05 report lacks nature, scope, timing or impact and does not say it is unavailable."""
    version = _version(filing)
    present = [c.alias for c in version.incident.required if c.alias in aliases(filing)]
    doomed = [version.incident.not_available.alias]
    if len(present) >= 2:  # keep at least one incident fact, or the report is out of REQ.5's scope
        doomed.append(draw(st.sampled_from(present)))
    return drop(filing, *doomed)


@mutation("CYD.FORM.1", severity=Severity.WARNING, forms=CURRENT_FORMS)
def _item_106_text_in_a_current_report(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An 8-K or 6-K that also tags an Item 106 description (risk management, board or management)."""
    alias = draw(
        st.sampled_from(
            [r.any_of[0].alias for r in _version(filing).annual_requirements if r.any_of[0].is_text_block]
        )
    )
    return _ensure(draw, filing, alias)


@mutation("CYD.FORM.2", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _incident_text_in_an_annual_report(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A 10-K or 20-F that tags an Item 1.05 incident text block."""
    incident = _version(filing).incident
    alias = draw(st.sampled_from([c.alias for c in (*incident.required, incident.not_available)]))
    return _ensure(draw, filing, alias)


@mutation("CYD.FORM.3", severity=Severity.INFO, forms=(Form.EIGHT_K,))
def _incident_facts_without_item_105(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An 8-K with incident facts whose submission header does not list Item 1.05."""
    return with_parameters(
        filing, items=draw(st.sampled_from(("8.01", "7.01,9.01", "8.01,9.01", "2.02,9.01")))
    )


def _pair(draw: st.DrawFn, filing: SyntheticFiling, ids: Collection[str]) -> tuple[str, str]:
    pair = draw(st.sampled_from([p for p in _version(filing).pairs if p.id in ids]))
    return pair.flag.alias, pair.text_block.alias


@mutation("CYD.FLAG.1", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _true_flag_without_its_description(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A flag answers "yes" but the text block that must say how is not tagged."""
    flag, text_block = _pair(draw, filing, ("P1", "P2", "P3", "P4"))
    return drop(_with_flag(draw, filing, flag, True), text_block)


@mutation("CYD.FLAG.2", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _description_without_its_flag(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A "whether" text block is tagged without its yes/no flag."""
    flag, text_block = _pair(draw, filing, ("P1", "P2", "P3"))
    return drop(_ensure(draw, filing, text_block), flag)


@mutation("CYD.FLAG.3", severity=Severity.INFO, forms=ANNUAL_FORMS)
def _false_flag_with_its_description(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A flag answers "no" while its explanatory text block is tagged (P1 or P2, not already so)."""
    candidates = [
        p.id
        for p in _version(filing).pairs
        if p.id in ("P1", "P2")
        and not (flag_value(filing, p.flag.alias) is False and p.text_block.alias in aliases(filing))
    ]
    assume(candidates)
    flag, text_block = _pair(draw, filing, candidates)
    return _with_flag(draw, _ensure(draw, filing, text_block), flag, False)


@mutation("CYD.FLAG.4", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _management_details_while_no_position_is_responsible(
    draw: st.DrawFn, filing: SyntheticFiling
) -> SyntheticFiling:
    """The positions flag says "no" while expertise is described or those positions report to the board."""
    deps = _version(filing).positions_dependents
    mutated = _with_flag(draw, filing, deps.flag.alias, False)
    if draw(st.booleans()):
        return _with_flag(draw, mutated, deps.warn_when_true[0].alias, True)
    return _ensure(draw, mutated, deps.warn_when_present[0].alias)


def _detail_without_parent(draw: st.DrawFn, filing: SyntheticFiling, parent: str) -> SyntheticFiling:
    """Drop ``parent`` from an amended report, keeping (or adding) one of its details."""
    version = _version(filing)
    detail = next(d for d in version.details if d.parent.alias == parent)
    mutated = drop(_amended(draw, filing), parent)
    if not any(c.alias in aliases(mutated) for c in detail.children):
        paired = {a for p in version.pairs for a in (p.flag.alias, p.text_block.alias)}
        child = draw(
            st.sampled_from([c for c in detail.children if c.alias not in paired])
        )  # no FLAG.1/2 side effect
        mutated = (
            _ensure(draw, mutated, child.alias)
            if child.is_text_block
            else _with_flag(draw, mutated, child.alias, True)
        )
    return mutated


@mutation("CYD.FLAG.5", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _board_committee_details_without_board_oversight(
    draw: st.DrawFn, filing: SyntheticFiling
) -> SyntheticFiling:
    """An amended report tags board-committee details without the board oversight description."""
    return _detail_without_parent(draw, filing, "BoardTB")


@mutation("CYD.FLAG.6", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _processes_details_without_processes(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An amended report tags Item 106(b)(1) details without the processes description."""
    return _detail_without_parent(draw, filing, "ProcTB")


@mutation("CYD.FLAG.7", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _management_details_without_management_role(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An amended report tags Item 106(c)(2) details without the management-role description."""
    return _detail_without_parent(draw, filing, "MgmtRoleTB")


_WORDS = ("Incident", "Program", "Vendor", "Recovery", "Insurance", "Budget", "Training", "Roadmap")


@mutation("CYD.TAX.7", severity=Severity.WARNING, code="CYD.TAX.7.unknownConcept", breaks_xbrl=True)
def _cyd_name_the_catalogue_does_not_know(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A fact in the cyd namespace under a name the catalogue (and the taxonomy) does not define."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True))
    is_flag = draw(st.booleans())
    name = "CybersecurityRisk" + "".join(words) + ("Flag" if is_flag else "TextBlock")
    assume(_version(filing).by_local_name(name) is None)
    if is_flag:
        return add_facts(filing, FactSpec(f"cyd:{name}", True, id="cyd-unknown", display="Yes"))
    text = compose.added_text_block(_DrawChooser(draw), filing, "ProcTB", fact_alias=f"cyd:{name}")
    return add_facts(filing, text)


@mutation(
    "CYD.TAX.8",
    severity=Severity.INFO,
    message_contains="official cyd taxonomy was not loaded",
    breaks_xbrl=True,
)
def _cyd_schema_not_imported(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The extension schema does not import the cyd taxonomy: TAX.8 must say the catalogue alone was used.

    TAX.8 is a note every filing with cyd facts gets; its "defect" is a DTS without
    any cyd schema, which it must report as a check against the built-in catalogue only.
    """
    return with_spec(filing, import_cyd=False)


@mutation("CYD.TAX.9", severity=Severity.INFO)
def _official_taxonomy_differs_from_the_catalogue(
    draw: st.DrawFn, filing: SyntheticFiling
) -> SyntheticFiling:
    """The "official" cyd taxonomy Arelle loads declares an extra concept or retypes a known one."""
    version = _version(filing)
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True))
        name = "CybersecurityRisk" + "".join(words) + "TextBlock"
        assume(version.by_local_name(name) is None)
        return replace(filing, official=OfficialStandIn(extra_elements=(name,)))
    concept = draw(st.sampled_from([c for c in version.concepts if c.carries_facts]))
    new_type = draw(st.sampled_from(("xbrli:stringItemType", "xbrli:normalizedStringItemType")))
    return replace(filing, official=OfficialStandIn(retyped=((concept.local_name, new_type),)))


@mutation("CYD.INP.1", severity=Severity.INFO)
def _document_type_missing(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The cover page lacks dei:DocumentType (and no submission type is given)."""
    return drop_dei(filing, "DocumentType")


# ---------------------------------------------------------------- helpers for the context, value and DTS rules

_SEGMENTS = (
    ("BusinessSegmentsAxis", "CloudServicesMember"),
    ("GeographicalRegionsAxis", "EuropeMember"),
    ("ProductOrServiceAxis", "PaymentsMember"),
)
_SUBSIDIARIES = ("OperatingSubsidiaryMember", "FinanceSubsidiaryMember", "GuarantorSubsidiariesMember")
_INCIDENT_MEMBERS = ("RansomwareIncidentMember", "VendorBreachIncidentMember")
# Concepts whose absence no rule reports, wherever they stand: not paired with a flag, nobody's parent.
_UNCOUPLED = ("BoardCommTB", "BoardInformTB", "ThirdPartyEngF", "ThirdPartyOversF")


def _is_annual(filing: SyntheticFiling) -> bool:
    return filing.form.partition("/")[0] in {f.value for f in ANNUAL_FORMS}


def _in_extension(local_name: str) -> str:
    return f"{EXTENSION_PREFIX}:{local_name}"


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return day - timedelta(days=365)


def _amended_if_annual(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """REQ.2 looks for the Item 106 descriptions in the required context itself: an annual report whose
    cyd facts all move to another context is filed as an amendment, to which REQ.2 does not apply."""
    return _amended(draw, filing) if _is_annual(filing) else filing


def _section(filing: SyntheticFiling) -> tuple[catalogue.Concept, ...]:
    """The cyd concepts of the filing's own item: Item 106 in annual reports, Item 1.05 in current ones."""
    version = _version(filing)
    return version.item106 if _is_annual(filing) else version.item105


def _text_blocks(filing: SyntheticFiling) -> list[FactSpec]:
    """Non-nil text-block facts of catalogue concepts."""
    version = _version(filing)
    return [
        f
        for f in cyd_facts(filing)
        if isinstance(f.value, str) and ":" not in f.concept and version.by_alias(f.concept).is_text_block
    ]


def _retagged(draw: st.DrawFn, filing: SyntheticFiling, html: str) -> SyntheticFiling:
    """A text block that hosts no other fact now wraps ``html``.

    The tag leaves the text block it was nested in (whose own text keeps the old
    words), so the parent's value is what it was.
    """
    leaves = [f for f in _text_blocks(filing) if not hosts(filing, f)]
    assume(leaves)
    old = draw(st.sampled_from(leaves))
    return replace_fact(
        filing, old, replace(old, value=html, nested_in=None, in_place=False, continuation=False)
    )


# ---------------------------------------------------------------- CTX


@mutation("CYD.CTX.1", severity=Severity.ERROR)
def _context_cik_other_than_the_cover_cik(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The contexts identify the entity by a CIK other than dei:EntityCentralIndexKey, or not by 10 digits."""
    cik = filing.spec.cik
    other = draw(
        st.one_of(
            st.integers(1000, 1999999).map(lambda n: f"{n:010d}"),
            st.sampled_from((cik.lstrip("0") or "0", f"{cik}0", f"CIK{cik}")),
        )
    )
    assume(other != cik)
    return with_spec(filing, cik=other)


@mutation(
    "CYD.CTX.2",
    severity=Severity.ERROR,
    breaks_xbrl=True,
    companions={"CYD.CTX.4": ANNUAL_FORMS, "CYD.CTX.5": CURRENT_FORMS},
)
def _instant_context_without_the_cyd_schema(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """Without the cyd schema in the DTS, the cyd facts use an instant context (cyd concepts are durations).

    With the schema loaded Arelle reports the period type itself, so CTX.2 judges, and
    the mutation needs, a DTS without it. Coupled: the required context is a duration
    (dei:DocumentType is a duration concept), so an instant cyd fact always lies outside
    its period: CTX.4 reports that in an annual report, CTX.5 in a current one.
    """
    instant = ContextSpec("c-instant", None, filing.spec.period_end, cik=filing.spec.cik)
    moved = move_cyd_facts(with_context(_amended_if_annual(draw, filing), instant), instant.id)
    return with_spec(moved, import_cyd=False)


@mutation("CYD.CTX.3", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _fiscal_period_focus_of_a_quarter(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """dei:DocumentFiscalPeriodFocus names a quarter or half year while the text blocks cover the fiscal year."""
    return set_dei(filing, "DocumentFiscalPeriodFocus", draw(st.sampled_from(("Q1", "Q2", "Q3", "H1"))))


@mutation("CYD.CTX.4", severity=Severity.WARNING, forms=ANNUAL_FORMS)
def _item_106_facts_for_another_year(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An amended annual report tags its Item 106 facts for a year other than the report's fiscal year.

    The other year is the prior one, or the report's shifted by a few days (a 52/53-week
    mix-up); both last a year, so CTX.3 stays quiet.
    """
    spec = filing.spec
    if draw(st.booleans()):
        start, end = _year_before(spec.period_start), _year_before(spec.period_end)
    else:
        shift = timedelta(days=draw(st.sampled_from((-6, -3, -1, 1, 3, 6))))
        start, end = spec.period_start + shift, spec.period_end + shift
    other = ContextSpec("c-other-year", start, end, cik=spec.cik)
    return move_cyd_facts(with_context(_amended(draw, filing), other), other.id)


@mutation("CYD.CTX.5", severity=Severity.WARNING, forms=CURRENT_FORMS)
def _incident_facts_for_the_days_of_the_incident(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An 8-K or 6-K tags its Item 1.05 facts for the days of the incident, not the report's required period."""
    event = filing.spec.period_end
    other = ContextSpec(
        "c-incident-days", event - timedelta(days=draw(st.integers(1, 30))), event, cik=filing.spec.cik
    )
    return move_cyd_facts(with_context(filing, other), other.id)


@mutation("CYD.CTX.6", severity=Severity.ERROR)
def _disclosure_repeated_in_a_context_with_a_scenario(
    draw: st.DrawFn, filing: SyntheticFiling
) -> SyntheticFiling:
    """The cyd facts are reported once more in a context (same entity and period) that has a scenario.

    The scenario holds non-dimensional content: a dimension there would also be an
    unexpected dimension (CTX.8).
    """
    context = like_required_context(filing, "c-scenario", scenario_extra=True)
    return copy_cyd_facts(with_context(filing, context), context.id)


@mutation("CYD.CTX.7", severity=Severity.ERROR)
def _disclosure_repeated_in_a_segment_with_other_content(
    draw: st.DrawFn, filing: SyntheticFiling
) -> SyntheticFiling:
    """The cyd facts are reported once more in a context whose segment holds an element that is no dimension."""
    context = like_required_context(filing, "c-segment-note", segment_extra=True)
    return copy_cyd_facts(with_context(filing, context), context.id)


@mutation("CYD.CTX.8", severity=Severity.WARNING)
def _disclosure_repeated_for_a_business_segment(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The cyd facts are reported once more for a member of an extension axis (a segment or region)."""
    axis, member = draw(st.sampled_from(_SEGMENTS))
    context = like_required_context(
        filing, "c-segment", dimensions=((_in_extension(axis), _in_extension(member)),)
    )
    with_segment = with_context(filing, context, extension_axis(axis), extension_member(member))
    return copy_cyd_facts(with_segment, context.id)


def _legal_entity_context(
    draw: st.DrawFn, filing: SyntheticFiling, context_id: str
) -> tuple[ContextSpec, str]:
    member = draw(st.sampled_from(_SUBSIDIARIES))
    dimensions = (("dei:LegalEntityAxis", _in_extension(member)),)
    return like_required_context(filing, context_id, dimensions=dimensions), member


@mutation("CYD.CTX.9", severity=Severity.INFO)
def _disclosure_for_an_undeclared_legal_entity(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The cyd facts are reported once more for a legal entity that reports no dei:EntityCentralIndexKey."""
    context, member = _legal_entity_context(draw, filing, "c-entity")
    return copy_cyd_facts(with_context(filing, context, extension_member(member)), context.id)


@mutation(
    "CYD.CTX.10", severity=Severity.WARNING, forms=ANNUAL_FORMS, companions={"CYD.FLAG.2": ANNUAL_FORMS}
)
def _material_effect_explained_for_a_co_registrant_only(
    draw: st.DrawFn, filing: SyntheticFiling
) -> SyntheticFiling:
    """The "materially affected" flag ("no") is in the required context, its text block only for a co-registrant.

    Coupled: a "whether" text block that never shares a context with its flag is, in
    its own context, a description without its flag (FLAG.2). The flag answers "no", so
    FLAG.1 ("yes" without its description) stays quiet, and the pair is P2 because its
    facts are no other concept's details (FLAG.5-7 would follow a moved detail). The
    co-registrant is declared (its dei:EntityCentralIndexKey), so CTX.9 stays quiet.
    """
    pair = next(p for p in _version(filing).pairs if p.id == "P2")
    assume(flag_value(filing, pair.flag.alias) is False)
    context, member = _legal_entity_context(draw, filing, "c-co-registrant")
    cik = f"{draw(st.integers(2000000, 2999999)):010d}"
    declared = FactSpec(
        "dei:EntityCentralIndexKey", cik, context=context.id, id="dei-EntityCentralIndexKey-co"
    )
    alias = pair.text_block.alias
    moved = map_facts(
        _ensure(draw, filing, alias), lambda f: replace(f, context=context.id) if f.concept == alias else f
    )
    return add_facts(with_context(moved, context, extension_member(member)), declared)


# ---------------------------------------------------------------- VAL

_BLANKS = ("", "<p> </p>", "<p>&#160;</p>", "<p><span> </span></p>")
_PLACEHOLDERS = (
    "<p>See Item 1A, Risk Factors, of this Annual Report.</p>",
    "<p>Refer to Item 7 for this information.</p>",
    "<p>The information required by this item is incorporated herein by reference to our proxy statement.</p>",
    "<p>Not applicable.</p>",
    "<p>None.</p>",
    "<p>N/A</p>",
)
_SHORT_TEXTS = (
    "<p>We manage cybersecurity risks.</p>",
    "<p>Our board oversees this risk.</p>",
    "<p>Details are below.</p>",
    "<p>The CISO leads the team.</p>",
)


@mutation("CYD.VAL.1", severity=Severity.WARNING)
def _a_nil_cyd_fact(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A cyd fact is nil instead of left out: a concept of the report's item it does not otherwise use.

    When the report uses every concept of its item, an optional detail no other rule
    misses (a board-committee description, a third-party flag) becomes nil instead; a
    current report that uses all five Item 1.05 concepts has every aspect, so its
    not-available statement may be the nil one.
    """
    absent = [c.alias for c in _section(filing) if not facts_of(filing, c.alias)]
    if absent:
        alias = draw(st.sampled_from(absent))
        return add_facts(filing, FactSpec(alias, None, id=f"{compose.fact_id(alias)}-nil"))
    optional = (*_UNCOUPLED, _version(filing).incident.not_available.alias)
    candidates = [f for f in cyd_facts(filing) if f.concept in optional and not hosts(filing, f)]
    assume(candidates)
    old = draw(st.sampled_from(candidates))
    nil = replace(
        old, value=None, format=None, display=None, nested_in=None, in_place=False, continuation=False
    )
    return replace_fact(filing, old, nil)


@mutation("CYD.VAL.2", severity=Severity.ERROR)
def _text_block_without_text(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A text block's tag wraps no text: nothing, a blank or an empty paragraph."""
    return _retagged(draw, filing, draw(st.sampled_from(_BLANKS)))


@mutation("CYD.VAL.3", severity=Severity.WARNING)
def _text_block_with_a_cross_reference_only(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A text block holds only a cross-reference ("See Item 1A") or a placeholder ("Not applicable.")."""
    return _retagged(draw, filing, draw(st.sampled_from(_PLACEHOLDERS)))


@mutation("CYD.VAL.4", severity=Severity.INFO)
def _text_block_with_a_few_words(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A text block's tag wraps one short sentence instead of the disclosure."""
    return _retagged(draw, filing, draw(st.sampled_from(_SHORT_TEXTS)))


_TR2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31"  # allowed by Arelle, not by EDGAR
_TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"  # allowed, but only as prefix ixt


@mutation("CYD.VAL.5", severity=Severity.ERROR, forms=ANNUAL_FORMS, breaks_xbrl=True)
def _flag_value_or_transform_edgar_rejects(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A flag says "yes" or "no" instead of an xs:boolean, or its transform is of a registry or prefix EDGAR rejects.

    Annual reports only: current reports have no cyd flag that could carry the defect.
    A word is also an xs:boolean error for Arelle; the registry and prefix cases are not.
    """
    flags = [f for f in cyd_facts(filing) if isinstance(f.value, bool)]
    assume(flags)
    flag = draw(st.sampled_from(flags))
    inline = filing.document_format is DocumentFormat.INLINE
    case = draw(st.sampled_from(("word", "registry", "prefix") if inline else ("word",)))
    if case == "word":
        word = draw(st.sampled_from(("yes", "no", "Yes", "N/A", "2")))
        # the tag leaves the sentence it wrapped: it now wraps the word, where the flag stood
        new = replace(flag, value=word, display=word, format=None, nested_in=None, in_place=False)
        return replace_fact(filing, flag, new)
    answer = "true" if flag.value else "false"
    prefix, namespace, name = (
        ("ixt2", _TR2, f"boolean{answer}") if case == "registry" else ("ixt4", _TR4, f"fixed-{answer}")
    )
    declared = _declaring(filing, prefix, namespace)
    return replace_fact(declared, flag, replace(flag, format=f"{prefix}:{name}"))


@mutation("CYD.VAL.6", severity=Severity.WARNING, formats=(DocumentFormat.INLINE,))
def _text_block_without_escape(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An inline text block is tagged with escape="false", so its formatting is lost."""
    blocks = _text_blocks(filing)
    assume(blocks)
    block = draw(st.sampled_from(blocks))
    return replace_fact(filing, block, replace(block, escape=False))


@mutation("CYD.VAL.7", severity=Severity.ERROR)
def _fact_in_another_language_only(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A cyd fact carries an xml:lang other than en-US (fr, de-DE, es-MX, en-GB or a bare en), with no en-US twin."""
    fact = draw(st.sampled_from([f for f in cyd_facts(filing) if f.value is not None]))
    lang = draw(st.sampled_from(("fr", "de-DE", "es-MX", "en-GB", "en")))
    return replace_fact(filing, fact, replace(fact, lang=lang))


@mutation("CYD.VAL.8", severity=Severity.ERROR, formats=(DocumentFormat.INSTANCE,))
def _html_edgar_rejects_in_a_plain_text_block(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A plain-instance text block holds HTML EDGAR rejects: a script, an undefined entity, an unclosed tag or a javascript link."""
    blocks = _text_blocks(filing)
    assume(blocks)
    block = draw(st.sampled_from(blocks))
    html = str(block.value)
    case = draw(st.sampled_from(("script", "entity", "unclosed", "javascript")))
    if case == "unclosed" and "</p>" in html:
        html = html.replace("</p>", "", 1)
    elif case == "entity" and " " in html:
        html = html.replace(" ", " &cyberrisk; ", 1)
    elif case == "javascript":
        html += '<p>Our policy is <a href="javascript:void(0)">published on our website</a>.</p>'
    else:
        html += "<script type=\"text/javascript\">document.title = 'cyd';</script>"
    return replace_fact(filing, block, replace(block, value=html))


# ---------------------------------------------------------------- DUP


@mutation("CYD.DUP.1", severity=Severity.ERROR)
def _inconsistent_duplicate(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A fact is tagged twice in one context with different values: other words, or a third-party flag both ways.

    Only the third-party flags are duplicated: every other flag is paired with a text
    block or governs management details, and its "other" answer would be a FLAG finding.
    """
    chooser = _DrawChooser(draw)
    flags = [
        f
        for f in cyd_facts(filing)
        if f.concept in ("ThirdPartyEngF", "ThirdPartyOversF") and isinstance(f.value, bool)
    ]
    use_a_flag = draw(st.booleans())
    if flags and use_a_flag:
        flag = draw(st.sampled_from(flags))
        twin = compose.added_flag(chooser, filing, flag.concept, not flag.value)
        return add_facts(filing, replace(twin, context=flag.context))
    blocks = _text_blocks(filing)
    assume(blocks)
    block = draw(st.sampled_from(blocks))
    twin = compose.added_text_block(chooser, filing, block.concept)
    assume(twin.value != block.value)
    return add_facts(filing, replace(twin, context=block.context, lang=block.lang))


@mutation("CYD.DUP.2", severity=Severity.INFO)
def _identical_duplicate(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A text block is tagged a second time, with the same content, in the same context."""
    blocks = _text_blocks(filing)
    assume(blocks)
    block = draw(st.sampled_from(blocks))
    twin = replace(block, id=f"{block.id}-twin", nested_in=None, in_place=False, continuation=False)
    return add_facts(filing, twin)


@mutation("CYD.DUP.3", severity=Severity.WARNING, forms=ANNUAL_FORMS, companions={"CYD.CTX.4": ANNUAL_FORMS})
def _item_106_description_for_the_prior_year_too(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The processes, board or management description is also tagged for the prior fiscal year.

    Coupled: of two periods at most one is the report's, so the other makes an Item 106
    fact outside the fiscal period (CTX.4). Only descriptions that need no flag or parent
    beside them are copied: a flag or detail alone in the prior year would be a FLAG finding.
    """
    blocks = [f for f in _text_blocks(filing) if f.concept in ("ProcTB", "BoardTB", "MgmtRoleTB")]
    assume(blocks)
    block = draw(st.sampled_from(blocks))
    spec = filing.spec
    prior = ContextSpec(
        "c-prior-year", _year_before(spec.period_start), _year_before(spec.period_end), cik=spec.cik
    )
    copy = replace(
        block, id=f"{block.id}-prior", context=prior.id, nested_in=None, in_place=False, continuation=False
    )
    return add_facts(with_context(filing, prior), copy)


# ---------------------------------------------------------------- TAX

_STANDARD_2024 = (("srt", "http://fasb.org/srt/2024"), ("cef", "http://xbrl.sec.gov/cef/2024"))


def _declaring(filing: SyntheticFiling, prefix: str, namespace: str) -> SyntheticFiling:
    return with_spec(filing, extra_namespaces=(*filing.spec.extra_namespaces, (prefix, namespace)))


@mutation("CYD.TAX.1", severity=Severity.ERROR, years=("2025",))
def _cyd_2025_with_a_2024_standard_taxonomy(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A cyd/2025 filing also uses srt or cef of 2024, which EDGAR's compatibility classes forbid together.

    Only cyd/2025 is in a compatibility class (cyd/2024 is accepted with any year). srt and
    cef, not us-gaap or ifrs, so that no dei/us-gaap/ifrs year mismatch (TAX.2) comes along.
    """
    prefix, namespace = draw(st.sampled_from(_STANDARD_2024))
    return _declaring(filing, prefix, namespace)


@mutation("CYD.TAX.2", severity=Severity.WARNING)
def _cyd_year_other_than_the_dei_or_us_gaap_year(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The dei taxonomy (or us-gaap) is of another year than the cyd taxonomy.

    us-gaap of another year only where EDGAR's compatibility classes allow it (with
    cyd/2024), so that the incompatibility (TAX.1) does not come along.
    """
    other = draw(st.sampled_from([y for y in catalogue.available_years() if y != filing.year]))
    abbreviations = frozenset({f"cyd/{filing.year}", f"dei/{filing.year}", f"us-gaap/{other}"})
    if draw(st.booleans()) and edgar.incompatible_classes(abbreviations) is None:
        return _declaring(filing, "us-gaap", f"http://fasb.org/us-gaap/{other}")
    return with_spec(filing, dei_year=other)


@mutation("CYD.TAX.3", severity=Severity.ERROR)
def _filed_before_edgar_accepted_the_cyd_year(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The filing date (--cyd-filing-date) precedes the EDGAR release that first accepted the cyd year used."""
    first = edgar.first_release_accepting(filing.year)
    assert first is not None, f"no EDGAR release accepts cyd/{filing.year}"
    day = first.effective - timedelta(days=draw(st.integers(1, 120)))
    return with_parameters(filing, filing_date=day.isoformat())


@mutation("CYD.TAX.4", severity=Severity.WARNING)
def _a_deprecated_cyd_concept(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """EDGAR's deprecation table lists a cyd concept the filing uses.

    EDGAR has deprecated no cyd concept yet, so the mutation supplies the table as a
    stand-in (``SyntheticFiling.deprecated_concepts``), as TAX.9's supplies a taxonomy.
    """
    alias = draw(st.sampled_from(sorted(aliases(filing))))
    day = draw(st.dates(date(2025, 1, 1), date(2027, 12, 31)))
    return replace(
        filing, deprecated_concepts=((_version(filing).by_alias(alias).local_name, day.isoformat()),)
    )


@mutation("CYD.TAX.5", severity=Severity.WARNING)
def _extension_concept_imitating_a_cyd_concept(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The extension schema declares a cyd name, a near-miss spelling of one, or another name of the cyd form."""
    name = draw(st.sampled_from(sorted(c.local_name for c in _version(filing).fact_concepts())))
    case = draw(st.sampled_from(("exact", "near-miss", "cyd-like")))
    if case == "near-miss":
        at = draw(st.integers(len("Cybersecurity") + 1, len(name) - len("TextBlock") - 1))
        name = name[:at] + name[at + 1 :]
    elif case == "cyd-like":
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True))
        name = "Cybersecurity" + "".join(words) + "TextBlock"
    item_type = "xbrli:booleanItemType" if name.endswith("Flag") else "dtr-types:textBlockItemType"
    assume(name not in {c.local_name for c in filing.spec.extension_concepts})
    return with_spec(
        filing, extension_concepts=(*filing.spec.extension_concepts, ExtensionConcept(name, item_type))
    )


@mutation("CYD.TAX.6", severity=Severity.INFO, forms=CURRENT_FORMS)
def _cyd_imported_but_not_used(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A current report imports the cyd schema but tags no cyd fact (the opt-in rule enabled).

    Current reports only: an annual report without cyd facts is REQ.1's, which TAX.6
    leaves alone; the 8-K's item list is dropped so that REQ.4 (Item 1.05 without cyd
    facts) does not report it instead.
    """
    return with_parameters(drop_cyd(filing), items=None, enable="CYD.TAX.6")


# ---------------------------------------------------------------- 8K


@mutation("CYD.8K.1", severity=Severity.INFO, forms=CURRENT_FORMS)
def _information_declared_not_yet_available(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """A complete Item 1.05 report also says that some information is not yet determined."""
    alias = _version(filing).incident.not_available.alias
    assume(alias not in aliases(filing))
    return _ensure(draw, filing, alias)


_CURRENT_AMENDMENTS = (
    "This Amendment No. 1 amends the Current Report on Form {form} to update Item 1.05.",
    "This amendment is filed to provide information about the cybersecurity incident that was not determined "
    "at the time of the original report.",
)


@mutation("CYD.8K.2", severity=Severity.WARNING, forms=CURRENT_FORMS)
def _amendment_that_still_lacks_the_information(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An 8-K/A or 6-K/A for an incident tags only the statement that the information is not yet available."""
    incident = _version(filing).incident
    reason = draw(st.sampled_from(_CURRENT_AMENDMENTS)).format(form=filing.form)
    dropped = drop(as_amendment(filing, reason), *(c.alias for c in incident.required))
    return _ensure(draw, dropped, incident.not_available.alias)


@mutation("CYD.8K.3", severity=Severity.WARNING, forms=CURRENT_FORMS)
def _incident_facts_partly_on_the_incident_axis(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """With an incident axis configured, some Item 1.05 facts are on an incident member and the others are not.

    The axis is the catalogue's incident axis or an extension axis; either way the
    mutation configures it (--cyd-incident-axis), which also lets CTX.8 accept it.
    """
    version = _version(filing)
    member = draw(st.sampled_from(_INCIDENT_MEMBERS))
    extension = [extension_member(member)]
    if draw(st.booleans()):
        axis = f"cyd:{version.incident.axis.local_name}"
    else:
        axis = _in_extension("IncidentAxis")
        extension.append(extension_axis("IncidentAxis"))
    context = like_required_context(filing, "c-incident", dimensions=((axis, _in_extension(member)),))
    incident = [
        f
        for f in cyd_facts(filing)
        if f.concept in {c.alias for c in version.item105} and f.value is not None
    ]
    assume(incident)
    count = draw(st.integers(1, max(1, len(incident) - 1)))
    moved = set(draw(st.lists(st.sampled_from(incident), min_size=count, max_size=count, unique=True)))
    on_axis = map_facts(filing, lambda f: replace(f, context=context.id) if f in moved else f)
    return with_parameters(with_context(on_axis, context, *extension), incident_axis=axis)


# ---------------------------------------------------------------- IX


@mutation("CYD.IX.1", severity=Severity.WARNING, formats=(DocumentFormat.INLINE,))
def _cyd_fact_in_ix_hidden(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """An inline cyd fact (with any facts nested in it) is moved into ix:hidden."""
    fact = draw(st.sampled_from([f for f in cyd_facts(filing) if f.value is not None]))
    hidden = replace(fact, hidden=True, nested_in=None, in_place=False, continuation=False)
    return replace_fact(filing, fact, hidden)


@mutation("CYD.IX.2", severity=Severity.ERROR)
def _used_concept_missing_from_the_presentation(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    """The official cyd taxonomy (a stand-in) is loaded, and no presentation relationship shows a concept in use."""
    alias = draw(st.sampled_from(sorted(aliases(filing))))
    return replace(
        filing, official=OfficialStandIn(unpresented=(_version(filing).by_alias(alias).local_name,))
    )


# ================================================================ hostile input

Garbler = Callable[[st.DrawFn, SyntheticFiling], SyntheticFiling]


def _xml_char(c: str) -> bool:
    code = ord(c)
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


def unusual_text(xml_safe: bool = True, max_size: int = 200) -> st.SearchStrategy[str]:
    """Text heavy in unusual Unicode: astral planes, bidi controls, combining marks, zero-width joiners."""
    odd = st.sampled_from(
        [
            "\u202e",
            "\u200b",
            "\u200d",
            "\u0301",
            "\ufeff",
            "\u2028",
            "\U0001f512",
            "\U00010348",
            "\ufffd",
            "\u00a0",
        ]
    )
    chars = st.one_of(st.characters(exclude_categories=["Cs"]), odd)
    if xml_safe:
        chars = chars.filter(_xml_char)
    return st.text(chars, max_size=max_size)


def _garble_text_blocks(
    draw: st.DrawFn, filing: SyntheticFiling, new_value: Callable[[FactSpec], str | bool | None]
) -> SyntheticFiling:
    return map_facts(filing, lambda f: f if is_dei(f) else replace(f, value=new_value(f), in_place=False))


def _nil_everywhere(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    return map_facts(filing, lambda f: replace(f, value=None))


def _wrong_value_types(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    bad = st.one_of(
        st.sampled_from(["maybe", "yes", "2", "", "TRUE ", "31/12/2024", "-1", "1e400", "null"]),
        unusual_text(max_size=12).map(html.escape),
    )
    formats = st.sampled_from(
        [None, "ixt:num-dot-decimal", "ixt:date-monthname-day-year-en", "ixt:fixed-true"]
    )

    def garble(fact: FactSpec) -> FactSpec:
        if not draw(st.booleans()):
            return fact
        value = draw(bad)
        return replace(fact, value=value, display=value, format=draw(formats), in_place=False)

    return map_facts(filing, garble)


def _unusual_unicode(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    xml_safe = draw(st.booleans())
    text = draw(unusual_text(xml_safe=xml_safe))
    escaped = html.escape(text) if xml_safe else text
    return _garble_text_blocks(
        draw, filing, lambda f: f"<p>{escaped}</p>" if isinstance(f.value, str) else f.value
    )


def _missing_dei(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    names = sorted({f.concept.split(":", 1)[1] for f in filing.spec.facts if is_dei(f)})
    return drop_dei(filing, *draw(st.lists(st.sampled_from(names), unique=True)) if names else ())


def _missing_schemas(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    choice = draw(
        st.sampled_from(("no extension schema", "no cyd import", "unknown dei year", "future cyd year"))
    )
    if choice == "no extension schema":
        return replace(filing, write_schema=False)
    if choice == "no cyd import":
        return with_spec(filing, import_cyd=False)
    if choice == "unknown dei year":
        return with_spec(filing, dei_year="2019")
    return with_spec(filing, year="2031")


def _absurd_size(max_size: int) -> Garbler:
    def garble(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
        size = draw(st.integers(1, max_size))
        unit = "<p>We maintain a cybersecurity program&#8212;with controls, audits and drills.</p>"
        big = unit * (size // len(unit) + 1)
        copies = draw(st.integers(1, 3))
        facts = [f for f in filing.spec.facts if not is_dei(f) and isinstance(f.value, str)]
        if not facts:
            return add_facts(filing, FactSpec("ProcTB", big, id="cyd-huge"))
        target = facts[0].id
        grown = map_facts(filing, lambda f: replace(f, value=big, in_place=False) if f.id == target else f)
        flags = [FactSpec("IntegF", draw(st.booleans()), id=f"cyd-many-{n}") for n in range(copies * 100)]
        return add_facts(grown, *flags)

    return garble


def _bad_contexts(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    end = filing.spec.period_end
    odd = ContextSpec(
        "c-odd",
        draw(st.sampled_from([None, end, date(end.year + 1, 1, 1)])),
        end,
        cik=draw(st.sampled_from([filing.spec.cik, "0000000000", "not a cik", ""])),
        scheme=draw(st.sampled_from(["http://www.sec.gov/CIK", "urn:nope", ""])),
        dimensions=draw(
            st.sampled_from(
                [(), (("syn:IncidentAxis", "syn:FirstMember"),), (("dei:LegalEntityAxis", "syn:Sub"),)]
            )
        ),
        scenario_dimensions=draw(st.sampled_from([(), (("syn:ScenarioAxis", "syn:Member"),)])),
        segment_extra=draw(st.booleans()),
    )
    target = draw(st.sampled_from(["c-odd", "c-missing"]))
    moved = map_facts(filing, lambda f: replace(f, context=target) if draw(st.booleans()) else f)
    return with_spec(moved, contexts=(odd,))


def _duplicates(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    facts = list(filing.spec.facts)
    if not facts:
        return filing
    original = draw(st.sampled_from(facts))
    copy_value: str | bool | None = (
        (not original.value) if isinstance(original.value, bool) else "<p>Different.</p>"
    )
    same_id = draw(st.booleans())
    copy = replace(
        original, value=copy_value, id=original.id if same_id else None, nested_in=None, in_place=False
    )
    return add_facts(filing, copy)


def _unknown_names(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    prefix = draw(st.sampled_from(["cyd", "dei"]))
    local = draw(st.text(string.ascii_letters, min_size=1, max_size=30))
    value = draw(st.one_of(st.none(), st.booleans(), st.just("<p>Text.</p>")))
    return add_facts(filing, FactSpec(f"{prefix}:{local}", value, id="odd-name"))


def _odd_languages(draw: st.DrawFn, filing: SyntheticFiling) -> SyntheticFiling:
    lang = draw(st.sampled_from(["fr", "zz-ZZ", "", "x-klingon", "en-GB"]))
    return map_facts(filing, lambda f: replace(f, lang=lang) if draw(st.booleans()) else f)


def garblers(max_text_size: int) -> list[Garbler]:
    return [
        _nil_everywhere,
        _wrong_value_types,
        _unusual_unicode,
        _missing_dei,
        _missing_schemas,
        _absurd_size(max_text_size),
        _bad_contexts,
        _duplicates,
        _unknown_names,
        _odd_languages,
    ]


def damages() -> st.SearchStrategy[Damage]:
    """Raw edits that break the markup: truncation, deletion, stray characters, lost end tags, junk."""
    at = st.floats(0.0, 1.0)
    junk = st.one_of(
        st.sampled_from(["<", "&", "]]>", "</div>", "<ix:nonNumeric>", "&nbsp;", "&#0;", "\x00", "\ufeff"]),
        st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
        unusual_text(xml_safe=False, max_size=40),
    )
    return st.one_of(
        st.builds(Damage, st.just(DamageKind.TRUNCATE), at),
        st.builds(Damage, st.just(DamageKind.DELETE), at, st.integers(1, 400)),
        st.builds(Damage, st.just(DamageKind.INSERT), at, text=junk),
        st.builds(
            Damage,
            st.just(DamageKind.REPLACE),
            text=st.sampled_from(["", "ix:nonNumerik", "xbrli:contxt", "p"]),
            old=st.sampled_from(
                ["</ix:nonNumeric>", "ix:nonNumeric", "xbrli:context", "div", 'escape="true"']
            ),
        ),
        st.builds(Damage, st.just(DamageKind.WHOLE), text=st.one_of(st.just(""), junk)),
    )


@st.composite
def garbled_filings(draw: st.DrawFn, max_text_size: int = 200_000) -> SyntheticFiling:
    """A filing broken in one to three ways, and sometimes its markup damaged as well."""
    filing = draw(filings())
    for garble in draw(st.lists(st.sampled_from(garblers(max_text_size)), min_size=1, max_size=3)):
        filing = garble(draw, filing)
    damage = draw(st.lists(damages(), max_size=2)) if draw(st.booleans()) else []
    return replace(filing, damage=tuple(damage))


# ---------------------------------------------------------------- FilingView records, without Arelle


def _namespaces() -> st.SearchStrategy[str]:
    cyd = [catalogue.for_year(y).namespace for y in catalogue.available_years()]
    return st.one_of(
        st.sampled_from(
            [
                *cyd,
                "http://xbrl.sec.gov/cyd/2019",
                "http://xbrl.sec.gov/cyd/2031",
                "http://xbrl.sec.gov/cyd-8k-sub/2024",
                catalogue.dei_catalogue().namespace("2024"),
                "http://example.com/ext",
                "",
            ]
        ),
        st.text(max_size=30),
    )


def _local_names() -> st.SearchStrategy[str]:
    known = sorted({c.local_name for y in catalogue.available_years() for c in catalogue.load(y).concepts})
    dei = [e.local_name for e in catalogue.dei_catalogue().elements]
    return st.one_of(st.sampled_from(known + dei), st.text(max_size=30))


def _dates() -> st.SearchStrategy[date]:
    return st.dates(date(1990, 1, 1), date(2040, 12, 31))


def contexts() -> st.SearchStrategy[Context]:
    periods = st.one_of(st.none(), st.builds(Period, st.one_of(st.none(), _dates()), _dates()))
    dims = st.lists(
        st.builds(Dimension, st.text(max_size=40), st.text(max_size=40), st.booleans()), max_size=3
    )
    return st.builds(
        Context,
        id=st.text(max_size=10),
        scheme=st.text(max_size=30),
        identifier=st.text(max_size=12),
        period=periods,
        dimensions=dims.map(tuple),
        has_scenario=st.booleans(),
        segment_has_non_dimensional_content=st.booleans(),
        segment_other_content=st.lists(st.text(max_size=20), max_size=2).map(tuple),
    )


def facts(context_list: Sequence[Context] = ()) -> st.SearchStrategy[Fact]:
    """Any fact record: odd namespaces and names, values of any text, nil or not, contexts or none."""
    context_choice = st.one_of(
        st.none(), contexts(), *([st.sampled_from(context_list)] if context_list else [])
    )
    return st.builds(
        Fact,
        namespace=_namespaces(),
        local_name=_local_names(),
        value=st.one_of(
            st.none(), unusual_text(xml_safe=False), st.sampled_from(["true", "false", "1", "0", " true "])
        ),
        is_nil=st.booleans(),
        context_id=st.one_of(
            st.none(), st.text(max_size=10), st.sampled_from([c.id for c in context_list] or ["c-1"])
        ),
        context=context_choice,
        fact_id=st.one_of(st.none(), st.text(max_size=10)),
        lang=st.one_of(st.none(), st.sampled_from(["en-US", "fr", ""])),
        escape=st.one_of(st.none(), st.booleans()),
        format=st.one_of(st.none(), st.sampled_from(["ixt:fixed-true", "ixt-sec:boolballotbox", "bogus"])),
        is_hidden=st.booleans(),
        from_raw_xml=st.booleans(),
        concept_item_type=st.one_of(
            st.none(),
            st.sampled_from(["xbrli:booleanItemType", "dtr-types:textBlockItemType"]),
            st.text(max_size=20),
        ),
        concept_period_type=st.one_of(
            st.none(), st.sampled_from(["duration", "instant"]), st.text(max_size=10)
        ),
        value_error=st.one_of(st.none(), st.text(max_size=20)),
        format_namespace=st.one_of(
            st.none(),
            st.sampled_from(sorted(edgar.transform_registries())),
            st.just("http://www.xbrl.org/inlineXBRL/transformation/2010-04-20"),
            st.text(max_size=30),
        ),
        hidden_referenced=st.booleans(),
    )


def dei_records() -> st.SearchStrategy[Dei]:
    form_names = st.one_of(
        st.none(),
        st.sampled_from(["10-K", "10-K/A", "10-KT", "20-F", "8-K", "8-K/A", "6-K", "10-Q", "S-1"]),
        st.text(max_size=10),
    )
    maybe_bool = st.one_of(st.none(), st.booleans())
    maybe_text = st.one_of(st.none(), st.text(max_size=20))
    return st.builds(
        Dei,
        document_type=form_names,
        period_end_date=st.one_of(st.none(), _dates()),
        amendment=maybe_bool,
        transition_report=maybe_bool,
        annual_report=maybe_bool,
        fiscal_period_focus=maybe_text,
        fiscal_year_focus=maybe_text,
        cik=maybe_text,
        registrant_name=maybe_text,
        amendment_description=maybe_text,
        required_context_id=st.one_of(st.none(), st.sampled_from(["c-1", "c-2"]), st.text(max_size=5)),
    )


def taxonomies() -> st.SearchStrategy[TaxonomyInfo]:
    loaded = st.builds(
        LoadedConcept,
        namespace=_namespaces(),
        local_name=_local_names(),
        item_type=st.one_of(st.none(), st.text(max_size=20)),
        period_type=st.one_of(st.none(), st.sampled_from(["duration", "instant"])),
        label=st.one_of(st.none(), st.text(max_size=20)),
        is_abstract=st.booleans(),
        schema_url=st.one_of(st.none(), st.text(max_size=20)),
    )
    urls = st.frozensets(
        st.one_of(
            st.sampled_from(
                ["https://xbrl.sec.gov/cyd/2024/cyd-2024.xsd", "https://xbrl.sec.gov/dei/2024/dei-2024.xsd"]
            ),
            st.text(max_size=30),
        ),
        max_size=3,
    )
    return st.builds(
        TaxonomyInfo,
        referenced_namespaces=st.frozensets(_namespaces(), max_size=5),
        referenced_urls=urls,
        loaded_cyd_concepts=st.lists(loaded, max_size=5).map(tuple),
        extension_concepts=st.lists(loaded, max_size=3).map(tuple),
        official_cyd_urls=urls,
        reconstruction_urls=urls,
        presented_concepts=st.one_of(st.none(), st.frozensets(st.text(max_size=30), max_size=3)),
    )


@st.composite
def filing_views(draw: st.DrawFn) -> FilingView:
    """An arbitrary (mostly nonsensical) ``FilingView``: the rules must never raise on it."""
    context_list = draw(st.lists(contexts(), max_size=3))
    cyd = draw(st.lists(facts(context_list), max_size=12))
    dei = draw(st.lists(facts(context_list), max_size=4))
    return FilingView(
        source_document=draw(st.text(max_size=10)),
        document_kind=draw(st.sampled_from(list(DocumentKind))),
        facts=tuple(cyd),
        dei_facts=tuple(dei),
        contexts={c.id: c for c in context_list},
        dei=draw(dei_records()),
        taxonomy=draw(taxonomies()),
        co_registrant_members=draw(st.frozensets(st.text(max_size=10), max_size=2)),
    )


def parameter_sets() -> st.SearchStrategy[Parameters]:
    """Any valid combination of plugin parameters."""
    return st.builds(
        Parameters,
        submission_type=st.one_of(
            st.none(), st.sampled_from(["10-K", "8-K", "8-K/A", "6-K", "10-Q", "S-1"]), st.text(max_size=8)
        ),
        items=st.one_of(
            st.none(), st.lists(st.sampled_from(["1.05", "8.01", "9.01", "2.02"]), max_size=3).map(tuple)
        ),
        filing_date=st.one_of(st.none(), _dates()),
        abs_issuer=st.booleans(),
        incident_axis=st.one_of(st.none(), st.just("syn:IncidentAxis")),
    )
