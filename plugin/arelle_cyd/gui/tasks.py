"""Background work and error reporting for the GUI commands.

Tk widgets may only be touched from the thread that runs the main loop. Arelle's
own validation runs on a ``threading.Thread`` and hands results back through
``cntlr.uiThreadQueue`` (polled ten times a second); we do the same, so checking
a large filing never freezes the window.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from tkinter import messagebox
from typing import Any, TypeVar

T = TypeVar("T")

TITLE = "arelle-cyd"
GUI_CODE = "arelle-cyd"


def on_ui_thread(cntlr: Any, callback: Callable[..., object], *args: object) -> None:
    """Run ``callback(*args)`` on the Tk thread (safe to call from any thread)."""
    cntlr.uiThreadQueue.put((callback, list(args)))


def in_background(
    cntlr: Any,
    name: str,
    work: Callable[[], T],
    done: Callable[[T], object],
    failed: Callable[[BaseException], object],
) -> threading.Thread:
    """Run ``work`` on a daemon thread; ``done(result)`` or ``failed(error)`` then runs on the Tk thread."""

    def report(err: BaseException) -> None:
        log_details(cntlr, err)
        failed(err)

    def run() -> None:
        try:
            result = work()
        except Exception as err:  # noqa: BLE001 - reported to the user by ``failed``
            on_ui_thread(cntlr, report, err)
            return
        on_ui_thread(cntlr, done, result)

    thread = threading.Thread(target=run, name=f"arelle-cyd {name}", daemon=True)
    thread.start()
    return thread


def log_details(cntlr: Any, err: BaseException) -> None:
    """The traceback at debug level (Tools › Messages log › Show debug messages shows it).

    Call it on the Tk thread: Arelle reads that menu setting, a Tk variable, to decide.
    """
    details = "".join(traceback.format_exception(err))
    cntlr.addToLog(details, messageCode=f"{GUI_CODE}:internalError", level=logging.DEBUG)


def show_failure(cntlr: Any, doing: str, err: BaseException) -> None:
    """A clear error dialog instead of Arelle's traceback box."""
    messagebox.showerror(
        TITLE,
        f"arelle-cyd could not {doing}:\n\n{type(err).__name__}: {err}\n\n"
        "Arelle itself is unaffected. If this keeps happening, please report it with the filing "
        "(Tools › Messages log › Show debug messages shows the details).",
        parent=cntlr.parent,
    )


def guarded(cntlr: Any, doing: str, action: Callable[[Any], object]) -> Callable[[], None]:
    """A menu command that turns any exception into ``show_failure`` rather than a traceback."""

    def command() -> None:
        try:
            action(cntlr)
        except Exception as err:  # noqa: BLE001 - the GUI must never show a traceback
            log_details(cntlr, err)
            show_failure(cntlr, doing, err)

    return command
