"""8K rules: Item 1.05 information not yet available, amendments and several incidents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import SENTENCES, ContextSpec, FactSpec, complete_annual, incident_report
from support import RunSpec, of_rule

EVENT_DAY = (date(2024, 12, 20), date(2024, 12, 20))
NOT_AVAILABLE = FactSpec("IncNotAvailTB", SENTENCES["IncNotAvailTB"])


def test_8k_1_reminds_of_the_amendment_when_information_is_not_available(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(incident_report().with_facts(NOT_AVAILABLE), items="1.05"), "CYD.8K.1")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "must be provided in a Form 8-K/A within four business days" in findings[0].message


def test_8k_1_is_quiet_without_the_statement(run_spec: RunSpec) -> None:
    assert not of_rule(run_spec(incident_report(), items="1.05"), "CYD.8K.1")
    assert not of_rule(run_spec(complete_annual()), "CYD.8K.1")


def test_8k_2_reports_an_amendment_that_adds_no_incident_information(run_spec: RunSpec) -> None:
    amendment = replace(incident_report(form="8-K/A", amendment=True), facts=(NOT_AVAILABLE,))
    findings = {f.code: f for f in of_rule(run_spec(amendment, items="1.05"), "CYD.8K.2")}
    assert set(findings) == {"CYD.8K.2.noNewInformation", "CYD.8K.2.noAmendmentDescription"}
    assert findings["CYD.8K.2.noNewInformation"].severity is Severity.WARNING
    assert "should tag the newly determined nature/scope/timing/impact information" in (
        findings["CYD.8K.2.noNewInformation"].message
    )
    assert findings["CYD.8K.2.noAmendmentDescription"].severity is Severity.INFO


def test_8k_2_is_quiet_for_a_complete_described_amendment_and_for_originals(run_spec: RunSpec) -> None:
    amendment = incident_report(
        form="8-K/A", amendment=True, amendment_description="Adds the scope and impact now determined."
    )
    assert not of_rule(run_spec(amendment, items="1.05"), "CYD.8K.2")
    original = replace(incident_report(), facts=(NOT_AVAILABLE,))
    assert not of_rule(run_spec(original, items="1.05"), "CYD.8K.2")


def test_8k_3_reports_mixed_and_incomplete_incidents_on_the_configured_axis(run_spec: RunSpec) -> None:
    incident_one = ContextSpec(
        "c-one", *EVENT_DAY, dimensions=(("syn:IncidentAxis", "syn:FirstIncidentMember"),)
    )
    spec = replace(
        incident_report(),
        facts=(
            FactSpec("IncNatureTB", SENTENCES["IncNatureTB"], context="c-one"),
            FactSpec("IncScopeTB", SENTENCES["IncScopeTB"], context="c-one"),
            FactSpec("IncTimingTB", SENTENCES["IncTimingTB"]),
        ),
        contexts=(incident_one,),
    )
    findings = {
        f.code: f for f in of_rule(run_spec(spec, items="1.05", incident_axis="syn:IncidentAxis"), "CYD.8K.3")
    }
    assert set(findings) == {"CYD.8K.3.mixedContexts", "CYD.8K.3.incompleteIncident"}
    assert (
        "Incident FirstIncidentMember lacks its timing, impact"
        in findings["CYD.8K.3.incompleteIncident"].message
    )
    assert all(f.severity is Severity.WARNING for f in findings.values())
    assert not of_rule(run_spec(spec, items="1.05"), "CYD.8K.3")  # only with a configured axis


def test_8k_3_is_quiet_when_every_incident_is_complete_on_its_member(run_spec: RunSpec) -> None:
    contexts = tuple(
        ContextSpec(f"c-inc{n}", *EVENT_DAY, dimensions=(("syn:IncidentAxis", f"syn:Incident{n}Member"),))
        for n in (1, 2)
    )
    facts = tuple(
        FactSpec(alias, SENTENCES[alias], context=f"c-inc{n}")
        for n in (1, 2)
        for alias in ("IncNatureTB", "IncScopeTB", "IncTimingTB", "IncImpactTB")
    )
    spec = replace(incident_report(), facts=facts, contexts=contexts)
    assert not of_rule(run_spec(spec, items="1.05", incident_axis="syn:IncidentAxis"), "CYD.8K.3")
