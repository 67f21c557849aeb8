"""Disclosure export: the six real filings and synthetic edge cases, all schema-valid and round-tripping."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import arelle_cyd_models
from arelle_cyd import catalogue
from arelle_cyd.api import InputError, load
from arelle_cyd.cli import main
from arelle_cyd.export import (
    accession_in,
    disclosure_from_model,
    disclosure_json,
    export,
    write_disclosure_json,
)
from arelle_cyd.testing.builder import (
    SENTENCES,
    ContextSpec,
    DocumentFormat,
    FactSpec,
    FilingSpec,
    complete_annual,
    incident_report,
    write,
)
from support import REAL_FILINGS

CYD = catalogue.load("2024")
RISK, GOVERNANCE = "riskManagementAndStrategy", "governance"


def name(alias: str) -> str:
    return CYD.by_alias(alias).local_name


def validate_against_schema(document: dict[str, Any]) -> None:
    schema = arelle_cyd_models.schema_for(document)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(document)


def assert_round_trips(document: dict[str, Any]) -> arelle_cyd_models.AnyDisclosure:
    disclosure = arelle_cyd_models.from_dict(document)
    again = disclosure.to_dict()
    assert again == document
    assert json.dumps(again) == json.dumps(document)  # same key order too
    return disclosure


def text_of(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", markup))).strip()


# ---------------------------------------------------------------- the six real filings


@pytest.fixture(scope="session")
def documents(real_exports: dict[str, Path]) -> dict[str, dict[str, Any]]:
    """The real filings' exports (``conftest.real_exports``), read back from disk."""
    return {label: json.loads(path.read_text(encoding="utf-8")) for label, path in real_exports.items()}


@pytest.mark.parametrize("label", sorted(REAL_FILINGS))
def test_every_real_filing_exports_valid_json_that_round_trips(
    documents: dict[str, dict[str, Any]], label: str
) -> None:
    document = documents[label]
    validate_against_schema(document)
    disclosure = assert_round_trips(document)
    assert disclosure.year == "2024"
    assert document["$schema"] == "urn:arelle-cyd:cyd-disclosure:2024:v1"
    assert document["issues"] == []
    for value in [*document.get(RISK, {}).values(), *document.get(GOVERNANCE, {}).values()]:
        assert "ix:" not in str(value) and "&lt;" not in str(value)


def test_ko_exports_all_16_item_106_concepts_with_provenance(documents: dict[str, dict[str, Any]]) -> None:
    document = documents["KO"]
    assert len(document[RISK]) + len(document[GOVERNANCE]) == 16
    assert document[RISK][name("MatAffF")] is False
    assert document[RISK][name("IntegF")] is True
    assert document["filing"] == {
        "form": "10-K",
        "isAmendment": False,
        "documentPeriodEndDate": "2024-12-31",
        "fiscalYearFocus": 2024,
        "fiscalPeriodFocus": "FY",
        "accessionNumber": None,
        "sourceDocument": "ko-10-k-2025-02-20.html",
    }
    assert document["entity"]["cik"] == "0000021344"
    assert document["period"] == {"start": "2024-01-01", "end": "2024-12-31"}
    refs = document["provenance"][f"/{RISK}/{name('IntegF')}"]
    assert refs == [
        {
            "concept": f"cyd:{name('IntegF')}",
            "factId": "f-92",
            "contextRef": "c-1",
            "period": {"start": "2024-01-01", "end": "2024-12-31"},
            "sourceDocument": "ko-10-k-2025-02-20.html",
            "line": refs[0]["line"],
        }
    ]
    assert document["provenance"]["/filing/form"][0]["concept"] == "dei:DocumentType"


def test_text_blocks_keep_html_and_join_continuations(documents: dict[str, dict[str, Any]]) -> None:
    ko = documents["KO"]
    proc = ko[RISK][name("ProcTB")]
    assert proc.startswith("<div") and "</span>" in proc
    # tests/fixtures/filings/README.md: ProcTB has 4699 characters of text, one continuation included.
    assert len(text_of(proc)) == 4699
    abbv = documents["ABBV"]
    assert len(text_of(abbv[RISK][name("ProcTB")])) == 7839  # two continuations


def test_nested_flags_are_exported_beside_their_text_blocks(documents: dict[str, dict[str, Any]]) -> None:
    ibm = documents["IBM"]  # ThirdPartyEngF sits inside ThirdPartyOversF, IntegF inside IntegTB
    assert ibm[RISK][name("ThirdPartyEngF")] is True
    assert ibm[RISK][name("ThirdPartyOversF")] is True
    assert ibm[RISK][name("IntegF")] is True
    assert ibm[GOVERNANCE][name("BoardTB")] == ibm[GOVERNANCE][name("BoardCommTB")]  # one span, two concepts
    assert name("MatAffTB") not in ibm[RISK]  # absent: left out, not null


def test_plain_instance_facts_arelle_does_not_build_are_exported(
    documents: dict[str, dict[str, Any]],
) -> None:
    crsr = documents["CRSR"]
    assert crsr["filing"]["sourceDocument"] == "crsr-20241231_htm.xml"
    assert len(crsr[RISK]) + len(crsr[GOVERNANCE]) == 16
    assert crsr[RISK][name("ProcTB")].lstrip().startswith("<")  # unescaped HTML, not &lt;
    assert crsr["provenance"][f"/{GOVERNANCE}/{name('PosF')}"][0]["factId"].startswith("F_c367751b")


def test_abbv_has_one_text_block_and_empty_governance(documents: dict[str, dict[str, Any]]) -> None:
    abbv = documents["ABBV"]
    assert list(abbv[RISK]) == [name("ProcTB")]
    assert abbv[GOVERNANCE] == {}
    assert abbv["incidents"] == []


def test_an_8k_without_cyd_facts_exports_an_empty_disclosure(documents: dict[str, dict[str, Any]]) -> None:
    bcow = documents["BCOW"]
    assert RISK not in bcow and GOVERNANCE not in bcow
    assert bcow["incidents"] == []
    assert bcow["filing"]["form"] == "8-K"
    assert bcow["period"] == {"start": "2024-12-20", "end": "2024-12-20"}
    assert sorted(p for p in bcow["provenance"] if not p.startswith(("/filing", "/entity"))) == []


# ---------------------------------------------------------------- synthetic filings


def _export(spec: FilingSpec, tmp_path: Path, kind: DocumentFormat = DocumentFormat.INLINE) -> dict[str, Any]:
    path = write(spec, tmp_path / kind.value, kind)
    disclosure = export(path, reconstruction="all")
    document = disclosure.to_dict()
    validate_against_schema(document)
    assert_round_trips(document)
    return document


@pytest.mark.parametrize("kind", list(DocumentFormat))
def test_absent_and_nil_are_different(tmp_path: Path, kind: DocumentFormat) -> None:
    spec = complete_annual().without("MatAffF", "IntegTB").with_facts(FactSpec("MatAffTB", None))
    document = _export(spec, tmp_path, kind)
    assert document[RISK][name("MatAffTB")] is None  # reported nil
    assert name("MatAffF") not in document[RISK]  # not reported
    disclosure = arelle_cyd_models.from_dict(document)
    assert isinstance(disclosure, arelle_cyd_models.cyd2024.Disclosure)
    risk = disclosure.risk_management_and_strategy
    assert not isinstance(risk, arelle_cyd_models.Absent)
    assert (
        risk.cybersecurity_risk_materially_affected_or_reasonably_likely_to_materially_affect_registrant_text_block
        is None
    )
    assert (
        risk.cybersecurity_risk_materially_affected_or_reasonably_likely_to_materially_affect_registrant_flag
        is arelle_cyd_models.ABSENT
    )


def test_duplicates_collapse_or_keep_the_first_value_and_say_so(tmp_path: Path) -> None:
    spec = complete_annual().with_facts(
        FactSpec("IntegF", True, id="again"),
        FactSpec("BoardInformTB", "<p>A different account.</p>", id="other"),
    )
    document = _export(spec, tmp_path)
    integ = document["provenance"][f"/{RISK}/{name('IntegF')}"]
    assert [r["factId"] for r in integ][-1] == "again" and len(integ) == 2
    assert document[GOVERNANCE][name("BoardInformTB")] == SENTENCES["BoardInformTB"]
    [issue] = document["issues"]
    assert issue["code"] == "inconsistentDuplicates"
    assert issue["concept"] == f"cyd:{name('BoardInformTB')}"
    assert issue["factIds"][-1] == "other"


def test_a_synthetic_continuation_is_joined(tmp_path: Path) -> None:
    spec = complete_annual()
    spec = replace(spec, facts=tuple(replace(f, continuation=f.id == "board") for f in spec.facts))
    document = _export(spec, tmp_path)
    board = document[GOVERNANCE][name("BoardTB")]
    assert text_of(SENTENCES["BoardTB"]) in text_of(board)


def test_an_8k_incident_report_exports_one_incident(tmp_path: Path) -> None:
    document = _export(incident_report(), tmp_path)
    assert RISK not in document and GOVERNANCE not in document
    [incident] = document["incidents"]
    assert incident["axisMember"] is None
    assert incident[name("IncNatureTB")] == SENTENCES["IncNatureTB"]
    assert f"/incidents/0/{name('IncImpactTB')}" in document["provenance"]


def test_incidents_on_the_incident_axis_are_told_apart(tmp_path: Path) -> None:
    axis = f"cyd:{CYD.incident.axis.local_name}"
    spec = incident_report(
        contexts=(
            ContextSpec(
                "c-a", date(2024, 12, 20), date(2024, 12, 20), dimensions=((axis, "syn:FirstMember"),)
            ),
            ContextSpec(
                "c-b", date(2024, 12, 20), date(2024, 12, 20), dimensions=((axis, "syn:SecondMember"),)
            ),
        ),
        facts=(
            FactSpec("IncNatureTB", "<p>First.</p>", context="c-a"),
            FactSpec("IncNatureTB", "<p>Second.</p>", context="c-b"),
            FactSpec("IncScopeTB", "<p>Second scope.</p>", context="c-b"),
        ),
    )
    document = _export(spec, tmp_path)
    first, second = document["incidents"]
    assert first["axisMember"].endswith("}FirstMember") and first[name("IncNatureTB")] == "<p>First.</p>"
    assert second[name("IncScopeTB")] == "<p>Second scope.</p>"
    assert name("IncScopeTB") not in first


def test_facts_the_document_cannot_carry_become_issues(tmp_path: Path) -> None:
    other = ContextSpec("c-prior", date(2023, 1, 1), date(2023, 12, 31))
    spec = complete_annual(contexts=(other,)).with_facts(
        FactSpec("BoardTB", "<p>Last year.</p>", context="c-prior", id="prior"),
        FactSpec("cyd:CybersecuritySomethingNewTextBlock", "<p>New.</p>", id="unknown"),
        FactSpec("PosF", "maybe", id="bad-flag"),
    )
    document = _export(spec, tmp_path, DocumentFormat.INSTANCE)
    codes = {issue["factIds"][0]: issue["code"] for issue in document["issues"]}
    assert codes == {"prior": "notExported", "unknown": "notExported", "bad-flag": "invalidValue"}
    assert document[GOVERNANCE][name("BoardTB")] == SENTENCES["BoardTB"]
    assert document[GOVERNANCE][name("PosF")] is True  # the valid PosF of complete_annual()


def test_a_2025_filing_exports_against_the_2025_schema(tmp_path: Path) -> None:
    document = _export(complete_annual(year="2025"), tmp_path)
    assert document["$schema"] == "urn:arelle-cyd:cyd-disclosure:2025:v1"
    assert document["taxonomy"]["namespace"] == "http://xbrl.sec.gov/cyd/2025"
    assert isinstance(arelle_cyd_models.from_dict(document), arelle_cyd_models.cyd2025.Disclosure)


# ---------------------------------------------------------------- entry points


def test_model_functions_agree_with_each_other(tmp_path: Path) -> None:
    with load(REAL_FILINGS["META"], validate=False) as loaded:
        document = disclosure_json(loaded.model)
        disclosure = disclosure_from_model(loaded.model, accession_number="0001326801-25-000017")
        write_disclosure_json(loaded.model, tmp_path / "meta.json")
    assert json.loads((tmp_path / "meta.json").read_text(encoding="utf-8")) == document
    assert disclosure.filing.accession_number == "0001326801-25-000017"
    assert disclosure.to_dict() == {
        **document,
        "filing": {**document["filing"], "accessionNumber": "0001326801-25-000017"},
    }


def test_accession_numbers_are_read_from_edgar_paths() -> None:
    assert accession_in("https://www.sec.gov/Archives/edgar/data/21344/000002134425000009/ko.htm") == (
        "0000021344-25-000009"
    )
    assert accession_in("/data/0000943374-24-000509.txt") == "0000943374-24-000509"
    assert accession_in(str(REAL_FILINGS["KO"])) is None


def test_export_of_a_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        export(tmp_path / "missing.htm")


def test_cli_export_writes_a_file_or_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bcow.json"
    assert (
        main(
            [
                "export",
                str(REAL_FILINGS["ABBV"]),
                "-o",
                str(out),
                "--accession-number",
                "0001551152-25-000011",
            ]
        )
        == 0
    )
    assert "1 reported value(s)" in capsys.readouterr().out
    document = json.loads(out.read_text(encoding="utf-8"))
    validate_against_schema(document)
    assert document["filing"]["accessionNumber"] == "0001551152-25-000011"
    assert main(["export", str(REAL_FILINGS["BCOW"])]) == 0
    assert json.loads(capsys.readouterr().out)["filing"]["form"] == "8-K"
    assert main(["export", str(tmp_path / "missing.htm")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_arelle_option_cyd_export_writes_the_document(tmp_path: Path) -> None:
    out, log = tmp_path / "bcow.json", tmp_path / "log.json"
    command = [
        str(Path(sys.executable).parent / "arelleCmdLine"),
        "--plugins",
        "cyd",
        "-f",
        str(REAL_FILINGS["BCOW"]),
        "--workOffline",
        "--cyd-export",
        str(out),
        "--logFile",
        str(log),
        "--logFileMode",
        "w",
        "--logFormat",
        "%(message)s",
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    validate_against_schema(json.loads(out.read_text(encoding="utf-8")))
    codes = [e["code"] for e in json.loads(log.read_text(encoding="utf-8"))["log"]]
    assert "arelle-cyd:export" in codes

    unwritable = tmp_path / "no-such-folder" / "out.json"
    command[command.index(str(out))] = str(unwritable)
    result = subprocess.run(command, check=False, capture_output=True, timeout=300)
    entries = json.loads(log.read_text(encoding="utf-8"))["log"]
    assert result.returncode == 0 and not unwritable.exists()
    assert [e["level"] for e in entries if e["code"] == "arelle-cyd:exportError"] == ["error"]


def test_a_newer_cyd_year_falls_back_to_the_newest_schema_and_says_so(tmp_path: Path) -> None:
    document = _export(complete_annual(year="2026"), tmp_path)
    assert document["$schema"] == "urn:arelle-cyd:cyd-disclosure:2025:v1"
    assert document["taxonomy"]["namespace"] == "http://xbrl.sec.gov/cyd/2026"
    assert [i["code"] for i in document["issues"]] == ["taxonomyYearFallback"]
    assert document[RISK][name("IntegF")] is True


def test_a_nil_fact_of_a_concept_that_is_not_nillable_is_not_exported() -> None:
    from arelle_cyd.disclosure import InvalidValueError, Slot, convert
    from arelle_cyd.filing import Fact

    nil = Fact(CYD.namespace, name("IntegF"), None, True, "c-1", None)
    assert convert(nil, Slot(name("IntegF"), "boolean", nillable=True)) is None
    with pytest.raises(InvalidValueError, match="not nillable"):
        convert(nil, Slot(name("IntegF"), "boolean", nillable=False))
