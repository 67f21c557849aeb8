"""The engine: rule selection, severity overrides and fault containment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arelle_cyd import engine
from arelle_cyd.filing import Dei, DocumentKind, Fact, FilingView
from arelle_cyd.parameters import ParameterError, Parameters, Profile
from arelle_cyd.rules import REGISTRY
from arelle_cyd.rules.registry import Hit, Origin, Registry, Severity, rule


def _view(*facts: Fact) -> FilingView:
    return FilingView(
        source_document="x.htm",
        document_kind=DocumentKind.INLINE,
        facts=facts,
        dei_facts=(),
        contexts={},
        dei=Dei(document_type="10-K"),
    )


def _registry() -> Registry:
    registry = Registry()

    @rule(
        "CYD.TST.1",
        title="raises",
        severity=Severity.WARNING,
        condition="always",
        message="never shown",
        authority="test",
        origin=Origin.PROPOSAL,
        registry=registry,
    )
    def broken(filing: FilingView, params: Parameters) -> Iterator[Hit]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    @rule(
        "CYD.TST.2",
        title="reports",
        severity=Severity.WARNING,
        condition="always",
        message="value %(value)s",
        authority="test",
        origin=Origin.PROPOSAL,
        registry=registry,
    )
    def working(filing: FilingView, params: Parameters) -> Iterator[Hit]:
        yield Hit({"value": "100%"})

    @rule(
        "CYD.TST.3",
        title="opt-in",
        severity=Severity.INFO,
        condition="always",
        message="opted in",
        authority="test",
        origin=Origin.AUTHORITY,
        registry=registry,
        opt_in=True,
    )
    def optional(filing: FilingView, params: Parameters) -> Iterator[Hit]:
        yield Hit({})

    return registry


def test_an_exception_in_one_rule_becomes_one_error_and_the_others_still_run() -> None:
    findings = engine.run(_view(), Parameters(), _registry())
    assert [(f.code, f.severity) for f in findings] == [
        ("CYD.TST.1.internalError", Severity.ERROR),
        ("CYD.TST.2", Severity.WARNING),
    ]
    assert "RuntimeError: boom" in findings[0].message
    assert findings[0].detail is not None and "Traceback" in findings[0].detail
    assert findings[1].message == "value 100%"


def test_opt_in_rules_run_only_when_enabled() -> None:
    assert "CYD.TST.3" not in [f.rule_id for f in engine.run(_view(), Parameters(), _registry())]
    enabled = Parameters.from_values({"enable": "CYD.TST.3"})
    assert "CYD.TST.3" in [f.rule_id for f in engine.run(_view(), enabled, _registry())]


def test_disable_by_rule_or_group_and_severity_overrides() -> None:
    registry = _registry()
    params = Parameters.from_values({"disable": "tst.1", "severity": "CYD.TST.2=error"})
    assert [(f.code, f.severity) for f in engine.run(_view(), params, registry)] == [
        ("CYD.TST.2", Severity.ERROR)
    ]
    assert engine.run(_view(), Parameters.from_values({"disable": "TST"}), registry) == []


def test_edgar_profile_keeps_only_authority_rules() -> None:
    chosen = engine.selected_rules(Parameters(profile=Profile.EDGAR))
    assert chosen and all(r.origin is Origin.AUTHORITY for r in chosen)
    assert {"CYD.REQ.1", "CYD.REQ.4"} <= {r.id for r in chosen}


def test_every_registered_rule_has_the_documentation_fields() -> None:
    for registered in REGISTRY:
        assert registered.id.startswith("CYD.") and registered.title and registered.condition
        assert registered.message and registered.authority, registered.id


def test_registering_an_id_twice_is_refused() -> None:
    registry = _registry()
    with pytest.raises(ValueError, match="registered twice"):
        rule(
            "CYD.TST.2",
            title="dup",
            severity=Severity.INFO,
            condition="c",
            message="m",
            authority="a",
            origin=Origin.PROPOSAL,
            registry=registry,
        )(lambda filing, params: iter(()))


def test_parameters_parse_command_line_spellings_and_python_values() -> None:
    params = Parameters.from_values(
        {
            "cydItems": "1.05, 8.01",
            "filing_date": "2024-12-27",
            "abs_issuer": True,
            "severity": {"flag.3": "WARNING"},
            "disable": ["ctx"],
        }
    )
    assert params.items == ("1.05", "8.01")
    assert params.filing_date is not None and params.filing_date.isoformat() == "2024-12-27"
    assert params.abs_issuer is True
    assert params.severity == {"CYD.FLAG.3": Severity.WARNING}
    assert params.disable == frozenset({"CYD.CTX"})
    assert Parameters.from_values(params.as_options()) == params


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"items": "1,05"}, "8-K items"),
        ({"filing_date": "27/12/2024"}, "ISO 8601"),
        ({"severity": "CYD.FLAG.3=fatal"}, "error, warning or info"),
        ({"profile": "strict"}, "full, edgar"),
        ({"submision_type": "10-K"}, "unknown arelle-cyd parameter"),
        ({"abs_issuer": "maybe"}, "true or false"),
    ],
)
def test_bad_parameters_are_refused_with_a_clear_message(values: dict[str, object], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        Parameters.from_values(values)
