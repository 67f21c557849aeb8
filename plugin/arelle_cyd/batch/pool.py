"""N worker processes, one filing each at a time, with per-filing timeouts and restarts.

``concurrent.futures.ProcessPoolExecutor`` cannot do this: it cannot stop one
task that hangs, and one worker that dies breaks the whole pool. Here each
worker has its own pipe; the parent waits on all pipes and process sentinels
at once, kills a worker whose filing exceeds the timeout, records that filing,
and starts a fresh worker in its place.

Workers are started with ``spawn`` on every platform: a fresh interpreter that
imports Arelle itself, rather than a fork of a parent that may hold threads,
open files or a half-written results line.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from arelle_cyd.batch.controller import Settings
from arelle_cyd.batch.discover import Entry
from arelle_cyd.batch.record import Record, Status, failed
from arelle_cyd.batch.worker import DONE, FATAL, READY, serve

POLL_SECONDS = 0.25  # how often an interruption request is noticed
STOP_GRACE_SECONDS = 5.0
Target = Callable[[Connection, Settings], None]


class BatchError(Exception):
    """The batch cannot go on at all (e.g. Arelle cannot start in a worker)."""


class _State(Enum):
    STARTING = "starting"
    IDLE = "idle"
    BUSY = "busy"


@dataclass(eq=False)  # identity: workers are looked up in the pool's list
class _Worker:
    process: BaseProcess
    conn: Connection
    state: _State = _State.STARTING
    entry: Entry | None = None
    since: float = field(default_factory=time.monotonic)


@dataclass
class WorkerPool:
    """Validate entries in ``jobs`` worker processes; ``timeout`` seconds per filing (None: no limit)."""

    settings: Settings
    jobs: int
    timeout: float | None = None
    target: Target = serve
    start_timeout: float = 300.0  # Arelle import and start-up; generous for a cold disk
    _context: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")

    def run(self, entries: Iterable[Entry], stop: Callable[[], bool] = lambda: False) -> Iterator[Record]:
        """Yield one record per entry as each completes; return early when ``stop()`` turns true.

        Filings still in progress when stopping are not recorded (a later run does them).
        """
        pending = deque(entries)
        workers = [self._start() for _ in range(max(1, min(self.jobs, len(pending))))] if pending else []
        try:
            while not stop():
                for index, worker in enumerate(workers):
                    if worker.state is not _State.IDLE or not pending:
                        continue
                    if self._assign(worker, pending[0]):
                        pending.popleft()
                    else:  # it died while idle, which is not this filing's fault: try again on a new one
                        workers[index] = self._replace(worker)
                if not pending and all(w.state is not _State.BUSY for w in workers):
                    return
                yield from self._collect(workers)
        finally:
            for worker in workers:
                self._stop(worker)

    # ------------------------------------------------------------ events

    def _collect(self, workers: list[_Worker]) -> Iterator[Record]:
        waiting: dict[Any, _Worker] = {w.conn: w for w in workers} | {w.process.sentinel: w for w in workers}
        ready = wait(list(waiting), timeout=self._wait_time(workers))
        for worker in dict.fromkeys(waiting[r] for r in ready):
            yield from self._on_event(workers, worker)
        now = time.monotonic()
        for index, worker in enumerate(workers):
            limit = self.timeout if worker.state is _State.BUSY else self.start_timeout
            if worker.state is not _State.IDLE and limit is not None and now - worker.since > limit:
                if worker.state is _State.STARTING:
                    raise BatchError(f"a worker did not start within {limit:.0f} s")
                assert worker.entry is not None
                yield failed(
                    worker.entry.key,
                    Status.TIMEOUT,
                    f"gave up after {limit:g} s (--timeout); the worker was restarted",
                    seconds=now - worker.since,
                )
                workers[index] = self._replace(worker)

    def _on_event(self, workers: list[_Worker], worker: _Worker) -> Iterator[Record]:
        try:
            message = worker.conn.recv() if worker.conn.poll() else None
        except (EOFError, OSError):
            message = None
        if message is None:  # the process died
            if worker.state is _State.STARTING:
                raise BatchError(f"a worker stopped while starting Arelle ({_exit_reason(worker.process)})")
            if worker.state is _State.BUSY and worker.entry is not None:
                yield failed(
                    worker.entry.key,
                    Status.CRASHED,
                    f"the worker process stopped ({_exit_reason(worker.process)}) while validating this "
                    "filing; it was restarted",
                    seconds=time.monotonic() - worker.since,
                )
            workers[workers.index(worker)] = self._replace(worker)
            return
        kind, payload = message
        if kind == FATAL:
            raise BatchError(str(payload))
        if kind == READY:
            worker.state = _State.IDLE
        elif kind == DONE and worker.entry is not None:
            payload["file"] = worker.entry.key  # the name resuming looks for, whatever the worker saw
            worker.state, worker.entry = _State.IDLE, None
            yield payload

    def _wait_time(self, workers: list[_Worker]) -> float:
        now = time.monotonic()
        remaining = [POLL_SECONDS]
        for worker in workers:
            limit = self.timeout if worker.state is _State.BUSY else self.start_timeout
            if worker.state is not _State.IDLE and limit is not None:
                remaining.append(max(0.0, worker.since + limit - now))
        return min(remaining)

    # ------------------------------------------------------------ processes

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=self.target, args=(child, self.settings), name="arelle-cyd-worker", daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _assign(self, worker: _Worker, entry: Entry) -> bool:
        try:
            worker.conn.send(str(entry.path))
        except (OSError, ValueError):
            return False
        worker.state, worker.entry, worker.since = _State.BUSY, entry, time.monotonic()
        return True

    def _replace(self, worker: _Worker) -> _Worker:
        _kill(worker)
        return self._start()

    def _stop(self, worker: _Worker) -> None:
        if worker.state is _State.IDLE and worker.process.is_alive():
            try:
                worker.conn.send(None)
                worker.process.join(STOP_GRACE_SECONDS)
            except (OSError, ValueError):
                pass
        _kill(worker)


def _kill(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join()
    worker.conn.close()


def _exit_reason(process: BaseProcess) -> str:
    process.join(1.0)
    code = process.exitcode
    if code is None:
        return "no exit code"
    if code < 0:
        import signal

        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"
