"""Export round trip: generated filings export to JSON that fits its schema, the models and the filing.

For every form, both cyd years and both document formats: the document built from a
generated filing validates against the JSON Schema its ``$schema`` names
(``arelle_cyd_models.schema_for``, checked here with jsonschema, not by the exporter's
own check), survives ``json`` and ``arelle_cyd_models.from_dict(doc).to_dict()``
unchanged, and says what the generated spec says: each flag's answer, each text
block's text, nothing for a concept the filing does not report and null for one it
reports nil, the cover values and where each value came from. Most examples use the
Arelle-free view (``disclosure.build_document`` on ``views.view_of``); a few go
through Arelle and ``arelle_cyd.export.export`` as users run it.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import arelle_cyd_models
from arelle_cyd import catalogue
from arelle_cyd.disclosure import Layout, build_document
from arelle_cyd.disclosure.values import pointer
from arelle_cyd.export import export
from arelle_cyd.testing import strategies as cyd_st
from arelle_cyd.testing.builder import DocumentFormat, FactSpec
from arelle_cyd.testing.files import entry_name, write_filing
from arelle_cyd.testing.synthetic import ALL_FORMS, Form, SyntheticFiling, cyd_facts
from arelle_cyd.testing.views import view_of
from arelle_cyd.textblock import plain_text
from hypothesis_profiles import budget
from property_support import scratch

YEARS = catalogue.available_years()


def _with_nil_facts(
    form: Form, year: str, document_format: DocumentFormat
) -> st.SearchStrategy[SyntheticFiling]:
    """Valid filings, and the same with a concept reported nil (VAL.1's mutation): null, not absent."""
    valid = cyd_st.filings(form=form, year=year, document_format=document_format)
    nil = cyd_st.mutants("CYD.VAL.1", year=year, document_format=document_format, base=valid)
    return st.one_of(valid, nil.map(lambda m: m.filing))


def _member(model: Any, json_key: str) -> Any:
    """The attribute of a generated dataclass that holds the JSON member ``json_key``."""
    for field in fields(model):
        if field.metadata.get("json") == json_key:
            return getattr(model, field.name)
    raise AssertionError(f"{type(model).__name__} has no member {json_key}")


def _assert_valid_and_round_trips(document: dict[str, Any]) -> Any:
    schema = arelle_cyd_models.schema_for(document)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document
    model = arelle_cyd_models.from_dict(document)
    assert model.to_dict() == document
    return model


def _assert_envelope(filing: SyntheticFiling, document: dict[str, Any]) -> None:
    spec = filing.spec
    annual = Form(filing.form).is_annual
    assert document["taxonomy"]["namespace"] == catalogue.for_year(filing.year).namespace
    assert document["taxonomy"]["definitions"] == "reconstruction"
    assert document["filing"]["form"] == filing.form
    assert document["filing"]["isAmendment"] is False
    assert document["filing"]["documentPeriodEndDate"] == spec.period_end.isoformat()
    assert document["filing"]["fiscalPeriodFocus"] == ("FY" if annual else None)
    assert document["filing"]["sourceDocument"] == entry_name(filing)
    assert document["entity"] == {"cik": spec.cik, "name": spec.registrant}
    assert document["period"] == {"start": spec.period_start.isoformat(), "end": spec.period_end.isoformat()}
    assert document["issues"] == []  # nothing of a valid filing is left out


def _assert_values_follow_the_spec(filing: SyntheticFiling, document: dict[str, Any], model: Any) -> None:
    """Each concept: absent when not reported, null when nil, the flag's answer, the text block's text."""
    version = catalogue.for_year(filing.year)
    reported: dict[str, FactSpec] = {version.by_alias(f.concept).local_name: f for f in cyd_facts(filing)}
    layout = Layout.from_schema(arelle_cyd_models.schema_for(document))
    seen: set[str] = set()
    for group in layout.groups:
        names = {s.local_name for s in group.slots}
        in_group = names & set(reported)
        json_group: Any = document.get(group.key)
        model_group = _member(model, group.key)
        path: tuple[str | int, ...]
        if group.repeated:
            assert len(json_group) == (1 if in_group else 0), group.key
            if not in_group:
                continue
            json_values, model_values, path = json_group[0], model_group[0], (group.key, 0)
            assert json_values["axisMember"] is None
        else:
            if json_group is None:
                assert not in_group, f"{group.key} is missing"
                continue
            json_values, model_values, path = json_group, model_group, (group.key,)
        for slot in group.slots:
            name = slot.local_name
            value = _member(model_values, name)
            fact = reported.get(name)
            if fact is None:
                assert name not in json_values and value is arelle_cyd_models.ABSENT, name
                continue
            seen.add(name)
            if fact.value is None:
                assert json_values[name] is None and value is None, name
            elif isinstance(fact.value, bool):
                assert json_values[name] is fact.value and value is fact.value, name
            else:
                assert plain_text(json_values[name]) == plain_text(fact.value) != "", name
                assert value == json_values[name]
            sources = document["provenance"][pointer(*path, name)]
            assert [s["factId"] for s in sources] == [fact.id], name
    assert seen == set(reported)  # every reported concept landed in its group


def _check_view_export(filing: SyntheticFiling) -> None:
    document = build_document(view_of(filing))
    model = _assert_valid_and_round_trips(document)
    _assert_envelope(filing, document)
    _assert_values_follow_the_spec(filing, document, model)


@pytest.mark.parametrize("document_format", list(DocumentFormat))
@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("form", ALL_FORMS)
@budget(6)
@given(data=st.data())
def test_exports_of_generated_filings_fit_their_schema_the_models_and_the_filing(
    form: Form, year: str, document_format: DocumentFormat, data: st.DataObject
) -> None:
    _check_view_export(data.draw(_with_nil_facts(form, year, document_format)))


@pytest.mark.parametrize("form", ALL_FORMS)
@budget(1)
@given(data=st.data())
def test_the_exporter_through_arelle_writes_the_same_disclosure(form: Form, data: st.DataObject) -> None:
    """``arelle_cyd.export.export`` on the written files: the JSON file and the returned model agree too."""
    filing = data.draw(_with_nil_facts(form, data.draw(cyd_st.years()), data.draw(cyd_st.document_formats())))
    with scratch() as directory:
        written = write_filing(filing, directory)
        output = Path(directory) / "disclosure.json"
        returned = export(written.entry, output=output, reconstruction="all")
        document = json.loads(output.read_text(encoding="utf-8"))
    model = _assert_valid_and_round_trips(document)
    assert returned == model
    _assert_envelope(filing, document)
    _assert_values_follow_the_spec(filing, document, model)
