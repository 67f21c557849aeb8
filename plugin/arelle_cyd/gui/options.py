"""The options dialog: one row per entry of ``parameters.SPECS``, kept in Arelle's configuration.

The GUI has no command-line options, so its parameters live in
``cntlr.config["arelle-cyd"]`` (saved to Arelle's ``config.json``) under the same
option names as ``--cyd-...`` / ``pluginOptions``; ``arelle_glue.parameters_for``
reads them at every validation. Values are checked with the same parsers as the
command line before they are saved, and saved in their normalised spelling.
"""

from __future__ import annotations

import tkinter
from collections.abc import Mapping
from tkinter import BooleanVar, StringVar, Toplevel, messagebox, ttk
from typing import Any

from arelle_cyd.arelle_glue import CONFIG_KEY
from arelle_cyd.gui.tasks import TITLE
from arelle_cyd.parameters import SPECS, SPECS_BY_OPTION, ParameterError, Parameters, ParameterSpec

# Labels people recognise; a parameter added to SPECS later still gets a row (see ``label``).
LABELS = {
    "submission_type": "Submission type",
    "items": "8-K items",
    "filing_date": "Filing date",
    "abs_issuer": "Asset-backed issuer",
    "incident_axis": "Incident axis",
    "profile": "Rule profile",
    "enable": "Opt-in rules to run",
    "disable": "Rules to skip",
    "severity": "Severity overrides",
    "skip_generic_efm": "Skip generic EFM restatements",
    "reconstruction": "Offline reconstruction",
}

INTRO = (
    "These settings apply to the cyd checks run in this application (Tools › Validation › Validate "
    "and the Cybersecurity disclosures menu). Leave a field empty to let arelle-cyd read the filing's "
    "dei facts. They take effect at the next validation; the offline reconstruction setting applies "
    "to filings opened afterwards. Command-line runs use the --cyd-... options instead."
)


def label(spec: ParameterSpec) -> str:
    return LABELS.get(spec.name) or spec.name.replace("_", " ").capitalize()


def choices(spec: ParameterSpec) -> tuple[str, ...]:
    """The allowed values of an enumerated parameter, as its metavar lists them (``full|edgar``)."""
    return tuple(spec.metavar.split("|")) if "|" in spec.metavar else ()


def default_text(spec: ParameterSpec) -> str:
    """What an enumerated field shows when nothing is stored: the parameter's default."""
    return str(getattr(Parameters(), spec.name))


def stored_values(config: Mapping[str, Any]) -> dict[str, str]:
    """The saved option values as field texts (switches as ``true``/``false``)."""
    stored = config.get(CONFIG_KEY)
    if not isinstance(stored, Mapping):
        return {}
    values: dict[str, str] = {}
    for option, value in stored.items():
        if option not in SPECS_BY_OPTION or value is None:
            continue
        if isinstance(value, bool):
            values[option] = "true" if value else "false"
        elif isinstance(value, list | tuple):  # e.g. "cydItems": ["1.05", "8.01"] written by hand
            values[option] = ",".join(str(v) for v in value)
        else:
            values[option] = str(value)
    return values


def check(values: Mapping[str, str]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Parse field texts as the command line would.

    Returns the options to store (normalised, defaults left out) and, instead, a list
    of ``(option, message)`` problems naming each field by its label.
    """
    given = {option: text.strip() for option, text in values.items() if text.strip()}
    problems: list[tuple[str, str]] = []
    for spec in SPECS:
        if spec.option in given:
            try:
                spec.parse(given[spec.option])
            except ParameterError as err:
                problems.append((spec.option, f"{label(spec)}: {err}"))
    if problems:
        return {}, problems
    try:
        return Parameters.from_values(given).as_options(), []
    except ParameterError as err:
        return {}, [("", str(err))]


def save(cntlr: Any, options: Mapping[str, str]) -> None:
    """Replace the stored parameters (other keys under ``arelle-cyd`` are kept) and write config.json."""
    previous = cntlr.config.get(CONFIG_KEY)
    kept = (
        {k: v for k, v in previous.items() if k not in SPECS_BY_OPTION} if isinstance(previous, dict) else {}
    )
    cntlr.config[CONFIG_KEY] = {**kept, **options}
    cntlr.saveConfig()


class OptionsDialog(Toplevel):
    """Modal dialog; ``ok`` keeps it open with an error dialog while any field is invalid."""

    def __init__(self, cntlr: Any) -> None:
        super().__init__(cntlr.parent)
        self.cntlr = cntlr
        self.saved = False
        self.title("arelle-cyd options (cybersecurity disclosures)")
        self.transient(cntlr.parent)
        self.variables: dict[str, StringVar | BooleanVar] = {}
        self.widgets: dict[str, tkinter.Widget] = {}

        frame = ttk.Frame(self, padding=12)
        frame.grid(row=0, column=0, sticky="nsew")
        frame.columnconfigure(1, weight=1)
        ttk.Label(frame, text=INTRO, wraplength=560, justify="left").grid(
            row=0, column=0, columnspan=2, sticky="w", pady=(0, 10)
        )
        stored = stored_values(cntlr.config)
        for index, spec in enumerate(SPECS):
            self._add_row(frame, 1 + 2 * index, spec, stored.get(spec.option, ""))

        buttons = ttk.Frame(frame)
        buttons.grid(row=2 + 2 * len(SPECS), column=0, columnspan=2, sticky="e", pady=(12, 0))
        ttk.Button(buttons, text="Defaults", command=self.reset).grid(row=0, column=0, padx=4)
        ttk.Button(buttons, text="Cancel", command=self.cancel).grid(row=0, column=1, padx=4)
        ttk.Button(buttons, text="OK", command=self.ok, default="active").grid(row=0, column=2, padx=4)

        self.bind("<Return>", lambda _event: self.ok())
        self.bind("<Escape>", lambda _event: self.cancel())
        self.protocol("WM_DELETE_WINDOW", self.cancel)
        parent = cntlr.parent
        self.geometry(f"+{parent.winfo_rootx() + 60}+{parent.winfo_rooty() + 40}")

    def _add_row(self, frame: ttk.Frame, row: int, spec: ParameterSpec, text: str) -> None:
        ttk.Label(frame, text=label(spec)).grid(row=row, column=0, sticky="w", padx=(0, 10))
        widget: tkinter.Widget
        if spec.is_switch:
            switch = BooleanVar(self, value=_is_true(spec, text))
            widget = ttk.Checkbutton(frame, variable=switch)
            self.variables[spec.option] = switch
        else:
            variable = StringVar(self, value=text or (default_text(spec) if choices(spec) else ""))
            allowed = choices(spec)
            widget = (
                ttk.Combobox(frame, textvariable=variable, values=allowed, state="readonly", width=12)
                if allowed
                else ttk.Entry(frame, textvariable=variable, width=40)
            )
            self.variables[spec.option] = variable
        widget.grid(row=row, column=1, sticky="w", pady=(4, 0))
        self.widgets[spec.option] = widget
        ttk.Label(frame, text=spec.help, foreground="#555555", wraplength=420, justify="left").grid(
            row=row + 1, column=1, sticky="w"
        )

    def values(self) -> dict[str, str]:
        """The field texts, switches as ``true``/``false``."""
        values: dict[str, str] = {}
        for option, variable in self.variables.items():
            value = variable.get()
            values[option] = ("true" if value else "false") if isinstance(value, bool) else str(value)
        return values

    def set_value(self, option: str, text: str) -> None:
        variable = self.variables[option]
        if isinstance(variable, BooleanVar):
            variable.set(_is_true(SPECS_BY_OPTION[option], text))
        else:
            variable.set(text)

    def reset(self) -> None:
        for spec in SPECS:
            self.set_value(spec.option, default_text(spec) if choices(spec) else "")

    def ok(self) -> None:
        options, problems = check(self.values())
        if problems:
            messagebox.showerror(
                TITLE,
                "Please correct these arelle-cyd options:\n\n" + "\n".join(f"• {m}" for _, m in problems),
                parent=self,
            )
            first = self.widgets.get(problems[0][0])
            if first is not None:
                first.focus_set()
            return
        save(self.cntlr, options)
        self.saved = True
        self.cntlr.showStatus("arelle-cyd options saved; they apply to the next validation", 5000)
        self.destroy()

    def cancel(self) -> None:
        self.destroy()

    def destroy(self) -> None:
        """Drop the Tk variables here, on the Tk thread.

        Left to the garbage collector, they could be freed on Arelle's loading or
        validation thread, where each one waits about a second for the Tk thread.
        """
        super().destroy()
        self.variables.clear()
        self.widgets.clear()


def _is_true(spec: ParameterSpec, text: str) -> bool:
    try:
        return bool(spec.parse(text)) if text else False
    except ParameterError:
        return False


def open_options(cntlr: Any) -> bool:
    """Show the dialog modally; True when the user saved new options."""
    dialog = OptionsDialog(cntlr)
    dialog.grab_set()
    dialog.wait_window(dialog)
    return dialog.saved
