"""DUP rules: each fires on a small synthetic filing and stays quiet on its clean twin."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import SENTENCES, ContextSpec, DocumentFormat, FactSpec, complete_annual
from support import RunSpec, of_rule

SAME_YEAR = ContextSpec("c-same", date(2024, 1, 1), date(2024, 12, 31))


def test_clean_report_gets_no_dup_finding(run_spec: RunSpec) -> None:
    report = run_spec(complete_annual())
    for rule_id in ("CYD.DUP.1", "CYD.DUP.2", "CYD.DUP.3"):
        assert not of_rule(report, rule_id), rule_id


def test_dup_1_reports_a_flag_both_true_and_false_in_equivalent_contexts(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual().with_facts(FactSpec("IntegF", False, context="c-same")), contexts=(SAME_YEAR,)
    )
    for kind in (DocumentFormat.INLINE, DocumentFormat.INSTANCE):
        findings = of_rule(run_spec(spec, kind), "CYD.DUP.1")
        assert [(f.severity, f.authority) for f in findings] == [(Severity.ERROR, "EFM.6.05.12")]
        assert "used more than once in contexts equivalent to c-1: values true, false" in findings[0].message
        assert len(findings[0].facts) == 2


def test_dup_1_treats_one_and_true_as_the_same_flag_value(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(FactSpec("IntegF", "1", display="1"))
    assert not of_rule(run_spec(spec), "CYD.DUP.1")


def test_dup_1_keeps_text_blocks_of_different_languages_apart(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(
        FactSpec("BoardTB", "<p>Le conseil supervise ces risques.</p>", lang="fr")
    )
    assert not of_rule(run_spec(spec), "CYD.DUP.1")
    different = complete_annual().with_facts(FactSpec("BoardTB", "<p>The board oversees it differently.</p>"))
    assert of_rule(run_spec(different), "CYD.DUP.1")


def test_dup_2_reports_identical_text_blocks_tagged_twice(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(FactSpec("ExpertTB", SENTENCES["ExpertTB"]))
    report = run_spec(spec)
    findings = of_rule(report, "CYD.DUP.2")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "tagged 2 times with identical content in context c-1" in findings[0].message
    assert not of_rule(report, "CYD.DUP.1")


def test_dup_2_ignores_consistent_flag_duplicates(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(FactSpec("ThirdPartyEngF", True, display="third parties"))
    assert not of_rule(run_spec(spec), "CYD.DUP.2")


def test_dup_3_reports_item_106_concepts_reported_for_two_periods(run_spec: RunSpec) -> None:
    prior = ContextSpec("c-prior", date(2023, 1, 1), date(2023, 12, 31))
    spec = replace(
        complete_annual().with_facts(FactSpec("BoardTB", SENTENCES["BoardTB"], context="c-prior")),
        contexts=(prior,),
    )
    findings = of_rule(run_spec(spec), "CYD.DUP.3")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "(2024-01-01..2024-12-31, 2023-01-01..2023-12-31)" in findings[0].message
    assert not of_rule(run_spec(replace(spec, form="8-K")), "CYD.DUP.3")
