"""A one-line progress bar on a terminal; silent when the output is not a terminal (CI logs, pipes)."""

from __future__ import annotations

import shutil
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """``[#####-----]  37/120  failed 2  1.4 s/filing  ETA 1:52`` redrawn in place on ``stream``."""

    def __init__(self, stream: TextIO, total: int, done: int = 0, enabled: bool | None = None) -> None:
        self._stream = stream
        self._total = total
        self._done = done
        self._failed = 0
        self._now = 0  # completed in this run (for the rate)
        self._started = time.monotonic()
        self._last_draw = 0.0
        self.enabled = stream.isatty() if enabled is None else enabled

    def advance(self, failed: bool) -> None:
        self._done += 1
        self._now += 1
        self._failed += failed
        self.draw(force=True)

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last_draw < 1.0):
            return
        self._last_draw = now
        self._stream.write("\r" + self.line(now) + "\x1b[K")
        self._stream.flush()

    def line(self, now: float) -> str:
        elapsed = now - self._started
        parts = [f"{self._done}/{self._total}"]
        if self._failed:
            parts.append(f"failed {self._failed}")
        if self._now:
            rate = elapsed / self._now
            parts.append(f"{rate:.1f} s/filing")
            parts.append(f"ETA {_duration(rate * (self._total - self._done))}")
        else:
            parts.append(f"starting {_duration(elapsed)}")
        text = "  ".join(parts)
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - len(text) - 4))
        filled = int(width * self._done / self._total) if self._total else width
        return f"[{'#' * filled}{'-' * (width - filled)}] {text}"

    def close(self) -> None:
        if self.enabled:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
