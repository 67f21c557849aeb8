"""Helpers shared by the test modules (importable because pytest puts tests/ on the path)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from arelle_cyd.api import Report
from arelle_cyd.findings import Finding
from arelle_cyd.rules.registry import Severity

RunSpec = Callable[..., Report]

FIXTURES = Path(__file__).parent / "fixtures"
FILINGS = FIXTURES / "filings"
REAL_FILINGS = {
    "KO": FILINGS / "KO_10-K_2025-02-20" / "ko-10-k-2025-02-20.html",
    "META": FILINGS / "META_10-K_2025-01-30" / "meta-10-k-2025-01-30.html",
    "IBM": FILINGS / "IBM_10-K_2025-02-25" / "ibm-10-k-2025-02-25.html",
    "ABBV": FILINGS / "ABBV_10-K_2025-02-14" / "abbv-10-k-2025-02-14.html",
    "CRSR": FILINGS / "CRSR_10-K_2025-02-26" / "crsr-20241231_htm.xml",
    "BCOW": FILINGS / "BCOW_8-K_2024-12-27" / "form8k_122024.htm",
}


def rule_ids(report: Report) -> list[str]:
    return [f.rule_id for f in report.findings]


def of_rule(report: Report, rule_id: str) -> list[Finding]:
    return [f for f in report.findings if f.rule_id == rule_id]


def serious(report: Report) -> list[str]:
    """Codes of warning- and error-level findings."""
    return [f.code for f in report.findings if f.severity is not Severity.INFO]


def official_stand_in_cache(
    directory: Path,
    year: str = "2024",
    extra_element: str | None = None,
    retype: tuple[str, str] | None = None,
) -> Path:
    """An Arelle cache directory holding a cyd schema that is NOT marked as a reconstruction.

    The official files cannot be downloaded here, so tests that need "the official
    taxonomy is loaded" use the reconstruction with its marker removed, optionally
    with one more element or one element retyped, to provoke drift findings.
    """
    from arelle_cyd.testing.files import stand_in_cache
    from arelle_cyd.testing.synthetic import OfficialStandIn

    official = OfficialStandIn(
        extra_elements=(extra_element,) if extra_element else (),
        retyped=(retype,) if retype else (),
    )
    return stand_in_cache(directory, year, official)


@contextmanager
def arelle_session(entry: str, **options: Any) -> Iterator[tuple[list[Any], list[dict[str, Any]]]]:
    """Run Arelle in-process, offline, keeping the models open; yield (models, JSON log entries)."""
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    settings: dict[str, Any] = {
        "entrypointFile": entry,
        "validate": True,
        "workOffline": True,
        "internetConnectivity": "offline",
        "logFormat": "%(message)s",
        "keepOpen": True,
        "disablePersistentConfig": True,
        **options,
    }
    with Session() as session:
        session.run(RuntimeOptions(**settings), logFileName="logToBuffer")
        yield list(session.get_models()), json.loads(session.get_logs("json"))["log"]
