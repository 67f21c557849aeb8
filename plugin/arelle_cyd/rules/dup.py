"""DUP: the same cyd concept reported more than once (cyd-rules.md 3.6).

Duplicates are facts of one concept in equivalent contexts (same entity, period and
dimensions, whatever the context ids) and, for text blocks, the same language:
``FilingView.equivalent_fact_groups``, built once per filing.
"""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.filing import Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import by_local_name, context_label, period_label, truncate
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.scope import scope_of


def _comparable(filing: FilingView, fact: Fact) -> object:
    """The value EDGAR compares: the boolean of a flag, the string otherwise, None when nil."""
    if fact.is_nil:
        return None
    if filing.is_flag(fact):
        boolean = fact.boolean
        return boolean if boolean is not None else fact.value
    return fact.value


@rule(
    "CYD.DUP.1",
    title="Inconsistent duplicate facts",
    severity=Severity.ERROR,
    condition="Facts of the same cyd concept in equivalent contexts (and, for text blocks, the same language) "
    "have different values, e.g. a flag both true and false.",
    message="The instance document contained an element, %(fact)s that was used more than once in contexts "
    "equivalent to %(contextID)s: values %(values)s.  Please ensure there are no duplicate combinations of "
    "concept and context in the instance.",
    authority="EDGAR Filer Manual 6.5.12 (EDGAR code du-0512-Duplicate-Facts)",
    authority_id="EFM.6.05.12",
    origin=Origin.AUTHORITY,
    generic_efm=True,
    notes="As EDGAR, text blocks are compared as written (markup included) and a nil fact differs from a "
    "non-nil one; flags are compared as booleans, so 'true' and '1' agree.",
)
def dup_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for facts in filing.equivalent_fact_groups:
        if len({repr(_comparable(filing, f)) for f in facts}) > 1:
            yield Hit(
                {
                    "fact": facts[0].qname,
                    "contextID": context_label(facts[0].context_id),
                    "values": ", ".join(truncate("(nil)" if f.is_nil else f.value or "", 128) for f in facts),
                },
                facts=facts,
            )


@rule(
    "CYD.DUP.2",
    title="Text block tagged several times with identical content",
    severity=Severity.INFO,
    condition="Two or more facts of the same cyd text block in equivalent contexts and language have identical "
    "values (consistent duplicates).",
    message="%(concept)s is tagged %(count)s times with identical content in context %(context)s.",
    authority="EDGAR accepts consistent duplicates (EFM 6.5.12); a reviewer may want one tag per disclosure",
    origin=Origin.PROPOSAL,
    applies_to="cyd text blocks",
    notes="Flags are excluded: one real 10-K reports ThirdPartyEngF twice on two spans with the same value, "
    "which is legitimate.",
)
def dup_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for facts in filing.equivalent_fact_groups:
        if not filing.is_text_block(facts[0]) or any(f.is_nil for f in facts):
            continue
        if len({f.value for f in facts}) == 1:
            yield Hit(
                {
                    "concept": facts[0].qname,
                    "count": str(len(facts)),
                    "context": context_label(facts[0].context_id),
                },
                facts=facts,
            )


@rule(
    "CYD.DUP.3",
    title="Item 106 concept reported for several periods",
    severity=Severity.WARNING,
    condition="In an annual report, the same Item 106 concept is present (non-nil) for two or more different "
    "periods.",
    message="%(concept)s is reported for more than one period (%(periods)s); Item 106 is a current-period "
    "disclosure.",
    authority="Item 106 is not a comparative disclosure (17 CFR 229.106)",
    origin=Origin.PROPOSAL,
    applies_to="ITEM106",
    parameters=("submission_type",),
)
def dup_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if not scope_of(filing, params).is_annual:
        return
    item106 = [f for f in filing.item106_facts if f.is_present and f.context is not None]
    for facts in by_local_name(item106).values():
        periods = list(dict.fromkeys(period_label(f.context) for f in facts))
        if len(periods) > 1:
            yield Hit({"concept": facts[0].qname, "periods": ", ".join(periods)}, facts=tuple(facts))
