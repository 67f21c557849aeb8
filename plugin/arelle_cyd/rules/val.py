"""VAL: the values of cyd facts (cyd-rules.md 3.5).

Text rules judge the text a reader sees (``FilingView.plain_text``: markup
stripped, whitespace collapsed), computed once per fact. VAL.5 and VAL.7 restate
EDGAR checks with EDGAR's message texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from arelle_cyd.catalogue import edgar
from arelle_cyd.edgar_html import Problem, html_issues
from arelle_cyd.filing import DocumentKind, Fact, FilingView
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.common import context_label, truncate
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.textblock import non_space_length

PLACEHOLDER_MAX_LENGTH = 200
SHORT_TEXT_MIN_CHARACTERS = 50
_PLACEHOLDERS = (
    re.compile(r"^(see|refer to)\b.*\bitem", re.IGNORECASE),
    re.compile(r"incorporated (herein )?by reference", re.IGNORECASE),
    re.compile(r"^(none|not applicable|n/?a)\.?$", re.IGNORECASE),
)
REQUIRED_LANG = "en-US"  # EDGAR's default xml:lang (Arelle disclosure system efm)
ARELLE_TRANSFORM_ERROR = "(ixTransformValueError)"  # the value Arelle gives a fact whose transform failed


@rule(
    "CYD.VAL.1",
    title="Nil cyd fact",
    severity=Severity.WARNING,
    condition='A cyd fact has xsi:nil="true".',
    message="%(concept)s is nil in context %(context)s; omit the fact or report the disclosure.",
    authority="A nil disclosure conveys nothing (cyd-rules.md 3.5)",
    origin=Origin.PROPOSAL,
)
def val_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for fact in filing.cyd_facts():
        if fact.is_nil:
            yield Hit({"concept": fact.qname, "context": context_label(fact.context_id)}, facts=(fact,))


def _non_nil_text_blocks(filing: FilingView) -> Iterator[tuple[Fact, str]]:
    for fact in filing.text_block_facts:
        if not fact.is_nil and fact.value is not None:
            yield fact, filing.plain_text(fact)


@rule(
    "CYD.VAL.2",
    title="Text block without text",
    severity=Severity.ERROR,
    condition="A non-nil cyd text block contains no text once markup is removed (empty or whitespace only).",
    message="%(concept)s in context %(context)s contains no text.",
    authority="A text block must carry the disclosure; an empty span is a tagging error (cyd-rules.md 3.5)",
    origin=Origin.PROPOSAL,
    applies_to="cyd text blocks",
)
def val_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for fact, text in _non_nil_text_blocks(filing):
        if not text:
            yield Hit({"concept": fact.qname, "context": context_label(fact.context_id)}, facts=(fact,))


@rule(
    "CYD.VAL.3",
    title="Text block holds only a cross-reference or placeholder",
    severity=Severity.WARNING,
    condition="A cyd text block's text is shorter than 200 characters and matches a cross-reference or "
    "placeholder pattern: ^(see|refer to)...item, 'incorporated (herein) by reference', or "
    "^(none|not applicable|n/a).$ (case-insensitive).",
    message='%(concept)s appears to contain only a cross-reference or placeholder ("%(snippet)s"); tag the '
    "disclosure text itself.",
    authority="Rule 405 of Regulation S-T requires the disclosure itself to be tagged; cross-references can be "
    "legitimate (Form 10-K General Instruction G(2)), hence a warning. 0 of 181 real text blocks match",
    origin=Origin.PROPOSAL,
    applies_to="cyd text blocks",
)
def val_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for fact, text in _non_nil_text_blocks(filing):
        if text and len(text) < PLACEHOLDER_MAX_LENGTH and any(p.search(text) for p in _PLACEHOLDERS):
            yield Hit({"concept": fact.qname, "snippet": truncate(text)}, facts=(fact,))


@rule(
    "CYD.VAL.4",
    title="Unusually short text block",
    severity=Severity.INFO,
    condition="A cyd text block has text, but fewer than 50 non-space characters.",
    message="%(concept)s is unusually short (%(count)s characters); check the tagged span.",
    authority="Heuristic: the shortest of 181 real cyd text blocks has 88 characters (cyd-rules.md 3.5)",
    origin=Origin.PROPOSAL,
    applies_to="cyd text blocks",
    notes='Deliberately does not test for the word "cyber": 8 of 181 real text blocks legitimately lack it.',
)
def val_4(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    for fact, text in _non_nil_text_blocks(filing):
        count = non_space_length(text)
        if 0 < count < SHORT_TEXT_MIN_CHARACTERS:
            yield Hit({"concept": fact.qname, "count": str(count)}, facts=(fact,))


@rule(
    "CYD.VAL.5",
    title="Flag value not a boolean, or transformation registry not allowed by EDGAR",
    severity=Severity.ERROR,
    condition="A non-nil cyd flag's value is not a valid xs:boolean (true, false, 1, 0) or could not be "
    "transformed; or an inline cyd fact uses a transformation registry EDGAR does not allow (allowed: TR3 "
    "2015-02-26, TR4 2020-02-12, TR5 2022-02-16, ixt-sec 2015-08-31), or an allowed registry under a prefix "
    "other than the one EDGAR requires.",
    message="%(concept)s in context %(context)s has the value %(value)s, which is not a valid xs:boolean "
    "(true, false, 1 or 0).",
    authority="XML Schema xs:boolean (Arelle core reports it when the schema is loaded); EDGAR Filer Manual "
    "5.2.5.12 and validate/resources/ixbrl-transform-registries.json (EDGAR codes "
    "ix-0512-Unsupported-Transformation-Registry, ix-0502-Standard-Namespace-Prefix)",
    authority_id="EFM.5.02.05.12",
    origin=Origin.AUTHORITY,
    applies_to="cyd flags; inline cyd facts with a format",
    alternatives={
        "unsupportedTransformationRegistry": (
            "Inline elements have disallowed transformation registries %(unsupportedRegistries)s."
        ),
        "standardNamespacePrefix": (
            "The prefix %(submittedPrefix)s must be replaced by %(recommendedPrefix)s for standard namespace "
            "%(namespace)s."
        ),
    },
)
def val_5(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    yield from _invalid_booleans(filing)
    yield from _disallowed_registries(filing)


def _invalid_booleans(filing: FilingView) -> Iterator[Hit]:
    allowed = edgar.transform_registries()
    for fact in filing.cyd_facts():
        if fact.is_nil or not filing.is_flag(fact) or fact.boolean is not None:
            continue
        if fact.format_namespace and fact.format_namespace not in allowed:
            continue  # the unsupported registry is the cause, and is reported as such
        if fact.value is None or fact.value == ARELLE_TRANSFORM_ERROR:
            shown = f"that could not be transformed ({fact.value_error or fact.format or 'no value'})"
        else:
            shown = repr(fact.value)
        yield Hit(
            {
                "concept": fact.qname,
                "context": context_label(fact.context_id),
                "value": shown,
                "authority": "XSD.boolean",
            },
            facts=(fact,),
            suffix="invalidBoolean",
        )


def _disallowed_registries(filing: FilingView) -> Iterator[Hit]:
    allowed = edgar.transform_registries()
    unsupported: dict[str, list[Fact]] = {}
    wrong_prefix: dict[tuple[str, str], list[Fact]] = {}
    for fact in filing.cyd_facts():
        namespace = fact.format_namespace
        if not namespace:
            continue
        prefix = (fact.format or "").partition(":")[0] if ":" in (fact.format or "") else ""
        if namespace not in allowed:
            unsupported.setdefault(namespace, []).append(fact)
        elif prefix != allowed[namespace]:
            wrong_prefix.setdefault((prefix, namespace), []).append(fact)
    if unsupported:
        facts = tuple(f for group in unsupported.values() for f in group)
        yield Hit(
            {"unsupportedRegistries": ", ".join(sorted(unsupported)), "authority": "EFM.5.02.05.12"},
            facts=facts,
            suffix="unsupportedTransformationRegistry",
        )
    for (prefix, namespace), facts_with_prefix in wrong_prefix.items():
        yield Hit(
            {
                "submittedPrefix": prefix,
                "recommendedPrefix": allowed[namespace],
                "namespace": namespace,
                "authority": "EFM.5.02.05",
            },
            facts=tuple(facts_with_prefix),
            suffix="standardNamespacePrefix",
        )


@rule(
    "CYD.VAL.6",
    title='Inline text block without escape="true"',
    severity=Severity.WARNING,
    condition='An inline cyd text block (non-nil) is tagged without escape="true".',
    message='%(concept)s is a text block tagged without escape="true"; its formatting is lost.',
    authority='Inline XBRL 1.1 escape semantics; no EDGAR rule. 181 of 181 real text blocks use escape="true"',
    origin=Origin.PROPOSAL,
    applies_to="cyd text blocks (inline)",
)
def val_6(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if filing.document_kind is not DocumentKind.INLINE:
        return
    for fact in filing.text_block_facts:
        if not fact.is_nil and not fact.from_raw_xml and fact.escape is not True:
            yield Hit({"concept": fact.qname}, facts=(fact,))


@rule(
    "CYD.VAL.7",
    title="Text in another language without its English counterpart",
    severity=Severity.ERROR,
    condition="A non-nil cyd fact has an xml:lang other than en-US and no fact of the same concept and "
    "context has xml:lang en-US.",
    message="Element %(fact)s in context %(contextID)s has text with xml:lang other than '%(lang2)s' "
    "(%(lang)s) without matching English text.  Please provide a fact with xml:lang equal to '%(lang2)s'.",
    authority="EDGAR Filer Manual 6.5.14 (EDGAR code du-0514-English-Text-Missing)",
    authority_id="EFM.6.05.14",
    origin=Origin.AUTHORITY,
    generic_efm=True,
    notes="As EDGAR: the language is compared with en-US in full (case-insensitive), so 'en' alone needs an "
    "en-US counterpart, and the rule covers every cyd fact with a language, flags included (the catalogue "
    "named text blocks only). A fact without xml:lang counts as en-US, EDGAR's default language.",
)
def val_7(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    required = REQUIRED_LANG.lower()
    groups: dict[tuple[str, str, str | None], list[Fact]] = {}
    for fact in filing.cyd_facts():
        if not fact.is_nil:
            groups.setdefault((fact.namespace, fact.local_name, fact.context_id), []).append(fact)
    for facts in groups.values():
        # Without xml:lang, Arelle under EDGAR's disclosure system reads the default en-US.
        if any((f.lang or REQUIRED_LANG).lower() == required for f in facts):
            continue
        for fact in facts:
            yield Hit(
                {
                    "fact": fact.qname,
                    "contextID": fact.context_id or "",
                    "lang": fact.lang or "",
                    "lang2": REQUIRED_LANG,
                },
                facts=(fact,),
            )


_VAL8_AUTHORITIES = {
    Problem.ENTITY: "EFM.6.05.16",
    Problem.HTML: "EFM.6.05.16",
    Problem.ACTIVE: "EFM.6.05.16",
    Problem.SYNTAX: "EFM.6.05.15",
    Problem.DTD: "EFM.6.05.15",
}


@rule(
    "CYD.VAL.8",
    title="Disallowed HTML in a plain-instance text block",
    severity=Severity.ERROR,
    condition="In a plain XBRL instance, a cyd text block's escaped content is markup that is not well-formed, "
    "uses entities XHTML does not define, does not validate against EDGAR's HTML DTD (edbody.dtd), or has "
    "javascript in a link or image.",
    message="Fact %(fact)s contextID %(contextID)s has text which causes the XML error %(error)s",
    authority="EDGAR Filer Manual 6.5.15 and 6.5.16 (HTML in non-inline text blocks); EDGAR's DTD as shipped "
    "in Arelle's config/edbody.dtd",
    authority_id="EFM.6.05.15",
    origin=Origin.AUTHORITY,
    generic_efm=True,
    applies_to="cyd text blocks (plain XBRL instance)",
    notes="Inline text blocks are HTML of the inline document itself and are checked by EDGAR's inline rules "
    "instead. Without Arelle's DTD (Arelle not installed) only entities and well-formedness are checked. "
    "Suffixes: xmlError and dtdError (EFM 6.5.15), disallowedHtml, disallowedEntity and activeContent "
    "(EFM 6.5.16).",
    alternatives={
        Problem.ENTITY.value: "Fact %(fact)s contextID %(contextID)s has disallowed entity %(entity)s",
        Problem.ACTIVE.value: "Fact %(fact)s of context %(contextID)s has javascript in %(entity)s",
    },
)
def val_8(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if filing.document_kind is not DocumentKind.INSTANCE:
        return
    for fact in filing.text_block_facts:
        if fact.is_nil:
            continue
        for issue in html_issues(fact.value):
            yield Hit(
                {
                    "fact": fact.qname,
                    "contextID": fact.context_id or "",
                    "error": truncate(issue.detail, 300),
                    "entity": issue.detail,
                    "authority": _VAL8_AUTHORITIES[issue.problem],
                },
                facts=(fact,),
                suffix=issue.problem.value,
            )
