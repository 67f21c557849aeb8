"""``arelle-cyd generate``: fresh committed output, deterministic, honest about its source."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from arelle_cyd import catalogue
from arelle_cyd.cli import main
from arelle_cyd.generator import MODELS_DIR, SCHEMAS_DIR, output_files
from arelle_cyd.generator.from_taxonomy import TaxonomyError, specs_from_taxonomy
from arelle_cyd.reconstruction.resolver import FILES

ROOT = Path(__file__).parent.parent
PACKAGES = ROOT / "plugin" / "arelle_cyd" / "reconstruction" / "packages"
BIN = Path(sys.executable).parent
SECTIONS = {"riskManagementAndStrategy": "RiskManagementAndStrategy", "governance": "Governance"}


def schema_text(root: Path, year: str) -> str:
    return (root / SCHEMAS_DIR / f"cyd-disclosure-{year}.schema.json").read_text(encoding="utf-8")


def schema(root: Path, year: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_text(root, year))
    return loaded


def without_evidence(definitions: dict[str, Any]) -> dict[str, Any]:
    return {
        key: {k: v for k, v in prop.items() if k != "x-xbrl-evidence"}
        for key, prop in definitions["properties"].items()
    }


# ---------------------------------------------------------------- freshness and determinism


def test_committed_output_is_what_the_catalogue_generates(tmp_path: Path) -> None:
    assert main(["generate", "--output-dir", str(tmp_path)]) == 0
    produced = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    stale = [
        p
        for p in produced
        if not (ROOT / p).is_file() or (ROOT / p).read_bytes() != (tmp_path / p).read_bytes()
    ]
    assert stale == [], "run: arelle-cyd generate (then commit schemas/, generated/ and the reconstruction)"
    extra = [
        p.relative_to(ROOT).as_posix()
        for folder in (SCHEMAS_DIR, MODELS_DIR)
        for p in (ROOT / folder).iterdir()
        if p.is_file() and p.relative_to(ROOT).as_posix() not in produced
    ]
    assert extra == [], "files the generator no longer produces; run: arelle-cyd generate"


def test_generate_check_reports_stale_and_foreign_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", "--output-dir", str(tmp_path), "--no-reconstruction"]) == 0
    assert main(["generate", "--output-dir", str(tmp_path), "--no-reconstruction", "--check"]) == 0
    (tmp_path / MODELS_DIR / "cyd2024.py").write_text("# edited\n", encoding="utf-8")
    (tmp_path / SCHEMAS_DIR / "cyd-disclosure-2019.schema.json").write_text("{}", encoding="utf-8")
    capsys.readouterr()
    assert main(["generate", "--output-dir", str(tmp_path), "--no-reconstruction", "--check"]) == 1
    out = capsys.readouterr().out
    assert (
        f"stale: {MODELS_DIR}/cyd2024.py" in out
        and "to remove: schemas/cyd-disclosure-2019.schema.json" in out
    )
    assert main(["generate", "--output-dir", str(tmp_path), "--no-reconstruction"]) == 0
    assert not (tmp_path / SCHEMAS_DIR / "cyd-disclosure-2019.schema.json").exists()


def test_output_is_byte_identical_and_free_of_timestamps() -> None:
    first, second = list(output_files()), list(output_files())
    assert first == second
    model_paths = [path for path, _ in first if not path.startswith("plugin/")]
    assert model_paths == sorted(model_paths)
    stamp = re.compile(rb"20[0-9]{2}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}")
    assert [path for path, data in first if stamp.search(data)] == []


# ---------------------------------------------------------------- the JSON Schemas


@pytest.mark.parametrize("year", ["2024", "2025"])
def test_schemas_are_valid_draft_2020_12_with_stable_ids(year: str) -> None:
    document = schema(ROOT, year)
    jsonschema.Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == f"urn:arelle-cyd:cyd-disclosure:{year}:v1"
    assert document["x-arelle-cyd"]["source"] == {
        "kind": "catalogue",
        "description": f"arelle-cyd catalogue {year}.1 (no official taxonomy file was read)",
        "catalogueVersion": f"{year}.1",
    }
    assert document["x-arelle-cyd"]["generator"].startswith("arelle-cyd ")
    objects = [d for d in document["$defs"].values() if d.get("type") == "object"]
    assert objects and all(d["additionalProperties"] is False for d in objects)


@pytest.mark.parametrize("year", ["2024", "2025"])
def test_one_property_per_concept_typed_and_annotated_from_the_catalogue(year: str) -> None:
    document = schema(ROOT, year)
    version = catalogue.load(year)
    for concept in version.fact_concepts():
        definition = SECTIONS.get(concept.section.value, "Incident")
        prop = document["$defs"][definition]["properties"][concept.local_name]
        assert prop["title"] == concept.label
        assert concept.regulation.paragraph in prop["description"]
        assert prop["type"] == (["boolean", "null"] if concept.is_flag else ["string", "null"])
        assert prop.get("contentMediaType") == (None if concept.is_flag else "text/html")
        assert prop["x-xbrl-concept"] == f"cyd:{concept.local_name}"
        assert prop["x-xbrl-namespace"] == version.namespace
        assert prop["x-xbrl-item-type"] == concept.item_type
        assert prop["x-xbrl-period-type"] == "duration"
        assert prop["x-xbrl-evidence"]["verified"] is concept.verified
        assert [e["basis"] for e in prop["x-xbrl-evidence"]["basis"]] == [e.basis for e in concept.evidence]
    counted = sum(
        len(document["$defs"][d]["properties"]) for d in ("RiskManagementAndStrategy", "Governance")
    )
    assert counted == 16 and len(document["$defs"]["Incident"]["properties"]) == 6  # 5 concepts + axisMember


# ---------------------------------------------------------------- --taxonomy sources


def _rewrite_package(source: Path, target: Path, edits: dict[str, Any]) -> Path:
    """A copy of a taxonomy package with some members' text changed by ``edits[name](text)``."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            for suffix, edit in edits.items():
                if info.filename.endswith(suffix):
                    data = edit(data.decode("utf-8")).encode("utf-8")
            copy.writestr(info, data)
    return target


def _strip_marker(text: str) -> str:
    start = text.index("<cydr:reconstruction")
    end = text.index("</cydr:reconstruction>") + len("</cydr:reconstruction>")
    return text[:start] + text[end:]


EXTRA_PLACED, EXTRA_UNPLACED = (
    "CybersecurityRiskExtraGovernanceDetailTextBlock",
    "CybersecurityRiskUnplacedFlag",
)


def _add_extras(text: str) -> str:
    elements = "".join(
        f'  <xs:element id="cyd_{name}" name="{name}" type="{kind}" substitutionGroup="xbrli:item" '
        'xbrli:periodType="duration" nillable="true"/>\n'
        for name, kind in (
            (EXTRA_PLACED, "dtr-types:textBlockItemType"),
            (EXTRA_UNPLACED, "xbrli:booleanItemType"),
        )
    )
    return _strip_marker(text).replace("</xs:schema>", elements + "</xs:schema>")


def _add_labels(text: str) -> str:
    doc_role = "http://www.xbrl.org/2003/role/documentation"
    extra = (
        f'    <link:loc xlink:type="locator" xlink:href="cyd-2024.xsd#cyd_{EXTRA_PLACED}" xlink:label="loc_x"/>\n'
        '    <link:label xlink:type="resource" xlink:label="lab_x" xlink:role="http://www.xbrl.org/2003/role/label" '
        'xml:lang="en-US">Extra Governance Detail [Text Block]</link:label>\n'
        f'    <link:label xlink:type="resource" xlink:label="doc_x" xlink:role="{doc_role}" '
        'xml:lang="en-US">Further governance detail a future release might ask for.</link:label>\n'
        '    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" '
        'xlink:from="loc_x" xlink:to="lab_x"/>\n'
        '    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" '
        'xlink:from="loc_x" xlink:to="doc_x"/>\n'
    )
    return text.replace("  </link:labelLink>", extra + "  </link:labelLink>")


def _add_presentation(text: str) -> str:
    board = catalogue.load("2024").by_alias("BoardTB").local_name
    extra = (
        f'    <link:loc xlink:type="locator" xlink:href="cyd-2024.xsd#cyd_{EXTRA_PLACED}" xlink:label="loc_x"/>\n'
        '    <link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" '
        f'xlink:from="loc_{board}" xlink:to="loc_x" order="99"/>\n'
    )
    return text.replace("  </link:presentationLink>", extra + "  </link:presentationLink>")


def test_the_reconstruction_package_generates_the_catalogue_schema_and_says_reconstruction(
    tmp_path: Path,
) -> None:
    package = PACKAGES / "arelle-cyd-reconstruction-2024.zip"
    assert (
        main(["generate", "--taxonomy", str(package), "--output-dir", str(tmp_path), "--no-reconstruction"])
        == 0
    )
    generated, committed = schema(tmp_path, "2024"), schema(ROOT, "2024")
    source = generated["x-arelle-cyd"]["source"]
    with zipfile.ZipFile(package) as archive:
        xsd = archive.read("arelle-cyd-reconstruction-2024/xbrl.sec.gov/cyd/2024/cyd-2024.xsd")
    assert source["kind"] == "reconstruction"
    assert source["url"] == "https://xbrl.sec.gov/cyd/2024/cyd-2024.xsd"
    assert source["sha256"] == hashlib.sha256(xsd).hexdigest()
    assert source["packageSha256"] == hashlib.sha256(package.read_bytes()).hexdigest()
    assert "NOT the SEC" in generated["description"] and "RECONSTRUCTION" in source["notice"]
    module = (tmp_path / MODELS_DIR / "cyd2024.py").read_text(encoding="utf-8")
    assert "RECONSTRUCTION" in module.splitlines()[0] and "NOT the SEC's taxonomy" in module
    for definition in ("RiskManagementAndStrategy", "Governance", "Incident"):
        assert without_evidence(generated["$defs"][definition]) == without_evidence(
            committed["$defs"][definition]
        )
    assert schema_text(tmp_path, "2025") == schema_text(ROOT, "2025")  # other years stay catalogue-made


def test_a_local_reconstruction_schema_is_recognised_as_one() -> None:
    [spec] = specs_from_taxonomy(str(FILES / "xbrl.sec.gov" / "cyd" / "2025" / "cyd-2025.xsd"))
    assert spec.year == "2025" and spec.source.kind == "reconstruction"
    assert spec.source.file == "cyd-2025.xsd"  # a local file is recorded by name, never by machine path


def test_an_unmarked_taxonomy_is_recorded_by_url_and_hash_and_new_concepts_are_kept(tmp_path: Path) -> None:
    package = _rewrite_package(
        PACKAGES / "arelle-cyd-reconstruction-2024.zip",
        tmp_path / "cyd-2024-variant.zip",
        {"cyd-2024.xsd": _add_extras, "cyd-2024_lab.xml": _add_labels, "cyd-2024_pre.xml": _add_presentation},
    )
    out = tmp_path / "out"
    assert (
        main(["generate", "--taxonomy", str(package), "--output-dir", str(out), "--no-reconstruction"]) == 0
    )
    text = schema_text(out, "2024")
    generated = json.loads(text)
    source = generated["x-arelle-cyd"]["source"]
    assert source["kind"] == "taxonomy" and source["url"] == "https://xbrl.sec.gov/cyd/2024/cyd-2024.xsd"
    assert source["file"] == "cyd-2024-variant.zip" and len(source["sha256"]) == 64
    assert source["catalogueDifferences"] == {"onlyInTaxonomy": [EXTRA_PLACED, EXTRA_UNPLACED]}
    claims = [
        generated["description"],
        generated["x-arelle-cyd"],
        *(
            generated["$defs"][d]
            for d in ("RiskManagementAndStrategy", "Governance", "Incident", "OtherDisclosures")
        ),
    ]
    assert "reconstruction" not in json.dumps(claims).lower()
    placed = generated["$defs"]["Governance"]["properties"][EXTRA_PLACED]
    assert placed["title"] == "Extra Governance Detail [Text Block]"
    assert placed["description"] == "Further governance detail a future release might ask for."
    assert placed["x-xbrl-evidence"] == {
        "verified": True,
        "basis": [
            {"basis": "taxonomy", "detail": f"declared in {source['url']} (sha256 {source['sha256']})"}
        ],
    }
    other = generated["$defs"]["OtherDisclosures"]["properties"]
    assert other[EXTRA_UNPLACED]["type"] == ["boolean", "null"]
    jsonschema.Draft202012Validator.check_schema(generated)

    models = _import_generated(out, "variant_models")
    document: dict[str, Any] = {
        "$schema": "urn:arelle-cyd:cyd-disclosure:2024:v1",
        "schemaVersion": "1.0.0",
        "producer": "test",
        "taxonomy": {
            "prefix": "cyd",
            "namespace": "http://xbrl.sec.gov/cyd/2024",
            "definitions": "official",
            "source": "x",
        },
        "filing": {
            "form": "10-K",
            "isAmendment": None,
            "documentPeriodEndDate": None,
            "fiscalYearFocus": None,
            "fiscalPeriodFocus": None,
            "accessionNumber": None,
            "sourceDocument": "x.htm",
        },
        "entity": {"cik": None, "name": None},
        "period": None,
        "governance": {EXTRA_PLACED: "<p>x</p>"},
        "incidents": [],
        "otherDisclosures": {EXTRA_UNPLACED: None},
        "provenance": {},
        "issues": [],
    }
    jsonschema.Draft202012Validator(generated).validate(document)
    assert models.from_dict(document).to_dict() == document
    lint = [
        str(BIN / "ruff"),
        "format",
        "--check",
        "--config",
        str(ROOT / "pyproject.toml"),
        str(out / MODELS_DIR),
    ]
    assert subprocess.run(lint, capture_output=True, check=False).returncode == 0


def _import_generated(root: Path, alias: str) -> ModuleType:
    init = root / MODELS_DIR / "__init__.py"
    spec = importlib.util.spec_from_file_location(alias, init, submodule_search_locations=[str(init.parent)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(alias, None)
        raise
    return module


def test_unreadable_taxonomy_sources_fail_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", "--taxonomy", str(tmp_path / "missing.xsd"), "--output-dir", str(tmp_path)]) == 2
    assert "no such file" in capsys.readouterr().err
    not_a_package = tmp_path / "empty.zip"
    with zipfile.ZipFile(not_a_package, "w") as archive:
        archive.writestr("readme.txt", "no metadata")
    assert main(["generate", "--taxonomy", str(not_a_package), "--output-dir", str(tmp_path)]) == 2
    assert "taxonomyPackage.xml" in capsys.readouterr().err
    with pytest.raises(TaxonomyError, match="--online"):
        specs_from_taxonomy("https://xbrl.sec.gov/cyd/2031/cyd-2031.xsd")
    assert not (tmp_path / SCHEMAS_DIR).exists()
