"""Arelle hook implementations: thin, defensive, and the only place that logs to Arelle.

``arelle_cyd_plugin`` (the file Arelle loads) forwards each hook here. Nothing in
this module may let an exception escape into Arelle: a failure becomes one
logged message and Arelle's own validation, log and exit code stay intact.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable
from typing import Any

from arelle_cyd.findings import Finding
from arelle_cyd.parameters import SPECS, ParameterError, Parameters, Reconstruction
from arelle_cyd.severity import Severity

CONFIG_KEY = "arelle-cyd"
PARAMETER_ERROR_CODE = "arelle-cyd:parameterError"
INTERNAL_ERROR_CODE = "arelle-cyd:internalError"
EXPORT_ERROR_CODE = "arelle-cyd:exportError"
EXPORT_INFO_CODE = "arelle-cyd:export"
EXPORT_OPTION = "cydExport"
_LEVELS = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}

_parameters: weakref.WeakKeyDictionary[Any, Parameters | ParameterError] = weakref.WeakKeyDictionary()
_offline: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


# ------------------------------------------------------------ command line


def add_command_line_options(parser: Any) -> None:
    from optparse import OptionGroup

    group = OptionGroup(
        parser,
        "arelle-cyd (SEC cybersecurity disclosures)",
        "Options of the cyd plugin; each also has a camelCase spelling (e.g. --cydItems).",
    )
    for spec in SPECS:
        camel = "--" + spec.option
        group.add_option(
            spec.flag, camel, dest=spec.option, metavar=spec.metavar, help=spec.help, default=None
        )
    group.add_option(
        "--cyd-export",
        "--" + EXPORT_OPTION,
        dest=EXPORT_OPTION,
        metavar="OUT.json",
        default=None,
        help="write the filing's cybersecurity disclosure as JSON (the arelle-cyd schema, docs/schemas.md)",
    )
    parser.add_option_group(group)


def options_from(options: Any) -> dict[str, Any]:
    """Our option values; optparse's NO_DEFAULT marker (seen through the API) counts as unset."""
    from optparse import NO_DEFAULT

    values = {spec.option: getattr(options, spec.option, None) for spec in SPECS}
    return {k: v for k, v in values.items() if v is not None and v != NO_DEFAULT}


def remember_options(cntlr: Any, options: Any) -> None:
    """Parse the plugin options once per controller; a bad value is reported at validation."""
    try:
        _parameters[cntlr] = Parameters.from_values(options_from(options))
    except ParameterError as err:
        _parameters[cntlr] = err
        cntlr.addToLog(
            f"arelle-cyd: {err}; the cyd rules will not run.",
            messageCode=PARAMETER_ERROR_CODE,
            level=logging.ERROR,
        )
    _offline[cntlr] = bool(
        getattr(options, "workOffline", False) or getattr(options, "internetConnectivity", None) == "offline"
    )


def parameters_for(cntlr: Any) -> Parameters | ParameterError:
    """Command-line / API options when given, else the GUI configuration, else defaults."""
    if cntlr in _parameters:
        return _parameters[cntlr]
    config = getattr(cntlr, "config", None) or {}
    stored = config.get(CONFIG_KEY) if isinstance(config, dict) else None
    if isinstance(stored, dict):
        try:
            return Parameters.from_values({k: v for k, v in stored.items() if k in {s.option for s in SPECS}})
        except ParameterError as err:
            return err
    return Parameters()


# ------------------------------------------------------------ validation


def _model_objects(finding: Finding, model_xbrl: Any) -> Any:
    objects = [f.source for f in finding.facts if f.source is not None]
    return objects or model_xbrl


def log_finding(model_xbrl: Any, finding: Finding) -> None:
    model_xbrl.log(
        _LEVELS[finding.severity],
        finding.code,
        finding.template,
        modelObject=_model_objects(finding, model_xbrl),
        **{k: v for k, v in finding.args.items()},
    )
    if finding.detail:
        model_xbrl.log(
            "DEBUG", finding.code, "%(traceback)s", modelObject=model_xbrl, traceback=finding.detail
        )


def log_findings(model_xbrl: Any, findings: Iterable[Finding]) -> None:
    for finding in findings:
        log_finding(model_xbrl, finding)


def validate_model(model_xbrl: Any) -> list[Finding]:
    """Run the cyd rules on a loaded model and log each finding; never raises."""
    from arelle_cyd import engine
    from arelle_cyd.arelle_view import filing_view

    try:
        params = parameters_for(model_xbrl.modelManager.cntlr)
        if isinstance(params, ParameterError):
            model_xbrl.error(
                PARAMETER_ERROR_CODE,
                "arelle-cyd parameters are invalid: %(error)s; the cyd rules did not run.",
                modelObject=model_xbrl,
                error=str(params),
            )
            return []
        view = filing_view(model_xbrl)
        findings = engine.run(view, params)
        log_findings(model_xbrl, findings)
        model_xbrl._arelle_cyd_findings = findings  # for the GUI and the Python API
        model_xbrl._arelle_cyd_view = view  # the cover values batch records report, without a second read
        return findings
    except Exception as err:  # noqa: BLE001 - the plugin must never crash Arelle
        import traceback

        model_xbrl.error(
            INTERNAL_ERROR_CODE,
            "arelle-cyd could not check this filing (%(error)s); Arelle's own "
            "validation is unaffected. Please report this with the filing.",
            modelObject=model_xbrl,
            error=f"{type(err).__name__}: {err}",
        )
        model_xbrl.log(
            "DEBUG",
            INTERNAL_ERROR_CODE,
            "%(traceback)s",
            modelObject=model_xbrl,
            traceback=traceback.format_exc(),
        )
        return []


# ------------------------------------------------------------ export


def export_after_run(cntlr: Any, options: Any, model_xbrl: Any) -> None:
    """``--cyd-export OUT.json``: write the disclosure of the loaded filing; never raises."""
    from optparse import NO_DEFAULT

    target = getattr(options, EXPORT_OPTION, None)
    if not target or target == NO_DEFAULT or model_xbrl is None:
        return
    try:
        from arelle_cyd.export import write_disclosure_json

        write_disclosure_json(model_xbrl, target)
        cntlr.addToLog(
            f"arelle-cyd: wrote the cybersecurity disclosure to {target}",
            messageCode=EXPORT_INFO_CODE,
            level=logging.INFO,
        )
    except Exception as err:  # noqa: BLE001 - an export failure must not crash Arelle
        cntlr.addToLog(
            f"arelle-cyd could not export the disclosure to {target} ({type(err).__name__}: {err})",
            messageCode=EXPORT_ERROR_CODE,
            level=logging.ERROR,
        )


# ------------------------------------------------------------ desktop application


def add_tools_menu(cntlr: Any, menu: Any) -> None:
    """GUI hook: the Tools › Cybersecurity disclosures menu lives in ``arelle_cyd.gui`` (tkinter)."""
    try:
        from arelle_cyd.gui import add_tools_menu as add_cyd_menu

        add_cyd_menu(cntlr, menu)
    except Exception:  # Arelle must start even without our menu
        logging.getLogger("arelle").exception("arelle-cyd could not add its Tools menu")


# ------------------------------------------------------------ transforms and offline taxonomy


def load_custom_transforms(custom_transforms: dict[Any, Any]) -> None:
    try:
        from arelle_cyd.transforms import register

        register(custom_transforms)
    except Exception:
        logging.getLogger("arelle").exception("arelle-cyd could not register the ixt-sec transforms")


def transform_url(cntlr: Any, url: str | None, base: str | None) -> tuple[str | None, bool]:
    """Map official cyd/dei schema URLs to the offline reconstruction when the user allows it."""
    try:
        from arelle_cyd.reconstruction.resolver import resolve

        params = parameters_for(cntlr)
        mode = Reconstruction.AUTO if isinstance(params, ParameterError) else params.reconstruction
        web_cache = getattr(cntlr, "webCache", None)
        offline = bool(getattr(web_cache, "workOffline", False)) or _offline.get(cntlr, False)
        local = resolve(url, base, mode=mode, offline=offline, web_cache=web_cache)
        return (local, True) if local else (url, False)
    except Exception:  # noqa: BLE001 - fall back to Arelle's own resolution
        return url, False
