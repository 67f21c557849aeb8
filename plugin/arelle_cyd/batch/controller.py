"""One Arelle controller kept alive in a worker process and reused for filing after filing.

Why not ``arelle.api.Session``: in Arelle 2.47 a second ``Session.run`` fails with
``KeyError: 'modules'`` whenever plugins are given, because ``run`` closes the
plugin manager (emptying its configuration) and then reuses the controller that
still points at it. A ``CntlrCmdLine`` whose ``run`` is called repeatedly keeps its
plugin manager intact, so that is what a worker keeps; the options are built
exactly as ``arelle_cyd.api`` builds them, so a batch runs the same Arelle
configuration as ``arelle-cyd validate``.

Arelle's own messages are tallied by code rather than buffered and serialised:
offline, a large inline 10-K logs thousands of them (one per fact whose schema
is missing), and preparing each for the log (file, line and properties of the
fact it refers to) cost a worker a fifth of its time. Past the first few of a
code, a message is only counted; see ``_CodeCounter``.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from arelle_cyd.api import SYNTAX_CODE, _load_failure, _runtime_options
from arelle_cyd.arelle_glue import INTERNAL_ERROR_CODE, PARAMETER_ERROR_CODE
from arelle_cyd.batch.record import Record, Status, failed
from arelle_cyd.parameters import Parameters
from arelle_cyd_plugin import LOAD_ERROR_CODE

PLUGIN_FAILURE_CODES = (INTERNAL_ERROR_CODE, LOAD_ERROR_CODE, PARAMETER_ERROR_CODE)
_KEPT_ERRORS = 5
_ALWAYS_LOGGED = ("CYD.", "arelle-cyd:", "xmlSchema:")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to validate like ``arelle-cyd validate`` (picklable)."""

    parameters: Parameters = field(default_factory=Parameters)
    offline: bool = True
    packages: tuple[str, ...] = ()
    cache_dir: str | None = None
    xbrl_validation: bool = False  # also run Arelle's own XBRL 2.1 / DTS validation


class _CodeCounter:
    """Arelle's log code filter, used to count: a message past the first few of its code is only counted.

    Arelle asks ``logger.messageCodeFilter.match(code)`` before preparing a message
    for the log; a false answer skips that work. The cyd findings, the plugin's own
    messages and XML syntax errors (which decide whether a load is usable) always
    pass, and so do the first messages of every other code (for failure reasons).
    """

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.suppressed: Counter[str] = Counter()

    def match(self, code: str) -> bool:
        self.seen[code] += 1
        if self.seen[code] <= _KEPT_ERRORS or code.startswith(_ALWAYS_LOGGED):
            return True
        self.suppressed[code] += 1
        return False

    def reset(self) -> None:
        self.seen.clear()
        self.suppressed.clear()


class _Tally(logging.Handler):
    """Counts Arelle's messages by code and keeps the first few error texts (for the failure reason)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.counts: Counter[str] = Counter()
        self.errors: list[dict[str, Any]] = []  # the first few, in the shape of Arelle's JSON log
        self.plugin_failures: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        code = str(getattr(record, "messageCode", "") or "")
        self.counts[code] += 1
        if record.levelno < logging.ERROR:
            return
        if code in PLUGIN_FAILURE_CODES:
            self.plugin_failures.append(_text(record))
        elif len(self.errors) < _KEPT_ERRORS or (code == SYNTAX_CODE and self.counts[code] <= _KEPT_ERRORS):
            refs = getattr(record, "refs", None) or []
            entry = {"level": "error", "code": code, "refs": refs, "message": {"text": _text(record)}}
            self.errors.append(entry)

    def reset(self) -> None:
        self.counts.clear()
        self.errors.clear()
        self.plugin_failures.clear()


def _text(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # noqa: BLE001 - a malformed message must not lose the count
        return str(record.msg)


@dataclass
class ArelleController:
    """A warm ``CntlrCmdLine`` with the arelle-cyd plugin, validating one filing per call."""

    settings: Settings
    _cntlr: Any = field(init=False, repr=False)
    _tally: _Tally = field(init=False, repr=False, default_factory=_Tally)
    _counter: _CodeCounter = field(init=False, repr=False, default_factory=_CodeCounter)

    def __post_init__(self) -> None:
        from arelle.CntlrCmdLine import createCntlrAndPreloadPlugins

        self._cntlr = createCntlrAndPreloadPlugins(
            uiLang=None, disablePersistentConfig=True, arellePluginModules={}
        )
        # The tally reads codes and texts only: no property views of each referenced fact.
        self._cntlr.startLogging(logHandler=self._tally, logLevel="DEBUG", logRefObjectProperties=False)
        self._cntlr.postLoggingInit()
        # A worker allocates millions of short-lived objects per filing and collects explicitly after
        # each one: fewer automatic young-generation passes, and none over Arelle's start-up objects.
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, 20, 100)

    def validate(self, source: Path) -> Record:
        started = time.perf_counter()
        if not source.exists():
            return failed(source, Status.ERROR, f"not processed: no such file {source}")
        settings = self.settings
        options = _runtime_options(
            source,
            settings.parameters,
            offline=settings.offline,
            packages=settings.packages,
            cache_dir=settings.cache_dir,
            extra_plugins=(),
        )
        options.validate = settings.xbrl_validation
        self._tally.reset()
        self._counter.reset()
        self._cntlr.logger.messageCodeFilter = self._counter
        try:
            self._cntlr.run(options)
            models = list(self._cntlr.modelManager.loadedModelXbrls)
            if not settings.xbrl_validation:
                _run_rules(models)
            return self._record(source, models, time.perf_counter() - started)
        finally:
            self._close_models()
            gc.collect()  # Arelle's models are cyclic: free this filing before the next one loads

    def _record(self, source: Path, models: list[Any], seconds: float) -> Record:
        from arelle_cyd.batch.record import from_models

        error = _load_failure(models, self._tally.errors)
        if error is None and self._tally.plugin_failures:
            error = f"the cyd rules did not run: {self._tally.plugin_failures[0]}"
        counts = self._tally.counts + self._counter.suppressed
        arelle = {code: n for code, n in counts.items() if not code.startswith("CYD.")}
        return from_models(source, models, error, arelle, seconds)

    def _close_models(self) -> None:
        manager = self._cntlr.modelManager
        for model in list(manager.loadedModelXbrls):
            with contextlib.suppress(Exception):  # a model that fails to close must not stop the worker
                manager.close(model)

    def close(self) -> None:
        self._close_models()
        self._cntlr.close()


def _run_rules(models: list[Any]) -> None:
    """The cyd rules on each loaded model, as the plugin's ``Validate.XBRL.Finally`` hook runs them.

    Without ``--xbrl-validation`` Arelle loads the filing (which still reports
    malformed XML, missing files and inline XBRL structure errors) but skips its
    XBRL 2.1 / DTS validation, which the cyd rules do not read and which costs
    more than the load itself on a 10-K with an extension taxonomy.
    """
    from arelle_cyd.arelle_glue import validate_model

    for model in models:
        if getattr(model, "modelDocument", None) is not None:
            validate_model(model)
