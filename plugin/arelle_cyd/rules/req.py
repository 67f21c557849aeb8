"""REQ: required presence of cyd facts (cyd-rules.md 3.1)."""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.filing import Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import context_label, either, present, present_anywhere, primary_version, qnames
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.scope import ITEM105_TAGGING_DATE, ITEM_105, is_8k_family, scope_of

_DQC_0202_TEXT = (
    "The filing has not made any cyber security disclosures. At least one element related to cyber "
    "security should be used to report the cyber security disclosures in the filing. Please add cyber "
    "security disclosures to the filing. The following elements are available for cyber security "
    "disclosures: %(concepts)s"
)


def _document_type_facts(filing: FilingView) -> tuple[Fact, ...]:
    return tuple(f for f in filing.dei_facts if f.local_name == "DocumentType")


def _dqc_authority(filing: FilingView) -> str:
    namespaces = filing.taxonomy.referenced_namespaces
    uses_ifrs = any("xbrl.ifrs.org" in ns for ns in namespaces)
    uses_gaap = any("fasb.org/us-gaap" in ns for ns in namespaces)
    return "DQC.IFRS.0202.10703" if uses_ifrs and not uses_gaap else "DQC.US.0202.10702"


@rule(
    "CYD.REQ.1",
    title="Annual report without any cyd fact",
    severity=Severity.ERROR,
    condition="dei:DocumentType is 10-K or 20-F, dei:DocumentPeriodEndDate >= 2024-12-15, "
    "dei:DocumentTransitionReport is not true, the registrant is not an asset-backed issuer, "
    "and no fact in any cyd namespace is reported.",
    message=_DQC_0202_TEXT,
    authority="XBRL US DQC_0202 (Cyber Taxonomy Disclosures); 17 CFR 229.106(d) and Form 20-F Item 16K "
    "structured-data requirement; Inline XBRL tagging for fiscal years ending on or after 2024-12-15",
    authority_id="DQC.US.0202.10702",
    origin=Origin.AUTHORITY,
    applies_to="CYD",
    parameters=("abs_issuer", "submission_type"),
    notes="Deviation from DQC_0202: facts of any cyd year count (DQC looks only at its own ruleset year); "
    "CYD.TAX.2 reports the year mismatch instead. The asset-backed-issuer skip is derived from the "
    "adopting release.",
)
def req_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if scope.requires_annual_cyd and not filing.cyd_fact_list:
        concepts = qnames(primary_version(filing).item106)
        yield Hit(
            {"concepts": concepts, "authority": _dqc_authority(filing)},
            facts=_document_type_facts(filing),
        )


@rule(
    "CYD.REQ.2",
    title="Item 106 description missing",
    severity=Severity.WARNING,
    condition="In-scope annual report with at least one cyd fact, and one of ProcTB (106(b)(1)), "
    "MatAffF or MatAffTB (106(b)(2)), BoardTB (106(c)(1)) or MgmtRoleTB (106(c)(2)) is absent "
    "from the required context.",
    message="%(paragraph)s requires a description (%(label)s); no fact for %(concept)s was found "
    "in the required context %(context)s.",
    authority='17 CFR 229.106(b)(1), (b)(2), (c)(1), (c)(2) are unconditional "Describe" items; '
    "229.106(d) requires them to be tagged",
    origin=Origin.DERIVED,
    applies_to="ProcTB; MatAffF or MatAffTB; BoardTB; MgmtRoleTB",
    parameters=("abs_issuer",),
    notes="MatAffTB satisfies (b)(2) in place of MatAffF.",
)
def req_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if not scope.in_scope_annual or not any(True for _ in filing.cyd_facts()):
        return
    context_id = filing.dei.required_context_id
    for requirement in primary_version(filing).annual_requirements:
        found = any(
            present(filing, c, context_id) if context_id else present_anywhere(filing, c)
            for c in requirement.any_of
        )
        if not found:
            yield Hit(
                {
                    "paragraph": requirement.paragraph,
                    "label": " / ".join(c.label for c in requirement.any_of),
                    "concept": either(requirement.any_of),
                    "context": context_label(context_id),
                },
                facts=_document_type_facts(filing),
                about=tuple(c.qname for c in requirement.any_of),
            )


@rule(
    "CYD.REQ.3",
    title="Transition report without cyd facts",
    severity=Severity.WARNING,
    condition="dei:DocumentType is 10-KT, or 10-K/20-F with dei:DocumentTransitionReport true; "
    "dei:DocumentPeriodEndDate >= 2024-12-15; not an asset-backed issuer; no cyd fact.",
    message="Transition report on Form %(form)s contains no cybersecurity (Item 106 / Item 16K) facts; "
    "the cybersecurity item also applies to transition reports.",
    authority="Form 10-K Item 1C / Form 20-F Item 16K (DQC_0202 skips transition reports)",
    origin=Origin.DERIVED,
    parameters=("abs_issuer",),
    notes="Whether Item 1C applies to transition reports is to be verified against the official guide.",
)
def req_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if scope.requires_transition_cyd and not filing.cyd_fact_list:
        yield Hit({"form": scope.form or ""}, facts=_document_type_facts(filing))


@rule(
    "CYD.REQ.4",
    title="8-K reports Item 1.05 without cyd facts",
    severity=Severity.WARNING,
    other_severities=(Severity.INFO,),
    condition="The submission type is in EDGAR class @8-K, the 8-K items parameter contains 1.05, and no "
    "cyd fact is reported. Info instead of warning when the filing date is before 2024-12-18. Does not run "
    "without an item list, as in EDGAR.",
    message="In submission type %(subType)s, a Cybersecurity Disclosure (CYD) taxonomy fact should be "
    "included if item 1.05 is present in the submission header (filing date %(filingDate)s).",
    authority="EDGAR Filer Manual 6.5.77 (dei-validations.json item-facts-dependency); Form 8-K Item 1.05 "
    "tagging date 2024-12-18",
    authority_id="EFM.6.05.77",
    origin=Origin.AUTHORITY,
    parameters=("submission_type", "items", "filing_date"),
    notes="The date gating is a proposal; EDGAR has the submission date and always warns.",
)
def req_4(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    scope = scope_of(filing, params)
    if scope.items is None or ITEM_105 not in scope.items or not is_8k_family(scope.submission_type):
        return
    if any(True for _ in filing.cyd_facts()):
        return
    early = scope.filing_date.value is not None and scope.filing_date.value < ITEM105_TAGGING_DATE
    yield Hit(
        {
            "subType": scope.submission_type or "",
            "filingDate": scope.filing_date.describe(),
            "authority": "EFM.6.05.77",
        },
        facts=_document_type_facts(filing),
        severity=Severity.INFO if early else None,
    )


@rule(
    "CYD.REQ.5",
    title="Item 1.05(a) incident element missing",
    severity=Severity.WARNING,
    other_severities=(Severity.INFO,),
    condition="In-scope Item 1.05 report with at least one Item 1.05 fact, and IncNatureTB, IncScopeTB, "
    "IncTimingTB or IncImpactTB is absent. Info instead of warning when IncNotAvailTB is present.",
    message="Item 1.05(a) requires the %(aspect)s of the incident; %(concept)s is missing%(notAvailable)s.",
    authority="Form 8-K Item 1.05(a) and Instruction 2",
    origin=Origin.DERIVED,
    applies_to="IncNatureTB, IncScopeTB, IncTimingTB, IncImpactTB (+ IncNotAvailTB)",
    parameters=("items", "filing_date"),
    notes="The Item 1.05 concept names are unverified (cyd-concepts.md section 3).",
)
def req_5(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    version = primary_version(filing)
    incident_facts = list(filing.item105_facts)
    scope = scope_of(filing, params)
    if not incident_facts or not scope.in_scope_105(bool(incident_facts)):
        return
    not_available = bool(present_anywhere(filing, version.incident.not_available))
    aspects = ("nature", "scope", "timing", "material impact or reasonably likely material impact")
    for aspect, concept in zip(aspects, version.incident.required, strict=True):
        if present_anywhere(filing, concept):
            continue
        suffix = (
            ""
            if not_available
            else (
                f" and no statement that the information is not available ({version.incident.not_available.qname}) "
                "is tagged"
            )
        )
        yield Hit(
            {"aspect": aspect, "concept": concept.qname, "notAvailable": suffix},
            facts=tuple(incident_facts),
            about=(concept.qname,),
            severity=Severity.INFO if not_available else None,
        )
