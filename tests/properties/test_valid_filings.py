"""Generated filings are valid: clean XBRL for Arelle and xmlschema, and no cyd warning or error."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from arelle_cyd import catalogue
from arelle_cyd.testing import strategies as cyd_st
from arelle_cyd.testing.builder import DocumentFormat, complete_annual
from arelle_cyd.testing.compose import SeededChooser, compose_filing
from arelle_cyd.testing.files import render_files, run_filing
from arelle_cyd.testing.synthetic import ALL_FORMS, Form, SyntheticFiling, aliases
from arelle_cyd.testing.views import view_of
from arelle_cyd.testing.xml_schemas import schema_errors
from hypothesis_profiles import budget
from property_support import assert_same_view, findings_of, scratch, serious


def _assert_clean_in_arelle_and_xmlschema(filing: SyntheticFiling) -> None:
    with scratch() as directory:
        run = run_filing(filing, directory)
        written = directory / next(iter(render_files(filing)))
        assert run.error is None, run.error
        assert run.arelle_problems == [], f"{filing.describe()}: Arelle reported {run.arelle_problems}"
        assert run.internal_errors == []
        assert [f"{f.code}: {f.message}" for f in run.serious] == []
        assert "CYD.TAX.8" in run.codes("info"), "the plugin saw no cyd fact"
        assert schema_errors(written) == []


@budget(6)
@given(cyd_st.filings())
def test_generated_filings_load_cleanly_and_get_no_warning_or_error(filing: SyntheticFiling) -> None:
    _assert_clean_in_arelle_and_xmlschema(filing)


@pytest.mark.parametrize("document_format", list(DocumentFormat))
@pytest.mark.parametrize("form", ALL_FORMS)
@budget(1)
@given(data=st.data())
def test_every_form_and_format_is_covered(
    form: Form, document_format: DocumentFormat, data: st.DataObject
) -> None:
    _assert_clean_in_arelle_and_xmlschema(
        data.draw(cyd_st.filings(form=form, document_format=document_format))
    )


@budget(100)
@given(cyd_st.filings())
def test_valid_filings_get_no_warning_or_error_from_the_rules(filing: SyntheticFiling) -> None:
    """Under every registered rule, the opt-in ones included."""
    assert serious(findings_of(filing, every_rule=True)) == []


@budget(50)
@given(
    cyd_st.forms(),
    cyd_st.years(),
    cyd_st.document_formats(),
    st.data(),
)
def test_parameters_fix_form_year_format_and_concepts(
    form: Form, year: str, document_format: DocumentFormat, data: st.DataObject
) -> None:
    version = catalogue.for_year(year)
    wanted = frozenset(
        data.draw(st.sets(st.sampled_from([c.alias for c in version.fact_concepts()]), min_size=1))
    )
    filing = data.draw(cyd_st.filings(form=form, year=year, document_format=document_format, concepts=wanted))
    assert (filing.form, filing.year, filing.document_format) == (form.value, year, document_format)
    assert aliases(filing) == wanted
    view = view_of(filing)
    assert view.dei.document_type == form.value
    assert {f.namespace for f in view.facts} == {version.namespace}


# ---------------------------------------------------------------- the Arelle-free view is faithful


def _text_block_in_french_hosting_other_facts(document_format: DocumentFormat) -> SyntheticFiling:
    """Found by the long run (VAL.7's mutant): a text block with xml:lang whose nested facts have none.

    ``view_of`` let them inherit the parent's language; Arelle gives an inline fact only
    its own (the nested IntegTB and IntegF here sit directly in ProcTB's element).
    """
    spec = complete_annual()
    facts = tuple(replace(f, lang="fr") if f.concept == "ProcTB" else f for f in spec.facts)
    return SyntheticFiling(replace(spec, facts=facts), document_format)


@budget(4)
@given(cyd_st.filings())
@example(filing=_text_block_in_french_hosting_other_facts(DocumentFormat.INLINE))
@example(filing=_text_block_in_french_hosting_other_facts(DocumentFormat.INSTANCE))
def test_the_arelle_free_view_matches_what_arelle_reads(filing: SyntheticFiling) -> None:
    """The same facts, contexts, cover and taxonomy, and so the same findings (mutants: test_mutations.py)."""
    with scratch() as directory:
        run = run_filing(filing, directory, with_view=True)
    assert run.view is not None, run.error
    assert_same_view(run.view, view_of(filing))
    assert sorted(f.code for f in run.findings) == sorted(f.code for f in findings_of(filing))


# ---------------------------------------------------------------- realism


def test_generated_filings_use_every_feature_the_task_needs() -> None:
    """Across a few dozen seeded filings, each realistic feature appears at least once."""
    seen: set[str] = set()
    for seed in range(40):
        for form in ALL_FORMS:
            filing = compose_filing(SeededChooser(seed), form=form, year="2024")
            document = next(iter(render_files(filing).values()))
            facts = filing.spec.facts
            checks = {
                "flag wrapping a sentence with ixt:fixed-true": 'format="ixt:fixed-true">' in document,
                "flag wrapping a sentence with ixt:fixed-false": 'format="ixt:fixed-false">' in document,
                "ballot-box cover flag (ixt-sec)": "ixt-sec:boolballotbox" in document,
                "date transform on the cover": "ixt:date-monthname-day-year-en" in document,
                "flag nested in a text block": any(f.nested_in and isinstance(f.value, bool) for f in facts),
                "text block nested in a text block": any(
                    f.nested_in and isinstance(f.value, str) for f in facts
                ),
                "continuation": "<ix:continuation" in document,
                "list": "<ul>" in document,
                "table": "<table" in document,
                "character references": "&#8217;" in document,
                "hidden dei facts": "<ix:hidden>" in document,
                "incident nature text": form in (Form.EIGHT_K, Form.SIX_K) and "detected" in document,
            }
            seen |= {name for name, present in checks.items() if present}
    assert seen == set(checks)


def test_seeded_composition_is_reproducible() -> None:
    first = compose_filing(SeededChooser(11), form=Form.TEN_K, year="2025")
    second = compose_filing(SeededChooser(11), form=Form.TEN_K, year="2025")
    assert render_files(first) == render_files(second)
