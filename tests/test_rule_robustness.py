"""Every rule copes with odd but possible views (no context, nil, unknown names, instants, no dei)."""

from __future__ import annotations

from datetime import date

from arelle_cyd import catalogue, engine
from arelle_cyd.filing import Context, Dei, Dimension, DocumentKind, Fact, FilingView, Period
from arelle_cyd.parameters import Parameters

CYD = "http://xbrl.sec.gov/cyd/2024"


def _fact(local_name: str, value: str | None, context: Context | None, **extra: object) -> Fact:
    return Fact(
        namespace=CYD,
        local_name=local_name,
        value=value,
        is_nil=value is None,
        context_id=context.id if context else None,
        context=context,
        **extra,  # type: ignore[arg-type]
    )


def test_no_rule_fails_on_odd_facts() -> None:
    version = catalogue.load("2024")
    instant = Context("i", "urn:x", "abc", Period(None, date(2024, 12, 31)), has_scenario=True)
    forever = Context("f", "http://www.sec.gov/CIK", "0000000001", None, (Dimension("{urn:x}A", "{urn:x}M"),))
    facts = (
        _fact(version.by_alias("ProcTB").local_name, None, None),
        _fact(
            version.by_alias("IntegF").local_name,
            "maybe",
            instant,
            format="ixt9:odd",
            format_namespace="urn:tr",
        ),
        _fact(version.by_alias("BoardTB").local_name, "<p>&bogus; <b>x</p>", forever, lang="fr"),
        _fact("CybersecurityUnknownTextBlock", "", forever, is_hidden=True),
        _fact(version.by_alias("IncNatureTB").local_name, "<p>Incident.</p>", instant),
    )
    for kind in DocumentKind:
        for dei in (
            Dei(),
            Dei(document_type="8-K/A", amendment=True),
            Dei(document_type="10-K", fiscal_period_focus="FY"),
        ):
            view = FilingView("x.htm", kind, facts, (), {"i": instant, "f": forever}, dei)
            params = Parameters(
                enable=frozenset({"CYD.TAX.6"}), incident_axis="x:A", filing_date=date(2024, 1, 1)
            )
            findings = engine.run(view, params)
            assert not [f.code for f in findings if f.code.endswith(".internalError")], (kind, dei)
            assert {"CYD.CTX.1", "CYD.CTX.6", "CYD.CTX.8", "CYD.VAL.5", "CYD.VAL.7"} <= {
                f.rule_id for f in findings
            }
