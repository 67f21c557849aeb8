"""Shared helpers for the benchmarks: the machine, medians, the fixtures, an in-process Arelle.

Benchmarks print ratios measured side by side in one run; they never assert a
time (the test suite has no timed assertions). Run each with one command, e.g.
``.venv/bin/python bench/overhead.py``; ``make bench`` runs them all.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FILINGS = ROOT / "tests" / "fixtures" / "filings"
BIN = Path(sys.executable).parent


def real_filings() -> list[Path]:
    """The entry documents of the six real filings, as ``arelle-cyd batch`` finds them."""
    from arelle_cyd.batch import discover

    return [entry.path for entry in discover([FILINGS])]


def machine() -> str:
    """nproc, CPU model, RAM, Python and Arelle versions, and the load while measuring."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{total_kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    from importlib.metadata import version

    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"machine: nproc {os.cpu_count()}, {cpu}, RAM {ram}, Python {platform.python_version()}, "
        f"Arelle {version('arelle-release')}, arelle-cyd {version('arelle-cyd')}; load average {load}"
    )


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed_both(action: Callable[[], Any]) -> tuple[float, float]:
    """Wall and CPU seconds of this process.

    On a shared machine CPU time is the steadier measure of work: it leaves out the time
    spent waiting for a core that another process holds.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


@contextmanager
def private_arelle_config() -> Iterator[str]:
    """A throw-away Arelle configuration folder, as the API and the batch use."""
    previous = os.environ.get("XDG_CONFIG_HOME")
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-bench-") as folder:
        os.environ["XDG_CONFIG_HOME"] = folder
        try:
            yield folder
        finally:
            if previous is None:
                os.environ.pop("XDG_CONFIG_HOME", None)
            else:
                os.environ["XDG_CONFIG_HOME"] = previous


class Arelle:
    """One warm ``CntlrCmdLine`` running load(+validate) of a file, with or without the plugin."""

    def __init__(self) -> None:
        from arelle.CntlrCmdLine import createCntlrAndPreloadPlugins

        self.cntlr = createCntlrAndPreloadPlugins(
            uiLang=None, disablePersistentConfig=True, arellePluginModules={}
        )
        self.cntlr.startLogging(logFileName="logToBuffer", logFormat="%(message)s")
        self.cntlr.postLoggingInit()

    def options(self, path: Path, *, plugin: bool, validate: bool = True, keep_open: bool = False) -> Any:
        from arelle.RuntimeOptions import RuntimeOptions

        from arelle_cyd.api import PLUGIN_FILE

        return RuntimeOptions(
            entrypointFile=str(path),
            plugins=str(PLUGIN_FILE) if plugin else None,
            validate=validate,
            keepOpen=keep_open,
            workOffline=True,
            internetConnectivity="offline",
            disablePersistentConfig=True,
            logFormat="%(message)s",
        )

    def run(self, path: Path, *, plugin: bool, validate: bool = True) -> tuple[float, float]:
        """Wall and CPU seconds for one load+validate (models closed by Arelle, log buffer cleared)."""
        options = self.options(path, plugin=plugin, validate=validate)
        seconds = timed_both(lambda: self.cntlr.run(options))
        self.cntlr.logHandler.clearLogBuffer()
        return seconds

    def load(self, path: Path, *, plugin: bool, validate: bool = True) -> list[Any]:
        """Load and keep the models open; the caller closes them with ``close``."""
        self.cntlr.run(self.options(path, plugin=plugin, validate=validate, keep_open=True))
        self.cntlr.logHandler.clearLogBuffer()
        return list(self.cntlr.modelManager.loadedModelXbrls)

    def close(self, models: list[Any]) -> None:
        for model in models:
            self.cntlr.modelManager.close(model)


def run_quietly(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)


def verdict(ratio: float, target: float, *, at_most: bool) -> str:
    met = ratio <= target if at_most else ratio >= target
    sign = "<=" if at_most else ">="
    return f"target {sign} {target:g}: {'MET' if met else 'NOT MET'}"


PLUGIN_ENTRY_POINTS = (
    "validate_model",
    "transform_url",
    "load_custom_transforms",
    "remember_options",
    "add_command_line_options",
)


def count_plugin_cpu() -> list[float]:
    """CPU seconds spent inside the plugin's hooks, appended per call (Arelle calls them through
    ``arelle_cyd.arelle_glue``, looked up on every call, so wrapping them there sees them all)."""
    from arelle_cyd import arelle_glue

    spent: list[float] = []

    def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
        def timed_hook(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent.append(time.process_time() - started)

        return timed_hook

    for name in PLUGIN_ENTRY_POINTS:
        setattr(arelle_glue, name, wrap(getattr(arelle_glue, name)))
    return spent


def _measure_server(conn: Any, plugin: bool, validate: bool) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    spent = count_plugin_cpu()
    with private_arelle_config():
        arelle = Arelle()
        conn.send("ready")
        while (path := conn.recv()) is not None:
            spent.clear()
            wall, cpu = arelle.run(Path(path), plugin=plugin, validate=validate)
            conn.send((wall, cpu, sum(spent)))


class Measurer:
    """A warm Arelle in its own process (so "without the plugin" really has none loaded)."""

    def __init__(self, *, plugin: bool, validate: bool = True) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_measure_server, args=(child, plugin, validate), daemon=True)
        self._process.start()
        child.close()
        assert self._conn.recv() == "ready"

    def time(self, path: Path) -> tuple[float, float, float]:
        """Wall and CPU seconds of one load+validate of ``path``, and CPU seconds inside the plugin."""
        self._conn.send(str(path))
        seconds: tuple[float, float, float] = self._conn.recv()
        return seconds

    def close(self) -> None:
        self._conn.send(None)
        self._process.join(10)
