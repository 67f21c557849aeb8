"""Which rules apply: form sets, compliance dates and the dei fallbacks of the parameters.

The form classes come from EDGAR's own ``dei-validations.json`` (sub-type classes
``@8-K`` and ``@6-K``), copied into the catalogue data with its provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from arelle_cyd.catalogue.edgar import resolve_classes
from arelle_cyd.catalogue.loader import read_json
from arelle_cyd.filing import FilingView
from arelle_cyd.parameters import Parameters

ITEM106_TAGGING_DATE = date(2024, 12, 15)  # fiscal years ending on or after (release 33-11216)
ITEM105_TAGGING_DATE = date(2024, 12, 18)  # filings on or after
ANNUAL_FORMS = frozenset({"10-K", "10-K/A", "10-KT", "10-KT/A", "20-F", "20-F/A"})
ANNUAL_ORIGINAL_FORMS = frozenset({"10-K", "20-F"})
TRANSITION_FORMS = frozenset({"10-KT", "10-KT/A"})
ITEM_105 = "1.05"


@cache
def sub_type_class(name: str) -> frozenset[str]:
    """EDGAR sub-type class ``@name`` resolved to submission types."""
    classes = read_json("edgar/dei-validations.json")["sub-type-classes"]
    return frozenset(resolve_classes(classes, [f"@{name}"]))


@cache
def current_forms() -> frozenset[str]:
    return sub_type_class("8-K") | sub_type_class("6-K")


def is_8k_family(form: str | None) -> bool:
    return form in sub_type_class("8-K")


@dataclass(frozen=True, slots=True)
class FilingDate:
    value: date | None
    assumed: bool  # True when taken from dei:DocumentPeriodEndDate

    def describe(self) -> str:
        if self.value is None:
            return "unknown filing date"
        suffix = " (dei:DocumentPeriodEndDate, no filing date given)" if self.assumed else ""
        return f"{self.value.isoformat()}{suffix}"


@dataclass(frozen=True, slots=True)
class Scope:
    """The facts about a filing that decide which rules apply."""

    form: str | None  # dei:DocumentType, else the submission-type parameter
    submission_type: str | None  # the parameter, else dei:DocumentType
    items: tuple[str, ...] | None
    filing_date: FilingDate
    period_end: date | None
    amendment: bool
    transition: bool
    abs_issuer: bool

    @property
    def is_annual(self) -> bool:
        return self.form in ANNUAL_FORMS

    @property
    def is_current(self) -> bool:
        return self.form in current_forms()

    @property
    def is_transition(self) -> bool:
        return self.form in TRANSITION_FORMS or (self.form in ANNUAL_ORIGINAL_FORMS and self.transition)

    @property
    def after_item106_tagging_date(self) -> bool:
        return self.period_end is not None and self.period_end >= ITEM106_TAGGING_DATE

    @property
    def in_scope_annual(self) -> bool:
        """cyd-rules.md "In-scope annual": an original 10-K/20-F for a tagged fiscal year."""
        return (
            self.form in ANNUAL_ORIGINAL_FORMS
            and self.after_item106_tagging_date
            and not self.transition
            and not self.amendment
            and not self.abs_issuer
        )

    @property
    def requires_annual_cyd(self) -> bool:
        """CYD.REQ.1 reports this filing when it has no cyd fact at all."""
        return (
            self.form in ANNUAL_ORIGINAL_FORMS
            and self.after_item106_tagging_date
            and not self.transition
            and not self.abs_issuer
        )

    @property
    def requires_transition_cyd(self) -> bool:
        """CYD.REQ.3 reports this transition report when it has no cyd fact at all."""
        is_transition = self.form == "10-KT" or (self.form in ANNUAL_ORIGINAL_FORMS and self.transition)
        return is_transition and self.after_item106_tagging_date and not self.abs_issuer

    @property
    def requires_cyd_facts(self) -> bool:
        """CYD.REQ.1 or CYD.REQ.3 report this filing when it has no cyd fact at all."""
        return self.requires_annual_cyd or self.requires_transition_cyd

    def reports_item_105(self, has_item105_facts: bool) -> bool:
        if self.items is not None:
            return ITEM_105 in self.items
        return has_item105_facts

    def in_scope_105(self, has_item105_facts: bool) -> bool:
        date_ok = self.filing_date.value is None or self.filing_date.value >= ITEM105_TAGGING_DATE
        return self.is_current and self.reports_item_105(has_item105_facts) and date_ok


def scope_of(filing: FilingView, params: Parameters) -> Scope:
    dei = filing.dei
    form = dei.document_type or params.submission_type
    submission_type = params.submission_type or dei.document_type
    if params.filing_date is not None:
        filing_date = FilingDate(params.filing_date, assumed=False)
    else:
        filing_date = FilingDate(dei.period_end_date, assumed=dei.period_end_date is not None)
    return Scope(
        form=form,
        submission_type=submission_type,
        items=params.items,
        filing_date=filing_date,
        period_end=dei.period_end_date,
        amendment=bool(dei.amendment) or (form or "").endswith("/A"),
        transition=bool(dei.transition_report),
        abs_issuer=params.abs_issuer,
    )
