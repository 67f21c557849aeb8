"""Run a batch: find the filings, skip those already recorded, validate the rest, summarise.

Interruption: the first SIGINT (Ctrl-C) or SIGTERM (a cancelled CI job) asks the
batch to stop; within a fraction of a second the workers are stopped, every line
already written stays, and the filings in progress are left for the next run.
A second Ctrl-C raises ``KeyboardInterrupt`` at once.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TextIO

from arelle_cyd.batch.controller import Settings
from arelle_cyd.batch.discover import Entry, discover
from arelle_cyd.batch.pool import Target, WorkerPool
from arelle_cyd.batch.progress import Progress
from arelle_cyd.batch.record import is_failure
from arelle_cyd.batch.results import ResultsFile, failures_of
from arelle_cyd.batch.summary import Summary
from arelle_cyd.batch.worker import serve


@dataclass(frozen=True, slots=True)
class BatchOptions:
    jobs: int = 1
    timeout: float | None = 300.0  # seconds per filing; None: no limit
    retry_failed: bool = False


class _StopRequest:
    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True


@contextmanager
def _stop_on_signals() -> Iterator[_StopRequest]:
    """Turn SIGINT and SIGTERM into a stop request while the batch runs (main thread only)."""
    request = _StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    previous = {sig: signal.signal(sig, request) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield request
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_batch(
    paths: Sequence[str | Path],
    results: Path,
    settings: Settings,
    options: BatchOptions,
    *,
    progress_stream: TextIO | None = None,
    target: Target = serve,
) -> Summary:
    """Validate every filing under ``paths`` into ``results`` (JSON Lines) and return the summary."""
    entries = discover(paths)
    wanted = {e.key for e in entries}
    summary = Summary(total=len(entries))
    with ExitStack() as stack:
        store = stack.enter_context(ResultsFile(results))
        store.repair()
        if options.retry_failed:
            store.drop(failures_of(wanted))
        done: set[str] = set()
        for record in store.records():
            key = record["file"]
            if key in wanted and key not in done:
                done.add(key)
                summary.add(record, previous=True)
        todo = [e for e in entries if e.key not in done]
        if not todo:
            return summary
        stop = stack.enter_context(_stop_on_signals())
        progress = Progress(progress_stream or sys.stderr, summary.total, summary.recorded)
        stack.callback(progress.close)
        pool = WorkerPool(settings, jobs=options.jobs, timeout=options.timeout, target=target)
        started = time.monotonic()

        def should_stop() -> bool:
            progress.draw()
            return stop.requested

        for record in pool.run(todo, stop=should_stop):
            store.write(record)
            summary.add(record)
            progress.advance(is_failure(record))
        summary.seconds = time.monotonic() - started
        summary.interrupted = stop.requested and summary.recorded < summary.total
    return summary


def pending(paths: Sequence[str | Path], results: Path) -> tuple[list[Entry], set[str]]:
    """The filings under ``paths`` and the keys ``results`` already records (for ``--dry-run``)."""
    entries = discover(paths)
    wanted = {e.key for e in entries}
    from arelle_cyd.batch.results import read_records

    return entries, {r["file"] for r in read_records(results) if r["file"] in wanted}
