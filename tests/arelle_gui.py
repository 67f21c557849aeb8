"""Drive the real Arelle desktop application (``CntlrWinMain``) on a virtual X display.

The tests build Arelle's main window in-process on a ``Tk`` root, as ``arelleGUI``
does, and pump Tk's event loop themselves; Arelle's background threads hand their
results to the window through ``uiThreadQueue`` exactly as when a person uses it.
Menus are found by their labels and invoked, dialogs are filled through their
widgets' variables, and the messages pane is read from its list box.

Arelle's user configuration is a temporary folder (``XDG_CONFIG_HOME``), so the
developer's own ``config.json`` and ``plugins.json`` are never read or written.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WINDOW = (1280, 860)


class NoDisplay(Exception):
    """No X display could be started or reached; the message says why."""


def start_display() -> str:
    """The DISPLAY of our own Xvfb (Xvfb picks a free number), else of an existing display.

    Tk keeps its connection to the X server until the process ends, and Xlib ends
    the process if that server goes away, so the server must outlive every test:
    ``-terminate`` makes Xvfb exit by itself when its last client (this process)
    disconnects, and nothing here stops it.
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("DISPLAY"):
            return os.environ["DISPLAY"]
        raise NoDisplay(
            "no display server: Xvfb is not installed and DISPLAY is unset "
            "(.ci/run installs Xvfb; on Debian/Ubuntu: apt-get install xvfb xauth)"
        )
    screen = f"{WINDOW[0] + 40}x{WINDOW[1] + 40}x24"
    # Xvfb writes the display number it chose to -displayfd, and again after every server
    # reset; a pipe closed by then would kill it with SIGPIPE, so a temporary file is used.
    with tempfile.TemporaryFile() as number_file, tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [
                xvfb,
                "-displayfd",
                str(number_file.fileno()),
                "-terminate",
                "-screen",
                "0",
                screen,
                "-nolisten",
                "tcp",
            ],
            pass_fds=(number_file.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        number = ""
        deadline = time.monotonic() + 30
        while not number.endswith("\n") and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            number_file.seek(0)
            number = number_file.read().decode()
        if not number.endswith("\n"):
            process.kill()
            process.wait()
            log.seek(0)
            raise NoDisplay(f"Xvfb did not start: {log.read().decode(errors='replace').strip()[-500:]}")
    number = number.split()[0]
    return f":{number}"


@dataclass
class ArelleGui:
    """One Arelle main window and helpers to use it as a person would."""

    root: Any
    cntlr: Any
    display: str
    config_home: Path
    dialogs: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, message)
    statuses: list[str] = field(default_factory=list)  # status-bar texts, in order

    # ------------------------------------------------ start and stop

    @classmethod
    def start(cls, display: str, config_home: Path, *, plugins: bool = True) -> ArelleGui:
        """Build the window with our configuration folder; ``plugins`` enables arelle-cyd first.

        Enabling writes ``plugins.json`` as Help › Manage plug-ins does (``test_gui`` also
        drives that dialog itself), then the window is built as after Arelle's restart.
        """
        os.environ["DISPLAY"] = display
        os.environ["XDG_CONFIG_HOME"] = str(config_home)
        app_dir = config_home / "arelle"
        app_dir.mkdir(parents=True, exist_ok=True)
        config_file = app_dir / "config.json"
        if not config_file.exists():
            geometry = f"{WINDOW[0]}x{WINDOW[1]}+0+0"
            config = {"workOffline": True, "fileHistory": [], "windowGeometry": geometry}
            config_file.write_text(json.dumps(config), encoding="utf-8")
        if plugins:
            enable_plugin_in_config(config_home)
        return cls._build(display, config_home)

    @classmethod
    def _build(cls, display: str, config_home: Path) -> ArelleGui:
        from tkinter import Tk

        from arelle import CntlrWinMain

        root = Tk()
        cntlr = CntlrWinMain.CntlrWinMain(root)
        gui = cls(root, cntlr, display, config_home)
        show_status = cntlr.showStatus

        def recording_show_status(message: str, clearAfter: int | None = None) -> None:
            # Arelle's status bar clears itself on timers started by earlier messages, so a
            # test reads what was shown from this record rather than from the bar itself.
            gui.statuses.append(message)
            show_status(message, clearAfter)

        cntlr.showStatus = recording_show_status
        gui.pump(lambda: root.winfo_viewable() == 1, "the main window to appear")
        return gui

    def close(self) -> None:
        """Close models and the controller (saving config as Arelle's Quit does), destroy the window."""
        self.pump(self.cntlr.uiThreadQueue.empty, "pending UI work", timeout=30)
        from arelle import PluginManager

        self.cntlr.modelManager.close()
        self.cntlr.close(saveConfig=True)
        PluginManager.close()  # Arelle keeps plug-in state process-wide; later runs start clean
        for pending in self.root.tk.call("after", "info"):  # Arelle's 10-per-second UI poll, tooltips
            self.root.tk.call("after", "cancel", pending)
        self.root.destroy()
        gc.collect()  # free tkinter variables on this thread, not later on a worker thread

    # ------------------------------------------------ event loop

    def pump(self, until: Callable[[], object], what: str, timeout: float = 120) -> None:
        """Run Tk's main loop until ``until()`` is true; fail (not hang) after ``timeout`` seconds.

        The real ``mainloop`` runs, as in ``arelleGUI``: tkinter lets other threads call
        into Tk only while it does, and Arelle's background threads may.
        """
        deadline = time.monotonic() + timeout
        reached: list[bool] = []

        def check() -> None:
            if until():
                reached.append(True)
                self.root.quit()
            elif time.monotonic() > deadline:
                self.root.quit()
            else:
                self.root.after(20, check)

        self.root.after(0, check)
        self.root.mainloop()
        if not reached:
            raise AssertionError(f"gave up waiting for {what}; last messages:\n" + self.tail())

    def settle(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        self.pump(lambda: time.monotonic() > end, "the window to settle")

    # ------------------------------------------------ files and menus

    def open(self, path: Path) -> Any:
        """File › Open File... with ``path`` (Arelle loads it on its background thread)."""
        self.cntlr.fileOpenFile(str(path))
        self.pump(
            lambda: self.model is not None and self.model.modelDocument is not None and self.model.views,
            f"{path.name} to load",
        )
        self.pump(self.cntlr.uiThreadQueue.empty, "the views to be built")
        return self.model

    @property
    def model(self) -> Any:
        return self.cntlr.modelManager.modelXbrl

    def menu(self, *labels: str) -> Any:
        """The ``tkinter.Menu`` reached by cascade labels from the menu bar (``"Tools", "..."``)."""
        menu = self.cntlr.menubar
        for text in labels:
            menu = self.root.nametowidget(menu.entrycget(self._index(menu, text), "menu"))
        return menu

    def labels(self, *labels: str) -> list[str]:
        menu = self.menu(*labels)
        last = menu.index("end")
        return [
            str(menu.entrycget(i, "label"))
            for i in range(0 if last is None else last + 1)
            if menu.type(i) not in ("separator", "tearoff")
        ]

    def invoke(self, *labels: str) -> None:
        """Click a menu command, e.g. ``invoke("Tools", "Cybersecurity disclosures (cyd)", "Options...")``."""
        menu = self.menu(*labels[:-1])
        menu.invoke(self._index(menu, labels[-1]))

    @staticmethod
    def _index(menu: Any, text: str) -> int:
        last = menu.index("end")
        for i in range(0 if last is None else last + 1):
            if menu.type(i) not in ("separator", "tearoff") and menu.entrycget(i, "label") == text:
                return i
        raise AssertionError(f"no menu entry {text!r}")

    # ------------------------------------------------ dialogs

    @contextmanager
    def recording_message_boxes(self) -> Iterator[list[tuple[str, str, str]]]:
        """Replace tkinter's message boxes (modal) by a recorder; the list grows as they appear."""
        from tkinter import messagebox

        names = ("showinfo", "showwarning", "showerror", "askyesno", "askokcancel")
        saved = {name: getattr(messagebox, name) for name in names}

        def recorder(kind: str) -> Callable[..., bool]:
            def record(title: str | None = None, message: str | None = None, **_options: Any) -> bool:
                self.dialogs.append((kind, str(title), str(message)))
                return False

            return record

        for name in names:
            setattr(messagebox, name, recorder(name))
        try:
            yield self.dialogs
        finally:
            for name, function in saved.items():
                setattr(messagebox, name, function)

    def find(self, kind: type, within: Any = None) -> Any:
        """The newest open window of class ``kind`` (dialogs may be children of other dialogs)."""
        found = None
        for child in (within or self.root).winfo_children():
            if isinstance(child, kind):
                found = child
            found = self.find(kind, child) or found
        return found

    def with_modal(self, kind: type, act: Callable[[Any], None], open_it: Callable[[], object]) -> None:
        """Open a modal dialog with ``open_it``, then run ``act(dialog)``, which must close it.

        A modal dialog runs a nested event loop (``wait_window``), so ``act`` runs from
        that loop once the dialog exists, whether ``open_it`` blocks (a dialog opened
        directly) or returns at once (Arelle opens some dialogs from its UI queue). If
        ``act`` fails or leaves the dialog open, the dialog is closed, so a failing test
        never hangs, and the failure is raised here.
        """
        failures: list[BaseException] = []
        finished: list[bool] = []

        def poll() -> None:
            dialog = self.find(kind)
            if dialog is None:
                self.root.after(20, poll)
                return
            try:
                act(dialog)
                if dialog.winfo_exists():
                    raise AssertionError(f"the {kind.__name__} was left open")
            except BaseException as err:  # noqa: BLE001 - pytest failures are BaseExceptions too
                failures.append(err)
                if dialog.winfo_exists():
                    dialog.destroy()
            finally:
                finished.append(True)

        self.root.after(20, poll)
        open_it()
        self.pump(lambda: bool(finished), f"the {kind.__name__} dialog")
        if failures:
            raise failures[0]

    # ------------------------------------------------ messages pane and pictures

    def messages(self) -> list[str]:
        return [str(line) for line in self.cntlr.logView.lines()]

    def tail(self, count: int = 15) -> str:
        return "\n".join(line[:300] for line in self.messages()[-count:])

    def wait_for_message(self, predicate: Callable[[str], bool], what: str, start: int = 0) -> str:
        found: list[str] = []

        def seen() -> bool:
            found[:] = [line for line in self.messages()[start:] if predicate(line)]
            return bool(found)

        self.pump(seen, what)
        return found[0]

    def screenshot(self, path: Path, widget: Any = None) -> Path:
        """A PNG of ``widget``'s window (default: the main window) as the X server shows it."""
        from PIL import ImageGrab

        target = widget or self.root
        self.root.update()
        x, y = target.winfo_rootx(), target.winfo_rooty()
        box = (x, y, x + target.winfo_width(), y + target.winfo_height())
        path.parent.mkdir(parents=True, exist_ok=True)
        ImageGrab.grab(bbox=box, xdisplay=self.display).save(path)
        return path

    def screenshot_menu(self, path: Path, *labels: str) -> Path:
        """A PNG of a menu opened with its last cascade shown (``"Tools", "Cybersecurity ..."``)."""
        from PIL import ImageGrab

        top = self.menu(labels[0])
        top.post(self.root.winfo_rootx() + 40, self.root.winfo_rooty())
        self.root.update()
        shown = [top]
        for text in labels[1:]:
            index = self._index(shown[-1], text)
            shown[-1].activate(index)
            shown[-1].tk.call(shown[-1]._w, "postcascade", index)
            self.root.update()
            shown.append(self.menu(*labels[: len(shown) + 1]))
        self.settle()
        right = max(m.winfo_rootx() + m.winfo_width() for m in shown) + 12
        bottom = max(m.winfo_rooty() + m.winfo_height() for m in shown) + 12
        path.parent.mkdir(parents=True, exist_ok=True)
        ImageGrab.grab(bbox=(0, 0, right, bottom), xdisplay=self.display).save(path)
        top.unpost()
        self.root.update()
        return path


def enable_plugin_in_config(config_home: Path) -> None:
    """Write ``plugins.json`` with arelle-cyd enabled through its ``arelle.plugin`` entry point.

    Arelle's own plug-in manager does the writing (the dialog calls the same functions).
    """
    from arelle import Cntlr, PluginManager

    os.environ["XDG_CONFIG_HOME"] = str(config_home)
    cntlr = Cntlr.Cntlr(hasGui=True)
    try:
        if PluginManager.addPluginModule("cyd") is None:
            raise AssertionError("Arelle did not find the arelle-cyd entry point")
    finally:
        cntlr.close()
        PluginManager.close()
