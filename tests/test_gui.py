"""The Arelle desktop application with arelle-cyd, driven on a virtual display (Xvfb).

Each test builds Arelle's real main window (``CntlrWinMain``), enables the plugin as
Help › Manage plug-ins does, opens a fixture filing and uses the Tools › Cybersecurity
disclosures (cyd) menu. Screenshots go to a temporary folder; with
``ARELLE_CYD_SCREENSHOTS=docs/img`` (``make screenshots``) they replace the ones in the docs.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arelle_cyd import arelle_glue
from arelle_cyd.api import validate
from arelle_cyd.gui import menu as cyd_menu
from arelle_cyd.gui.messages import finding_for_line
from arelle_cyd.gui.options import OptionsDialog, check, label, stored_values
from arelle_cyd.parameters import SPECS, SPECS_BY_NAME
from arelle_gui import ArelleGui, NoDisplay, start_display
from support import REAL_FILINGS

CYD = cyd_menu.MENU_LABEL
ABBV = REAL_FILINGS["ABBV"]
BCOW = REAL_FILINGS["BCOW"]


# ------------------------------------------------------------ fixtures


@pytest.fixture(scope="session")
def display() -> str:
    """A virtual X display for the whole session (it ends with the test process)."""
    try:
        import tkinter
    except ImportError as err:
        pytest.skip(f"tkinter is not available ({err}); on Debian/Ubuntu: apt-get install python3-tk")
    try:
        name = start_display()
    except NoDisplay as err:
        pytest.skip(str(err))
    try:
        tkinter.Tk(screenName=name).destroy()
    except tkinter.TclError as err:
        pytest.skip(f"cannot open the X display {name}: {err}")
    return name


@pytest.fixture(scope="module")
def abbv_findings() -> list[str]:
    """The codes the Python API reports for the ABBV filing (run before any window exists:
    Arelle's plug-in manager is process-wide, so its API and its GUI cannot run at once)."""
    return [finding.code for finding in validate(ABBV).findings]


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    chosen = os.environ.get("ARELLE_CYD_SCREENSHOTS")
    return Path(chosen).resolve() if chosen else tmp_path / "screenshots"


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def _start(display: str, config_home: Path, monkeypatch: pytest.MonkeyPatch, plugins: bool) -> ArelleGui:
    monkeypatch.setenv("DISPLAY", display)
    return ArelleGui.start(display, config_home, plugins=plugins)


@pytest.fixture
def gui(display: str, config_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ArelleGui]:
    """Arelle's window with arelle-cyd enabled; message boxes are recorded instead of shown."""
    app = _start(display, config_home, monkeypatch, plugins=True)
    try:
        with app.recording_message_boxes():
            yield app
    finally:
        app.close()


def _config_file(gui: ArelleGui) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (gui.config_home / "arelle" / "config.json").read_text(encoding="utf-8")
    )
    return data


def _validate_with_cyd(gui: ArelleGui) -> tuple[list[str], str]:
    """Tools › cyd › Validate; returns the new messages-pane lines and the summary line."""
    start = len(gui.messages())
    gui.invoke("Tools", CYD, cyd_menu.VALIDATE_LABEL)
    summary = gui.wait_for_message(
        lambda line: line.startswith("[arelle-cyd] checked"), "the cyd summary", start
    )
    return gui.messages()[start:], summary


# ------------------------------------------------------------ enabling the plugin


@pytest.mark.gui
def test_manage_plugins_lists_the_installed_plugin_and_enabling_it_adds_the_menu(
    display: str, config_home: Path, screenshots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from arelle.DialogOpenArchive import DialogOpenArchive
    from arelle.DialogPluginManager import DialogPluginManager

    app = _start(display, config_home, monkeypatch, plugins=False)
    listed: dict[str, tuple[str, ...]] = {}
    try:
        assert CYD not in app.labels("Tools")
        with app.recording_message_boxes() as boxes:

            def choose_arelle_cyd(chooser: Any) -> None:
                tree = chooser.treeView
                for node in tree.get_children(""):
                    listed[str(tree.item(node, "text"))] = tuple(tree.item(node, "values"))
                (ours,) = [n for n in tree.get_children("") if tree.item(n, "text") == "arelle-cyd"]
                tree.selection_set(ours)
                chooser.ok()

            def enable(manager: Any) -> None:
                # "Select" lists the plug-ins installed through the arelle.plugin entry point
                app.with_modal(DialogOpenArchive, choose_arelle_cyd, manager.selectLocally)
                assert manager.pluginConfig["modules"]["arelle-cyd"]["status"] == "enabled"
                manager.ok()

            app.with_modal(DialogPluginManager, enable, lambda: app.invoke("Help", "Manage plug-ins"))
        version, description = listed["arelle-cyd"][:2]
        assert version == "0.1.0" and "Cybersecurity Disclosure" in description
        # Arelle asks to restart because the plug-in adds menus (the test answers no)
        assert [kind for kind, _, text in boxes if "restart" in text.lower()] == ["askyesno"]
    finally:
        app.close()
    restarted = ArelleGui.start(display, config_home, plugins=False)  # plugins.json now enables it
    try:
        assert CYD in restarted.labels("Tools")
        _assert_picture(restarted.screenshot_menu(screenshots / "gui-menu.png", "Tools", CYD), 300, 150)
        assert restarted.labels("Tools", CYD) == [
            cyd_menu.VALIDATE_LABEL,
            cyd_menu.FULL_VALIDATE_LABEL,
            cyd_menu.EXPORT_LABEL,
            cyd_menu.OPTIONS_LABEL,
        ]
    finally:
        restarted.close()


# ------------------------------------------------------------ validate


@pytest.mark.gui
def test_validate_menu_shows_the_findings_with_their_facts_in_the_messages_pane(
    abbv_findings: list[str], gui: ArelleGui, screenshots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    validate_model = arelle_glue.validate_model

    def recording_validate_model(model: Any) -> Any:
        threads.append(threading.current_thread())
        return validate_model(model)

    monkeypatch.setattr(arelle_glue, "validate_model", recording_validate_model)
    gui.open(ABBV)
    gui.invoke("Tools", "Messages log", "Clear")
    lines, summary = _validate_with_cyd(gui)

    # the rules ran off the UI thread, as Arelle's own validation does
    assert threads and all(t is not threading.main_thread() for t in threads)
    # the same findings as the command line / API, each an ordinary line of the messages pane
    cyd_lines = [line for line in lines if line.startswith("[CYD.")]
    assert [line.split("]")[0][1:] for line in cyd_lines] == abbv_findings
    req2 = [line for line in cyd_lines if line.startswith("[CYD.REQ.2] Item 106(")]
    assert len(req2) == 3
    # each names the fact's document and line, as Arelle's own messages do
    assert all(re.search(r" - abbv-10-k-2025-02-14\.html \d+$", line) for line in req2)
    assert "0 errors, 3 warnings, 1 info" in summary
    assert gui.dialogs == []

    # selecting a finding selects its fact in Arelle's views (fact list, properties)
    listbox = gui.cntlr.logView.listBox
    row = gui.messages().index(req2[0])
    listbox.selection_set(row)
    listbox.event_generate("<<ListboxSelect>>")
    gui.settle()
    _, finding = finding_for_line([gui.model], req2[0]) or (None, None)
    assert finding is not None
    fact = finding.facts[0]
    fact_list = next(v for v in gui.model.views if type(v).__name__ == "ViewFactList")
    selected = fact_list.treeView.selection()
    assert len(selected) == 1 and fact_list.treeView.item(selected[0], "text") == fact.qname
    assert f"CYD.REQ.2: {fact.qname} at line {fact.line} of abbv-10-k-2025-02-14.html" in gui.statuses

    properties = next(v for v in gui.model.views if type(v).__name__ == "ViewProperties")
    properties.select()  # the fact's properties, for the picture in docs/gui.md
    listbox.see(len(gui.messages()) - 1)
    picture = gui.screenshot(screenshots / "gui-findings.png")
    _assert_picture(picture, gui.root.winfo_width(), gui.root.winfo_height())


@pytest.mark.gui
def test_the_interface_stays_responsive_while_the_rules_run(
    gui: ArelleGui, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    started = threading.Event()
    validate_model = arelle_glue.validate_model

    def slow_validate_model(model: Any) -> Any:
        started.set()
        release.wait(60)
        return validate_model(model)

    monkeypatch.setattr(arelle_glue, "validate_model", slow_validate_model)
    gui.open(BCOW)
    start = len(gui.messages())
    gui.invoke("Tools", CYD, cyd_menu.VALIDATE_LABEL)  # returns while the rules are still running
    assert started.wait(30) and not release.is_set()
    ticks: list[int] = []
    gui.root.after(10, lambda: ticks.append(1))
    gui.pump(lambda: ticks, "the event loop to run while the rules run")
    gui.invoke("Tools", CYD, cyd_menu.VALIDATE_LABEL)  # a second click does not start a second run
    assert gui.statuses[-1] == "arelle-cyd is still checking form8k_122024.htm"
    release.set()
    gui.wait_for_message(lambda line: line.startswith("[arelle-cyd] checked"), "the summary", start)
    gui.settle()
    assert sum(1 for line in gui.messages()[start:] if line.startswith("[arelle-cyd] checked")) == 1


@pytest.mark.gui
def test_full_validation_item_runs_arelle_and_the_cyd_rules(gui: ArelleGui) -> None:
    gui.open(ABBV)
    start = len(gui.messages())
    gui.invoke("Tools", CYD, cyd_menu.FULL_VALIDATE_LABEL)
    gui.wait_for_message(lambda line: line.startswith("validated in"), "Arelle's validation", start)
    req2 = [i for i, line in enumerate(gui.messages()) if i >= start and line.startswith("[CYD.REQ.2]")]
    assert len(req2) == 3
    # findings of Arelle's own validation lead to their facts too
    gui.cntlr.logView.listBox.selection_set(req2[0])
    gui.cntlr.logView.listBox.event_generate("<<ListboxSelect>>")
    gui.settle()
    assert any(status.startswith("CYD.REQ.2: dei:DocumentType at line ") for status in gui.statuses)


@pytest.mark.gui
def test_commands_explain_what_to_do_when_no_filing_is_open(gui: ArelleGui) -> None:
    gui.invoke("Tools", CYD, cyd_menu.VALIDATE_LABEL)
    assert [(kind, text) for kind, _, text in gui.dialogs] == [
        ("showwarning", "No filing is open. Open one with File › Open File..., then try again.")
    ]


# ------------------------------------------------------------ options


@pytest.mark.gui
def test_options_are_saved_to_arelle_config_and_used_by_the_next_validation(
    gui: ArelleGui, screenshots: Path
) -> None:
    def fill_in(dialog: OptionsDialog) -> None:
        assert list(dialog.variables) == [spec.option for spec in SPECS]  # one field per parameter
        dialog.set_value("cydItems", "1.05, 8.01")
        dialog.set_value("cydFilingDate", "2024-12-27")
        dialog.set_value("cydDisable", "ctx")
        gui.root.update()
        _assert_picture(gui.screenshot(screenshots / "gui-options.png", dialog), 200, 200)
        dialog.ok()

    gui.with_modal(OptionsDialog, fill_in, lambda: gui.invoke("Tools", CYD, cyd_menu.OPTIONS_LABEL))
    saved = {"cydItems": "1.05,8.01", "cydFilingDate": "2024-12-27", "cydDisable": "CYD.CTX"}
    assert _config_file(gui)["arelle-cyd"] == saved  # written at once, normalised

    def shows_saved_values(dialog: OptionsDialog) -> None:
        values = dialog.values()
        assert {k: values[k] for k in saved} == saved
        assert values["cydProfile"] == "full" and values["cydAbsIssuer"] == "false"
        dialog.cancel()

    gui.with_modal(
        OptionsDialog, shows_saved_values, lambda: gui.invoke("Tools", CYD, cyd_menu.OPTIONS_LABEL)
    )

    gui.open(BCOW)
    lines, _ = _validate_with_cyd(gui)
    req4 = [line for line in lines if line.startswith("[CYD.REQ.4]")]  # runs only when items are known
    assert len(req4) == 1 and "2024-12-27" in req4[0]
    assert gui.dialogs == []


@pytest.mark.gui
def test_options_dialog_rejects_bad_values_with_a_clear_message(gui: ArelleGui) -> None:
    def enter_bad_values(dialog: OptionsDialog) -> None:
        dialog.set_value("cydItems", "one-oh-five")
        dialog.set_value("cydFilingDate", "27/12/2024")
        dialog.ok()
        assert dialog.winfo_exists()  # still open for correction
        dialog.cancel()

    gui.with_modal(OptionsDialog, enter_bad_values, lambda: gui.invoke("Tools", CYD, cyd_menu.OPTIONS_LABEL))
    ((kind, _, text),) = gui.dialogs
    assert kind == "showerror"
    assert "8-K items: 8-K items must look like 1.05 or 8.01, not one-oh-five" in text
    assert "Filing date: a date must be ISO 8601 (YYYY-MM-DD), not '27/12/2024'" in text
    assert "arelle-cyd" not in gui.cntlr.config


@pytest.mark.gui
def test_invalid_saved_options_are_reported_instead_of_running(gui: ArelleGui) -> None:
    gui.cntlr.config["arelle-cyd"] = {"cydItems": "bogus"}  # e.g. config.json edited by hand
    gui.open(BCOW)
    start = len(gui.messages())
    gui.invoke("Tools", CYD, cyd_menu.VALIDATE_LABEL)
    gui.settle()
    ((kind, _, text),) = gui.dialogs
    assert kind == "showerror" and "options are invalid" in text and "Options" in text
    assert not any(line.startswith("[CYD.") for line in gui.messages()[start:])


# ------------------------------------------------------------ export


@pytest.mark.gui
def test_export_says_when_this_installation_has_no_exporter(
    gui: ArelleGui, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, cyd_menu.EXPORT_MODULE, None)  # as if the module were absent
    gui.open(BCOW)
    gui.invoke("Tools", CYD, cyd_menu.EXPORT_LABEL)
    ((kind, _, text),) = gui.dialogs
    assert kind == "showinfo" and "not available in this installation" in text


@pytest.mark.gui
def test_export_asks_where_to_save_writes_in_the_background_and_reports_failures(
    gui: ArelleGui, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The menu's side of the export, with a stand-in for ``write_disclosure_json``."""
    threads: list[threading.Thread] = []

    def write_disclosure_json(model_xbrl: Any, path: str) -> None:
        threads.append(threading.current_thread())
        if path.endswith("full-disk.json"):
            raise OSError("No space left on device")
        Path(path).write_text(json.dumps({"document": model_xbrl.modelDocument.basename}), encoding="utf-8")

    stand_in = types.ModuleType(cyd_menu.EXPORT_MODULE)
    stand_in.write_disclosure_json = write_disclosure_json  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, cyd_menu.EXPORT_MODULE, stand_in)
    answers = iter([str(tmp_path / "bcow.json"), "", str(tmp_path / "full-disk.json")])
    gui.cntlr.uiFileDialog = lambda action, **options: next(answers)
    gui.open(BCOW)

    start = len(gui.messages())
    gui.invoke("Tools", CYD, cyd_menu.EXPORT_LABEL)
    line = gui.wait_for_message(lambda text: text.startswith("[arelle-cyd] exported"), "the export", start)
    assert line.endswith(f"of form8k_122024.htm to {tmp_path / 'bcow.json'}")
    assert json.loads((tmp_path / "bcow.json").read_text(encoding="utf-8")) == {
        "document": "form8k_122024.htm"
    }
    assert threads and threads[0] is not threading.main_thread()

    gui.invoke("Tools", CYD, cyd_menu.EXPORT_LABEL)  # the user cancels the save dialog
    gui.settle()
    assert len(threads) == 1 and gui.dialogs == []

    gui.invoke("Tools", CYD, cyd_menu.EXPORT_LABEL)
    gui.pump(lambda: gui.dialogs, "the error dialog")
    ((kind, _, text),) = gui.dialogs
    assert kind == "showerror"
    assert "could not export the disclosure to" in text and "OSError: No space left on device" in text
    assert "Traceback" not in text


@pytest.mark.gui
def test_export_writes_the_disclosure_json(gui: ArelleGui, tmp_path: Path) -> None:
    target = tmp_path / "abbv-cyd.json"
    asked: list[dict[str, Any]] = []

    def save_dialog(action: str, **options: Any) -> str:
        asked.append({"action": action, **options})
        return str(target)

    gui.cntlr.uiFileDialog = save_dialog
    gui.open(ABBV)
    start = len(gui.messages())
    gui.invoke("Tools", CYD, cyd_menu.EXPORT_LABEL)
    gui.wait_for_message(lambda line: line.startswith("[arelle-cyd] exported"), "the export", start)
    assert asked[0]["action"] == "save" and asked[0]["defaultextension"] == ".json"
    document = json.loads(target.read_text(encoding="utf-8"))
    import jsonschema

    import arelle_cyd_models

    jsonschema.Draft202012Validator(arelle_cyd_models.schema_for(document)).validate(document)
    assert document["entity"]["cik"] == "0001551152"
    assert (
        "CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock"
        in json.dumps(document)
    )
    assert gui.dialogs == []


# ------------------------------------------------------------ without a display


def test_option_values_are_checked_with_the_command_line_parsers() -> None:
    options, problems = check({"cydItems": " 1.05 ", "cydAbsIssuer": "true", "cydProfile": "full"})
    assert (options, problems) == ({"cydItems": "1.05", "cydAbsIssuer": "true"}, [])
    options, problems = check({"cydFilingDate": "tomorrow", "cydSeverity": "CYD.FLAG.3"})
    assert options == {}
    assert [option for option, _ in problems] == ["cydFilingDate", "cydSeverity"]
    assert problems[0][1].startswith(label(SPECS_BY_NAME["filing_date"]) + ": a date must be ISO 8601")


def test_stored_values_ignore_other_keys_and_show_switches_as_text() -> None:
    config = {"arelle-cyd": {"cydAbsIssuer": True, "cydItems": "1.05", "lastExportDir": "/tmp"}}
    assert stored_values(config) == {"cydAbsIssuer": "true", "cydItems": "1.05"}
    assert stored_values({"arelle-cyd": "not a mapping"}) == {}


def test_the_menu_hook_never_raises_into_arelle(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    monkeypatch.setitem(sys.modules, "arelle_cyd.gui", None)  # e.g. a broken tkinter
    records: list[logging.LogRecord] = []

    class Recorder(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Recorder()
    logger = logging.getLogger("arelle")
    logger.addHandler(handler)
    try:
        arelle_glue.add_tools_menu(object(), object())
    finally:
        logger.removeHandler(handler)
    assert [r.getMessage() for r in records] == ["arelle-cyd could not add its Tools menu"]


def test_the_gui_guide_lists_every_option() -> None:
    guide = (Path(__file__).parent.parent / "docs" / "gui.md").read_text(encoding="utf-8")
    missing = [spec.flag for spec in SPECS if f"| {label(spec)} | `{spec.flag}` |" not in guide]
    assert missing == []


def _assert_picture(path: Path, width: int, height: int) -> None:
    """A real picture of the window: the expected size and far more than a blank area's colours."""
    from PIL import Image

    with Image.open(path) as image:
        assert image.width >= width and image.height >= height
        assert len(image.getcolors(maxcolors=1 << 20) or ()) > 20
