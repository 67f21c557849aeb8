"""The generated dataclasses: typed, frozen, exact JSON round trip, standard library only, mypy-clean."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import arelle_cyd_models
from arelle_cyd import catalogue
from arelle_cyd_models import ABSENT, Absent, ModelError, cyd2024, cyd2025

ROOT = Path(__file__).parent.parent
CYD = catalogue.load("2024")
MODULES = {"2024": cyd2024, "2025": cyd2025}


def name(alias: str) -> str:
    return CYD.by_alias(alias).local_name


def minimal(year: str = "2024", **changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "$schema": f"urn:arelle-cyd:cyd-disclosure:{year}:v1",
        "schemaVersion": "1.0.0",
        "producer": "tests",
        "taxonomy": {
            "prefix": "cyd",
            "namespace": f"http://xbrl.sec.gov/cyd/{year}",
            "definitions": "catalogue",
            "source": "arelle-cyd catalogue",
        },
        "filing": {
            "form": "10-K",
            "isAmendment": False,
            "documentPeriodEndDate": "2024-12-31",
            "fiscalYearFocus": 2024,
            "fiscalPeriodFocus": "FY",
            "accessionNumber": "0000000001-25-000001",
            "sourceDocument": "x-20241231.htm",
        },
        "entity": {"cik": "0000000001", "name": "Example Inc."},
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
        "riskManagementAndStrategy": {
            name("ProcTB"): "<p>How.</p>",
            name("IntegF"): True,
            name("MatAffF"): None,
        },
        "governance": {},
        "incidents": [{"axisMember": None, name("IncNatureTB"): "<p>What.</p>"}],
        "provenance": {
            f"/riskManagementAndStrategy/{name('IntegF')}": [
                {
                    "concept": f"cyd:{name('IntegF')}",
                    "factId": "f-1",
                    "contextRef": "c-1",
                    "period": {"start": "2024-01-01", "end": "2024-12-31"},
                    "sourceDocument": "x-20241231.htm",
                    "line": 12,
                }
            ]
        },
        "issues": [{"code": "invalidValue", "message": "m", "concept": None, "factIds": ["f-9"]}],
    }
    document.update(changes)
    return document


def all_classes() -> list[type]:
    classes: list[type] = []
    for module in (arelle_cyd_models.common, cyd2024, cyd2025):
        classes += [
            c
            for _, c in inspect.getmembers(module, inspect.isclass)
            if dataclasses.is_dataclass(c) and c.__module__ == module.__name__
        ]
    return classes


def test_every_model_is_frozen_slotted_keyword_only_and_documented() -> None:
    classes = all_classes()
    assert len(classes) == 6 + 2 * 4  # common records; per year three groups and the document
    for cls in classes:
        params = cls.__dataclass_params__  # type: ignore[attr-defined]
        assert params.frozen, cls
        assert "__slots__" in cls.__dict__, cls
        signature = inspect.signature(cls)
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in signature.parameters.values()), cls
        assert cls.__doc__ and len(cls.__doc__) > 10, cls


@pytest.mark.parametrize("year", ["2024", "2025"])
def test_concept_fields_carry_qname_type_and_label_metadata(year: str) -> None:
    module = MODULES[year]
    by_key = {
        f.metadata["json"]: f
        for cls in (module.RiskManagementAndStrategy, module.Governance, module.Incident)
        for f in dataclasses.fields(cls)
    }
    version = catalogue.load(year)
    for concept in version.fact_concepts():
        metadata = by_key[concept.local_name].metadata
        assert metadata["qname"] == f"cyd:{concept.local_name}"
        assert metadata["namespace"] == version.namespace
        assert metadata["item_type"] == concept.item_type
        assert metadata["period_type"] == concept.period_type
        assert metadata["label"] == concept.label
        assert metadata["kind"] == ("boolean" if concept.is_flag else "html")
        assert metadata["optional"] is True and metadata["nullable"] is concept.nillable
        assert by_key[concept.local_name].default is ABSENT


def test_round_trip_is_exact_and_absent_differs_from_nil() -> None:
    document = minimal()
    jsonschema.validate(document, arelle_cyd_models.load_schema("2024"))
    disclosure = arelle_cyd_models.from_dict(document)
    assert isinstance(disclosure, cyd2024.Disclosure)
    assert json.dumps(disclosure.to_dict()) == json.dumps(document)
    risk = disclosure.risk_management_and_strategy
    assert isinstance(risk, cyd2024.RiskManagementAndStrategy)
    assert risk.cybersecurity_risk_management_processes_integrated_flag is True
    assert (
        risk.cybersecurity_risk_materially_affected_or_reasonably_likely_to_materially_affect_registrant_flag
        is None
    )
    assert risk.cybersecurity_risk_management_third_party_engaged_flag is ABSENT
    assert not ABSENT and repr(ABSENT) == "ABSENT"
    assert disclosure.filing.document_period_end_date.isoformat() == "2024-12-31"  # type: ignore[union-attr]
    assert disclosure.provenance[f"/riskManagementAndStrategy/{name('IntegF')}"][0].line == 12
    with pytest.raises(dataclasses.FrozenInstanceError):
        disclosure.producer = "changed"  # type: ignore[misc]


def test_a_left_out_group_stays_left_out() -> None:
    document = minimal()
    del document["riskManagementAndStrategy"], document["governance"]
    disclosure = arelle_cyd_models.from_dict(document)
    assert isinstance(disclosure.governance, Absent)
    assert disclosure.to_dict() == document


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("riskManagementAndStrategy", "Unknown"), True, "unknown member"),
        (("riskManagementAndStrategy", name("IntegF")), "true", "expected boolean"),
        (("filing", "fiscalYearFocus"), True, "expected integer"),
        (("filing", "documentPeriodEndDate"), "2024-02-30", "ISO date"),
        (("entity", "cik"), 21344, "expected string"),
    ],
)
def test_documents_that_do_not_fit_are_rejected(path: tuple[str, str], value: Any, message: str) -> None:
    document = copy.deepcopy(minimal())
    document[path[0]][path[1]] = value
    with pytest.raises(ModelError, match=message):
        arelle_cyd_models.from_dict(document)


def test_missing_members_and_unknown_schemas_are_rejected() -> None:
    document = minimal()
    del document["issues"]
    with pytest.raises(ModelError, match="missing member issues"):
        arelle_cyd_models.from_dict(document)
    with pytest.raises(ModelError, match="is not one of"):
        arelle_cyd_models.from_dict(minimal(**{"$schema": "urn:example"}))
    with pytest.raises(ModelError, match="2025:v1"):
        cyd2025.Disclosure.from_dict(minimal("2024"))
    with pytest.raises(KeyError, match="2031"):
        arelle_cyd_models.load_schema("2031")


def test_schemas_load_from_the_package_for_every_year() -> None:
    assert arelle_cyd_models.available_years() == ("2024", "2025")
    for year in arelle_cyd_models.available_years():
        loaded = arelle_cyd_models.load_schema(year)
        assert loaded["$id"] == arelle_cyd_models.SCHEMA_IDS[year] == MODULES[year].SCHEMA_ID
        assert loaded == json.loads(
            (ROOT / "schemas" / f"cyd-disclosure-{year}.schema.json").read_text(encoding="utf-8")
        )
    assert arelle_cyd_models.schema_for(minimal("2025"))["$id"].endswith(":2025:v1")


def test_models_and_schemas_need_only_the_standard_library() -> None:
    code = (
        "import sys; before = set(sys.modules); import arelle_cyd_models as m; "
        "m.load_schema('2024'); m.load_schema('2025'); "
        "new = {n.split('.')[0] for n in set(sys.modules) - before}; "
        "print(sorted(n for n in new if n not in sys.stdlib_module_names and n != 'arelle_cyd_models'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


CONSUMER = """
from __future__ import annotations

import json
from pathlib import Path

import arelle_cyd_models
from arelle_cyd_models import ABSENT, cyd2024


def integrated(document: dict[str, object]) -> bool | None:
    disclosure = arelle_cyd_models.from_dict(document)
    if not isinstance(disclosure, cyd2024.Disclosure):
        return None
    risk = disclosure.risk_management_and_strategy
    if risk is ABSENT:
        return None
    flag = risk.cybersecurity_risk_management_processes_integrated_flag
    if flag is ABSENT or flag is None:
        return None
    return flag


print(integrated(json.loads(Path("doc.json").read_text())))
"""


def test_a_consumer_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text(CONSUMER, encoding="utf-8")
    # Without narrowing, ABSENT and None leak into a bool: mypy must say so.
    bad.write_text(
        CONSUMER.replace("    if flag is ABSENT or flag is None:\n        return None\n", ""),
        encoding="utf-8",
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "/dev/null"]
    env = {"MYPYPATH": str(ROOT / "generated"), "PATH": str(Path(sys.executable).parent)}
    ok = subprocess.run([*mypy, str(good)], capture_output=True, text=True, env=env, check=False)
    assert ok.returncode == 0, ok.stdout
    wrong = subprocess.run([*mypy, str(bad)], capture_output=True, text=True, env=env, check=False)
    assert wrong.returncode == 1 and "Incompatible return value type" in wrong.stdout
