"""Arelle plugin entry for arelle-cyd (SEC Cybersecurity Disclosure taxonomy checks).

Arelle reads ``__pluginInfo__`` from this file without importing it and imports
every installed plugin entry point on each run, so this module imports only the
standard library. Each hook is a thin top-level function that forwards to
``arelle_cyd.arelle_glue``; if the library cannot even be imported (a broken or
missing dependency), the hook logs one error and Arelle carries on without us.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

LOAD_ERROR_CODE = "arelle-cyd:loadError"
_reported: list[str] = []


def plugin_path() -> str:
    """Entry point ``arelle.plugin``: where Arelle finds this file."""
    return str(Path(__file__))


def _glue(cntlr: Any = None) -> Any:
    """The library's hook module, or None (reported once) when it cannot be imported."""
    try:
        return importlib.import_module("arelle_cyd.arelle_glue")
    except Exception as err:  # noqa: BLE001 - never let our import problem stop Arelle
        message = f"arelle-cyd is installed but cannot be loaded ({type(err).__name__}: {err}); its checks did not run."
        if message not in _reported:
            _reported.append(message)
            if cntlr is not None and hasattr(cntlr, "addToLog"):
                cntlr.addToLog(message, messageCode=LOAD_ERROR_CODE, level=logging.ERROR)
            else:
                logging.getLogger("arelle").error(message, extra={"messageCode": LOAD_ERROR_CODE, "refs": []})
        return None


def command_line_options(parser: Any, *args: Any, **kwargs: Any) -> None:
    if glue := _glue():
        glue.add_command_line_options(parser)


def command_line_utility_run(cntlr: Any, options: Any, *args: Any, **kwargs: Any) -> None:
    if glue := _glue(cntlr):
        glue.remember_options(cntlr, options)


def custom_transforms(custom: dict[Any, Any], *args: Any, **kwargs: Any) -> None:
    if glue := _glue():
        glue.load_custom_transforms(custom)


def web_cache_transform_url(
    cntlr: Any, url: str | None, base: str | None = None, *args: Any, **kwargs: Any
) -> tuple[str | None, bool]:
    glue = _glue(cntlr)
    return glue.transform_url(cntlr, url, base) if glue else (url, False)


def validate_xbrl_finally(val: Any, *args: Any, **kwargs: Any) -> None:
    if glue := _glue(
        getattr(getattr(val, "modelXbrl", None), "modelManager", None) and val.modelXbrl.modelManager.cntlr
    ):
        glue.validate_model(val.modelXbrl)


def command_line_xbrl_run(
    cntlr: Any, options: Any, model_xbrl: Any = None, *args: Any, **kwargs: Any
) -> None:
    if glue := _glue(cntlr):
        glue.export_after_run(cntlr, options, model_xbrl)


def cntlr_win_main_menu_tools(cntlr: Any, menu: Any, *args: Any, **kwargs: Any) -> None:
    if glue := _glue(cntlr):
        glue.add_tools_menu(cntlr, menu)


__pluginInfo__ = {
    "name": "arelle-cyd",
    "aliases": ["cyd"],
    "version": "0.1.0",
    "description": "Validates SEC Cybersecurity Disclosure (cyd) taxonomy facts: Form 10-K Item 1C / "
    "20-F Item 16K and Form 8-K Item 1.05; exports the disclosure as JSON.",
    "license": "Apache-2.0",
    "author": "arelle-cyd developers",
    "copyright": "(c) arelle-cyd developers",
    "CntlrCmdLine.Options": command_line_options,
    "CntlrCmdLine.Utility.Run": command_line_utility_run,
    "CntlrCmdLine.Xbrl.Run": command_line_xbrl_run,
    "ModelManager.LoadCustomTransforms": custom_transforms,
    "WebCache.TransformURL": web_cache_transform_url,
    "Validate.XBRL.Finally": validate_xbrl_finally,
    "CntlrWinMain.Menu.Tools": cntlr_win_main_menu_tools,
}
