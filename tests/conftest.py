"""Shared fixtures: isolated Arelle configuration, synthetic filings, real filings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import hypothesis_profiles  # noqa: F401  (registers and loads the hypothesis profiles)
from arelle_cyd.api import Report, validate
from arelle_cyd.testing.builder import DocumentFormat, FilingSpec, write
from support import REAL_FILINGS, RunSpec


@pytest.fixture(autouse=True)
def _isolated_arelle_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arelle must neither read nor rewrite the developer's own configuration."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg")))


@pytest.fixture
def run_spec(tmp_path: Path) -> RunSpec:
    """Render a spec, validate it offline with the reconstruction, return the report."""
    counter = iter(range(1000))

    def run(spec: FilingSpec, kind: DocumentFormat = DocumentFormat.INLINE, **parameters: Any) -> Report:
        path = write(spec, tmp_path / f"filing-{next(counter)}", kind)
        parameters.setdefault("reconstruction", "all")
        report = validate(path, **parameters)
        assert report.error is None, report.error
        return report

    return run


@pytest.fixture(scope="session")
def real_reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Report]]:
    """The six real filings validated once per session, offline, default parameters."""
    import os

    previous = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg-real"))
    try:
        yield {name: validate(path) for name, path in REAL_FILINGS.items()}
    finally:
        if previous is None:
            os.environ.pop("XDG_CONFIG_HOME", None)
        else:
            os.environ["XDG_CONFIG_HOME"] = previous


@pytest.fixture(scope="session")
def real_exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The six real filings exported once per session with ``arelle_cyd.export.export``: label -> JSON file."""
    import os

    from arelle_cyd.export import export

    folder = tmp_path_factory.mktemp("exports")
    previous = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg-export"))
    try:
        for label, path in REAL_FILINGS.items():
            export(path, output=folder / f"{label}.json")
        yield {label: folder / f"{label}.json" for label in REAL_FILINGS}
    finally:
        if previous is None:
            os.environ.pop("XDG_CONFIG_HOME", None)
        else:
            os.environ["XDG_CONFIG_HOME"] = previous
