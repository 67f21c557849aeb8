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
import resource
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


def children_cpu() -> float:
    """CPU seconds of all finished child processes (and their waited-for children, the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sequential(files: list[Path], env: dict[str, str]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), children_cpu()
    for path in files:
        command = [str(BIN / "arelleCmdLine"), "-f", str(path), "-v", "--plugins", "cyd"]
        run_quietly([*command, "--internetConnectivity", "offline"], env=env)
    return time.perf_counter() - started, children_cpu() - cpu


def batch(folder: Path, out: Path, jobs: int, env: dict[str, str], *extra: str) -> tuple[float, float, int]:
    out.unlink(missing_ok=True)
    command = [str(BIN / "arelle-cyd"), "batch", str(folder), "--jobs", str(jobs), "--out", str(out), *extra]
    started, cpu = time.perf_counter(), children_cpu()
    run_quietly(command, env)
    seconds, used = time.perf_counter() - started, children_cpu() - cpu
    ok = sum(1 for line in out.read_text().splitlines() if json.loads(line)["status"] == "ok")
    return seconds, used, ok


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
        fast = batch(folder, Path(tmp) / "fast.jsonl", args.jobs, env)
        slow, slow_cpu = sequential(files, env)
        full = batch(folder, Path(tmp) / "full.jsonl", args.jobs, env, "--xbrl-validation")
        single = batch(folder, Path(tmp) / "single.jsonl", 1, env)
    print(f"{'':52} {'wall s':>7} {'CPU s':>7} {'wall ratio':>10} {'CPU ratio':>9}")
    print(f"{f'{n} sequential arelleCmdLine --plugins cyd -v runs':52} {slow:7.1f} {slow_cpu:7.1f}")
    rows = (
        (f"arelle-cyd batch --jobs {args.jobs}", fast),
        (f"arelle-cyd batch --jobs {args.jobs} --xbrl-validation", full),
    )
    for label, (seconds, cpu, ok) in rows:
        print(
            f"{label:52} {seconds:7.1f} {cpu:7.1f} {slow / seconds:10.2f} {slow_cpu / cpu:9.2f}  {ok}/{n} ok"
        )
    print(f"{'arelle-cyd batch --jobs 1 (for the parallel speed-up)':52} {single[0]:7.1f} {single[1]:7.1f}")
    print(
        f"parallel speed-up realised by --jobs {args.jobs}: {single[0] / fast[0]:.2f}x "
        f"(close to 1 when other processes hold the other cores: see the load average)"
    )
    for label, (seconds, _, _) in rows:
        print(f"{label}: {slow / seconds:.2f}x faster; {verdict(slow / seconds, TARGET, at_most=False)}")


if __name__ == "__main__":
    main()
