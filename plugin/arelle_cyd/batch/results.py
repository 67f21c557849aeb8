"""The results file: JSON Lines, one line per filing, appended and flushed as each filing completes.

Resuming reads it back: filings already recorded are skipped. A line cut short
(the process was killed while writing it) is removed before anything is
appended, so the file stays valid JSON Lines. Records are streamed, never all
held at once, so a results file of many thousand filings costs little memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from arelle_cyd.batch.record import Record, is_failure


class ResultsInUseError(Exception):
    """Another batch is writing to the same results file."""


def read_records(path: Path) -> Iterator[Record]:
    """Every complete, valid line of the results file (nothing when it does not exist)."""
    if not path.exists():
        return
    with path.open("rb") as stream:
        for raw in stream:
            if not raw.endswith(b"\n"):
                return  # a line cut short: repair() removes it
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("file"), str):
                yield record


def repair(path: Path) -> int:
    """Cut a trailing incomplete line; return how many bytes were removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb+") as stream:
        tail_start = max(0, size - 1)
        stream.seek(tail_start)
        if stream.read(1) == b"\n":
            return 0
        # scan back to the last newline in blocks
        end = size
        while end > 0:
            start = max(0, end - 65536)
            stream.seek(start)
            block = stream.read(end - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                stream.truncate(keep)
                return size - keep
            end = start
        stream.truncate(0)
        return size


def drop(path: Path, unwanted: Callable[[Record], bool]) -> int:
    """Rewrite the file without the records ``unwanted`` selects (atomically); return how many."""
    if not path.exists():
        return 0
    dropped = 0
    temporary = path.with_name(path.name + ".tmp")
    with path.open("rb") as source, temporary.open("wb") as target:
        for raw in source:
            try:
                record = json.loads(raw)
            except ValueError:
                record = None
            if isinstance(record, dict) and unwanted(record):
                dropped += 1
                continue
            target.write(raw)
        target.flush()
        os.fsync(target.fileno())
    if dropped:
        temporary.replace(path)
    else:
        temporary.unlink()
    return dropped


def failures_of(keys: set[str]) -> Callable[[Record], bool]:
    return lambda record: record.get("file") in keys and is_failure(record)


class ResultsFile:
    """The results file, open for appending and locked against a second batch for the whole run.

    Each ``write`` appends one line and makes it durable before returning, so an
    interruption at any moment loses at most the filings still in progress.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stream: IO[str] | None = None

    def __enter__(self) -> ResultsFile:
        self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        stream = self.path.open("a", encoding="utf-8")
        try:
            _lock(stream, self.path)
        except ResultsInUseError:
            stream.close()
            raise
        self._stream = stream

    def repair(self) -> int:
        return repair(self.path)

    def drop(self, unwanted: Callable[[Record], bool]) -> int:
        dropped = drop(self.path, unwanted)
        if dropped:  # the file was replaced: append to (and lock) the new one
            self.__exit__()
            self._open()
        return dropped

    def records(self) -> Iterator[Record]:
        return read_records(self.path)

    def write(self, record: Record) -> None:
        assert self._stream is not None, "ResultsFile is not open"
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._stream.flush()
        os.fsync(self._stream.fileno())


def _lock(stream: IO[str], path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock; one batch per results file is documented
        return
    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as err:
        raise ResultsInUseError(f"another arelle-cyd batch is writing to {path}") from err
