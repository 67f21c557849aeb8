"""VAL rules: each fires on a small synthetic filing and stays quiet on its clean twin."""

from __future__ import annotations

from dataclasses import replace

from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import (
    SENTENCES,
    DocumentFormat,
    FactSpec,
    FilingSpec,
    complete_annual,
    incident_report,
)
from support import RunSpec, of_rule

VAL_RULES = [f"CYD.VAL.{n}" for n in range(1, 9)]
TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
TR1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20"


def _with_board_text(text: str | None, **fact: object) -> FilingSpec:
    spec = complete_annual().without("BoardTB", "BoardCommTB", "BoardInformTB")
    return spec.with_facts(FactSpec("BoardTB", text, **fact))  # type: ignore[arg-type]


def test_clean_inline_and_plain_reports_get_no_val_finding(run_spec: RunSpec) -> None:
    reports = [
        run_spec(complete_annual()),
        run_spec(complete_annual(), DocumentFormat.INSTANCE),
        run_spec(incident_report(), items="1.05"),
    ]
    for report in reports:
        for rule_id in VAL_RULES:
            assert not of_rule(report, rule_id), (rule_id, report.source)


def test_val_1_reports_nil_facts(run_spec: RunSpec) -> None:
    report = run_spec(_with_board_text(None))
    findings = of_rule(report, "CYD.VAL.1")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "BoardOfDirectorsOversightTextBlock is nil in context c-1" in findings[0].message
    assert not of_rule(report, "CYD.VAL.2")  # nil is not "empty text"


def test_val_2_reports_text_blocks_without_text(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(_with_board_text("<p> </p><div>&#160;</div>")), "CYD.VAL.2")
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert "contains no text" in findings[0].message


def test_val_2_is_quiet_when_text_hides_in_nested_markup(run_spec: RunSpec) -> None:
    nested = (
        "<div><span><b>Our board oversees cybersecurity risk through its audit committee.</b></span></div>"
    )
    assert not of_rule(run_spec(_with_board_text(nested)), "CYD.VAL.2")


def test_val_3_reports_cross_references_and_placeholders(run_spec: RunSpec) -> None:
    for text in (
        "<p>See Item 1A, Risk Factors, of this Annual Report.</p>",
        "<p>The information required by this item is incorporated herein by reference to our proxy.</p>",
        "<p>Not applicable.</p>",
    ):
        findings = of_rule(run_spec(_with_board_text(text)), "CYD.VAL.3")
        assert [f.severity for f in findings] == [Severity.WARNING], text
        assert "cross-reference or placeholder" in findings[0].message


def test_val_3_is_quiet_for_a_long_disclosure_that_mentions_an_item(run_spec: RunSpec) -> None:
    text = "<p>See below. " + SENTENCES["BoardTB"] + " Further detail appears in Item 1A. " * 5 + "</p>"
    assert not of_rule(run_spec(_with_board_text(text)), "CYD.VAL.3")


def test_val_4_reports_short_text_blocks(run_spec: RunSpec) -> None:
    findings = of_rule(run_spec(_with_board_text("<p>The board oversees it.</p>")), "CYD.VAL.4")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "unusually short (19 characters)" in findings[0].message


def test_val_5_reports_invalid_boolean_flags(run_spec: RunSpec) -> None:
    spec = complete_annual().without("MatAffF").with_facts(FactSpec("MatAffF", "no", display="no"))
    for kind in (DocumentFormat.INLINE, DocumentFormat.INSTANCE):
        findings = of_rule(run_spec(spec, kind), "CYD.VAL.5")
        assert [(f.code, f.severity) for f in findings] == [("CYD.VAL.5.invalidBoolean", Severity.ERROR)]
        assert "the value 'no', which is not a valid xs:boolean" in findings[0].message


def test_val_5_accepts_one_and_zero(run_spec: RunSpec) -> None:
    spec = complete_annual().without("MatAffF").with_facts(FactSpec("MatAffF", "0", display="0"))
    assert not of_rule(run_spec(spec), "CYD.VAL.5")


def test_val_5_reports_registries_and_prefixes_edgar_does_not_allow(run_spec: RunSpec) -> None:
    spec = (
        complete_annual()
        .without("ThirdPartyEngF", "ThirdPartyOversF")
        .with_facts(
            FactSpec("ThirdPartyEngF", True, format="ixt1:booleantrue", display="yes"),
            FactSpec("ThirdPartyOversF", True, format="ixt4:fixed-true", display="yes"),
        )
    )

    spec = replace(spec, extra_namespaces=(("ixt1", TR1), ("ixt4", TR4)))
    findings = {f.code: f for f in of_rule(run_spec(spec), "CYD.VAL.5")}
    assert set(findings) == {
        "CYD.VAL.5.unsupportedTransformationRegistry",
        "CYD.VAL.5.standardNamespacePrefix",
    }
    assert findings["CYD.VAL.5.unsupportedTransformationRegistry"].message == (
        f"Inline elements have disallowed transformation registries {TR1}."
    )
    assert "The prefix ixt4 must be replaced by ixt" in findings["CYD.VAL.5.standardNamespacePrefix"].message


def test_val_6_reports_inline_text_blocks_without_escape(run_spec: RunSpec) -> None:
    spec = _with_board_text(SENTENCES["BoardTB"], escape=False)
    findings = of_rule(run_spec(spec), "CYD.VAL.6")
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert not of_rule(run_spec(spec, DocumentFormat.INSTANCE), "CYD.VAL.6")


def test_val_7_reports_other_languages_without_english(run_spec: RunSpec) -> None:
    french = (
        "<p>Le conseil d'administration supervise les risques de cybersécurité par son comité d'audit.</p>"
    )
    findings = of_rule(run_spec(_with_board_text(french, lang="fr")), "CYD.VAL.7")
    assert [(f.severity, f.authority) for f in findings] == [(Severity.ERROR, "EFM.6.05.14")]
    assert "xml:lang other than 'en-US' (fr) without matching English text" in findings[0].message
    both = _with_board_text(french, lang="fr").with_facts(FactSpec("BoardTB", SENTENCES["BoardTB"]))
    assert not of_rule(run_spec(both), "CYD.VAL.7")


def test_val_8_reports_html_edgar_rejects_in_plain_instances(run_spec: RunSpec) -> None:
    cases = {
        "<p>Board oversight<script>alert(1)</script> of cybersecurity risk.</p>": "CYD.VAL.8.disallowedHtml",
        "<p>Board oversight &bogus; of cybersecurity risk by the audit committee.</p>": (
            "CYD.VAL.8.disallowedEntity"
        ),
        "<p>Board oversight <b>of cybersecurity risk by the audit committee.</p>": "CYD.VAL.8.xmlError",
        '<p>See <a href="javascript:go()">the board charter</a> on board oversight of risk.</p>': (
            "CYD.VAL.8.activeContent"
        ),
    }
    for text, code in cases.items():
        findings = of_rule(run_spec(_with_board_text(text), DocumentFormat.INSTANCE), "CYD.VAL.8")
        assert [f.code for f in findings] == [code], text
        assert findings[0].severity is Severity.ERROR


def test_val_8_accepts_edgar_html_and_ignores_inline_documents(run_spec: RunSpec) -> None:
    html = (
        '<div style="margin-top:6pt"><p><b>Board.</b> Our board oversees cybersecurity risk&nbsp;through '
        "its audit committee.</p><table><tr><td>Meetings</td><td>4</td></tr></table></div>"
    )
    assert not of_rule(run_spec(_with_board_text(html), DocumentFormat.INSTANCE), "CYD.VAL.8")
    script = "<p>Board oversight<script>alert(1)</script> of cybersecurity risk.</p>"
    assert not of_rule(run_spec(_with_board_text(script)), "CYD.VAL.8")
