"""Users choose what runs: --cyd-disable / --cyd-enable / --cyd-severity / --cyd-skip-generic-efm
on the command line (text and JSON output) and the same keywords in Python, for the new groups."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from arelle_cyd import validate
from arelle_cyd.cli import main
from arelle_cyd.rules import REGISTRY
from arelle_cyd.rules.registry import Severity
from arelle_cyd.testing.builder import ContextSpec, FactSpec, complete_annual, incident_report, write

CATALOGUE_IDS = (
    [f"CYD.REQ.{n}" for n in range(1, 6)]
    + [f"CYD.FORM.{n}" for n in range(1, 4)]
    + [f"CYD.FLAG.{n}" for n in range(1, 8)]
    + [f"CYD.CTX.{n}" for n in range(1, 11)]
    + [f"CYD.VAL.{n}" for n in range(1, 9)]
    + [f"CYD.DUP.{n}" for n in range(1, 4)]
    + [f"CYD.TAX.{n}" for n in range(1, 8)]
    + [f"CYD.8K.{n}" for n in range(1, 4)]
    + [f"CYD.IX.{n}" for n in range(1, 3)]
)


@pytest.fixture(scope="module")
def defective(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 10-K with a scenario context (CTX.6), a flag both true and false (DUP.1) and a short text (VAL.4)."""
    scenario = ContextSpec(
        "c-scen",
        date(2024, 1, 1),
        date(2024, 12, 31),
        scenario_dimensions=(("syn:ScenarioAxis", "syn:PlanMember"),),
    )
    spec = replace(
        complete_annual()
        .without("BoardTB", "BoardCommTB", "BoardInformTB")
        .with_facts(
            FactSpec("BoardTB", "<p>The board oversees it.</p>"),
            FactSpec("IntegF", False),
            FactSpec("PosF", True, context="c-scen"),
        ),
        contexts=(scenario,),
    )
    return write(spec, tmp_path_factory.mktemp("defective"))


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    main(["validate", *args, "--cyd-reconstruction", "all", "--format", "json"])
    findings: list[dict[str, object]] = json.loads(capsys.readouterr().out)["reports"][0]["findings"]
    return findings


def test_every_catalogue_rule_is_registered_implemented_or_not() -> None:
    implemented = {r.id for r in REGISTRY}
    unimplemented = {u.id for u in REGISTRY.unimplemented}
    assert set(CATALOGUE_IDS) <= implemented | unimplemented
    assert len(CATALOGUE_IDS) == 48


def test_text_output_names_the_new_rules_and_exits_one_on_errors(
    defective: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(defective), "--cyd-reconstruction", "all"]) == 1
    out = capsys.readouterr().out
    assert "ERROR   CYD.CTX.6" in out and "ERROR   CYD.DUP.1" in out and "INFO    CYD.VAL.4" in out


def test_disable_a_group_and_a_rule_on_the_command_line(
    defective: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = {f["rule"] for f in _json(capsys, str(defective), "--cyd-disable", "CTX,CYD.VAL.4")}
    assert "CYD.DUP.1" in codes
    assert not {c for c in codes if str(c).startswith("CYD.CTX")} and "CYD.VAL.4" not in codes


def test_severity_overrides_by_group_and_rule_in_json(
    defective: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    findings = _json(capsys, str(defective), "--cyd-severity", "VAL=warning,CYD.CTX.6=info")
    levels = {f["rule"]: f["severity"] for f in findings}
    assert (
        levels["CYD.VAL.4"] == "warning" and levels["CYD.CTX.6"] == "info" and levels["CYD.DUP.1"] == "error"
    )


def test_skip_generic_efm_drops_the_edgar_restatements(
    defective: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = {f["rule"] for f in _json(capsys, str(defective), "--cyd-skip-generic-efm", "true")}
    assert "CYD.CTX.6" not in rules and "CYD.DUP.1" not in rules and "CYD.VAL.4" in rules


def test_edgar_profile_keeps_only_authority_rules(
    defective: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = {f["rule"] for f in _json(capsys, str(defective), "--cyd-profile", "edgar")}
    assert {"CYD.CTX.6", "CYD.DUP.1"} <= rules and "CYD.VAL.4" not in rules


def test_enable_an_opt_in_rule_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(replace(incident_report(), facts=()), tmp_path)
    assert "CYD.TAX.6" not in {f["rule"] for f in _json(capsys, str(path))}
    assert "CYD.TAX.6" in {f["rule"] for f in _json(capsys, str(path), "--cyd-enable", "CYD.TAX.6")}


def test_python_keywords_select_and_relevel_the_new_rules(defective: Path) -> None:
    report = validate(
        defective, reconstruction="all", disable=["CTX", "CYD.TAX.8"], severity={"CYD.DUP.1": "warning"}
    )
    rules = {f.rule_id: f.severity for f in report.findings}
    assert rules["CYD.DUP.1"] is Severity.WARNING
    assert "CYD.CTX.6" not in rules and "CYD.TAX.8" not in rules and rules["CYD.VAL.4"] is Severity.INFO
