"""The XML arelle-cyd writes is valid against the XBRL 2.1, Inline XBRL 1.1 and taxonomy package schemas.

xmlschema runs offline on the copies Arelle bundles (``arelle_cyd.xsd``); each
check has a negative control, so a validator that accepts everything fails here.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from arelle_cyd import catalogue, xsd
from arelle_cyd.reconstruction.resolver import FILES
from arelle_cyd.testing.builder import DocumentFormat, FactSpec, complete_annual, incident_report, write

PACKAGES = FILES.parent / "packages"
LINK = "{http://www.xbrl.org/2003/linkbase}"
XS = "{http://www.w3.org/2001/XMLSchema}"
SEC_URLS = xsd.offline_urls().with_prefixes([("https://xbrl.sec.gov/", FILES / "xbrl.sec.gov")])


def test_urls_map_to_local_copies_and_nothing_is_fetched(tmp_path: Path) -> None:
    local = xsd.offline_urls().local_path(xsd.XBRL_INSTANCE)
    assert local is not None and local.is_file() and "resources" in local.parts
    missing = tmp_path / "needs-network.xsd"
    missing.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x">'
        '<xs:import namespace="urn:y" schemaLocation="https://example.com/not-cached.xsd"/></xs:schema>',
        encoding="utf-8",
    )
    with pytest.raises(xsd.OfflineSchemaError, match="not-cached"):
        xsd.load_schema(missing)


@pytest.mark.parametrize("path", sorted(FILES.rglob("*.xsd")), ids=lambda p: p.name)
def test_reconstruction_schemas_build_and_their_appinfo_is_xbrl_linkbase_markup(path: Path) -> None:
    schema = xsd.load_schema(path, SEC_URLS)  # builds (and so validates) the schema and its imports
    linkbase = xsd.standard_schema(xsd.XBRL_LINKBASE)
    import lxml.etree as etree

    appinfo = next(etree.parse(str(path)).iter(f"{XS}appinfo"))
    xbrl_markup = [e for e in appinfo if e.tag in (f"{LINK}linkbaseRef", f"{LINK}roleType")]
    assert [error for e in xbrl_markup for error in xsd.validate(e, linkbase)] == []
    namespace = schema.target_namespace
    if catalogue.is_cyd_namespace(namespace):
        version = catalogue.for_namespace(namespace)
        assert version is not None
        declared = {e.local_name for e in schema.elements.values()}
        assert declared == {c.local_name for c in version.concepts}
        boolean = schema.maps.types["{http://www.xbrl.org/2003/instance}booleanItemType"]
        for concept in version.fact_concepts():
            assert schema.elements[concept.local_name].type.is_derived(boolean) is concept.is_flag


@pytest.mark.parametrize("path", sorted(FILES.rglob("*.xml")), ids=lambda p: p.name)
def test_reconstruction_linkbases_are_valid_xbrl_linkbases(path: Path) -> None:
    assert xsd.validate(path, xsd.standard_schema(xsd.XBRL_LINKBASE)) == []


def test_a_linkbase_error_is_caught(tmp_path: Path) -> None:
    source = next(FILES.rglob("*_lab.xml")).read_text(encoding="utf-8")
    broken = tmp_path / "broken_lab.xml"
    broken.write_text(source.replace('xlink:type="arc"', 'xlink:type="arrow"', 1), encoding="utf-8")
    assert xsd.validate(broken, xsd.standard_schema(xsd.XBRL_LINKBASE)) != []


@pytest.mark.parametrize("year", ["2024", "2025"])
def test_reconstruction_package_metadata_is_valid(tmp_path: Path, year: str) -> None:
    zip_path = PACKAGES / f"arelle-cyd-reconstruction-{year}.zip"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(tmp_path)
    meta = tmp_path / f"arelle-cyd-reconstruction-{year}" / "META-INF"
    assert xsd.validate(meta / "taxonomyPackage.xml", xsd.standard_schema(xsd.TAXONOMY_PACKAGE)) == []
    assert xsd.validate(meta / "catalog.xml", xsd.standard_schema(xsd.PACKAGE_CATALOG)) == []
    package = xsd.open_package(zip_path, tmp_path / "opened")
    assert "RECONSTRUCTION" in package.name
    assert len(package.entry_points) == 5
    assert [start for start, _ in package.rewrites] == [
        f"https://xbrl.sec.gov/cyd/{year}/",
        f"https://xbrl.sec.gov/dei/{year}/",
    ]


def test_package_metadata_errors_are_caught(tmp_path: Path) -> None:
    metadata = tmp_path / "taxonomyPackage.xml"
    metadata.write_text(
        '<tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package"><tp:name>x</tp:name>'
        "</tp:taxonomyPackage>",
        encoding="utf-8",
    )
    assert xsd.validate(metadata, xsd.standard_schema(xsd.TAXONOMY_PACKAGE)) != []


SPECS = {
    "annual": complete_annual(),
    "annual-2025": complete_annual(year="2025"),
    "incident": incident_report(),
}


def _instance_schema(folder: Path) -> object:
    """The DTS of a synthetic instance: its extension schema with the cyd and dei schemas it imports."""
    return xsd.load_schema(next(folder.glob("*.xsd")), SEC_URLS)


@pytest.mark.parametrize("label", sorted(SPECS))
def test_synthetic_instances_are_valid_xbrl_2_1(tmp_path: Path, label: str) -> None:
    path = write(SPECS[label], tmp_path, DocumentFormat.INSTANCE)
    assert xsd.validate(path, _instance_schema(tmp_path)) == []


def test_an_instance_error_is_caught(tmp_path: Path) -> None:
    spec = complete_annual().with_facts(FactSpec("PosF", "maybe"))
    path = write(spec, tmp_path, DocumentFormat.INSTANCE)
    errors = xsd.validate(path, _instance_schema(tmp_path))
    assert len(errors) == 1 and "not a boolean" in errors[0]


@pytest.mark.parametrize("label", sorted(SPECS))
def test_synthetic_inline_documents_are_valid_inline_xbrl_1_1(tmp_path: Path, label: str) -> None:
    spec = SPECS[label]  # with nested facts, a continuation and ixt transforms
    spec = replace(spec, facts=tuple(replace(f, continuation=f.id == "board") for f in spec.facts))
    path = write(spec, tmp_path, DocumentFormat.INLINE)
    assert xsd.validate(path, xsd.standard_schema(xsd.INLINE_XBRL)) == []


def test_an_inline_error_is_caught(tmp_path: Path) -> None:
    path = write(complete_annual(), tmp_path, DocumentFormat.INLINE)
    path.write_text(
        path.read_text(encoding="utf-8").replace('contextRef="c-1" id="proc"', 'id="proc"'), encoding="utf-8"
    )
    errors = xsd.validate(path, xsd.standard_schema(xsd.INLINE_XBRL))
    assert len(errors) == 1 and "contextRef" in errors[0]
