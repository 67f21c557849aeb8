"""REQ rules: each fires on a small synthetic filing and stays quiet on its clean twin."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import DocumentFormat, FactSpec, complete_annual, incident_report
from support import RunSpec, of_rule, serious

NO_CYD = replace(complete_annual(), facts=())


def test_req_1_fires_on_a_10k_without_cyd_facts(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(NO_CYD), "CYD.REQ.1")
    assert len(findings) == 1
    assert findings[0].severity is Severity.ERROR
    assert findings[0].authority == "DQC.US.0202.10702"
    assert "CybersecurityRiskRoleOfManagementTextBlock" in findings[0].message


def test_req_1_fires_on_a_plain_instance_too(run_spec: RunSpec) -> None:
    assert of_rule(run_spec(NO_CYD, DocumentFormat.INSTANCE), "CYD.REQ.1")


def test_req_1_quiet_with_any_cyd_fact_of_any_year(run_spec: RunSpec) -> None:
    one_fact = replace(NO_CYD, year="2025", dei_year="2024", facts=(FactSpec("ProcTB", "<p>Processes.</p>"),))
    assert not of_rule(run_spec(one_fact), "CYD.REQ.1")


def test_req_1_quiet_before_the_tagging_date_for_transition_reports_and_abs_issuers(
    run_spec: RunSpec,
) -> None:
    early = replace(NO_CYD, period_start=date(2023, 12, 1), period_end=date(2024, 11, 30))
    assert not of_rule(run_spec(early), "CYD.REQ.1")
    assert not of_rule(run_spec(replace(NO_CYD, transition=True)), "CYD.REQ.1")
    assert not of_rule(run_spec(NO_CYD, abs_issuer=True), "CYD.REQ.1")
    assert not of_rule(run_spec(replace(NO_CYD, form="10-Q")), "CYD.REQ.1")


def test_req_2_fires_for_each_missing_description(run_spec: RunSpec) -> None:
    spec = complete_annual().without("MatAffF", "BoardTB", "BoardCommTB", "BoardInformTB")
    findings = of_rule(run_spec(spec), "CYD.REQ.2")
    assert sorted(f.args["paragraph"] for f in findings) == ["Item 106(b)(2)", "Item 106(c)(1)"]
    assert all(f.severity is Severity.WARNING and "c-1" in f.message for f in findings)


def test_req_2_accepts_the_materially_affected_text_block_instead_of_the_flag(run_spec: RunSpec) -> None:
    spec = complete_annual().without("MatAffF").with_facts(FactSpec("MatAffTB", "<p>No material effect.</p>"))
    assert not of_rule(run_spec(spec), "CYD.REQ.2")


def test_req_2_quiet_on_complete_amended_and_out_of_scope_reports(run_spec: RunSpec) -> None:
    partial = complete_annual().without("BoardTB", "BoardCommTB", "BoardInformTB")
    assert not of_rule(run_spec(complete_annual()), "CYD.REQ.2")
    assert not of_rule(run_spec(replace(partial, amendment=True)), "CYD.REQ.2")
    assert not of_rule(run_spec(partial, abs_issuer=True), "CYD.REQ.2")


def test_req_2_ignores_facts_outside_the_required_context(run_spec: RunSpec) -> None:
    from arelle_cyd.testing.builder import ContextSpec

    other = ContextSpec("c-2", date(2023, 1, 1), date(2023, 12, 31))
    spec = (
        complete_annual()
        .without("BoardTB", "BoardCommTB", "BoardInformTB")
        .with_facts(FactSpec("BoardTB", "<p>Board oversight of the prior year.</p>", context="c-2"))
    )
    findings = of_rule(run_spec(replace(spec, contexts=(other,))), "CYD.REQ.2")
    assert [f.args["paragraph"] for f in findings] == ["Item 106(c)(1)"]


def test_req_3_fires_on_transition_reports_without_cyd_facts(run_spec: RunSpec) -> None:
    for spec in (replace(NO_CYD, form="10-KT"), replace(NO_CYD, transition=True)):
        findings = of_rule(run_spec(spec), "CYD.REQ.3")
        assert [f.severity for f in findings] == [Severity.WARNING]


def test_req_3_quiet_with_cyd_facts_or_for_regular_reports(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(replace(complete_annual(), form="10-KT")), "CYD.REQ.3")
    assert not of_rule(run_spec(NO_CYD), "CYD.REQ.3")


def test_req_4_needs_item_1_05_in_the_item_list(run_spec: RunSpec) -> None:
    empty_8k = replace(incident_report(), facts=())
    findings = of_rule(run_spec(empty_8k, items="1.05,9.01"), "CYD.REQ.4")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert findings[0].args["authority"] == "EFM.6.05.77"
    early = of_rule(run_spec(empty_8k, items="1.05", filing_date="2024-12-10"), "CYD.REQ.4")
    assert [f.severity for f in early] == [Severity.INFO]


def test_req_4_quiet_without_item_list_other_items_or_with_cyd_facts(run_spec: RunSpec) -> None:
    empty_8k = replace(incident_report(), facts=())
    assert not of_rule(run_spec(empty_8k), "CYD.REQ.4")
    assert not of_rule(run_spec(empty_8k, items="8.01"), "CYD.REQ.4")
    assert not of_rule(run_spec(incident_report(), items="1.05"), "CYD.REQ.4")
    assert not of_rule(run_spec(replace(NO_CYD, form="10-K"), items="1.05"), "CYD.REQ.4")


def test_req_5_fires_per_missing_incident_aspect(run_spec: RunSpec) -> None:
    spec = incident_report().without("IncScopeTB", "IncTimingTB")
    findings = of_rule(run_spec(spec), "CYD.REQ.5")
    assert sorted(f.args["aspect"] for f in findings) == ["scope", "timing"]
    assert all(f.severity is Severity.WARNING for f in findings)


def test_req_5_is_info_when_information_is_declared_not_available(run_spec: RunSpec) -> None:
    spec = (
        incident_report()
        .without("IncScopeTB")
        .with_facts(FactSpec("IncNotAvailTB", "<p>The scope is not yet determined.</p>"))
    )
    findings = of_rule(run_spec(spec), "CYD.REQ.5")
    assert [f.severity for f in findings] == [Severity.INFO]


def test_req_5_quiet_on_complete_reports_and_on_reports_without_item_1_05(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(incident_report()), "CYD.REQ.5")
    partial = incident_report().without("IncScopeTB")
    assert not of_rule(run_spec(partial, items="8.01"), "CYD.REQ.5")
    assert not of_rule(run_spec(partial, filing_date="2024-12-01"), "CYD.REQ.5")


def test_complete_reports_have_no_warning_or_error(run_spec: RunSpec) -> None:
    assert serious(run_spec(complete_annual())) == []
    assert serious(run_spec(incident_report(), items="1.05")) == []
