"""Every input kind the plugin promises: inline, plain instance, zips of either, all six forms."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from arelle_cyd import validate
from arelle_cyd.testing.builder import (
    DocumentFormat,
    complete_annual,
    incident_report,
    schema_file_name,
    write,
)
from support import REAL_FILINGS, RunSpec, rule_ids, serious


def _zip(target: Path, *files: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for file in files:
            archive.write(file, file.name)
    return target


def test_a_zip_of_an_inline_filing_gets_the_same_findings(tmp_path: Path) -> None:
    report = validate(_zip(tmp_path / "abbv.zip", REAL_FILINGS["ABBV"]))
    assert report.error is None
    assert rule_ids(report).count("CYD.REQ.2") == 3


def test_a_zip_of_a_plain_instance_with_its_schema(tmp_path: Path) -> None:
    folder = REAL_FILINGS["CRSR"].parent
    report = validate(_zip(tmp_path / "crsr.zip", *sorted(folder.iterdir())))
    assert report.error is None
    assert "CYD.FLAG.3" in rule_ids(report) and "CYD.REQ.1" not in rule_ids(report)


@pytest.mark.parametrize("form", ["10-K", "10-K/A", "10-KT", "20-F"])
@pytest.mark.parametrize("kind", list(DocumentFormat))
def test_annual_forms_in_both_formats_validate_cleanly(
    run_spec: RunSpec, form: str, kind: DocumentFormat
) -> None:
    report = run_spec(replace(complete_annual(), form=form), kind)
    assert serious(report) == []
    assert "CYD.TAX.8" in rule_ids(report)


@pytest.mark.parametrize("form", ["8-K", "6-K"])
def test_incident_forms_validate_cleanly(run_spec: RunSpec, form: str) -> None:
    report = run_spec(replace(incident_report(), form=form), items="1.05" if form == "8-K" else None)
    assert serious(report) == []


def test_a_synthetic_filing_zipped_with_its_extension_schema(tmp_path: Path) -> None:
    spec = complete_annual()
    entry = write(spec, tmp_path / "filing")
    archive = _zip(tmp_path / "filing.zip", entry, entry.parent / schema_file_name(spec))
    report = validate(archive, reconstruction="all")
    assert report.error is None and serious(report) == []


def test_a_taxonomy_in_the_users_arelle_cache_is_used_offline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """validate() must not hide Arelle's own web cache: a cached official cyd schema wins."""
    from support import of_rule, official_stand_in_cache

    config_home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    official_stand_in_cache(config_home / "arelle" / "cache")
    entry = write(complete_annual(), tmp_path / "filing")
    report = validate(entry, reconstruction="all")
    source = of_rule(report, "CYD.TAX.8")[0].message
    assert "the official cyd taxonomy" in source and "RECONSTRUCTION" not in source
