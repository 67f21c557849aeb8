"""EFM 6.5.15 / 6.5.16: is the HTML inside a plain-instance text block acceptable to EDGAR?

EDGAR parses the escaped content of a text block as the body of an EDGAR HTML
document and validates it against EDGAR's HTML DTD (``edbody.dtd``, shipped in
Arelle's ``config`` folder and used from there, never copied). This module
restates those steps for one value and returns what is wrong, so the rule
(CYD.VAL.8) decides how to report it. lxml and the DTD come with Arelle; without
them only the entity and well-formedness checks run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from html.entities import name2codepoint
from typing import Any

_LOOKS_LIKE_MARKUP = re.compile(
    r"(<|&lt;|&#x3C;|&#60;)[A-Za-z_][A-Za-z0-9_:]*[^>]*(/>|>|&gt;|/&gt;)", re.DOTALL
)
_NAMED_ENTITY = re.compile(r"&[A-Za-z_][\w.:-]*;")
_XHTML_ENTITIES = frozenset(f"&{name};" for name in name2codepoint) | {"&apos;"}
_HTML_DTD_ERRORS = frozenset({"DTD_INVALID_CHILD", "DTD_UNKNOWN_ATTRIBUTE"})


class Problem(StrEnum):
    ENTITY = "disallowedEntity"  # EFM 6.5.16
    SYNTAX = "xmlError"  # EFM 6.5.15
    HTML = "disallowedHtml"  # EFM 6.5.16 (element or attribute EDGAR's DTD does not allow)
    DTD = "dtdError"  # EFM 6.5.15 (other DTD violations)
    ACTIVE = "activeContent"  # EFM 6.5.16 (javascript: in a link or image)


@dataclass(frozen=True, slots=True)
class HtmlIssue:
    problem: Problem
    detail: str


@cache
def _edgar_dtd() -> Any:
    """Arelle's copy of EDGAR's HTML DTD, or None when Arelle (or lxml) is not installed."""
    try:
        from importlib import resources

        from lxml import etree

        path = resources.files("arelle").joinpath("config", "edbody.dtd")
        with resources.as_file(path) as dtd_file:
            return etree.DTD(str(dtd_file))
    except Exception:  # noqa: BLE001 - no Arelle, no lxml or an unreadable DTD: check without it
        return None


def looks_like_html(value: str) -> bool:
    return _LOOKS_LIKE_MARKUP.search(value) is not None


def html_issues(value: str | None) -> list[HtmlIssue]:
    """What EDGAR would reject in a plain-instance text block value; empty when acceptable."""
    if not value or not looks_like_html(value):
        return []
    issues = [
        HtmlIssue(Problem.ENTITY, entity)
        for entity in dict.fromkeys(_NAMED_ENTITY.findall(value))
        if entity not in _XHTML_ENTITIES
    ]
    try:
        from lxml import etree
    except ImportError:
        return issues
    body = "<body>\n{}\n</body>\n".format(_NAMED_ENTITY.sub("", value).replace("&", "&amp;"))
    try:
        tree = etree.XML(body)
    except etree.XMLSyntaxError as err:
        return [*issues, HtmlIssue(Problem.SYNTAX, str(err))]
    dtd = _edgar_dtd()
    if dtd is not None and not dtd.validate(tree):
        errors = dtd.error_log.filter_from_errors()
        kind = Problem.HTML if any(e.type_name in _HTML_DTD_ERRORS for e in errors) else Problem.DTD
        issues.append(HtmlIssue(kind, ", ".join(e.message for e in errors)))
    for element in tree.iter("a", "img"):
        for attribute in ("href", "src"):
            if "javascript:" in (element.get(attribute) or "").lower():
                issues.append(HtmlIssue(Problem.ACTIVE, f"<{element.tag} {attribute}>"))
    return issues
