"""8K: Form 8-K Item 1.05 specifics (cyd-rules.md 3.8).

Item 1.05 Instruction 2 lets a registrant file before everything is known and
requires an 8-K/A within four business days once it is; these rules follow that
lifecycle and the case of several incidents reported on one axis.
"""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.filing import Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import display_qname, matches_qname, present_anywhere, primary_version
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.scope import scope_of

ASPECTS = ("nature", "scope", "timing", "impact")


@rule(
    "CYD.8K.1",
    title="Information declared not yet available",
    severity=Severity.INFO,
    condition="The statement that Item 1.05 information is not determined or unavailable (IncNotAvailTB) is "
    "present.",
    message="%(concept)s is tagged. Instruction 2 to Item 1.05: information not determined or unavailable "
    "must be provided in a Form 8-K/A within four business days after it is determined or becomes available.",
    authority="Form 8-K Item 1.05 Instruction 2",
    origin=Origin.DERIVED,
    applies_to="IncNotAvailTB",
)
def eight_k_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    concept = primary_version(filing).incident.not_available
    facts = present_anywhere(filing, concept)
    if facts:
        yield Hit({"concept": concept.qname}, facts=tuple(facts))


@rule(
    "CYD.8K.2",
    title="Item 1.05 amendment without the newly determined information",
    severity=Severity.WARNING,
    other_severities=(Severity.INFO,),
    condition="An amended Item 1.05 report (8-K/A or 6-K/A, or dei:AmendmentFlag true) with Item 1.05 facts: "
    "none of IncNatureTB, IncScopeTB, IncTimingTB, IncImpactTB is tagged (only IncNotAvailTB) -> warning; "
    "dei:AmendmentDescription is absent -> info.",
    message="An Item 1.05 amendment should tag the newly determined %(aspects)s information (%(concepts)s); "
    "only %(tagged)s is tagged.",
    authority='Form 8-K Item 1.05 Instruction 2 (an amendment "containing such information")',
    origin=Origin.DERIVED,
    applies_to="ITEM105",
    parameters=("submission_type", "items", "filing_date"),
    notes="An amendment without any cyd fact is left to CYD.REQ.4 (with --cyd-items) so it is reported once.",
    alternatives={
        "noAmendmentDescription": (
            "The Item 1.05 amendment does not tag dei:AmendmentDescription; say what the amendment adds to "
            "the original report."
        ),
    },
)
def eight_k_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    incident = filing.item105_facts
    scope = scope_of(filing, params)
    if not incident or not scope.amendment or not scope.in_scope_105(True):
        return
    version = primary_version(filing)
    if not any(present_anywhere(filing, c) for c in version.incident.required):
        tagged = ", ".join(dict.fromkeys(f.qname for f in incident if f.is_present)) or "nil facts"
        yield Hit(
            {
                "aspects": "/".join(ASPECTS),
                "concepts": ", ".join(c.qname for c in version.incident.required),
                "tagged": tagged,
            },
            facts=tuple(incident),
            suffix="noNewInformation",
        )
    if filing.dei.amendment_description is None:
        yield Hit(
            {},
            facts=tuple(incident),
            severity=Severity.INFO,
            suffix="noAmendmentDescription",
        )


def _on_axis(fact: Fact, axis: str) -> str | None:
    for dimension in fact.context.dimensions if fact.context is not None else ():
        if matches_qname(dimension.axis, axis):
            return dimension.member
    return None


@rule(
    "CYD.8K.3",
    title="Several incidents not reported consistently on the incident axis",
    severity=Severity.WARNING,
    condition="Only when an incident axis is configured: some Item 1.05 facts are on the axis and others are "
    "not; or an incident member lacks nature, scope, timing or impact.",
    message="Item 1.05 facts mix incident-dimensioned and undimensioned contexts (%(undimensioned)s without "
    "%(axis)s); report each incident on its own member.",
    authority="Several incidents in one Form 8-K (cyd-rules.md 3.8); existence of a standard incident axis is "
    "unverified",
    origin=Origin.PROPOSAL,
    applies_to="ITEM105",
    parameters=("incident_axis",),
    alternatives={
        "incompleteIncident": "Incident %(member)s lacks its %(aspects)s (%(concepts)s).",
    },
)
def eight_k_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    axis = params.incident_axis
    incident = [f for f in filing.item105_facts if f.is_present]
    if not axis or not incident:
        return
    by_member: dict[str, list[Fact]] = {}
    undimensioned: list[Fact] = []
    for fact in incident:
        member = _on_axis(fact, axis)
        if member is None:
            undimensioned.append(fact)
        else:
            by_member.setdefault(member, []).append(fact)
    if not by_member:
        return
    if undimensioned:
        yield Hit(
            {"undimensioned": ", ".join(dict.fromkeys(f.qname for f in undimensioned)), "axis": axis},
            facts=tuple(undimensioned),
            suffix="mixedContexts",
        )
    required = primary_version(filing).incident.required
    for member, facts in by_member.items():
        names = {f.local_name for f in facts}
        missing = [(a, c) for a, c in zip(ASPECTS, required, strict=True) if c.local_name not in names]
        if missing:
            yield Hit(
                {
                    "member": display_qname(member),
                    "aspects": ", ".join(a for a, _ in missing),
                    "concepts": ", ".join(c.qname for _, c in missing),
                },
                facts=tuple(facts),
                suffix="incompleteIncident",
            )
