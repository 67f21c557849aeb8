"""Plugin overhead: Arelle load+validate of each real filing with and without arelle-cyd.

Two warm Arelle processes, one with the plugin and one without, time the same
filing alternately (so drift in machine load hits both alike); the ratio of the
medians is the plugin's overhead, in CPU time (steadier on a shared machine)
and wall time. A third, noise-free figure comes from the plugin run alone: the
CPU time spent inside the plugin's hooks, against the rest of that same run.
Target: <= 1.02.

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
        sums = [0.0] * 5  # CPU without, CPU with, wall without, wall with, CPU inside the plugin
        print(
            f"{'filing':30} {'CPU w/o s':>9} {'CPU with':>9} {'ratio':>6} {'wall ratio':>10} {'in hooks':>9}"
        )
        for path in real_filings():
            without.time(path)  # warm-up: the first load of each filing
            with_plugin.time(path)
            plain = [without.time(path) for _ in range(1)]
            plugged = [with_plugin.time(path) for _ in range(1)]
            for _ in range(args.runs - 1):
                plain.append(without.time(path))
                plugged.append(with_plugin.time(path))
            row = [
                median([r[1] for r in plain]),
                median([r[1] for r in plugged]),
                median([r[0] for r in plain]),
                median([r[0] for r in plugged]),
                median([r[2] for r in plugged]),
            ]
            sums = [a + b for a, b in zip(sums, row, strict=True)]
            print(
                f"{path.name:30} {row[0]:9.3f} {row[1]:9.3f} {row[1] / row[0]:6.3f} {row[3] / row[2]:10.3f} "
                f"{row[4]:9.3f}"
            )
        cpu, wall = sums[1] / sums[0], sums[3] / sums[2]
        hooks = sums[1] / (sums[1] - sums[4])
        print(
            f"{'all six (sums of medians)':30} {sums[0]:9.3f} {sums[1]:9.3f} {cpu:6.3f} {wall:10.3f} {sums[4]:9.3f}"
        )
        print(f"plugin overhead, A/B CPU time:  {cpu:.3f}; {verdict(cpu, TARGET, at_most=True)}")
        print(f"plugin overhead, A/B wall time: {wall:.3f}; {verdict(wall, TARGET, at_most=True)}")
        print(
            f"plugin overhead, CPU in its hooks vs the rest of the run: {hooks:.3f}; {verdict(hooks, TARGET, at_most=True)}"
        )
    finally:
        without.close()
        with_plugin.close()


if __name__ == "__main__":
    main()
