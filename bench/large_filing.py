"""The plugin's share of one Arelle load of a 100,000-fact synthetic filing.

The filing is written with ``arelle_cyd.testing.builder`` (every catalogue
concept, flags true and false, nils, 8 facts per context, a third of the
contexts with a dimension) and validated offline with the reconstruction.
Two fresh Arelle processes load and validate it, one without the plugin and
one with it; the second also times the plugin's own pass (``validate_model``:
reading the FilingView and running every rule) inside that same load. Both
find the cyd and dei schemas in an Arelle cache folder filled with the offline
reconstruction (at the official URLs), so both load the same DTS and the same
facts, and the difference is the plugin alone.

    .venv/bin/python bench/large_filing.py [--facts 100000] [--format instance|inline]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from _common import Arelle, machine, private_arelle_config

from arelle_cyd import catalogue
from arelle_cyd.testing.builder import ContextSpec, DocumentFormat, FactSpec, FilingSpec, write

FACTS_PER_CONTEXT = 8


def spec(size: int) -> FilingSpec:
    concepts = [c for c in catalogue.load("2024").concepts if c.carries_facts and c.is_item106]
    contexts = []
    facts = []
    for index in range(size):
        number = index // FACTS_PER_CONTEXT
        context_id = "c-1" if number == 0 else f"c-{number + 1}"
        if index % FACTS_PER_CONTEXT == 0 and number:
            dims = (("syn:SegmentAxis", f"syn:Member{number}"),) if number % 3 == 0 else ()
            contexts.append(ContextSpec(context_id, date(2024, 1, 1), date(2024, 12, 31), dimensions=dims))
        concept = concepts[index % len(concepts)]
        value: str | bool | None = (index % 5 != 0) if concept.is_flag else f"<p>Item 1C text {index}.</p>"
        facts.append(FactSpec(f"cyd:{concept.local_name}", None if index % 41 == 0 else value, context_id))
    return FilingSpec(facts=tuple(facts), contexts=tuple(contexts), name="large")


def taxonomy_cache(folder: Path) -> Path:
    """An Arelle cache holding the reconstruction's cyd and dei schemas at their official URLs."""
    import shutil
    from importlib.resources import files

    cache = folder / "cache"
    shutil.copytree(Path(str(files("arelle_cyd.reconstruction") / "files")), cache / "https")
    return cache


def _measure(conn: Any, path: str, cache: str, plugin: bool) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from arelle_cyd import arelle_glue

    plugin_seconds: list[float] = []
    real = arelle_glue.validate_model

    def timed_validate_model(model_xbrl: Any) -> Any:
        started = time.process_time()
        try:
            return real(model_xbrl)
        finally:
            plugin_seconds.append(time.process_time() - started)

    arelle_glue.validate_model = timed_validate_model  # the plugin looks the function up on each call
    with private_arelle_config():
        arelle = Arelle()
        options = arelle.options(Path(path), plugin=plugin)
        options.cacheDirectory = cache
        started = time.process_time()
        arelle.cntlr.run(options)
        total = time.process_time() - started
        conn.send((total, sum(plugin_seconds)))


def measure(path: Path, cache: Path, plugin: bool) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_measure, args=(child, str(path), str(cache), plugin))
    process.start()
    result: tuple[float, float] = parent.recv()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--format", choices=("instance", "inline"), default="instance")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-large-") as folder:
        started = time.perf_counter()
        path = write(spec(args.facts), Path(folder), DocumentFormat(args.format))
        print(
            f"built {args.facts:,} cyd facts ({path.stat().st_size / 1e6:.1f} MB {args.format}) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        cache = taxonomy_cache(Path(folder))
        plain, _ = measure(path, cache, plugin=False)
        with_plugin, plugin_pass = measure(path, cache, plugin=True)
    print("CPU seconds (steadier than wall time on a shared machine):")
    print(f"Arelle load+validate without the plugin: {plain:8.2f} s")
    print(f"Arelle load+validate with the plugin:    {with_plugin:8.2f} s  (ratio {with_plugin / plain:.3f})")
    print(
        f"the plugin's own pass (FilingView + every rule + logging findings): {plugin_pass:.2f} s = "
        f"{plugin_pass / with_plugin * 100:.1f}% of the load, {plugin_pass / args.facts * 1e6:.1f} us per fact"
    )


if __name__ == "__main__":
    main()
