"""Batch throughput: N filings through N sequential ``arelleCmdLine --plugins cyd`` runs vs ``arelle-cyd batch``.

The N filings are the six real fixtures copied ``--copies`` times into a
temporary folder (real copies: the batch would recognise symbolic links as one
file). Sequential runs are what a reviewer does today: one
``arelleCmdLine -f FILE -v --plugins cyd`` per filing, offline, log to /dev/null.
The batch runs with ``--jobs 2``, once as shipped (cyd rules without Arelle's own
XBRL 2.1 validation) and once with ``--xbrl-validation`` (the same work as the
sequential runs). Target: >= 4x.

    .venv/bin/python bench/throughput.py [--copies 4] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from _common import BIN, FILINGS, machine, run_quietly, verdict

from arelle_cyd.batch import discover

TARGET = 4.0


def copies(folder: Path, count: int) -> list[Path]:
    for number in range(count):
        shutil.copytree(FILINGS, folder / f"copy-{number}")
    return [entry.path for entry in discover([folder])]


def sequential(files: list[Path], env: dict[str, str]) -> float:
    started = time.perf_counter()
    for path in files:
        command = [str(BIN / "arelleCmdLine"), "-f", str(path), "-v", "--plugins", "cyd"]
        run_quietly([*command, "--internetConnectivity", "offline"], env=env)
    return time.perf_counter() - started


def batch(folder: Path, out: Path, jobs: int, env: dict[str, str], *extra: str) -> tuple[float, int]:
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    run_quietly(
        [str(BIN / "arelle-cyd"), "batch", str(folder), "--jobs", str(jobs), "--out", str(out), *extra], env
    )
    seconds = time.perf_counter() - started
    ok = sum(1 for line in out.read_text().splitlines() if json.loads(line)["status"] == "ok")
    return seconds, ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, default=4, help="copies of the six real filings (N = 6 x copies)"
    )
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-throughput-") as tmp:
        folder = Path(tmp) / "filings"
        files = copies(folder, args.copies)
        env = {**os.environ, "XDG_CONFIG_HOME": str(Path(tmp) / "xdg")}
        n = len(files)
        print(f"N = {n} filings ({args.copies} copies of the six real fixtures)")
        fast, fast_ok = batch(folder, Path(tmp) / "fast.jsonl", args.jobs, env)
        slow = sequential(files, env)
        full, full_ok = batch(folder, Path(tmp) / "full.jsonl", args.jobs, env, "--xbrl-validation")
    print(f"{n} sequential arelleCmdLine --plugins cyd -v runs: {slow:7.1f} s ({slow / n:.2f} s per filing)")
    for label, seconds, ok in (
        (f"arelle-cyd batch --jobs {args.jobs}", fast, fast_ok),
        (f"arelle-cyd batch --jobs {args.jobs} --xbrl-validation", full, full_ok),
    ):
        ratio = slow / seconds
        print(
            f"{label:48} {seconds:7.1f} s ({seconds / n:.2f} s per filing, {ok}/{n} ok): "
            f"{ratio:.2f}x faster; {verdict(ratio, TARGET, at_most=False)}"
        )


if __name__ == "__main__":
    main()
