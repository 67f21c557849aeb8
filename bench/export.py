"""Export time per filing beyond the load: ``arelle_cyd.export.disclosure_json(model_xbrl)``.

Each real filing is loaded once (Arelle with the plugin, model kept open); the
export of that loaded model is then timed, median of several runs. Target: < 0.1 s
per filing.

    .venv/bin/python bench/export.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import Arelle, machine, median, private_arelle_config, real_filings, timed

from arelle_cyd.export import disclosure_json

TARGET = 0.1


def _measure(arelle: Arelle, path: Path, export: Callable[[Any], Any], runs: int) -> tuple[float, float]:
    """Seconds to load the filing once, and the median seconds of exporting the loaded model."""
    started = time.perf_counter()
    models = arelle.load(path, plugin=True)
    load = time.perf_counter() - started
    try:
        return load, median([timed(lambda: export(models[0])) for _ in range(runs)])
    finally:
        arelle.close(models)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(machine())
    worst = 0.0
    with private_arelle_config():
        arelle = Arelle()
        print(f"{'filing':34} {'load s':>8} {'export s':>9}")
        for path in real_filings():
            load, seconds = _measure(arelle, path, disclosure_json, args.runs)
            worst = max(worst, seconds)
            print(f"{path.name:34} {load:8.2f} {seconds:9.4f}")
    met = "MET" if worst < TARGET else "NOT MET"
    print(f"slowest export {worst:.4f} s per filing; target < {TARGET:g} s: {met}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
