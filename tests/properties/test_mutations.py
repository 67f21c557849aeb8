"""One defect per rule: each mutation gets its rule's finding and no unrelated warning or error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arelle_cyd.findings import Finding
from arelle_cyd.rules import REGISTRY
from arelle_cyd.testing.files import run_filing
from arelle_cyd.testing.strategies import MUTATIONS, Mutant, filings, mutants
from arelle_cyd.testing.views import view_of
from hypothesis_profiles import budget
from property_support import assert_same_view, findings_of, scratch

RULE_IDS = sorted(MUTATIONS)


def test_every_registered_rule_has_exactly_one_mutation() -> None:
    rules = {rule.id for rule in REGISTRY}
    missing = sorted(rules - set(MUTATIONS))
    stale = sorted(set(MUTATIONS) - rules)
    assert missing == [], f"add a @mutation in arelle_cyd/testing/strategies.py for {missing}"
    assert stale == [], f"mutations for rules that are not registered: {stale}"


def test_each_mutation_expects_its_rules_code_and_a_severity_the_rule_can_have() -> None:
    for rule_id, mutation in MUTATIONS.items():
        rule = REGISTRY[rule_id]
        assert mutation.code == rule_id or mutation.code.startswith(rule_id + ".")
        assert mutation.severity in (rule.severity, *rule.other_severities)
        assert mutation.description, f"{rule_id}: say in the docstring which defect the mutation makes"


def _check(mutant: Mutant, base: list[Finding], mutated: list[Finding]) -> None:
    mutation = mutant.mutation
    detected = sum(1 for f in mutated if mutation.detects(f))
    assert detected > sum(1 for f in base if mutation.detects(f)), (
        f"{mutation.rule_id} not detected: {[(f.code, f.severity.value) for f in mutated]}"
    )
    missing = sorted(mutant.companions - {f.rule_id for f in mutated if f.severity.value != "info"})
    assert missing == [], f"{mutation.rule_id}: the declared companions {missing} did not follow"
    unrelated = [
        f"{f.code} ({f.severity.value}): {f.message}"
        for f in mutated
        if f.severity.value != "info" and f.rule_id not in {mutation.rule_id, *mutant.companions}
    ]
    assert unrelated == []


@pytest.mark.parametrize("rule_id", RULE_IDS)
@budget(20)
@given(data=st.data())
def test_mutation_is_detected_by_its_rule(rule_id: str, data: st.DataObject) -> None:
    """On the Arelle-free view: many examples per rule."""
    mutant: Mutant = data.draw(mutants(rule_id))
    _check(mutant, findings_of(mutant.base), findings_of(mutant.filing))


@pytest.mark.parametrize("rule_id", RULE_IDS)
@budget(1)
@given(data=st.data())
def test_mutation_is_detected_through_arelle(rule_id: str, data: st.DataObject) -> None:
    """Through Arelle and the plugin, as a user runs it: the same finding, and no plugin failure.

    The property above judges the rules on ``views.view_of``; here Arelle's view of the
    mutant must equal it, and so must the findings, so a defect cannot look different
    to the rules than to Arelle.
    """
    mutant: Mutant = data.draw(mutants(rule_id))
    with scratch() as directory:
        run = run_filing(mutant.filing, directory, with_view=True)
    assert run.error is None and run.internal_errors == []
    _check(mutant, findings_of(mutant.base), list(run.findings))
    if not mutant.mutation.breaks_xbrl:
        assert run.arelle_problems == [], "the mutation broke XBRL validity as well"
    assert run.view is not None
    assert_same_view(run.view, view_of(mutant.filing))
    assert sorted(f.code for f in run.findings) == sorted(f.code for f in findings_of(mutant.filing))


# ---------------------------------------------------------------- regressions: shapes that once went wrong

# A processes description with none of its details: FLAG.6's mutation used to add IntegTB, which
# also lacks its flag (an unrelated FLAG.2 warning). It now adds a detail that pairs with nothing.
_BARE_ANNUAL = frozenset({"ProcTB", "MatAffF", "BoardTB", "MgmtRoleTB"})


@pytest.mark.parametrize("rule_id", ["CYD.FLAG.5", "CYD.FLAG.6", "CYD.FLAG.7"])
@budget(5)
@given(data=st.data())
def test_detail_mutations_on_a_report_with_no_details(rule_id: str, data: st.DataObject) -> None:
    mutant: Mutant = data.draw(mutants(rule_id, base=filings(form="10-K", concepts=_BARE_ANNUAL)))
    _check(mutant, findings_of(mutant.base), findings_of(mutant.filing))
