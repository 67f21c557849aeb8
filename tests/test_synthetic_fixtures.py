"""The example synthetic filings in tests/fixtures/synthetic/ are fresh and clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arelle_cyd.testing import fixtures
from arelle_cyd.testing.files import run_document
from arelle_cyd.testing.xml_schemas import schema_errors
from support import FIXTURES

SYNTHETIC = FIXTURES / "synthetic"
MANIFEST = json.loads((SYNTHETIC / "filings.json").read_text(encoding="utf-8"))


def test_committed_fixtures_are_what_the_generator_writes() -> None:
    expected = {path.relative_to(SYNTHETIC): text for path, text in fixtures.files(SYNTHETIC).items()}
    committed = {p.relative_to(SYNTHETIC) for p in SYNTHETIC.rglob("*") if p.is_file()}
    assert committed == set(expected), "run: python -m arelle_cyd.testing.fixtures tests/fixtures/synthetic"
    stale = [str(p) for p, text in expected.items() if (SYNTHETIC / p).read_text(encoding="utf-8") != text]
    assert stale == [], "run: python -m arelle_cyd.testing.fixtures tests/fixtures/synthetic"


def test_there_is_one_inline_filing_per_form_and_a_plain_instance() -> None:
    inline_forms = sorted(e["form"] for e in MANIFEST if e["format"] == "inline")
    assert inline_forms == ["10-K", "20-F", "6-K", "8-K"]
    assert any(e["format"] == "instance" for e in MANIFEST)


@pytest.mark.parametrize("example", MANIFEST, ids=[e["directory"] for e in MANIFEST])
def test_each_fixture_is_clean(example: dict[str, object]) -> None:
    entry = SYNTHETIC / str(example["directory"]) / str(example["entry"])
    parameters = example["parameters"]
    assert isinstance(parameters, dict)
    run = run_document(entry, parameters)
    assert run.error is None and run.arelle_problems == [] and run.internal_errors == []
    assert [f.code for f in run.serious] == []
    assert schema_errors(Path(entry)) == []
