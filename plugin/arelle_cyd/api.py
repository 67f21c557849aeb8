"""The Python API: validate a filing and get typed findings without touching Arelle internals.

Arelle runs in-process through its own ``arelle.api.Session`` with this plugin
enabled, offline by default (the official taxonomy is still used when Arelle's
cache or a ``--packages`` taxonomy package holds it), exactly as
``arelleCmdLine --plugins cyd`` would run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from arelle_cyd.findings import Finding, severity_counts
from arelle_cyd.parameters import SPECS_BY_NAME, SPECS_BY_OPTION, Parameters
from arelle_cyd.severity import Severity

PLUGIN_FILE = Path(__file__).resolve().parent.parent / "arelle_cyd_plugin.py"
SYNTAX_CODE = "xmlSchema:syntax"  # Arelle's code for a document that is not well-formed XML


class InputError(Exception):
    """The input could not be processed (missing, unreadable, not XBRL)."""


@dataclass(frozen=True, slots=True)
class Report:
    """The cyd findings for one input, or why it could not be processed."""

    source: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    arelle_messages: Mapping[str, int] = field(default_factory=dict)  # Arelle's own codes and counts

    @property
    def ok(self) -> bool:
        return self.error is None

    def count(self, severity: Severity) -> int:
        return severity_counts(self.findings)[severity]

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "ok": self.ok,
            "error": self.error,
            "summary": {s.value: self.count(s) for s in Severity},
            "findings": [f.to_dict() for f in self.findings],
        }


def _runtime_options(
    path: Path,
    params: Parameters,
    *,
    offline: bool,
    packages: Sequence[str],
    cache_dir: str | None,
    extra_plugins: Sequence[str],
) -> Any:
    from arelle.RuntimeOptions import RuntimeOptions

    plugins = "|".join([str(PLUGIN_FILE), *extra_plugins])
    options: dict[str, Any] = {
        "entrypointFile": str(path),
        "plugins": plugins,
        "validate": True,
        "keepOpen": True,
        "logFormat": "%(message)s",
        "disablePersistentConfig": True,
        "pluginOptions": params.as_options(),
    }
    if offline:
        options["workOffline"] = True
        options["internetConnectivity"] = "offline"
    if packages:
        options["packages"] = [str(p) for p in packages]
    if cache_dir:
        options["cacheDirectory"] = cache_dir
    return RuntimeOptions(**options)


def _load_failure(models: list[Any], logs: list[dict[str, Any]]) -> str | None:
    """Why nothing usable was loaded, or None when an instance or inline document was."""
    from arelle_cyd.arelle_view import document_kind
    from arelle_cyd.filing import DocumentKind

    loaded = [m for m in models if document_kind(m) is not DocumentKind.OTHER]
    if loaded:
        return _malformed(loaded, logs)
    reasons = [entry["message"]["text"] for entry in logs if entry.get("level") in ("error", "critical")]
    detail = reasons[0] if reasons else "it is neither an XBRL instance nor an inline XBRL document"
    return f"not processed: {detail}"


def _malformed(models: list[Any], logs: list[dict[str, Any]]) -> str | None:
    """Why a loaded entry document cannot be trusted: it is not well-formed XML.

    Arelle then logs ``xmlSchema:syntax``, recovers what it can and goes on, so the
    facts after the break are silently missing and a clean result would be false.
    """
    names = {getattr(m.modelDocument, "basename", None) for m in models} - {None}
    for entry in logs:
        if entry.get("code") != SYNTAX_CODE:
            continue
        hrefs = (str(ref.get("href", "")).partition("#")[0] for ref in entry.get("refs", ()))
        broken = next((name for name in (PurePosixPath(h).name for h in hrefs) if name in names), None)
        if broken:
            return f"not processed: {broken} is not well-formed XML ({entry['message']['text']})"
    return None


def _parameters(base: Parameters | None, values: Mapping[str, Any]) -> Parameters:
    """``base`` with the keyword values applied on top (parsed exactly as command-line values)."""
    parsed = Parameters.from_values(values)
    if base is None:
        return parsed
    given = {SPECS_BY_NAME.get(k, SPECS_BY_OPTION.get(k)) for k in values}
    return base.merged(**{spec.name: getattr(parsed, spec.name) for spec in given if spec is not None})


@dataclass
class LoadedFiling:
    """A filing loaded (and validated) by Arelle, open while the ``load`` context lasts."""

    source: Path
    models: list[Any]
    logs: list[dict[str, Any]]
    findings: list[Finding]
    error: str | None

    @property
    def model(self) -> Any:
        return self.models[0] if self.models else None

    def view(self) -> Any:
        """The ``FilingView`` of the loaded model (see ``arelle_cyd.filing``)."""
        from arelle_cyd.arelle_view import filing_view

        return filing_view(self.model)

    def arelle_message_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.logs:
            code = entry.get("code") or ""
            if not code.startswith("CYD."):
                counts[code] = counts.get(code, 0) + 1
        return counts


@contextmanager
def load(
    path: str | os.PathLike[str],
    *,
    offline: bool = True,
    packages: Sequence[str] = (),
    cache_dir: str | None = None,
    parameters: Parameters | None = None,
    validate: bool = True,
) -> Iterator[LoadedFiling]:
    """Load one filing in-process with the plugin enabled; models stay open inside the block.

    Arelle runs with ``disablePersistentConfig``: it neither reads nor writes the user's
    configuration, yet uses the user's web cache, so a cached official taxonomy is used.

    The shared entry for ``validate``, the exporter and other tools that need Arelle's model.
    """
    from arelle.api.Session import Session

    source = Path(path)
    params = parameters or Parameters()
    if not source.exists():
        yield LoadedFiling(source, [], [], [], f"not processed: no such file {source}")
        return
    with Session() as session:
        options = _runtime_options(
            source, params, offline=offline, packages=packages, cache_dir=cache_dir, extra_plugins=()
        )
        options.validate = validate
        session.run(options, logFileName="logToBuffer")
        logs: list[dict[str, Any]] = json.loads(session.get_logs("json")).get("log", [])
        models = list(session.get_models())
        findings = [f for model in models for f in getattr(model, "_arelle_cyd_findings", [])]
        yield LoadedFiling(source, models, logs, findings, _load_failure(models, logs))


def validate(
    path: str | os.PathLike[str],
    *,
    offline: bool = True,
    packages: Sequence[str] = (),
    cache_dir: str | None = None,
    parameters: Parameters | None = None,
    **values: Any,
) -> Report:
    """Validate one filing (inline XBRL .htm/.html, XBRL instance .xml, or a zip of either).

    Keyword arguments are the plugin parameters by Python name (``submission_type="8-K"``,
    ``items=["1.05"]``, ``filing_date="2024-12-27"``, ``abs_issuer=True``, ``disable=["CTX"]``,
    ``severity={"CYD.FLAG.3": "warning"}`` ...); they fall back to the dei facts when absent.
    A bad parameter raises ``ParameterError``; an input that cannot be processed gives a
    ``Report`` whose ``error`` says why (it never raises for bad input).
    """
    params = _parameters(parameters, values)
    with load(path, offline=offline, packages=packages, cache_dir=cache_dir, parameters=params) as loaded:
        return Report(
            source=str(loaded.source),
            findings=tuple(loaded.findings),
            error=loaded.error,
            arelle_messages=loaded.arelle_message_counts(),
        )


def validate_many(paths: Iterable[str | os.PathLike[str]], **kwargs: Any) -> list[Report]:
    return [validate(p, **kwargs) for p in paths]
