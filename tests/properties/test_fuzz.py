"""The plugin never raises on garbled input.

"Never raises" means: no exception escapes ``arelle_cyd.validate``, Arelle logs no
``arelle-cyd:internalError``, and no rule fails (``CYD.<rule>.internalError``).
Bad input may still be refused (``Report.error``) or get Arelle's own errors.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given

from arelle_cyd import engine
from arelle_cyd.api import Report, load, validate
from arelle_cyd.filing import FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.testing import strategies as cyd_st
from arelle_cyd.testing.builder import DocumentFormat
from arelle_cyd.testing.compose import SeededChooser, compose_filing
from arelle_cyd.testing.files import write_filing
from arelle_cyd.testing.synthetic import Damage, DamageKind, Form, SyntheticFiling, map_facts
from hypothesis_profiles import budget, is_long
from property_support import scratch

# "Absurd" text sizes: up to several MB in the long run, a few hundred KB in CI.
MAX_TEXT = 6_000_000 if is_long() else 200_000


def _internal_errors(report: Report) -> list[str]:
    codes = [*report.arelle_messages, *(f.code for f in report.findings)]
    return [c for c in codes if c.endswith("internalError")]


@budget(100)
@given(cyd_st.filing_views(), cyd_st.parameter_sets())
def test_rules_never_fail_on_arbitrary_views(view: FilingView, params: Parameters) -> None:
    failures = [f"{f.code}: {f.detail}" for f in engine.run(view, params) if f.code.endswith("internalError")]
    assert failures == []


@budget(12)
@given(cyd_st.garbled_filings(max_text_size=MAX_TEXT))
def test_the_plugin_never_raises_on_garbled_filings(filing: SyntheticFiling) -> None:
    with scratch() as directory:
        written = write_filing(filing, directory)
        report = validate(
            written.entry, parameters=Parameters.from_values({"reconstruction": "all", **written.parameters})
        )
    assert _internal_errors(report) == []


@pytest.mark.parametrize("document_format", list(DocumentFormat))
def test_multi_megabyte_text_blocks_are_read_whole(document_format: DocumentFormat) -> None:
    """A 5 MB text block neither breaks the plugin nor gets cut: the rules see all of it."""
    filing = compose_filing(SeededChooser(3), form=Form.TEN_K, year="2024", document_format=document_format)
    paragraph = "<p>Our program includes monitoring, testing and training&#8212;every day of the year.</p>"
    huge = paragraph * (5_000_000 // len(paragraph))
    target = next(f.id for f in filing.spec.facts if f.concept == "ProcTB")
    filing = map_facts(filing, lambda f: replace(f, value=huge + str(f.value)) if f.id == target else f)
    with scratch() as directory:
        written = write_filing(filing, directory)
        with load(written.entry, parameters=Parameters.from_values({"reconstruction": "all"})) as loaded:
            repeats = max((f.value or "").count("every day of the year.") for f in loaded.view().facts)
            codes = [str(e.get("code")) for e in loaded.logs] + [f.code for f in loaded.findings]
            serious = [f.code for f in loaded.findings if f.severity.value != "info"]
            error = loaded.error
    assert error is None
    assert [c for c in codes if c.endswith("internalError")] == [] and serious == []
    assert repeats == huge.count("every day of the year.")


def test_a_document_of_nothing_but_junk_is_refused_with_a_reason() -> None:
    filing = compose_filing(SeededChooser(5), form=Form.EIGHT_K, year="2025")
    junk = replace(filing, damage=(Damage(DamageKind.WHOLE, text="\x00\x01 not xml <<<"),))
    with scratch() as directory:
        report = validate(write_filing(junk, directory).entry, reconstruction="all")
    assert report.error is not None and "not processed" in report.error
    assert _internal_errors(report) == []
