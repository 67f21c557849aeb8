"""FLAG rules: flag / text-block coherence and Item 106 structure, paired by context."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import ContextSpec, FactSpec, complete_annual
from support import RunSpec, of_rule

CLEAN = complete_annual()


def test_clean_disclosure_gets_no_flag_finding(run_spec: RunSpec) -> None:
    report = run_spec(CLEAN)
    assert [f.code for f in report.findings if f.rule_id.startswith("CYD.FLAG")] == []


def test_flag_1_fires_when_a_true_flag_lacks_its_description(run_spec: RunSpec) -> None:
    spec = CLEAN.without("IntegTB", "IntegF").with_facts(FactSpec("IntegF", True, display="integrated"))
    findings = of_rule(run_spec(spec), "CYD.FLAG.1")
    assert len(findings) == 1
    assert findings[0].args["textBlock"].endswith("ProcessesIntegratedTextBlock")
    assert "Item 106(b)(1)(i)" in findings[0].message


def test_flag_1_pairs_by_context_not_by_position(run_spec: RunSpec) -> None:
    other = ContextSpec("c-2", date(2024, 1, 1), date(2024, 12, 31), cik="0000000001")
    spec = CLEAN.without("IntegTB", "IntegF").with_facts(
        FactSpec("IntegF", True, display="integrated"),
        FactSpec("IntegTB", "<p>Integrated, reported in another context.</p>", context="c-2"),
    )
    assert of_rule(run_spec(replace(spec, contexts=(other,))), "CYD.FLAG.1")


def test_flag_1_quiet_for_false_flags_and_paired_flags(run_spec: RunSpec) -> None:
    spec = CLEAN.without("PosF").with_facts(FactSpec("PosF", True, nested_in="pos"))
    assert not of_rule(run_spec(spec), "CYD.FLAG.1")
    assert not of_rule(run_spec(CLEAN), "CYD.FLAG.1")  # MatAffF false without MatAffTB


def test_flag_2_fires_when_a_description_lacks_its_flag(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(CLEAN.without("IntegF")), "CYD.FLAG.2")
    assert len(findings) == 1
    assert findings[0].severity is Severity.WARNING


def test_flag_2_quiet_for_expertise_without_flag_pairing(run_spec: RunSpec) -> None:
    spec = CLEAN.without("PosF", "PosTB", "ReportBoardF")
    assert not of_rule(run_spec(spec), "CYD.FLAG.2")


def test_flag_3_is_info_when_a_false_flag_is_explained(run_spec: RunSpec) -> None:
    spec = CLEAN.with_facts(FactSpec("MatAffTB", "<p>No cybersecurity risk has materially affected us.</p>"))
    findings = of_rule(run_spec(spec), "CYD.FLAG.3")
    assert [f.severity for f in findings] == [Severity.INFO]


def test_flag_3_quiet_when_the_flag_is_true_or_the_text_absent(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(CLEAN), "CYD.FLAG.3")


def test_flag_4_warns_for_expertise_and_reporting_but_informs_for_monitoring(run_spec: RunSpec) -> None:
    spec = CLEAN.without("PosF").with_facts(FactSpec("PosF", False, nested_in="pos", display="no"))
    findings = of_rule(run_spec(spec), "CYD.FLAG.4")
    by_concept = {f.args["concept"].split(":")[1]: f.severity for f in findings}
    assert by_concept == {
        "CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag": Severity.WARNING,
        "CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock": Severity.WARNING,
        "CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock": Severity.INFO,
    }


def test_flag_4_quiet_when_positions_flag_is_true(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(CLEAN), "CYD.FLAG.4")


def test_flag_5_fires_for_committee_details_without_board_description(run_spec: RunSpec) -> None:
    spec = CLEAN.without("BoardTB", "BoardCommTB", "BoardInformTB").with_facts(
        FactSpec("BoardCommTB", "<p>The audit committee oversees cybersecurity.</p>")
    )
    findings = of_rule(run_spec(spec), "CYD.FLAG.5")
    assert len(findings) == 1 and "Item 106(c)(1)" in findings[0].message


def test_flag_6_fires_for_processes_details_without_processes_description(run_spec: RunSpec) -> None:
    spec = CLEAN.without("ProcTB", "IntegTB", "IntegF", "ThirdPartyEngF", "ThirdPartyOversF").with_facts(
        FactSpec("ThirdPartyEngF", True, display="consultants")
    )
    findings = of_rule(run_spec(spec), "CYD.FLAG.6")
    assert len(findings) == 1 and "ThirdPartyEngagedFlag" in findings[0].message


def test_flag_7_fires_for_management_details_without_management_role(run_spec: RunSpec) -> None:
    spec = CLEAN.without(
        "MgmtRoleTB", "PosTB", "PosF", "ExpertTB", "MgmtInformTB", "ReportBoardF"
    ).with_facts(FactSpec("ExpertTB", "<p>Our CISO has twenty years of experience.</p>"))
    findings = of_rule(run_spec(spec), "CYD.FLAG.7")
    assert len(findings) == 1 and "Item 106(c)(2)" in findings[0].message


def test_structure_rules_quiet_on_the_clean_disclosure_and_on_parents_alone(run_spec: RunSpec) -> None:
    parents_only = CLEAN.without(
        "IntegTB",
        "IntegF",
        "ThirdPartyEngF",
        "ThirdPartyOversF",
        "BoardCommTB",
        "BoardInformTB",
        "PosTB",
        "PosF",
        "ExpertTB",
        "MgmtInformTB",
        "ReportBoardF",
    )
    for spec in (CLEAN, parents_only):
        report = run_spec(spec)
        assert not [f for f in report.findings if f.rule_id in ("CYD.FLAG.5", "CYD.FLAG.6", "CYD.FLAG.7")]
