"""FORM: cyd facts on forms that do not call for them (cyd-rules.md 3.2)."""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.filing import FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import by_local_name
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.scope import ITEM_105, is_8k_family, scope_of


@rule(
    "CYD.FORM.1",
    title="Item 106 concept outside an annual report",
    severity=Severity.WARNING,
    condition="An Item 106 fact is present and dei:DocumentType is not 10-K, 10-K/A, 10-KT, 10-KT/A, "
    "20-F or 20-F/A.",
    message="%(concept)s (Regulation S-K Item 106 / Form 20-F Item 16K) is used in a %(form)s; these "
    "disclosures belong in Form 10-K or 20-F annual reports.",
    authority="Form 10-K Item 1C / Form 20-F Item 16K (17 CFR 229.106); the proposed Form 10-Q update "
    "was not adopted",
    origin=Origin.DERIVED,
    applies_to="ITEM106",
    parameters=("submission_type",),
)
def form_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if scope.form is None or scope.is_annual:
        return
    item106 = [f for f in filing.item106_facts if f.is_present]
    for facts in by_local_name(item106).values():
        yield Hit({"concept": facts[0].qname, "form": scope.form}, facts=tuple(facts))


@rule(
    "CYD.FORM.2",
    title="Item 1.05 concept outside an 8-K or 6-K",
    severity=Severity.WARNING,
    condition="An Item 1.05 fact is present and dei:DocumentType is not in EDGAR class @8-K or @6-K.",
    message="%(concept)s (Form 8-K Item 1.05) is used in a %(form)s; incident elements are for Form 8-K "
    "Item 1.05 or Form 6-K reports.",
    authority="Form 8-K Item 1.05; Form 6-K General Instruction B; cyd-8k-sub / cyd-6k-sub entry points",
    origin=Origin.DERIVED,
    applies_to="ITEM105",
    parameters=("submission_type",),
)
def form_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if scope.form is None or scope.is_current:
        return
    item105 = [f for f in filing.item105_facts if f.is_present]
    for facts in by_local_name(item105).values():
        yield Hit({"concept": facts[0].qname, "form": scope.form}, facts=tuple(facts))


@rule(
    "CYD.FORM.3",
    title="Incident elements in an 8-K that does not report Item 1.05",
    severity=Severity.INFO,
    condition="The submission type is in class @8-K, an item list is given, 1.05 is not in it, and an "
    "Item 1.05 fact is present.",
    message="Item 1.05 incident elements (%(concepts)s) are tagged but the %(subType)s does not report "
    "Item 1.05 (items %(items)s); incidents not determined to be material are normally reported under "
    "Item 8.01.",
    authority="SEC Division of Corporation Finance statement of 2024-05-21; EDGAR deliberately dropped this "
    "direction of EFM 6.5.77 (Arelle/EDGAR commit 810ca30)",
    origin=Origin.PROPOSAL,
    applies_to="ITEM105",
    parameters=("submission_type", "items"),
)
def form_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if scope.items is None or ITEM_105 in scope.items or not is_8k_family(scope.submission_type):
        return
    item105 = [f for f in filing.item105_facts if f.is_present]
    if item105:
        names = ", ".join(dict.fromkeys(f.qname for f in item105))
        yield Hit(
            {"concepts": names, "subType": scope.submission_type or "", "items": ",".join(scope.items)},
            facts=tuple(item105),
        )
