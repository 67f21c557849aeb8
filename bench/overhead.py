"""Plugin overhead: Arelle load+validate of each real filing with and without arelle-cyd.

Two warm Arelle processes, one with the plugin and one without, time the same
filing alternately (so drift in machine load hits both alike); the ratio of the
medians is the plugin's overhead. Target: <= 1.02.

    .venv/bin/python bench/overhead.py [--runs 7]
"""

from __future__ import annotations

import argparse

from _common import Measurer, machine, median, real_filings, verdict

TARGET = 1.02


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per filing and configuration")
    args = parser.parse_args()
    print(machine())
    without, with_plugin = Measurer(plugin=False), Measurer(plugin=True)
    try:
        totals = {False: 0.0, True: 0.0}
        print(f"{'filing':34} {'without s':>10} {'with s':>10} {'ratio':>7}")
        for path in real_filings():
            for measurer in (without, with_plugin):  # warm-up: first load of each filing
                measurer.time(path)
            runs: dict[bool, list[float]] = {False: [], True: []}
            for _ in range(args.runs):
                runs[False].append(without.time(path))
                runs[True].append(with_plugin.time(path))
            plain, plugged = median(runs[False]), median(runs[True])
            totals[False] += plain
            totals[True] += plugged
            print(f"{path.name:34} {plain:10.3f} {plugged:10.3f} {plugged / plain:7.3f}")
        ratio = totals[True] / totals[False]
        print(f"{'all six (sum of medians)':34} {totals[False]:10.3f} {totals[True]:10.3f} {ratio:7.3f}")
        print(f"plugin overhead ratio {ratio:.3f}; {verdict(ratio, TARGET, at_most=True)}")
    finally:
        without.close()
        with_plugin.close()


if __name__ == "__main__":
    main()
