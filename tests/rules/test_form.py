"""FORM rules: cyd facts on forms that do not call for them."""

from __future__ import annotations

from dataclasses import replace

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import complete_annual, incident_report
from support import RunSpec, of_rule


def test_form_1_fires_per_item_106_concept_on_a_10q(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(replace(complete_annual(), form="10-Q")), "CYD.FORM.1")
    assert len(findings) == 15
    assert all(f.severity is Severity.WARNING and "10-Q" in f.message for f in findings)


def test_form_1_quiet_on_annual_forms(run_spec: RunSpec) -> None:
    for form in ("10-K", "20-F", "10-K/A"):
        assert not of_rule(run_spec(replace(complete_annual(), form=form)), "CYD.FORM.1")


def test_form_2_fires_on_incident_elements_in_a_10k(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(replace(incident_report(), form="10-K")), "CYD.FORM.2")
    assert len(findings) == 4
    assert "Item 1.05" in findings[0].message


def test_form_2_quiet_on_8k_and_6k(run_spec: RunSpec) -> None:
    for form in ("8-K", "6-K", "8-K/A"):
        assert not of_rule(run_spec(replace(incident_report(), form=form)), "CYD.FORM.2")


def test_form_3_fires_when_the_item_list_lacks_1_05(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(incident_report(), items="8.01"), "CYD.FORM.3")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "8.01" in findings[0].message


def test_form_3_quiet_with_1_05_or_without_item_list(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(incident_report(), items="1.05"), "CYD.FORM.3")
    assert not of_rule(run_spec(incident_report()), "CYD.FORM.3")
