"""``arelle-cyd batch``: discovery, JSON Lines content, resume, timeouts, crashes and interruption."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from arelle_cyd.api import Report, validate
from arelle_cyd.batch import BatchOptions, EntryKind, Status, discover, run_batch
from arelle_cyd.batch.progress import Progress
from arelle_cyd.batch.results import ResultsFile, read_records, repair
from arelle_cyd.batch.summary import Summary
from arelle_cyd.cli import main
from arelle_cyd.testing.builder import DocumentFormat, complete_annual, write
from batch_support import SYNTHETIC, serve_misbehaving, serve_without_arelle
from support import FILINGS, REAL_FILINGS

INLINE_HEAD = '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL">'
INSTANCE_HEAD = (
    '<?xml version="1.0"?>\n<!-- c -->\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">'
)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_name(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {Path(r["file"]).name: r for r in records}


def codes(findings: Any) -> list[str]:
    return sorted(f["code"] if isinstance(f, dict) else f.code for f in findings)


# ------------------------------------------------------------------ discovery (no Arelle)


def test_discovery_keeps_entry_documents_and_skips_the_rest(tmp_path: Path) -> None:
    filing = tmp_path / "a" / "0001"
    filing.mkdir(parents=True)
    (filing / "form8k.htm").write_text(INLINE_HEAD + "<body/></html>")
    (filing / "form8k_htm.xml").write_text(INSTANCE_HEAD + "</xbrli:xbrl>")  # EDGAR's extracted copy
    (filing / "R1.htm").write_text("<html><body>rendered</body></html>")
    (filing / "ex99.htm").write_text("<html><body>press release</body></html>")
    (filing / "FilingSummary.xml").write_text("<?xml version='1.0'?><FilingSummary/>")
    (filing / "x_lab.xml").write_text('<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase"/>')
    (filing / "x.xsd").write_text("<xs:schema/>")
    with zipfile.ZipFile(filing / "0001-xbrl.zip", "w") as archive:  # the same filing, zipped
        archive.writestr("form8k.htm", INLINE_HEAD + "<body/></html>")
    other = tmp_path / "a" / "0002"
    other.mkdir()
    (other / "crsr_htm.xml").write_text(INSTANCE_HEAD + "</xbrli:xbrl>")  # no inline beside it: kept
    with zipfile.ZipFile(other / "elsewhere.zip", "w") as archive:
        archive.writestr("deep/filing.xhtml", INLINE_HEAD + "<body/></html>")
    with zipfile.ZipFile(other / "taxonomy.zip", "w") as archive:
        archive.writestr("META-INF/taxonomyPackage.xml", "<tp:taxonomyPackage/>")
    (other / "notazip.zip").write_bytes(b"garbage")
    hidden = tmp_path / "a" / ".git"
    hidden.mkdir()
    (hidden / "f.htm").write_text(INLINE_HEAD)
    given = tmp_path / "given.xsd"
    given.write_text("<xs:schema/>")

    entries = discover([tmp_path / "a", given, tmp_path / "missing.htm", filing / "form8k.htm"])

    found = [(e.path.relative_to(tmp_path).as_posix(), e.kind) for e in entries]
    assert found == [
        ("a/0001/form8k.htm", EntryKind.INLINE),
        ("a/0002/crsr_htm.xml", EntryKind.INSTANCE),
        ("a/0002/elsewhere.zip", EntryKind.ZIP),
        ("given.xsd", EntryKind.GIVEN),  # named explicitly: validated (and reported) as given
        ("missing.htm", EntryKind.GIVEN),
    ]  # form8k.htm, named again, is not listed twice
    assert all(e.path.is_absolute() and e.key == str(e.path) for e in entries)


def test_discovery_of_the_real_filings_prefers_inline_over_extracted_instance() -> None:
    names = sorted(e.path.name for e in discover([FILINGS]))
    assert names == sorted(p.name for p in REAL_FILINGS.values())
    assert "form8k_122024_htm.xml" not in names and "R1.htm" not in names


# ------------------------------------------------------------------ results file, summary, progress (no Arelle)


def test_repair_cuts_a_torn_last_line_and_reading_skips_it(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"file": "a", "status": "ok"}\n{"file": "b", "sta')
    assert [r["file"] for r in read_records(path)] == ["a"]
    assert repair(path) == len('{"file": "b", "sta')
    assert path.read_text() == '{"file": "a", "status": "ok"}\n'
    assert repair(path) == 0


def test_results_file_refuses_a_second_writer(tmp_path: Path) -> None:
    from arelle_cyd.batch import ResultsInUseError

    path = tmp_path / "r.jsonl"
    with ResultsFile(path) as first:
        first.write({"file": "a", "status": "ok"})
        with pytest.raises(ResultsInUseError, match="another arelle-cyd batch"), ResultsFile(path):
            pass
    assert lines(path) == [{"file": "a", "status": "ok"}]


def _finding(rule: str, severity: str) -> dict[str, str]:
    return {"code": rule, "rule": rule, "severity": severity}


def test_summary_counts_and_exit_codes() -> None:
    summary = Summary(total=3)
    summary.add({"file": "a", "status": "ok", "findings": [_finding("CYD.FLAG.3", "info")]}, previous=True)
    summary.add({"file": "b", "status": "ok", "findings": [_finding("CYD.REQ.2", "warning")]})
    assert summary.exit_code == 2  # one filing not recorded yet
    summary.add({"file": "c", "status": "ok", "findings": [_finding("CYD.REQ.1", "error")]})
    assert (summary.previous, summary.processed, summary.with_errors) == (1, 2, 1)
    assert summary.exit_code == 1
    text = summary.render("r.jsonl")
    assert "1 already in r.jsonl" in text
    rows = [line.split() for line in text.splitlines()]
    assert ["CYD.REQ.1", "1", "0", "0"] in rows and ["total", "1", "1", "1"] in rows
    assert [r[0] for r in rows if r and r[0].startswith("CYD.")] == ["CYD.REQ.1", "CYD.REQ.2", "CYD.FLAG.3"]
    summary.add({"file": "d", "status": "timeout", "error": "gave up", "findings": []})
    assert summary.exit_code == 2 and "timeout  d: gave up" in summary.render("r.jsonl")
    assert Summary(total=1, previous=1, statuses=Counter({"ok": 1})).exit_code == 0


def test_progress_draws_only_when_enabled() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=4, done=1, enabled=True)
    progress.advance(failed=True)
    assert (
        stream.getvalue().startswith("\r[") and "2/4" in stream.getvalue() and "failed 1" in stream.getvalue()
    )
    quiet = io.StringIO()  # not a terminal: nothing at all
    Progress(quiet, total=4).advance(failed=False)
    assert quiet.getvalue() == ""


# ------------------------------------------------------------------ the real filings through the CLI


@pytest.fixture(scope="module")
def real_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path, Path]:
    """The six real filings, a broken inline document and a zipped synthetic filing, --jobs 2."""
    extra = tmp_path_factory.mktemp("extra")
    (extra / "broken.htm").write_text(INLINE_HEAD + '<body><ix:nonNumeric name="dei:DocumentType" <<</body>')
    source = write(complete_annual(), tmp_path_factory.mktemp("zipped"))
    with zipfile.ZipFile(extra / "synthetic.zip", "w") as archive:
        for path in source.parent.iterdir():
            archive.write(path, f"filing/{path.name}")
    out = tmp_path_factory.mktemp("out") / "results.jsonl"
    os.environ.setdefault("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-batch")))
    stdout = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(stdout):
        code = main(["batch", str(FILINGS), str(extra), "--out", str(out), "--jobs", "2"])
    return code, stdout.getvalue(), out, extra


def test_batch_writes_one_line_per_filing_and_exits_two_for_the_broken_one(
    real_batch: tuple[int, str, Path, Path],
) -> None:
    code, stdout, out, _ = real_batch
    records = by_name(lines(out))
    assert code == 2
    assert sorted(records) == sorted(
        [*(p.name for p in REAL_FILINGS.values()), "broken.htm", "synthetic.zip"]
    )
    broken = records["broken.htm"]
    assert broken["status"] == Status.ERROR and "not well-formed XML" in broken["error"]
    assert all(
        r["status"] == Status.OK and r["error"] is None for n, r in records.items() if n != "broken.htm"
    )
    assert "8 checked now" in stdout and "1 error, 7 ok" in stdout
    assert "failures (1):" in stdout and "broken.htm: not processed" in stdout


def test_batch_findings_match_validate_for_each_real_filing(
    real_batch: tuple[int, str, Path, Path], real_reports: dict[str, Report]
) -> None:
    records = by_name(lines(real_batch[2]))
    for name, path in REAL_FILINGS.items():
        record = records[path.name]
        assert codes(record["findings"]) == codes(real_reports[name].findings), name
        assert record["summary"] == real_reports[name].to_dict()["summary"], name


def test_batch_zip_matches_validate(real_batch: tuple[int, str, Path, Path]) -> None:
    _, _, out, extra = real_batch
    record = by_name(lines(out))["synthetic.zip"]
    assert record["kind"] == "inline" and record["form"] == "10-K"
    assert codes(record["findings"]) == codes(validate(extra / "synthetic.zip").findings)


def test_jsonl_records_carry_cover_values_timing_and_finding_details(
    real_batch: tuple[int, str, Path, Path],
) -> None:
    records = by_name(lines(real_batch[2]))
    ko = records[REAL_FILINGS["KO"].name]
    assert ko["file"] == str(REAL_FILINGS["KO"].resolve())
    assert (ko["kind"], ko["form"]) == ("inline", "10-K")
    assert ko["entity"] == {"cik": "0000021344", "name": "COCA COLA CO"}
    assert ko["period"] == {"end": "2024-12-31", "fiscal_year": "2024", "fiscal_period": "FY"}
    assert ko["timing"]["seconds"] > 0 and ko["memory"]["worker_peak_mb"] > 0
    assert ko["arelle_messages"]["ix11.12.1.2:missingReferences"] > 1000
    assert not any(code.startswith("CYD.") for code in ko["arelle_messages"])
    flag3 = next(f for f in ko["findings"] if f["rule"] == "CYD.FLAG.3")
    assert flag3["severity"] == "info" and {f["id"] for f in flag3["facts"]} >= {"f-95", "f-96"}
    crsr = records[REAL_FILINGS["CRSR"].name]
    assert (crsr["kind"], crsr["entity"]["cik"]) == ("instance", "0001743759")
    bcow = records[REAL_FILINGS["BCOW"].name]
    assert (bcow["form"], bcow["period"]["end"], bcow["findings"]) == ("8-K", "2024-12-20", [])


def test_running_again_skips_every_recorded_filing(
    real_batch: tuple[int, str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, out, extra = real_batch
    before = out.read_bytes()
    assert main(["batch", str(FILINGS), str(extra), "--out", str(out), "--jobs", "2"]) == 2
    assert out.read_bytes() == before
    stdout = capsys.readouterr().out
    assert "0 checked now, 8 already in" in stdout and "broken.htm" in stdout  # same summary, same exit


def test_dry_run_lists_done_and_pending(
    real_batch: tuple[int, str, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = real_batch[2]
    new = write(complete_annual(), tmp_path)
    assert main(["batch", str(FILINGS), str(new), "--out", str(out), "--dry-run"]) == 0
    listed = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert ["todo", "given", str(new)] in listed
    assert ["done", "inline", str(REAL_FILINGS["KO"].resolve())] in listed


def test_bad_parameters_and_empty_input_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "r.jsonl")
    assert main(["batch", str(tmp_path), "--out", out, "--cyd-items", "one"]) == 2
    assert "8-K items" in capsys.readouterr().err
    assert main(["batch", str(tmp_path), "--out", out]) == 2
    assert "no filing found" in capsys.readouterr().err


# ------------------------------------------------------------------ resume, timeouts, crashes (synthetic filings)


def _synthetic(folder: Path, count: int) -> list[Path]:
    return [
        write(replace(complete_annual(), name=f"syn{n}"), folder / f"f{n}", DocumentFormat.INSTANCE)
        for n in range(count)
    ]


def test_resume_after_a_torn_line_and_retry_failed(tmp_path: Path) -> None:
    filings = _synthetic(tmp_path, 3)
    missing = tmp_path / "missing.htm"
    out = tmp_path / "r.jsonl"
    first = run_batch([*filings[:2], missing], out, SYNTHETIC, BatchOptions(jobs=2))
    assert (first.processed, first.exit_code) == (3, 2)
    raw = {Path(json.loads(line)["file"]).name: line for line in out.read_text().splitlines()}
    # killed while writing the line of filings[1]
    out.write_text(raw[filings[0].name] + "\n" + raw["missing.htm"] + "\n" + raw[filings[1].name][:40])

    second = run_batch([*filings, missing], out, SYNTHETIC, BatchOptions(jobs=2))
    assert (second.previous, second.processed) == (2, 2)  # the torn line's filing is checked again
    records = lines(out)
    assert sorted(Path(r["file"]).name for r in records) == sorted(
        [*(p.name for p in filings), "missing.htm"]
    )
    assert second.exit_code == 2  # the missing file is still recorded as failed
    assert by_name(records)["missing.htm"]["status"] == Status.ERROR

    third = run_batch([*filings, missing], out, SYNTHETIC, BatchOptions(jobs=1, retry_failed=True))
    assert (third.previous, third.processed) == (3, 1)
    assert len(lines(out)) == 4  # the failed line was replaced, not duplicated
    assert "no such file" in by_name(lines(out))["missing.htm"]["error"]


def test_a_hanging_filing_times_out_a_crashing_one_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    filings = _synthetic(tmp_path, 2)
    hang, crash = tmp_path / "hang.xml", tmp_path / "crash.xml"
    hang.write_text("never read")
    crash.write_text("never read")
    out = tmp_path / "r.jsonl"
    summary = run_batch(
        [hang, crash, *filings],
        out,
        SYNTHETIC,
        BatchOptions(jobs=2, timeout=4),
        target=serve_misbehaving,
    )
    records = by_name(lines(out))
    assert records["hang.xml"]["status"] == Status.TIMEOUT and "4 s" in records["hang.xml"]["error"]
    assert records["crash.xml"]["status"] == Status.CRASHED
    assert "exit code 70" in records["crash.xml"]["error"]
    assert [records[p.name]["status"] for p in filings] == [Status.OK, Status.OK]
    assert summary.exit_code == 2 and len(summary.failures) == 2


def test_a_worker_that_cannot_start_arelle_stops_the_batch_with_the_reason(tmp_path: Path) -> None:
    from arelle_cyd.batch import BatchError

    filing = _synthetic(tmp_path, 1)[0]
    with pytest.raises(
        BatchError, match="Arelle could not be started: ImportError: No module named 'arelle'"
    ):
        run_batch(
            [filing], tmp_path / "r.jsonl", SYNTHETIC, BatchOptions(jobs=1), target=serve_without_arelle
        )
    assert (tmp_path / "r.jsonl").read_text() == ""  # nothing recorded as failed for an environment problem


def test_interrupting_keeps_every_written_line_and_the_next_run_resumes(tmp_path: Path) -> None:
    done_first = _synthetic(tmp_path, 1)[0]
    hang = tmp_path / "hang.xml"
    hang.write_text("never read")
    out = tmp_path / "r.jsonl"
    script = Path(__file__).parent / "batch_support.py"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, str(script), str(out), str(done_first), str(hang)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 120
    while not (out.exists() and out.read_text().endswith("\n")) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # the worker is now stuck on hang.xml (no timeout in this batch)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 2, stderr
    assert "INTERRUPTED: 1 not checked" in stdout and "Traceback" not in stderr
    written = out.read_bytes()
    assert [Path(r["file"]).name for r in lines(out)] == [done_first.name]

    resumed = run_batch([done_first, hang], out, SYNTHETIC, BatchOptions(jobs=1))  # a real worker now
    assert (resumed.previous, resumed.processed) == (1, 1)
    assert out.read_bytes().startswith(written) and len(lines(out)) == 2
