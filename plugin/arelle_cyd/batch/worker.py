"""The worker process: start Arelle once, then validate the filings the parent sends, one at a time.

Protocol over one ``multiprocessing`` pipe. The parent sends a file path, or
None to stop. The worker answers ``("ready", pid)`` once Arelle is up, or
``("fatal", reason)`` when it cannot start (the batch stops: no filing could be
checked), then ``("done", record)`` for each filing.

The worker ignores SIGINT: Ctrl-C in a terminal reaches the whole process
group, and it is the parent that decides what an interruption means (stop,
keep every finished line, leave the rest for the next run).
"""

from __future__ import annotations

import contextlib
import os
import signal
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from arelle_cyd.batch.controller import ArelleController, Settings
from arelle_cyd.batch.record import Record, Status, failed

READY, FATAL, DONE = "ready", "fatal", "done"


class Controller(Protocol):
    """What a worker needs from Arelle; tests substitute one that hangs or crashes on purpose."""

    def validate(self, source: Path) -> Record: ...

    def close(self) -> None: ...


ControllerFactory = Callable[[Settings], Controller]


def serve(conn: Connection, settings: Settings, make: ControllerFactory = ArelleController) -> None:
    """Worker main loop (the ``multiprocessing`` target)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        controller: Controller | None = make(settings)
    except BaseException as err:  # noqa: BLE001 - reported to the parent, which stops the batch
        conn.send((FATAL, f"Arelle could not be started: {type(err).__name__}: {err}"))
        return
    conn.send((READY, os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break  # the parent has gone
        if task is None:
            break
        if controller is None:
            controller = make(settings)
        try:
            record = controller.validate(Path(task))
        except Exception as err:  # noqa: BLE001 - one bad filing must not end the batch
            record = failed(task, Status.ERROR, f"{type(err).__name__}: {err}")
            record["traceback"] = traceback.format_exc()
            _discard(controller)  # Arelle's state is unknown after an escape
            controller = None
        conn.send((DONE, record))
    if controller is not None:
        _discard(controller)


def _discard(controller: Controller) -> None:
    with contextlib.suppress(Exception):  # closing is best effort
        controller.close()
