"""Peak memory of a batch worker against plain Arelle, on the largest real fixture.

Plain Arelle: ``arelleCmdLine -f LARGEST -v`` (no plugin), its peak resident
memory read from the operating system (``ru_maxrss`` of the finished child).
Batch worker: ``arelle-cyd batch LARGEST --jobs 1``; the worker reports its own
peak in the results line (``memory.worker_peak_mb``). Also shown: one worker's
peak after it has validated all six fixtures, the largest last, which would
reveal memory kept from filing to filing. Target: <= 1.5x.

    .venv/bin/python bench/memory.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import BIN, machine, real_filings, verdict

TARGET = 1.5
_PEAK_OF_CHILD = (
    "import resource, subprocess, sys; "
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def plain_arelle_peak_mb(path: Path, env: dict[str, str]) -> float:
    command = [str(BIN / "arelleCmdLine"), "-f", str(path), "-v", "--internetConnectivity", "offline"]
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_OF_CHILD, *command], capture_output=True, text=True, env=env, check=True
    )
    return int(result.stdout.strip()) / (1024 * 1024 if sys.platform == "darwin" else 1024)


def worker_peak_mb(paths: list[Path], out: Path, env: dict[str, str], *extra: str) -> float:
    command = [str(BIN / "arelle-cyd"), "batch", *map(str, paths), "--jobs", "1", "--out", str(out), *extra]
    subprocess.run(command, capture_output=True, env=env, check=False)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return max(float(r["memory"]["worker_peak_mb"]) for r in records)


def main() -> None:
    print(machine())
    filings = real_filings()
    largest = max(filings, key=lambda p: p.stat().st_size)
    ordered = [*(p for p in filings if p != largest), largest]
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-memory-") as tmp:
        env = {**os.environ, "XDG_CONFIG_HOME": str(Path(tmp) / "xdg")}
        plain = plain_arelle_peak_mb(largest, env)
        single = worker_peak_mb([largest], Path(tmp) / "one.jsonl", env)
        single_full = worker_peak_mb([largest], Path(tmp) / "full.jsonl", env, "--xbrl-validation")
        after_all = worker_peak_mb(ordered, Path(tmp) / "all.jsonl", env)
    print(f"largest fixture: {largest.name} ({largest.stat().st_size / 1e6:.1f} MB)")
    print(f"plain arelleCmdLine -v (no plugin):             {plain:7.1f} MB")
    for label, peak in (
        ("batch worker", single),
        ("batch worker --xbrl-validation", single_full),
        ("batch worker after all six (largest last)", after_all),
    ):
        ratio = peak / plain
        print(f"{label:48} {peak:7.1f} MB  {ratio:.2f}x; {verdict(ratio, TARGET, at_most=True)}")


if __name__ == "__main__":
    main()
