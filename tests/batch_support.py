"""Test doubles for batch workers, importable by the spawned worker processes (tests/ is on their path).

``serve_misbehaving`` is a worker whose controller hangs on any file whose name
contains ``hang`` and kills its own process on ``crash``; every other filing is
validated by the real Arelle controller. Run as a script it is a batch that a
test can interrupt: ``python tests/batch_support.py OUT PATH...``.
"""

from __future__ import annotations

import os
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

from arelle_cyd.batch import BatchOptions, Settings, run_batch
from arelle_cyd.batch.controller import ArelleController
from arelle_cyd.batch.record import Record
from arelle_cyd.batch.worker import serve
from arelle_cyd.parameters import Parameters, Reconstruction

SYNTHETIC = Settings(parameters=Parameters(reconstruction=Reconstruction.ALL))


class MisbehavingController:
    def __init__(self, settings: Settings) -> None:
        self._real = ArelleController(settings)

    def validate(self, source: Path) -> Record:
        if "hang" in source.name:
            time.sleep(3600)
        if "crash" in source.name:
            os._exit(70)
        return self._real.validate(source)

    def close(self) -> None:
        self._real.close()


def serve_misbehaving(conn: Connection, settings: Settings) -> None:
    serve(conn, settings, make=MisbehavingController)


def _no_arelle(settings: Settings) -> MisbehavingController:
    raise ImportError("No module named 'arelle'")


def serve_without_arelle(conn: Connection, settings: Settings) -> None:
    serve(conn, settings, make=_no_arelle)


def main(argv: list[str]) -> int:
    out, *paths = argv
    summary = run_batch(
        paths, Path(out), SYNTHETIC, BatchOptions(jobs=1, timeout=None), target=serve_misbehaving
    )
    print(summary.render(out), flush=True)
    return summary.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
