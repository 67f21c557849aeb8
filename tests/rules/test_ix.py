"""IX rules: hidden cyd facts, and concepts that are used but never presented."""

from __future__ import annotations

from pathlib import Path

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import SENTENCES, DocumentFormat, FactSpec, complete_annual
from support import RunSpec, of_rule, official_stand_in_cache


def test_ix_1_reports_hidden_cyd_facts_as_edgar_does(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(
        FactSpec("ExpertTB", SENTENCES["ExpertTB"], hidden=True, id="hidden-expert"),
        FactSpec("MatAffTB", None, hidden=True, id="hidden-nil"),
    )
    findings = {f.code: f for f in of_rule(run_spec(spec), "CYD.IX.1")}
    assert set(findings) == {"CYD.IX.1.hiddenFactEligibleForTransform", "CYD.IX.1.hiddenFactNotReferenced"}
    assert findings["CYD.IX.1.hiddenFactEligibleForTransform"].message.startswith(
        "1 fact(s) appearing in ix:hidden were eligible for transformation: cyd:"
    )
    assert all((f.severity, f.authority) == (Severity.WARNING, "EFM.5.02.05.14") for f in findings.values())


def test_ix_1_accepts_a_nil_hidden_fact_shown_through_sec_ix_hidden(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(
        FactSpec("MatAffTB", None, hidden=True, id="shown", hidden_reference=True)
    )
    assert not of_rule(run_spec(spec), "CYD.IX.1")
    assert not of_rule(run_spec(complete_annual()), "CYD.IX.1")


def test_ix_2_reports_a_used_concept_missing_from_the_official_presentation(
    run_spec: RunSpec, tmp_path: Path
) -> None:
    cache = official_stand_in_cache(tmp_path / "cache", extra_element="CybersecurityRiskUnpresentedTextBlock")
    spec = complete_annual().with_facts(
        FactSpec("cyd:CybersecurityRiskUnpresentedTextBlock", "<p>A disclosure no presentation shows.</p>")
    )
    findings = of_rule(run_spec(spec, cache_dir=str(cache)), "CYD.IX.2")
    assert [(f.severity, f.authority) for f in findings] == [(Severity.ERROR, "EFM.6.12.03")]
    assert findings[0].message.startswith(
        "Element cyd:CybersecurityRiskUnpresentedTextBlock is used in a fact or context in the instance, but is "
        "not in any presentation relationships."
    )


def test_ix_2_never_judges_without_the_official_taxonomy(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(FactSpec("cyd:CybersecurityRiskUnpresentedTextBlock", "<p>Text.</p>"))
    for kind in (DocumentFormat.INLINE, DocumentFormat.INSTANCE):
        assert not of_rule(run_spec(spec, kind), "CYD.IX.2")
        assert not of_rule(run_spec(spec, kind, reconstruction="never"), "CYD.IX.2")
