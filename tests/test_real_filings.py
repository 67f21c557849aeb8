"""The six real filings keep their verdicts (cyd-rules.md section 5, issue "Foundation")."""

from __future__ import annotations

import pytest

from arelle_cyd.api import Report
from arelle_cyd.rules.registry import Severity
from support import REAL_FILINGS, serious

ITEM106_CLEAN = ("KO", "META", "CRSR", "IBM")


@pytest.mark.parametrize("name", ITEM106_CLEAN)
def test_clean_annual_reports_get_no_warning_or_error(real_reports: dict[str, Report], name: str) -> None:
    report = real_reports[name]
    assert report.error is None
    assert serious(report) == []


@pytest.mark.parametrize("name", ("KO", "CRSR"))
def test_negative_material_effect_answer_explained_is_info_only(
    real_reports: dict[str, Report], name: str
) -> None:
    flag3 = [f for f in real_reports[name].findings if f.rule_id == "CYD.FLAG.3"]
    assert len(flag3) == 1
    assert flag3[0].severity is Severity.INFO
    assert "MateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag" in flag3[0].message


@pytest.mark.parametrize("name", ("META", "IBM"))
def test_fifteen_concept_filings_get_no_flag_finding(real_reports: dict[str, Report], name: str) -> None:
    assert [f.code for f in real_reports[name].findings if f.rule_id.startswith("CYD.FLAG")] == []


def test_abbv_names_the_three_missing_item_106_parts(real_reports: dict[str, Report]) -> None:
    report = real_reports["ABBV"]
    req2 = [f for f in report.findings if f.rule_id == "CYD.REQ.2"]
    assert [f.severity for f in req2] == [Severity.WARNING] * 3
    paragraphs = sorted(f.args["paragraph"] for f in req2)
    assert paragraphs == ["Item 106(b)(2)", "Item 106(c)(1)", "Item 106(c)(2)"]
    assert "CybersecurityRiskBoardOfDirectorsOversightTextBlock" in req2[1].message + req2[2].message
    assert serious(report) == ["CYD.REQ.2"] * 3


def test_crsr_plain_instance_facts_are_read_from_the_document(real_reports: dict[str, Report]) -> None:
    report = real_reports["CRSR"]
    assert not [f for f in report.findings if f.rule_id == "CYD.REQ.1"]
    flag3 = next(f for f in report.findings if f.rule_id == "CYD.FLAG.3")
    assert all(fact.context_id == "C_8b3be59c-524d-4cd3-a2eb-8399c8559853" for fact in flag3.facts)


def test_bcow_8k_without_cyd_facts_gets_no_finding(real_reports: dict[str, Report]) -> None:
    assert real_reports["BCOW"].findings == ()


def test_each_clean_filing_says_which_definitions_it_was_checked_against(
    real_reports: dict[str, Report],
) -> None:
    for name in (*ITEM106_CLEAN, "ABBV"):
        notes = [f for f in real_reports[name].findings if f.rule_id == "CYD.TAX.8"]
        assert len(notes) == 1, name
        assert "catalogue" in notes[0].message


def test_bcow_with_item_105_gets_the_efm_6_5_77_warning() -> None:
    from arelle_cyd import validate

    report = validate(REAL_FILINGS["BCOW"], items=["1.05"])
    req4 = [f for f in report.findings if f.rule_id == "CYD.REQ.4"]
    assert [f.severity for f in req4] == [Severity.WARNING]
    assert req4[0].authority == "EFM.6.05.77"
    quiet = validate(REAL_FILINGS["BCOW"], items="5.02")
    assert quiet.findings == ()


EXPECTED_CODES = {
    "KO": ["CYD.FLAG.3", "CYD.TAX.8"],
    "META": ["CYD.TAX.8"],
    "IBM": ["CYD.TAX.8"],
    "ABBV": ["CYD.REQ.2", "CYD.REQ.2", "CYD.REQ.2", "CYD.TAX.8"],
    "CRSR": ["CYD.FLAG.3", "CYD.TAX.8"],
    "BCOW": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_CODES))
def test_every_rule_group_keeps_the_real_verdicts(real_reports: dict[str, Report], name: str) -> None:
    """All 51 rules ran: CTX, VAL, DUP, TAX, 8K and IX add nothing to the six real filings."""
    assert sorted(f.code for f in real_reports[name].findings) == EXPECTED_CODES[name]


def test_real_filing_dates_are_within_edgars_accepted_cyd_years() -> None:
    from arelle_cyd import validate

    report = validate(REAL_FILINGS["CRSR"], filing_date="2025-02-26")
    assert not [f for f in report.findings if f.rule_id == "CYD.TAX.3"]
    early = validate(REAL_FILINGS["CRSR"], filing_date="2024-09-13")
    assert [f.severity for f in early.findings if f.rule_id == "CYD.TAX.3"] == [Severity.ERROR]


def test_bcow_imports_cyd_without_facts_which_only_the_opt_in_tax_6_reports() -> None:
    from arelle_cyd import validate

    report = validate(REAL_FILINGS["BCOW"], enable=["CYD.TAX.6"])
    assert [(f.code, f.severity) for f in report.findings] == [("CYD.TAX.6", Severity.INFO)]
    assert "cyd-2024.xsd" in report.findings[0].message


def test_findings_about_absent_concepts_name_them_first(real_reports: dict[str, Report]) -> None:
    """REQ.2 is logged on dei:DocumentType, but its concepts are the missing cyd ones."""
    req2 = [f for f in real_reports["ABBV"].findings if f.rule_id == "CYD.REQ.2"]
    board = next(f for f in req2 if f.args["paragraph"] == "Item 106(c)(1)")
    assert board.concepts[0] == "cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock"
    assert board.to_dict()["concepts"][0] == board.concepts[0]
    assert [fact.local_name for fact in board.facts] == ["DocumentType"]
