"""The concept catalogue: well-formed, evidenced, and the only place concept names live."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from arelle_cyd import catalogue
from arelle_cyd.catalogue.loader import data_path, read_json

PLUGIN = Path(__file__).parent.parent / "plugin" / "arelle_cyd"


@pytest.mark.parametrize("year", catalogue.available_years())
def test_catalogue_files_validate_against_their_json_schema(year: str) -> None:
    schema = read_json("catalogue.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(read_json(f"cyd-{year}.json"))


def test_catalogue_schema_rejects_an_entry_without_evidence() -> None:
    schema = read_json("catalogue.schema.json")
    broken = read_json("cyd-2024.json")
    broken["concepts"][0]["evidence"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_both_years_hold_the_16_item_106_and_5_item_105_concepts() -> None:
    for year in ("2024", "2025"):
        version = catalogue.load(year)
        assert len(version.item106) == 16
        assert len(version.item105) == 5
        assert {c.local_name for c in version.item106} == {
            c.local_name for c in catalogue.load("2024").item106
        }
        assert version.namespace == f"http://xbrl.sec.gov/cyd/{year}"


def test_every_concept_has_evidence_and_2025_evidence_is_its_own() -> None:
    for year in catalogue.available_years():
        for concept in catalogue.load(year).concepts:
            assert concept.evidence, concept.alias
    matafftb = catalogue.load("2025").by_alias("MatAffTB")
    assert "not observed under cyd/2025" in matafftb.evidence[0].detail


def test_incident_names_are_marked_unverified_and_item_106_names_verified() -> None:
    version = catalogue.load("2024")
    assert all(not c.verified for c in version.item105)
    assert all(c.verified for c in version.item106)


def test_a_future_year_falls_back_to_the_newest_catalogue() -> None:
    assert catalogue.for_namespace("http://xbrl.sec.gov/cyd/2026") == catalogue.load("2025")
    assert catalogue.for_namespace("http://xbrl.sec.gov/us-gaap/2024") is None
    assert catalogue.is_cyd_entry_point_namespace("http://xbrl.sec.gov/cyd-af-sub/2024")


def test_relations_match_the_rule_catalogue() -> None:
    version = catalogue.load("2024")
    assert [(p.id, p.flag.alias, p.text_block.alias) for p in version.pairs] == [
        ("P1", "IntegF", "IntegTB"),
        ("P2", "MatAffF", "MatAffTB"),
        ("P3", "PosF", "PosTB"),
        ("P4", "PosF", "ExpertTB"),
    ]
    assert [[c.alias for c in r.any_of] for r in version.annual_requirements] == [
        ["ProcTB"],
        ["MatAffF", "MatAffTB"],
        ["BoardTB"],
        ["MgmtRoleTB"],
    ]


def test_no_module_outside_the_catalogue_spells_a_cyd_concept_name() -> None:
    names = {c.local_name for y in catalogue.available_years() for c in catalogue.load(y).concepts}
    pattern = re.compile("|".join(sorted(names, key=len, reverse=True)))
    offenders = []
    for path in PLUGIN.rglob("*.py"):
        if "catalogue" in path.parts or "testing" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(PLUGIN)}:{number}")
    assert offenders == []


def test_edgar_data_files_match_their_recorded_sha256() -> None:
    import hashlib

    sources = json.loads(data_path("edgar/SOURCES.json").read_text(encoding="utf-8"))
    for entry in sources["files"]:
        if "sha256" in entry:
            data = data_path(f"edgar/{entry['path']}").read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]
