"""``arelle-cyd validate`` and ``arelle-cyd rules``: formats and exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from arelle_cyd.cli import main
from arelle_cyd.testing.builder import complete_annual, write
from support import REAL_FILINGS


def test_validate_text_output_and_exit_zero_for_warnings_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(REAL_FILINGS["ABBV"])]) == 0
    out = capsys.readouterr().out
    assert out.count("WARNING CYD.REQ.2") == 3 and "Item 106(c)(2)" in out


def test_validate_exits_one_on_an_error_level_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(replace(complete_annual(), facts=()), tmp_path)
    assert main(["validate", str(path), "--cyd-reconstruction", "all", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)["reports"][0]
    assert report["summary"]["error"] == 1
    assert report["findings"][0]["code"] == "CYD.REQ.1"
    assert report["findings"][0]["authority"] == "DQC.US.0202.10702"


def test_validate_exits_two_on_unprocessable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.htm"
    garbage.write_text("<html><body>not xbrl <p></body>")
    assert main(["validate", str(tmp_path / "missing.htm"), str(garbage), "--format", "json"]) == 2
    captured = capsys.readouterr()
    reports = json.loads(captured.out)["reports"]
    assert [r["ok"] for r in reports] == [False, False]
    assert "no such file" in reports[0]["error"]
    assert "Traceback" not in captured.err


def test_usage_errors_exit_two_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "x.htm", "--cyd-filing-date", "yesterday"]) == 2
    assert "ISO 8601" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2


def test_rules_lists_every_rule_as_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "CYD.FLAG.3" in capsys.readouterr().out
    assert main(["rules", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rules"]
    assert {"CYD.REQ.1", "CYD.FORM.3", "CYD.FLAG.7", "CYD.TAX.7"} <= {r["id"] for r in rows}
    assert all(r["severity"] in ("error", "warning", "info") and r["authority"] for r in rows)
