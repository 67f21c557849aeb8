"""The Arelle plugin: discovery by name, import safety, command-line options and exit behaviour."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from arelle_cyd.api import Report
from support import REAL_FILINGS, arelle_session

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent


def _arelle(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "arelleCmdLine"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env or os.environ.copy(),
        cwd=cwd,
        check=False,
    )


def _run_logged(
    tmp_path: Path, filing: Path, *options: str, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    """``arelleCmdLine -f filing -v --workOffline`` with a fresh JSON log; return the result and log entries."""
    log = tmp_path / "out.json"
    result = _arelle(
        *options,
        "-f",
        str(filing),
        "-v",
        "--workOffline",
        "--logFile",
        str(log),
        "--logFileMode",
        "w",
        "--logFormat",
        "%(message)s",
        env=env,
    )
    return result, _log(log) if log.exists() else []


def _log(path: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))["log"]
    return entries


def test_entry_module_imports_only_the_standard_library() -> None:
    code = (
        "import sys; before = set(sys.modules); import arelle_cyd_plugin, arelle_cyd; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(m for m in new if m not in sys.stdlib_module_names and not m.startswith('arelle_cyd')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REAL_FILINGS))
def test_command_line_gives_each_real_filing_the_verdict_validate_gives(
    tmp_path: Path, name: str, real_reports: dict[str, Report]
) -> None:
    """``arelleCmdLine --plugins cyd`` and ``arelle-cyd validate`` agree finding for finding."""
    result, entries = _run_logged(tmp_path, REAL_FILINGS[name], "--plugins", "cyd")
    assert result.returncode == 0, result.stderr
    logged = sorted((str(e["code"]), str(e["level"])) for e in entries if str(e["code"]).startswith("CYD."))
    expected = sorted((f.code, f.severity.value) for f in real_reports[name].findings)
    assert logged == expected
    assert ("CYD.TAX.8", "info") in logged or name == "BCOW"


def test_a_validation_run_imports_no_xml_schema_library() -> None:
    """xmlschema checks our data files in the tests; at run time it would only cost memory and GC time."""
    code = (
        "import sys; from arelle_cyd.api import validate; "
        f"report = validate({str(REAL_FILINGS['META'])!r}); assert report.ok, report.error; "
        "print(sorted(m for m in ('xmlschema', 'elementpath', 'jsonschema', 'hypothesis') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("name", ["cyd", "arelle-cyd"])
def test_command_line_finds_the_plugin_by_entry_point_and_alias(tmp_path: Path, name: str) -> None:
    result, entries = _run_logged(tmp_path, REAL_FILINGS["ABBV"], "--plugins", name)
    assert result.returncode == 0, result.stderr
    assert any("Activation of plug-in arelle-cyd successful" in str(e["message"]) for e in entries)
    req2 = [e for e in entries if e["code"] == "CYD.REQ.2"]
    assert [e["level"] for e in req2] == ["warning"] * 3
    refs = req2[0]["refs"]
    assert isinstance(refs, list) and refs and "sourceLine" in refs[0]


def test_command_line_options_reach_the_rules(tmp_path: Path) -> None:
    result, entries = _run_logged(
        tmp_path,
        REAL_FILINGS["BCOW"],
        "--plugins",
        "cyd",
        "--cyd-items",
        "1.05",
        "--cydFilingDate",
        "2024-12-27",
    )
    assert result.returncode == 0, result.stderr
    req4 = [e for e in entries if e["code"] == "CYD.REQ.4"]
    assert len(req4) == 1 and "2024-12-27" in str(req4[0]["message"])


def test_a_bad_option_value_is_one_clear_error_and_arelle_carries_on(tmp_path: Path) -> None:
    result, entries = _run_logged(
        tmp_path, REAL_FILINGS["BCOW"], "--plugins", "cyd", "--cyd-items", "one-oh-five"
    )
    assert result.returncode == 0
    errors = [e for e in entries if e["code"] == "arelle-cyd:parameterError"]
    assert errors and "8-K items must look like 1.05" in str(errors[0]["message"])
    assert any("validated in" in str(e["message"]) for e in entries)


def test_a_broken_library_never_breaks_other_arelle_runs(tmp_path: Path) -> None:
    """Shadow arelle_cyd with a package that raises on import: Arelle must still run other work."""
    broken = tmp_path / "shadow" / "arelle_cyd"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('deliberately broken')\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "shadow")}
    result, entries = _run_logged(tmp_path, REAL_FILINGS["BCOW"], "--plugins", "cyd", env=env)
    assert result.returncode == 0, result.stderr
    assert any("validated in" in str(e["message"]) for e in entries)
    assert any(e["code"] == "arelle-cyd:loadError" for e in entries) or "cannot be loaded" in result.stderr


def test_arelle_session_api_with_plugin_name() -> None:
    options = {"plugins": "cyd", "pluginOptions": {"cydAbsIssuer": "true"}}
    with arelle_session(str(REAL_FILINGS["ABBV"]), **options) as (_models, log):
        codes = [e["code"] for e in log]
    assert "CYD.TAX.8" in codes and "CYD.REQ.2" not in codes
