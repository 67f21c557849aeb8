"""TAX.1-TAX.6: taxonomy years, EDGAR's accepted lists, deprecations, imitations and unused imports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from arelle_cyd import catalogue
from arelle_cyd.catalogue import edgar
from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import ExtensionConcept, FactSpec, complete_annual, incident_report
from support import RunSpec, of_rule

GAAP_2024 = ("us-gaap", "http://fasb.org/us-gaap/2024")
GAAP_2025 = ("us-gaap", "http://fasb.org/us-gaap/2025")


def test_consistent_years_get_no_tax_year_finding(run_spec: RunSpec) -> None:
    for spec in (
        replace(complete_annual(), extra_namespaces=(GAAP_2024,)),
        replace(complete_annual(year="2025"), extra_namespaces=(GAAP_2025,)),
    ):
        report = run_spec(spec, filing_date="2025-04-01")
        for rule_id in ("CYD.TAX.1", "CYD.TAX.2", "CYD.TAX.3", "CYD.TAX.4", "CYD.TAX.5"):
            assert not of_rule(report, rule_id), (rule_id, spec.year)


def test_tax_1_reports_cyd_2025_with_us_gaap_2024(run_spec: RunSpec) -> None:
    spec = replace(complete_annual(year="2025"), extra_namespaces=(GAAP_2024,))
    findings = of_rule(run_spec(spec), "CYD.TAX.1")
    assert [(f.severity, f.authority) for f in findings] == [(Severity.ERROR, "EFM.6.22.03")]
    assert findings[0].message.startswith(
        "References for conflicting standard taxonomies us-gaap/2024-cyd/2025-dei/2025 are not allowed in same DTS"
    )


def test_tax_1_accepts_cyd_2024_with_2025_taxonomies_as_edgar_does(run_spec: RunSpec) -> None:
    spec = replace(complete_annual(dei_year="2025"), extra_namespaces=(GAAP_2025,))
    report = run_spec(spec)
    assert not of_rule(report, "CYD.TAX.1")
    tax2 = of_rule(report, "CYD.TAX.2")
    assert [f.severity for f in tax2] == [Severity.WARNING]
    assert "cyd/2024 is used with dei/2025, us-gaap/2025" in tax2[0].message
    assert "looks only for cyd/2025 concepts" in tax2[0].message


def test_tax_2_reports_a_dei_and_cyd_year_mix_in_an_8k(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(incident_report(dei_year="2025"), items="1.05"), "CYD.TAX.2")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "cyd/2024 is used with dei/2025" in findings[0].message


def test_tax_2_reports_several_cyd_years(run_spec: RunSpec) -> None:
    spec = replace(
        complete_annual(),
        extra_namespaces=(("cyd25", "http://xbrl.sec.gov/cyd/2025"),),
    ).with_facts(FactSpec("cyd25:CybersecurityRiskRoleOfManagementTextBlock", "<p>Management leads it.</p>"))
    findings = of_rule(run_spec(spec), "CYD.TAX.2")
    assert [f.code for f in findings] == ["CYD.TAX.2.severalYears"]
    assert "(cyd/2024, cyd/2025)" in findings[0].message


def test_the_accepted_years_come_from_edgars_lists_read_with_xmlschema() -> None:
    by_release = {r.release: r.cyd_years for r in edgar.releases()}
    assert by_release == {"24.3": {"2024"}, "25.1": {"2024", "2025"}, "25.4": {"2024", "2025"}}
    early = edgar.release_on(edgar.releases()[0].effective.replace(day=1))
    assert early is None


@pytest.mark.parametrize(
    ("year", "filing_date", "reason"),
    [
        ("2024", "2024-09-01", "EDGAR accepts it from release 24.3, 2024-09-16"),
        ("2025", "2025-01-10", "EDGAR accepts it from release 25.1, 2025-03-14"),
    ],
)
def test_tax_3_reports_a_year_edgar_did_not_yet_accept(
    run_spec: RunSpec, year: str, filing_date: str, reason: str
) -> None:
    findings = of_rule(run_spec(complete_annual(year=year), filing_date=filing_date), "CYD.TAX.3")
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert f"cyd/{year} is not an EDGAR-supported taxonomy for filings on {filing_date} ({reason})." == (
        findings[0].message
    )


def test_tax_3_needs_a_filing_date_to_report_a_year_not_yet_accepted(run_spec: RunSpec) -> None:
    # period end 2024-12-31 < 2025-03-14, but the real filing date is unknown and later
    assert not of_rule(run_spec(complete_annual(year="2025")), "CYD.TAX.3")
    assert not of_rule(run_spec(complete_annual(year="2025"), filing_date="2025-03-14"), "CYD.TAX.3")


def test_tax_4_reports_deprecated_concepts(run_spec: RunSpec, monkeypatch: pytest.MonkeyPatch) -> None:
    assert edgar.deprecated_cyd_concepts() == {}  # EDGAR release 25.4: nothing deprecated
    name = catalogue.load("2024").by_alias("ExpertTB").local_name
    monkeypatch.setattr(edgar, "deprecated_cyd_concepts", lambda: {name: "2025-06-30"})
    findings = of_rule(run_spec(complete_annual()), "CYD.TAX.4")
    assert [(f.severity, f.authority) for f in findings] == [(Severity.WARNING, "EFM.6.05.42")]
    assert findings[0].message == (
        f"Concept {name} in cyd/2024 used in 1 facts was deprecated in cyd/2025 as of 2025-06-30 and should not "
        "be used."
    )


def test_tax_5_reports_extension_concepts_that_imitate_cyd_ones(run_spec: RunSpec) -> None:
    version = catalogue.load("2024")
    exact = version.by_alias("MgmtRoleTB").local_name
    misspelt = version.by_alias("BoardTB").local_name.replace("Directors", "Director")
    spec = replace(
        complete_annual(),
        extension_concepts=(
            ExtensionConcept(exact),
            ExtensionConcept(misspelt),
            ExtensionConcept("CybersecurityVendorProgramTextBlock"),
            ExtensionConcept("RevenueRecognitionPolicyTextBlock"),
        ),
    )
    findings = {f.code: f for f in of_rule(run_spec(spec), "CYD.TAX.5")}
    assert set(findings) == {"CYD.TAX.5.exactName", "CYD.TAX.5.similarName", "CYD.TAX.5.cydLikeName"}
    assert f"duplicates the standard cyd element cyd:{exact}" in findings["CYD.TAX.5.exactName"].message
    assert version.by_alias("BoardTB").local_name in findings["CYD.TAX.5.similarName"].message
    assert all(f.severity is Severity.WARNING for f in findings.values())


def test_tax_6_is_opt_in_and_reports_an_unused_cyd_import(run_spec: RunSpec) -> None:
    empty_8k = replace(incident_report(), facts=())
    assert not of_rule(run_spec(empty_8k), "CYD.TAX.6")
    findings = of_rule(run_spec(empty_8k, enable="CYD.TAX.6"), "CYD.TAX.6")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "(https://xbrl.sec.gov/cyd/2024/cyd-2024.xsd)" in findings[0].message
    assert not of_rule(run_spec(incident_report(), enable="TAX"), "CYD.TAX.6")
    assert not of_rule(run_spec(replace(empty_8k, import_cyd=False), enable="CYD.TAX.6"), "CYD.TAX.6")
