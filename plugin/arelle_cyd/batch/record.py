"""One results line per filing: what it is, what the rules found, or why it could not be checked.

Records are plain JSON-ready dicts so that they cross the worker pipe, the
results file and ``jq`` unchanged. ``docs/batch.md`` documents every field.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from arelle_cyd.findings import Finding, severity_counts
from arelle_cyd.severity import Severity

Record = dict[str, Any]


class Status(StrEnum):
    OK = "ok"  # the rules ran; see findings
    ERROR = "error"  # the input could not be processed (missing, not XBRL, rules did not run)
    TIMEOUT = "timeout"  # gave up after --timeout seconds; the worker was restarted
    CRASHED = "crashed"  # the worker process died on this filing; it was restarted


def failed(source: Path | str, status: Status, error: str, seconds: float | None = None) -> Record:
    """The record of a filing that could not be checked."""
    return _record(str(source), status, error, seconds=seconds)


def _record(
    source: str,
    status: Status,
    error: str | None,
    *,
    kind: str | None = None,
    view: Any = None,
    findings: list[Finding] | None = None,
    arelle_messages: dict[str, int] | None = None,
    seconds: float | None = None,
    peak_mb: float | None = None,
) -> Record:
    dei = getattr(view, "dei", None)
    end = getattr(dei, "period_end_date", None)
    found = findings or []
    return {
        "file": source,
        "status": status.value,
        "error": error,
        "kind": kind,
        "form": getattr(dei, "document_type", None),
        "entity": {
            "cik": getattr(dei, "cik", None),
            "name": getattr(dei, "registrant_name", None),
        },
        "period": {
            "end": end.isoformat() if end else None,
            "fiscal_year": getattr(dei, "fiscal_year_focus", None),
            "fiscal_period": getattr(dei, "fiscal_period_focus", None),
        },
        "summary": {s.value: n for s, n in severity_counts(found).items()},
        "findings": [f.to_dict() for f in found],
        "arelle_messages": dict(sorted((arelle_messages or {}).items())),
        "timing": {"seconds": None if seconds is None else round(seconds, 3)},
        "memory": {"worker_peak_mb": peak_mb},
    }


def from_models(
    source: Path, models: list[Any], error: str | None, arelle_messages: dict[str, int], seconds: float
) -> Record:
    """The record of a filing Arelle loaded (``models``, possibly none) in a worker."""
    from arelle_cyd.arelle_view import document_kind, filing_view
    from arelle_cyd.filing import DocumentKind

    findings = [f for model in models for f in getattr(model, "_arelle_cyd_findings", [])]
    model = next((m for m in models if document_kind(m) is not DocumentKind.OTHER), None)
    view = getattr(model, "_arelle_cyd_view", None)
    if model is not None and view is None:
        try:
            view = filing_view(model)
        except Exception:  # noqa: BLE001 - the cover values are a convenience, never a failure
            view = None
    return _record(
        str(source),
        Status.ERROR if error else Status.OK,
        error,
        kind=document_kind(model).value if model is not None else None,
        view=view,
        findings=findings,
        arelle_messages=arelle_messages,
        seconds=seconds,
        peak_mb=_peak_memory_mb(),
    )


def _peak_memory_mb() -> float | None:
    """This process's resident-memory high-water mark, where the platform reports it."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def is_failure(record: Record) -> bool:
    return record.get("status") != Status.OK.value


def has_errors(record: Record) -> bool:
    return any(f.get("severity") == Severity.ERROR.value for f in record.get("findings", ()))
