"""CTX: contexts, periods, entity and dimensions of cyd facts (cyd-rules.md 3.4).

The EDGAR restatements (CTX.1, CTX.3, CTX.6, CTX.7) keep EDGAR's message texts
and severities and are marked ``generic_efm`` so that ``--cyd-skip-generic-efm``
drops them when the EDGAR plugin runs alongside. They report each offending
context once, naming the cyd facts that use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from arelle_cyd.filing import Context, Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import (
    by_context,
    by_local_name,
    context_label,
    display_qname,
    matches_qname,
    period_label,
    present_anywhere,
    primary_version,
)
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.scope import scope_of

CIK_SCHEME = "http://www.sec.gov/CIK"
_CIK_VALUE = re.compile(r"^[0-9]{10}$")
# DQC.US.0006.14 as run by EDGAR (validate/resources/dqc-us-rules.json): days per fiscal period focus.
FOCUS_RANGES: dict[str, tuple[int, int]] = {
    "FY": (340, 390),
    "Q1": (65, 115),
    "Q2": (155, 205),
    "Q3": (245, 295),
    "Q4": (340, 390),
    "H1": (155, 205),
    "H2": (340, 390),
}


def _contexts_of_cyd_facts(filing: FilingView) -> Iterator[tuple[Context, list[Fact]]]:
    for context_id, facts in by_context(filing.cyd_facts()).items():
        context = filing.contexts.get(context_id or "")
        if context is not None:
            yield context, facts


@rule(
    "CYD.CTX.1",
    title="Entity identifier scheme or CIK wrong",
    severity=Severity.ERROR,
    condition="A context used by a cyd fact has an identifier scheme other than http://www.sec.gov/CIK, an "
    "identifier that is not 10 digits, or an identifier other than dei:EntityCentralIndexKey. One finding per "
    "context and defect.",
    message="Your identifier for the CIK code, %(identifier)s, or scheme %(scheme)s, in context %(context)s, "
    "did not adhere to the standard naming convention of <identifier scheme='http://www.sec.gov/CIK'>"
    "xxxxxxxxxx</identifier>'.  Please recheck your submission and comply with the standard naming convention.",
    authority="EDGAR Filer Manual 6.5.1, 6.5.2, 6.5.3, 6.5.23 (EDGAR codes cp-0501-Entity-Identifier-Scheme, "
    "cp-0523-Non-Matching-Cik)",
    authority_id="EFM.6.05.01",
    origin=Origin.AUTHORITY,
    generic_efm=True,
    notes="Messages are EDGAR's: scheme (EFM.6.05.01), identifier not 10 digits (EFM.6.05.23.cikValue) and "
    "identifier other than dei:EntityCentralIndexKey (EFM.6.05.23). The submission-header CIK check of 6.5.3 "
    "needs EDGAR's submission data and is not restated.",
    alternatives={
        "cikValue": (
            "The context identifier CIK %(entityIdentifier)s is not 10 digits, for required context(s).  "
            "Please include a correct context identifier CIK in the filing."
        ),
        "nonMatchingCik": (
            "The EntityCentralIndexKey, %(value)s, does not match the context identifier CIK "
            "%(entityIdentifier)s.  Please include a correct matching EntityCentralIndexKey and context "
            "identifier CIK(s) in the filing."
        ),
    },
)
def ctx_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    cik = filing.dei.cik
    for context, facts in _contexts_of_cyd_facts(filing):
        args = {"identifier": context.identifier, "scheme": context.scheme, "context": context.id}
        if context.scheme != CIK_SCHEME:
            yield Hit({**args, "authority": "EFM.6.05.01"}, facts=tuple(facts), suffix="scheme")
        if not _CIK_VALUE.match(context.identifier):
            yield Hit(
                {**args, "entityIdentifier": context.identifier, "authority": "EFM.6.05.23"},
                facts=tuple(facts),
                suffix="cikValue",
            )
        elif cik is not None and context.identifier != cik:
            yield Hit(
                {**args, "value": cik, "entityIdentifier": context.identifier, "authority": "EFM.6.05.23"},
                facts=tuple(facts),
                suffix="nonMatchingCik",
            )


@rule(
    "CYD.CTX.2",
    title="Period type of the context does not match the concept",
    severity=Severity.ERROR,
    condition="A cyd fact whose concept Arelle did not load (offline, no schema) uses an instant context while "
    "the catalogue gives the concept periodType duration, or the reverse.",
    message="%(concept)s has periodType %(periodType)s but context %(context)s is %(kind)s (%(period)s).",
    authority="XBRL 2.1 sections 4.7.2 and 5.1.1.1 (xbrli:periodType); Arelle core reports it as "
    "xbrl.4.7.2:contextPeriodType when the schema is loaded",
    authority_id="xbrl.4.7.2:contextPeriodType",
    origin=Origin.AUTHORITY,
    notes="Runs only for facts without a loaded concept, so it never repeats Arelle's own error.",
)
def ctx_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for fact in filing.cyd_facts():
        concept = filing.concept_of(fact)
        context = fact.context
        if (
            concept is None
            or fact.concept_period_type is not None
            or context is None
            or context.period is None
        ):
            continue
        kind = "instant" if context.period.is_instant else "duration"
        if kind != concept.period_type:
            yield Hit(
                {
                    "concept": fact.qname,
                    "periodType": concept.period_type,
                    "context": context.id,
                    "kind": kind,
                    "period": str(context.period),
                },
                facts=(fact,),
            )


@rule(
    "CYD.CTX.3",
    title="Text-block duration inconsistent with the fiscal period focus",
    severity=Severity.WARNING,
    condition="Annual report (not a transition report), dei:DocumentFiscalPeriodFocus is FY, Q1-Q4, H1 or H2, "
    "and a cyd text block's context lasts a number of days outside that focus's range (FY, Q4, H2: 340-390; "
    "Q1: 65-115; Q2, H1: 155-205; Q3: 245-295).",
    message="The number of days, %(durationDays)s, in the date range reported for %(name)s, %(startDate)s to "
    "%(endDate)s is not consistent with the DocumentFiscalPeriodFocus value of %(documentFiscalPeriodFocus)s. "
    "The properties of this %(name)s fact are: Context: %(contextID)s Unit: %(unitID)s",
    authority="XBRL US DQC_0006 rule 14 as run by EDGAR (validate/resources/dqc-us-rules.json, warning)",
    authority_id="DQC.US.0006.14",
    origin=Origin.AUTHORITY,
    generic_efm=True,
    applies_to="cyd text blocks",
    notes="EDGAR's severity (warning); XBRL US's XULE rule (dqc_us_rules DQC_0006.xule) reports an error. "
    "EDGAR's Python port skips the rule whenever any dei:DocumentTransitionReport fact exists, even false, "
    "which would silence it for nearly every 10-K; this restatement follows the XULE rule instead and skips "
    "only transition reports (a DocumentType containing T, or dei:DocumentTransitionReport true).",
)
def ctx_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    focus = filing.dei.fiscal_period_focus
    if not scope.is_annual or scope.is_transition or focus is None:
        return
    low_high = FOCUS_RANGES.get(focus)
    if low_high is None:
        return
    for fact in filing.text_block_facts:
        period = fact.context.period if fact.context is not None else None
        if period is None or period.start is None:
            continue
        if not low_high[0] <= period.days <= low_high[1]:
            yield Hit(
                {
                    "durationDays": str(period.days),
                    "name": fact.local_name,
                    "startDate": period.start.isoformat(),
                    "endDate": period.end.isoformat(),
                    "documentFiscalPeriodFocus": focus,
                    "contextID": fact.context_id or "",
                    "unitID": "(none)",
                },
                facts=(fact,),
            )


@rule(
    "CYD.CTX.4",
    title="Item 106 fact outside the report's fiscal period",
    severity=Severity.WARNING,
    condition="Annual report, and an Item 106 fact (flags included) uses a period other than the period of "
    "the required context (the context of dei:DocumentType).",
    message="%(concept)s is reported for %(period)s but the annual report covers %(reqPeriod)s; Item 106 "
    "disclosures belong to the fiscal period of the report.",
    authority="Item 106 is a per-report disclosure; EFM 6.5.19 and 6.5.20 (required context). DQC_0006 "
    "misses flags and mis-dated year-long periods",
    origin=Origin.DERIVED,
    applies_to="ITEM106",
    parameters=("submission_type",),
)
def ctx_4(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    required = filing.required_context
    if not scope_of(filing, params).is_annual or required is None or required.period is None:
        return
    outside = [
        f for f in filing.item106_facts if f.context is not None and f.context.period != required.period
    ]
    for facts in by_local_name(outside).values():
        yield Hit(
            {
                "concept": facts[0].qname,
                "period": ", ".join(dict.fromkeys(period_label(f.context) for f in facts)),
                "reqPeriod": str(required.period),
            },
            facts=tuple(facts),
        )


@rule(
    "CYD.CTX.5",
    title="Item 1.05 fact outside the report's required context period",
    severity=Severity.WARNING,
    condition="Form 8-K or 6-K family, and an Item 1.05 fact uses a period other than the period of the "
    "required context (or, without one, a period not ending on dei:DocumentPeriodEndDate).",
    message="%(concept)s uses context %(context)s (%(period)s); incident facts should use the report's "
    "required context ending %(periodEnd)s.",
    authority="Required context of Form 8-K and 6-K (EFM 6.5.19, 6.5.20)",
    origin=Origin.PROPOSAL,
    applies_to="ITEM105",
    parameters=("submission_type",),
)
def ctx_5(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if not scope_of(filing, params).is_current:
        return
    required = filing.required_context
    period_end = filing.dei.period_end_date
    for fact in filing.item105_facts:
        if fact.context is None or fact.context.period is None:
            continue
        if required is not None and required.period is not None:
            wrong = fact.context.period != required.period
            end = required.period.end
        elif period_end is not None:
            wrong = fact.context.period.end != period_end
            end = period_end
        else:
            continue
        if wrong:
            yield Hit(
                {
                    "concept": fact.qname,
                    "context": context_label(fact.context_id),
                    "period": str(fact.context.period),
                    "periodEnd": end.isoformat(),
                },
                facts=(fact,),
            )


@rule(
    "CYD.CTX.6",
    title="Context with a scenario",
    severity=Severity.ERROR,
    condition="A context used by a cyd fact has an xbrli:scenario element.",
    message="There must be no contexts with %(elementName)s, but %(count)s was(were) found: %(context)s.",
    authority="EDGAR Filer Manual 6.5.4 (EDGAR code cp-0504-No-Scenario)",
    authority_id="EFM.6.05.04",
    origin=Origin.AUTHORITY,
    generic_efm=True,
)
def ctx_6(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for context, facts in _contexts_of_cyd_facts(filing):
        if context.has_scenario:
            yield Hit({"elementName": "Scenario", "count": "1", "context": context.id}, facts=tuple(facts))


@rule(
    "CYD.CTX.7",
    title="Segment with content other than dimensions",
    severity=Severity.ERROR,
    condition="A context used by a cyd fact has an xbrli:segment child other than xbrldi:explicitMember or "
    "xbrldi:typedMember.",
    message="There must be no %(elementName)s with non-explicitDimension content, but %(count)s was(were) "
    "found: %(content)s.",
    authority="EDGAR Filer Manual 6.5.5 (EDGAR code cp-0505-Segment-Child-Not-Explicit-Member)",
    authority_id="EFM.6.05.05",
    origin=Origin.AUTHORITY,
    generic_efm=True,
)
def ctx_7(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for context, facts in _contexts_of_cyd_facts(filing):
        if context.segment_has_non_dimensional_content:
            content = context.segment_other_content or ("(non-dimensional content)",)
            yield Hit(
                {
                    "elementName": "Segment",
                    "count": str(len(content)),
                    "content": ", ".join(content),
                    "context": context.id,
                },
                facts=tuple(facts),
            )


def _allowed_axes(filing: FilingView, params: Parameters) -> dict[bool, tuple[str, ...]]:
    """The axes CTX.8 accepts, as QNames for ``matches_qname`` and the message: by ``is_item105``."""
    entity = ("dei:LegalEntityAxis",)
    incident = (primary_version(filing).incident.axis.qname, *filter(None, (params.incident_axis,)))
    return {False: entity, True: (*entity, *incident)}


@rule(
    "CYD.CTX.8",
    title="cyd fact with an unexpected dimension",
    severity=Severity.WARNING,
    condition="An Item 106 fact has a dimension other than dei:LegalEntityAxis, or an Item 1.05 fact has one "
    "other than dei:LegalEntityAxis, the cyd incident axis or the configured incident axis. Extension axes "
    "are therefore always reported.",
    message="%(concept)s is reported with dimension %(axis)s=%(member)s; cybersecurity disclosures are "
    "entity-level (allowed: %(allowed)s).",
    authority="No authority; 0 of 318 real cyd facts carry a dimension (cyd-rules.md 3.4)",
    origin=Origin.PROPOSAL,
    applies_to="ITEM106, ITEM105",
    parameters=("incident_axis",),
    notes="The catalogue's own incident axis (alias IncidentAxis; its name is unverified) is accepted "
    "for Item 1.05 facts even when no incident axis is configured. A configured axis given as prefix:local "
    "matches by local name (cyd: and dei: also by namespace), because parameters carry no namespace bindings.",
)
def ctx_8(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    allowed_by_item = _allowed_axes(filing, params)
    offending: dict[tuple[str, str, str], tuple[tuple[str, ...], list[Fact]]] = {}
    for fact in filing.cyd_facts():
        concept = filing.concept_of(fact)
        if concept is None or fact.context is None or not fact.context.dimensions:
            continue
        allowed = allowed_by_item[concept.is_item105]
        for dimension in fact.context.dimensions:
            if not any(matches_qname(dimension.axis, wanted) for wanted in allowed):
                key = (fact.local_name, dimension.axis, dimension.member)
                offending.setdefault(key, (allowed, []))[1].append(fact)
    for (_, axis, member), (allowed, facts) in offending.items():
        yield Hit(
            {
                "concept": facts[0].qname,
                "axis": display_qname(axis),
                "member": display_qname(member),
                "allowed": ", ".join(allowed),
            },
            facts=tuple(facts),
        )


@rule(
    "CYD.CTX.9",
    title="Legal-entity member that is not a declared co-registrant",
    severity=Severity.INFO,
    condition="A cyd fact's dei:LegalEntityAxis member is not among the members used with "
    "dei:EntityCentralIndexKey.",
    message="%(concept)s is reported for %(member)s, which is not a declared co-registrant (no "
    "dei:EntityCentralIndexKey is reported for it).",
    authority="Co-registrant convention: each co-registrant reports dei:EntityCentralIndexKey on its "
    "dei:LegalEntityAxis member",
    origin=Origin.PROPOSAL,
)
def ctx_9(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    undeclared: dict[tuple[str, str], list[Fact]] = {}
    for fact in filing.cyd_facts():
        for dimension in fact.context.dimensions if fact.context is not None else ():
            if matches_qname(dimension.axis, "dei:LegalEntityAxis") and (
                dimension.member not in filing.co_registrant_members
            ):
                undeclared.setdefault((fact.local_name, dimension.member), []).append(fact)
    for (_, member), facts in undeclared.items():
        yield Hit({"concept": facts[0].qname, "member": display_qname(member)}, facts=tuple(facts))


@rule(
    "CYD.CTX.10",
    title="Flag and its description in different contexts",
    severity=Severity.WARNING,
    condition="For the pairs P1-P4, the flag and the paired text block are both present but never in the same "
    "or an equivalent context.",
    message="%(flag)s (context %(flagContext)s) and %(textBlock)s (context %(textBlockContext)s) should share "
    "a context.",
    authority="Consistency of the yes/no answer and its description (cyd-rules.md 3.4)",
    origin=Origin.PROPOSAL,
    applies_to="P1, P2, P3, P4",
)
def ctx_10(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for pair in primary_version(filing).pairs:
        flags = present_anywhere(filing, pair.flag)
        blocks = present_anywhere(filing, pair.text_block)
        flag_contexts = {f.context_id for f in flags}
        block_contexts = {f.context_id for f in blocks}
        if flags and blocks and not {f.equivalence_key for f in flags} & {f.equivalence_key for f in blocks}:
            yield Hit(
                {
                    "flag": pair.flag.qname,
                    "flagContext": ", ".join(sorted(context_label(c) for c in flag_contexts)),
                    "textBlock": pair.text_block.qname,
                    "textBlockContext": ", ".join(sorted(context_label(c) for c in block_contexts)),
                },
                facts=(*flags, *blocks),
            )
