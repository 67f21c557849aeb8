"""Tools › Cybersecurity disclosures (cyd): validate, export and options in Arelle's desktop application.

The commands work on the filing shown in the current view (else the one loaded
last). Checking and exporting run on a background thread, as Arelle's own
validation does; findings reach the messages pane through Arelle's logger
(``arelle_glue.log_finding`` logs each with ``modelObject=`` its facts).
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from tkinter import Menu, messagebox
from typing import Any
from weakref import WeakSet

from arelle_cyd import arelle_glue
from arelle_cyd.findings import Finding, severity_counts
from arelle_cyd.gui.messages import link_messages_to_facts
from arelle_cyd.gui.options import open_options
from arelle_cyd.gui.tasks import GUI_CODE, TITLE, guarded, in_background, show_failure
from arelle_cyd.parameters import ParameterError
from arelle_cyd.severity import Severity

MENU_LABEL = "Cybersecurity disclosures (cyd)"
VALIDATE_LABEL = "Validate with the cyd rules"
FULL_VALIDATE_LABEL = "Validate with Arelle and the cyd rules"
EXPORT_LABEL = "Export disclosure as JSON..."
OPTIONS_LABEL = "Options..."

EXPORT_MODULE = "arelle_cyd.export"
EXPORT_FUNCTION = "write_disclosure_json"

_busy: WeakSet[Any] = WeakSet()  # models being checked, so a second click does not start a second run


def add_tools_menu(cntlr: Any, tools_menu: Menu) -> None:
    """Hook ``CntlrWinMain.Menu.Tools``: add our cascade.

    ``arelle_glue.add_tools_menu`` calls this and logs any failure (of this module's import
    too), so that Arelle starts without our menu rather than not at all.
    """
    cascade = Menu(tools_menu, tearoff=0)
    cascade.add_command(
        label=VALIDATE_LABEL, underline=0, command=guarded(cntlr, "check the filing", validate_current)
    )
    cascade.add_command(
        label=FULL_VALIDATE_LABEL, underline=14, command=guarded(cntlr, "validate", validate_fully)
    )
    cascade.add_separator()
    cascade.add_command(
        label=EXPORT_LABEL, underline=0, command=guarded(cntlr, "export the disclosure", export_current)
    )
    cascade.add_separator()
    cascade.add_command(
        label=OPTIONS_LABEL, underline=0, command=guarded(cntlr, "show its options", open_options)
    )
    tools_menu.add_cascade(label=MENU_LABEL, menu=cascade, underline=0)
    cntlr.parent.after_idle(lambda: link_messages_to_facts(cntlr))


# ------------------------------------------------------------ the open filing


def current_model(cntlr: Any) -> Any:
    """The model of the current view, else the filing loaded last; None when nothing is open."""
    _view, model = cntlr.getViewAndModelXbrl()
    model = model or cntlr.modelManager.modelXbrl
    if model is None or getattr(model, "modelDocument", None) is None or getattr(model, "isClosed", False):
        return None
    return model


def _filing_or_warn(cntlr: Any) -> Any:
    from arelle_cyd.arelle_view import document_kind
    from arelle_cyd.filing import DocumentKind

    model = current_model(cntlr)
    if model is None:
        messagebox.showwarning(
            TITLE,
            "No filing is open. Open one with File › Open File..., then try again.",
            parent=cntlr.parent,
        )
        return None
    if document_kind(model) is DocumentKind.OTHER:
        messagebox.showwarning(
            TITLE,
            f"{model.modelDocument.basename} is neither an inline XBRL document nor an XBRL instance; "
            "the cyd checks and the export apply to filings (Forms 10-K, 20-F, 8-K, 6-K).",
            parent=cntlr.parent,
        )
        return None
    return model


def _name(model: Any) -> str:
    return str(getattr(model.modelDocument, "basename", None) or model.displayUri)


# ------------------------------------------------------------ validate


def validate_current(cntlr: Any) -> None:
    """Re-run the cyd rules (with the saved options) on the open filing, in the background."""
    model = _filing_or_warn(cntlr)
    if model is None:
        return
    params = arelle_glue.parameters_for(cntlr)
    if isinstance(params, ParameterError):
        messagebox.showerror(
            TITLE,
            f"The saved arelle-cyd options are invalid: {params}\n\n"
            f"Correct them under Tools › {MENU_LABEL} › {OPTIONS_LABEL.rstrip('.')}.",
            parent=cntlr.parent,
        )
        return
    if model in _busy:
        cntlr.showStatus(f"arelle-cyd is still checking {_name(model)}", 5000)
        return
    _busy.add(model)
    cntlr.showStatus(f"arelle-cyd: checking {_name(model)}...")
    started = time.perf_counter()

    def done(findings: list[Finding]) -> None:
        _busy.discard(model)
        summary = summarise(findings)
        cntlr.addToLog(
            f"checked {_name(model)} with the cyd rules in {time.perf_counter() - started:.2f} s: {summary}",
            messageCode=GUI_CODE,
            level=logging.INFO,
        )
        cntlr.logSelect()
        cntlr.showStatus(f"arelle-cyd: {summary}", 10000)

    def failed(err: BaseException) -> None:
        _busy.discard(model)
        show_failure(cntlr, "check the filing", err)

    in_background(cntlr, "validate", lambda: arelle_glue.validate_model(model), done, failed)


def summarise(findings: Sequence[Finding]) -> str:
    if not findings:
        return "no cyd findings"
    counts = severity_counts(findings)
    parts = [
        f"{counts[Severity.ERROR]} error{'s' if counts[Severity.ERROR] != 1 else ''}",
        f"{counts[Severity.WARNING]} warning{'s' if counts[Severity.WARNING] != 1 else ''}",
        f"{counts[Severity.INFO]} info",
    ]
    return ", ".join(parts) + " (select a [CYD...] message to show its fact)"


def validate_fully(cntlr: Any) -> None:
    """Arelle's own validation (Tools › Validation › Validate), which runs the cyd rules too."""
    cntlr.validate()


# ------------------------------------------------------------ export


def exporter() -> Callable[[Any, str], object] | None:
    """``arelle_cyd.export.write_disclosure_json``, or None when this installation lacks it."""
    try:
        module = importlib.import_module(EXPORT_MODULE)
    except ModuleNotFoundError as err:
        if err.name == EXPORT_MODULE:
            return None
        raise  # the module exists but a dependency of it is missing: a real error
    function: Callable[[Any, str], object] | None = getattr(module, EXPORT_FUNCTION, None)
    return function


def export_current(cntlr: Any) -> None:
    """Ask where to save, then write the disclosure JSON in the background."""
    write = exporter()
    if write is None:
        messagebox.showinfo(
            TITLE,
            "Exporting the disclosure as JSON is not available in this installation of arelle-cyd "
            f"(it has no {EXPORT_MODULE}.{EXPORT_FUNCTION}). Install an arelle-cyd release that "
            "includes the exporter.",
            parent=cntlr.parent,
        )
        return
    model = _filing_or_warn(cntlr)
    if model is None:
        return
    filing = Path(str(getattr(model.modelDocument, "filepath", "") or ""))
    path = cntlr.uiFileDialog(
        "save",
        title="Export cybersecurity disclosure as JSON",
        initialdir=str(filing.parent) if filing.is_file() else None,
        filetypes=[("JSON files", "*.json")],
        defaultextension=".json",
    )
    if not path:
        return
    cntlr.showStatus(f"arelle-cyd: exporting {_name(model)}...")

    def done(_result: object) -> None:
        cntlr.addToLog(
            f"exported the cybersecurity disclosure of {_name(model)} to {path}",
            messageCode=GUI_CODE,
            level=logging.INFO,
        )
        cntlr.showStatus(f"arelle-cyd: exported to {path}", 10000)

    in_background(
        cntlr,
        "export",
        lambda: write(model, str(path)),
        done,
        lambda err: show_failure(cntlr, f"export the disclosure to {path}", err),
    )
