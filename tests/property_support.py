"""Helpers shared by the property tests (tests/properties/)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from arelle_cyd import engine
from arelle_cyd.findings import Finding
from arelle_cyd.parameters import Parameters
from arelle_cyd.testing.files import edgar_stand_in
from arelle_cyd.testing.synthetic import SyntheticFiling
from arelle_cyd.testing.views import view_of


@contextmanager
def scratch() -> Iterator[Path]:
    """A fresh directory per hypothesis example (pytest's tmp_path is shared by all examples)."""
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-prop-") as name:
        yield Path(name)


def findings_of(filing: SyntheticFiling) -> list[Finding]:
    """The cyd findings for a synthetic filing, computed on its view without Arelle."""
    with edgar_stand_in(filing):
        return engine.run(view_of(filing), Parameters.from_values(filing.parameter_values))


def serious(findings: list[Finding]) -> list[str]:
    return [f"{f.code} ({f.severity.value}): {f.message}" for f in findings if f.severity.value != "info"]
