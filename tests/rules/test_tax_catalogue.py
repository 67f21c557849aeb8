"""TAX.7-TAX.9 and INP.1: unknown names surface, and every report names its definitions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import FactSpec, complete_annual, incident_report
from support import RunSpec, of_rule


def test_tax_7_warns_for_a_cyd_name_the_catalogue_does_not_know(run_spec: RunSpec) -> None:
    spec = complete_annual().with_facts(FactSpec("cyd:CybersecurityRiskMadeUpTextBlock", "<p>Text.</p>"))
    findings = of_rule(run_spec(spec), "CYD.TAX.7")
    assert [(f.code, f.severity) for f in findings] == [("CYD.TAX.7.unknownConcept", Severity.WARNING)]
    assert "CybersecurityRiskMadeUpTextBlock" in findings[0].message


def test_tax_7_informs_once_about_unverified_incident_names(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(incident_report()), "CYD.TAX.7")
    assert [(f.code, f.severity) for f in findings] == [("CYD.TAX.7.unverifiedName", Severity.INFO)]


def test_tax_7_quiet_on_verified_names(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(complete_annual()), "CYD.TAX.7")


def test_tax_8_names_the_reconstruction_when_it_stood_in(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(complete_annual()), "CYD.TAX.8")
    assert len(findings) == 1
    assert "RECONSTRUCTION" in findings[0].message and "not the SEC's file" in findings[0].message


def test_tax_8_says_catalogue_only_without_any_schema(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(complete_annual(), reconstruction="never"), "CYD.TAX.8")
    assert "official cyd taxonomy was not loaded" in findings[0].message


def test_tax_8_quiet_without_cyd_facts(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(replace(complete_annual(), facts=())), "CYD.TAX.8")


def test_tax_9_quiet_when_the_official_taxonomy_is_not_loaded(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(complete_annual()), "CYD.TAX.9")


def test_inp_1_fires_when_the_form_is_unknown(run_spec: RunSpec) -> None:
    report = run_spec(replace(complete_annual(), include_dei=False))
    findings = of_rule(report, "CYD.INP.1")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert not of_rule(report, "CYD.REQ.2")


def test_inp_1_quiet_when_the_submission_type_is_given(run_spec: RunSpec) -> None:
    assert not of_rule(
        run_spec(replace(complete_annual(), include_dei=False), submission_type="10-K"), "CYD.INP.1"
    )
    assert not of_rule(run_spec(complete_annual()), "CYD.INP.1")


def test_official_taxonomy_differences_are_reported_once_each(run_spec: RunSpec, tmp_path: Path) -> None:
    from support import official_stand_in_cache

    cache = official_stand_in_cache(
        tmp_path / "cache",
        extra_element="CybersecurityRiskNewDisclosureTextBlock",
        retype=("CybersecurityRiskManagementThirdPartyEngagedFlag", "xbrli:stringItemType"),
    )
    spec = complete_annual().with_facts(
        FactSpec("cyd:CybersecurityRiskNewDisclosureTextBlock", "<p>New.</p>")
    )
    report = run_spec(spec, cache_dir=str(cache))
    drift = {f.code: f.message for f in of_rule(report, "CYD.TAX.9")}
    assert set(drift) == {"CYD.TAX.9.conceptMissingFromCatalogue", "CYD.TAX.9.definitionDiffers"}
    assert "xbrli:stringItemType" in drift["CYD.TAX.9.definitionDiffers"]
    source = of_rule(report, "CYD.TAX.8")[0].message
    assert "the official cyd taxonomy" in source
    tax7 = of_rule(report, "CYD.TAX.7")
    assert [(f.code, f.severity) for f in tax7] == [("CYD.TAX.7.catalogueOutOfDate", Severity.INFO)]
