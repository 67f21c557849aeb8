"""IX: inline presentation of cyd facts (cyd-rules.md 3.9).

EDGAR lets only dei, vip and ffd facts hide in ``ix:hidden`` (EFM 5.2.5.14), and
requires every used concept to be presented (EFM 6.12.3). The second needs the
whole DTS, which offline consists of the filer's files only, so IX.2 judges only
when the official cyd taxonomy is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.filing import DocumentKind, Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule


@rule(
    "CYD.IX.1",
    title="cyd fact hidden in ix:hidden",
    severity=Severity.WARNING,
    condition="An inline cyd fact is inside ix:hidden: a non-nil fact is eligible for transformation and should "
    "be visible; a nil one should at least be referenced by an -sec-ix-hidden style.",
    message="%(countEligible)s fact(s) appearing in ix:hidden were eligible for transformation: %(elements)s",
    authority="EDGAR Filer Manual 5.2.5.14 (EDGAR codes ix-0514-Hidden-Fact-Eligible-For-Transform, "
    "ix-0514-Hidden-Fact-Not-Referenced); cyd is not a hideable namespace (only dei, vip, ffd)",
    authority_id="EFM.5.02.05.14",
    origin=Origin.AUTHORITY,
    notes="0 of 302 real inline cyd facts are hidden. Like EDGAR, one finding names all eligible facts.",
    alternatives={
        "hiddenFactNotReferenced": (
            "%(countUnreferenced)s fact(s) appearing in ix:hidden were not referenced by any -sec-ix-hidden "
            "style property: %(elements)s"
        ),
    },
)
def ix_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if filing.document_kind is not DocumentKind.INLINE:
        return
    hidden = [f for f in filing.cyd_facts() if f.is_hidden]
    cases = (
        ("countEligible", "hiddenFactEligibleForTransform", [f for f in hidden if not f.is_nil]),
        (
            "countUnreferenced",
            "hiddenFactNotReferenced",
            [f for f in hidden if f.is_nil and not f.hidden_referenced],
        ),
    )
    for count_argument, suffix, facts in cases:
        if facts:
            yield Hit(
                {count_argument: str(len(facts)), "elements": ", ".join(sorted({f.qname for f in facts}))},
                facts=tuple(facts),
                suffix=suffix,
            )


@rule(
    "CYD.IX.2",
    title="cyd concept used but not presented",
    severity=Severity.ERROR,
    condition="The official cyd taxonomy is loaded and a cyd concept used by a fact is in no presentation "
    "relationship of the DTS. Never judged offline (the presentation usually comes from the SEC entry point).",
    message="Element %(concept)s is used in a fact or context in the instance, but is not in any presentation "
    "relationships.  Add the element to at least one presentation group.",
    authority="EDGAR Filer Manual 6.12.3 (EDGAR code cp-1203-Element-Used-Not-Presented)",
    authority_id="EFM.6.12.03",
    origin=Origin.AUTHORITY,
    notes="Skipped whenever TaxonomyInfo.presented_concepts is unknown: offline, with the reconstruction or "
    "without the official schema a missing relationship proves nothing (IBM presents none itself).",
)
def ix_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    presented = filing.taxonomy.presented_concepts
    if presented is None or not filing.taxonomy.official:
        return
    unpresented: dict[str, list[Fact]] = {}
    for fact in filing.cyd_facts():
        if fact.clark not in presented:
            unpresented.setdefault(fact.clark, []).append(fact)
    for facts in unpresented.values():
        yield Hit({"concept": facts[0].qname}, facts=tuple(facts))
