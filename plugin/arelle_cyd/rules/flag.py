"""FLAG: flag / text-block coherence and the parent-child structure of Item 106 (cyd-rules.md 3.3).

Flags and text blocks are paired by context, never by position in the document:
in real filings flags sit inside their text blocks, and one span often carries
several text-block concepts. Neither is a finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from arelle_cyd.catalogue import CatalogueVersion, Concept, Pair
from arelle_cyd.filing import Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import (
    context_label,
    contexts_with_cyd_facts,
    flag_values,
    present,
    primary_version,
)
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule

_PAIRS_WITH_FLAG_ANSWER = ("P1", "P2", "P3")  # P4 (PosF, ExpertTB) has no "whether" of its own


def _pair_cases(
    filing: FilingView, pairs: tuple[Pair, ...]
) -> Iterator[tuple[Pair, str | None, list[Fact], list[Fact]]]:
    for context_id in contexts_with_cyd_facts(filing):
        for pair in pairs:
            yield (
                pair,
                context_id,
                present(filing, pair.flag, context_id),
                present(filing, pair.text_block, context_id),
            )


def _pair_args(pair: Pair, context_id: str | None) -> dict[str, str]:
    return {
        "flag": pair.flag.qname,
        "textBlock": pair.text_block.qname,
        "context": context_label(context_id),
        "paragraph": pair.paragraph,
        "wording": pair.wording,
    }


@rule(
    "CYD.FLAG.1",
    title="Flag true without its description",
    severity=Severity.WARNING,
    condition="For the pairs P1-P4, the flag is true and the paired text block is absent from the flag's "
    "context.",
    message="%(flag)s is true but the related description %(textBlock)s is not tagged in context "
    '%(context)s (%(paragraph)s asks "%(wording)s").',
    authority='17 CFR 229.106(b)(1)(i) "whether and how"; (b)(2) "and if so, how"; (c)(2)(i) "whether '
    'and which ... and the relevant expertise"',
    origin=Origin.DERIVED,
    applies_to="P1, P2, P3, P4",
)
def flag_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    version = primary_version(filing)
    for pair, context_id, flags, blocks in _pair_cases(filing, version.pairs):
        if True in flag_values(flags) and not blocks:
            yield Hit(
                _pair_args(pair, context_id),
                facts=tuple(f for f in flags if f.boolean),
                about=(pair.text_block.qname,),
            )


@rule(
    "CYD.FLAG.2",
    title="Description without its yes/no flag",
    severity=Severity.WARNING,
    condition="For the pairs P1-P3, the text block is present and the flag is absent in the same context.",
    message="%(textBlock)s is tagged but the yes/no answer %(flag)s is not (context %(context)s); tag the "
    'flag so that the "whether" answer of %(paragraph)s is machine-readable.',
    authority='Each "whether" item of 17 CFR 229.106 has a flag in the cyd taxonomy',
    origin=Origin.PROPOSAL,
    applies_to="P1, P2, P3",
    notes="To verify against the SEC CYD taxonomy guide.",
)
def flag_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    version = primary_version(filing)
    pairs = tuple(p for p in version.pairs if p.id in _PAIRS_WITH_FLAG_ANSWER)
    for pair, context_id, flags, blocks in _pair_cases(filing, pairs):
        if blocks and not flags:
            yield Hit(_pair_args(pair, context_id), facts=tuple(blocks), about=(pair.flag.qname,))


@rule(
    "CYD.FLAG.3",
    title="Flag false while its description is tagged",
    severity=Severity.INFO,
    condition="For the pairs P1-P3, the flag is false and the paired text block is present in the same "
    "context. Never higher than info: a negative answer may legitimately be explained.",
    message="%(flag)s is false while %(textBlock)s is tagged in context %(context)s; confirm that the text "
    "explains the negative answer (%(paragraph)s).",
    authority="17 CFR 229.106; 3 of 23 real 10-Ks (KO, CRSR) have MatAffF false with MatAffTB present",
    origin=Origin.PROPOSAL,
    applies_to="P1, P2, P3",
)
def flag_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    version = primary_version(filing)
    pairs = tuple(p for p in version.pairs if p.id in _PAIRS_WITH_FLAG_ANSWER)
    for pair, context_id, flags, blocks in _pair_cases(filing, pairs):
        if flag_values(flags) == {False} and blocks:
            yield Hit(_pair_args(pair, context_id), facts=(*flags, *blocks))


@rule(
    "CYD.FLAG.4",
    title="Management details while no positions or committees are responsible",
    severity=Severity.WARNING,
    other_severities=(Severity.INFO,),
    condition="PosF is false and (ReportBoardF is true or ExpertTB is present) -> warning; PosF is false "
    "and MgmtInformTB is present -> info. Same context.",
    message="%(concept)s describes responsible management positions or committees, but %(flag)s is false "
    'in context %(context)s (%(paragraph)s refers to "such persons or committees").',
    authority='17 CFR 229.106(c)(2)(ii)-(iii) refer to "such persons or committees" of (c)(2)(i)',
    origin=Origin.DERIVED,
    applies_to="PosF vs ExpertTB, MgmtInformTB, ReportBoardF",
)
def flag_4(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    deps = primary_version(filing).positions_dependents
    for context_id in contexts_with_cyd_facts(filing):
        flags = present(filing, deps.flag, context_id)
        if flag_values(flags) != {False}:
            continue
        cases: list[tuple[Concept, list[Fact], Severity | None]] = []
        for concept in deps.warn_when_true:
            cases.append((concept, [f for f in present(filing, concept, context_id) if f.boolean], None))
        for concept in deps.warn_when_present:
            cases.append((concept, present(filing, concept, context_id), None))
        for concept in deps.info_when_present:
            cases.append((concept, present(filing, concept, context_id), Severity.INFO))
        for concept, facts, severity in cases:
            if facts:
                yield Hit(
                    {
                        "concept": concept.qname,
                        "flag": deps.flag.qname,
                        "context": context_label(context_id),
                        "paragraph": deps.paragraph,
                    },
                    facts=(*flags, *facts),
                    severity=severity,
                )


def _detail_rule(filing: FilingView, parent_alias: str) -> Iterator[Hit]:
    version: CatalogueVersion = primary_version(filing)
    detail = next(d for d in version.details if d.parent.alias == parent_alias)
    for context_id in contexts_with_cyd_facts(filing):
        children = [f for c in detail.children for f in present(filing, c, context_id)]
        if children and not present(filing, detail.parent, context_id):
            yield Hit(
                {
                    "parent": detail.parent.qname,
                    "children": ", ".join(dict.fromkeys(f.qname for f in children)),
                    "context": context_label(context_id),
                    "paragraph": detail.paragraph,
                },
                facts=tuple(children),
                about=(detail.parent.qname,),
            )


@rule(
    "CYD.FLAG.5",
    title="Board committee details without the board oversight description",
    severity=Severity.WARNING,
    condition="BoardCommTB or BoardInformTB is present and BoardTB is absent in the same context.",
    message="Board committee information (%(children)s) is tagged without the board oversight description "
    "%(parent)s in context %(context)s (%(paragraph)s).",
    authority='17 CFR 229.106(c)(1): committee identification is "if applicable", within the board '
    "description",
    origin=Origin.DERIVED,
    applies_to="BoardCommTB, BoardInformTB vs BoardTB",
)
def flag_5(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    return _detail_rule(filing, "BoardTB")


@rule(
    "CYD.FLAG.6",
    title="Risk-management details without the processes description",
    severity=Severity.WARNING,
    condition="IntegF, IntegTB, ThirdPartyEngF or ThirdPartyOversF is present and ProcTB is absent in the "
    "same context.",
    message="%(paragraph)s details (%(children)s) are tagged but the processes description %(parent)s is "
    "missing in context %(context)s.",
    authority="17 CFR 229.106(b)(1) structure: (i)-(iii) detail the processes of (b)(1)",
    origin=Origin.DERIVED,
    applies_to="IntegF, IntegTB, ThirdPartyEngF, ThirdPartyOversF vs ProcTB",
)
def flag_6(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    return _detail_rule(filing, "ProcTB")


@rule(
    "CYD.FLAG.7",
    title="Management details without the management-role description",
    severity=Severity.WARNING,
    condition="PosF, PosTB, ExpertTB, MgmtInformTB or ReportBoardF is present and MgmtRoleTB is absent in "
    "the same context.",
    message="%(paragraph)s details (%(children)s) are tagged but the management-role description "
    "%(parent)s is missing in context %(context)s.",
    authority="17 CFR 229.106(c)(2) structure: (i)-(iii) detail management's role",
    origin=Origin.DERIVED,
    applies_to="PosF, PosTB, ExpertTB, MgmtInformTB, ReportBoardF vs MgmtRoleTB",
)
def flag_7(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    return _detail_rule(filing, "MgmtRoleTB")
