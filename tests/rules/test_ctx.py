"""CTX rules: each fires on a small synthetic filing and stays quiet on its clean twin."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import (
    SENTENCES,
    ContextSpec,
    DocumentFormat,
    FactSpec,
    complete_annual,
    incident_report,
)
from support import RunSpec, of_rule

YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
CTX_RULES = [f"CYD.CTX.{n}" for n in range(1, 11)]


def test_clean_reports_get_no_ctx_finding(run_spec: RunSpec) -> None:
    annual = run_spec(complete_annual())
    current = run_spec(incident_report(), items="1.05")
    for rule_id in CTX_RULES:
        assert not of_rule(annual, rule_id), rule_id
        assert not of_rule(current, rule_id), rule_id


def test_ctx_1_reports_a_wrong_scheme_a_malformed_cik_and_a_cik_other_than_the_dei_one(
    run_spec: RunSpec,
) -> None:
    contexts = (
        ContextSpec("c-scheme", *YEAR_2024, scheme="http://example.com/entity"),
        ContextSpec("c-short", *YEAR_2024, cik="12345"),
        ContextSpec("c-other", *YEAR_2024, cik="0000000002"),
    )
    spec = replace(
        complete_annual().with_facts(
            FactSpec("IntegF", True, context="c-scheme"),
            FactSpec("ThirdPartyEngF", True, context="c-short"),
            FactSpec("PosF", True, context="c-other"),
        ),
        contexts=contexts,
    )
    findings = of_rule(run_spec(spec), "CYD.CTX.1")
    by_code = {f.code: f for f in findings}
    assert set(by_code) == {"CYD.CTX.1.scheme", "CYD.CTX.1.cikValue", "CYD.CTX.1.nonMatchingCik"}
    assert all(f.severity is Severity.ERROR for f in findings)
    assert "did not adhere to the standard naming convention" in by_code["CYD.CTX.1.scheme"].message
    assert by_code["CYD.CTX.1.cikValue"].authority == "EFM.6.05.23"
    assert "0000000001, does not match the context identifier CIK 0000000002" in (
        by_code["CYD.CTX.1.nonMatchingCik"].message
    )


def test_ctx_1_is_skipped_as_a_generic_efm_restatement(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual().with_facts(FactSpec("IntegF", True, context="c-x")),
        contexts=(ContextSpec("c-x", *YEAR_2024, cik="0000000002"),),
    )
    assert not of_rule(run_spec(spec, skip_generic_efm=True), "CYD.CTX.1")


def test_ctx_2_checks_period_types_only_for_concepts_arelle_did_not_load(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual().with_facts(FactSpec("MatAffTB", SENTENCES["MatAffTB"], context="c-i")),
        contexts=(ContextSpec("c-i", None, date(2024, 12, 31)),),
    )
    findings = of_rule(run_spec(spec, reconstruction="never"), "CYD.CTX.2")
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "periodType duration but context c-i is instant" in findings[0].message
    assert not of_rule(run_spec(spec), "CYD.CTX.2")  # the schema is loaded: Arelle's own error covers it


def test_ctx_3_4_and_dup_3_report_a_half_year_item_106_text_block(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual().with_facts(FactSpec("BoardTB", SENTENCES["BoardTB"], context="c-h2")),
        contexts=(ContextSpec("c-h2", date(2024, 7, 1), date(2024, 12, 31)),),
    )
    report = run_spec(spec)
    ctx3 = of_rule(report, "CYD.CTX.3")
    assert [(f.severity, f.authority) for f in ctx3] == [(Severity.WARNING, "DQC.US.0006.14")]
    assert "The number of days, 184," in ctx3[0].message and "value of FY" in ctx3[0].message
    ctx4 = of_rule(report, "CYD.CTX.4")
    assert [f.severity for f in ctx4] == [Severity.WARNING]
    assert "2024-07-01..2024-12-31 but the annual report covers 2024-01-01..2024-12-31" in ctx4[0].message


def test_ctx_3_is_quiet_for_transition_reports_and_flags(run_spec: RunSpec) -> None:
    context = (ContextSpec("c-h2", date(2024, 7, 1), date(2024, 12, 31)),)
    flag_only = replace(
        complete_annual().with_facts(FactSpec("IntegF", True, context="c-h2")), contexts=context
    )
    assert not of_rule(run_spec(flag_only), "CYD.CTX.3")
    block = replace(
        complete_annual(form="10-KT").with_facts(FactSpec("BoardTB", SENTENCES["BoardTB"], context="c-h2")),
        contexts=context,
    )
    assert not of_rule(run_spec(block), "CYD.CTX.3")


def test_ctx_4_is_quiet_outside_annual_reports(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual(form="10-Q").with_facts(FactSpec("BoardTB", SENTENCES["BoardTB"], context="c-h2")),
        contexts=(ContextSpec("c-h2", date(2024, 7, 1), date(2024, 12, 31)),),
    )
    assert not of_rule(run_spec(spec), "CYD.CTX.4")


def test_ctx_5_reports_an_incident_fact_outside_the_required_context_period(run_spec: RunSpec) -> None:
    report = incident_report()
    spec = replace(
        report.without("IncTimingTB").with_facts(
            FactSpec("IncTimingTB", SENTENCES["IncTimingTB"], context="c-earlier")
        ),
        contexts=(ContextSpec("c-earlier", date(2024, 12, 1), date(2024, 12, 18)),),
    )
    findings = of_rule(run_spec(spec, items="1.05"), "CYD.CTX.5")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "context c-earlier (2024-12-01..2024-12-18)" in findings[0].message
    assert "ending 2024-12-20" in findings[0].message


def test_ctx_6_and_7_report_scenarios_and_non_dimensional_segments(run_spec: RunSpec) -> None:
    contexts = (
        ContextSpec("c-scen", *YEAR_2024, scenario_dimensions=(("syn:ScenarioAxis", "syn:PlanMember"),)),
        ContextSpec("c-seg", *YEAR_2024, segment_extra=True),
    )
    spec = replace(
        complete_annual().with_facts(
            FactSpec("IntegF", True, context="c-scen"), FactSpec("PosF", True, context="c-seg")
        ),
        contexts=contexts,
    )
    report = run_spec(spec)
    ctx6 = of_rule(report, "CYD.CTX.6")
    assert [(f.severity, f.authority) for f in ctx6] == [(Severity.ERROR, "EFM.6.05.04")]
    assert ctx6[0].message == "There must be no contexts with Scenario, but 1 was(were) found: c-scen."
    ctx7 = of_rule(report, "CYD.CTX.7")
    assert [f.severity for f in ctx7] == [Severity.ERROR]
    assert "non-explicitDimension content, but 1 was(were) found: syn:note." in ctx7[0].message


def test_ctx_8_reports_dimensions_other_than_the_legal_entity_or_incident_axis(run_spec: RunSpec) -> None:
    contexts = (
        ContextSpec("c-region", *YEAR_2024, dimensions=(("syn:RegionAxis", "syn:EuropeMember"),)),
        ContextSpec("c-sub", *YEAR_2024, dimensions=(("dei:LegalEntityAxis", "syn:SubsidiaryMember"),)),
    )
    spec = replace(
        complete_annual().with_facts(
            FactSpec("IntegF", True, context="c-region"),
            FactSpec("PosF", True, context="c-sub"),
            FactSpec("dei:EntityCentralIndexKey", "0000000001", context="c-sub"),
        ),
        contexts=contexts,
    )
    findings = of_rule(run_spec(spec), "CYD.CTX.8")
    assert len(findings) == 1 and findings[0].severity is Severity.WARNING
    assert "dimension RegionAxis=EuropeMember" in findings[0].message


def test_ctx_8_accepts_the_configured_incident_axis_for_item_105_facts(run_spec: RunSpec) -> None:
    incident = (
        ContextSpec(
            "c-inc",
            date(2024, 12, 20),
            date(2024, 12, 20),
            dimensions=(("syn:IncidentAxis", "syn:OneMember"),),
        ),
    )
    spec = replace(
        incident_report().with_facts(FactSpec("IncNatureTB", SENTENCES["IncNatureTB"], context="c-inc")),
        contexts=incident,
    )
    assert of_rule(run_spec(spec, items="1.05"), "CYD.CTX.8")
    assert not of_rule(run_spec(spec, items="1.05", incident_axis="syn:IncidentAxis"), "CYD.CTX.8")


def test_ctx_9_reports_legal_entity_members_without_a_cik(run_spec: RunSpec) -> None:
    contexts = (
        ContextSpec("c-sub", *YEAR_2024, dimensions=(("dei:LegalEntityAxis", "syn:SubsidiaryMember"),)),
    )
    spec = replace(complete_annual().with_facts(FactSpec("PosF", True, context="c-sub")), contexts=contexts)
    findings = of_rule(run_spec(spec), "CYD.CTX.9")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "reported for SubsidiaryMember, which is not a declared co-registrant" in findings[0].message
    declared = spec.with_facts(FactSpec("dei:EntityCentralIndexKey", "0000000002", context="c-sub"))
    assert not of_rule(run_spec(declared), "CYD.CTX.9")


def test_ctx_10_reports_a_flag_and_its_description_that_never_share_a_context(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual()
        .without("IntegTB", "IntegF")
        .with_facts(
            FactSpec("IntegF", True),
            FactSpec("IntegTB", SENTENCES["IntegTB"], context="c-2"),
        ),
        contexts=(ContextSpec("c-2", date(2023, 1, 1), date(2023, 12, 31)),),
    )
    findings = of_rule(run_spec(spec), "CYD.CTX.10")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert (
        "(context c-1)" in findings[0].message
        and "(context c-2) should share a context" in findings[0].message
    )
    equivalent = replace(spec, contexts=(ContextSpec("c-2", *YEAR_2024),))
    assert not of_rule(run_spec(equivalent), "CYD.CTX.10")


def test_ctx_rules_read_plain_instances_too(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual().with_facts(FactSpec("IntegF", True, context="c-scen")),
        contexts=(
            ContextSpec("c-scen", *YEAR_2024, scenario_dimensions=(("syn:ScenarioAxis", "syn:PlanMember"),)),
        ),
    )
    assert of_rule(run_spec(spec, DocumentFormat.INSTANCE), "CYD.CTX.6")
