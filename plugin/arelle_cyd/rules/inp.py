"""INP: inputs the rules need but could not find (added by arelle-cyd)."""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.filing import FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule


@rule(
    "CYD.INP.1",
    title="Form unknown",
    severity=Severity.INFO,
    condition="cyd facts are reported, dei:DocumentType has no usable value and no submission type was "
    "given: the form-dependent rules (REQ, FORM) could not run.",
    message="The form of this filing is unknown (no dei:DocumentType and no --cyd-submission-type); "
    "form-dependent cyd rules did not run on its %(count)s cyd facts.",
    authority="EFM 6.5.20 requires dei:DocumentType; arelle-cyd reports rules it could not apply",
    origin=Origin.PROPOSAL,
    parameters=("submission_type",),
    notes="Added by arelle-cyd so that a missing cover page never silently disables checks.",
)
def inp_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    facts = tuple(filing.cyd_facts())
    if facts and not filing.dei.document_type and not params.submission_type:
        yield Hit({"count": str(len(facts))}, facts=facts)
