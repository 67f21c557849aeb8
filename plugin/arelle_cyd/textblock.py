"""The readable text of a text-block value, with the standard library only.

A text-block fact carries escaped XHTML (inline ``escape="true"``), plain text
(inline without ``escape``) or HTML as character data (a plain XBRL instance).
The value rules (empty, placeholder, too short) judge what a reader sees, so
markup, comments and scripts are dropped, entities are resolved and all
whitespace, including no-break spaces, collapses to single spaces.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_WHITESPACE = re.compile(r"\s+")
_SKIPPED = frozenset({"script", "style", "head", "title"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        local = tag.rpartition(":")[2].lower()
        if local in _SKIPPED:
            self._skip_depth += 1
        elif local in ("br", "p", "div", "li", "tr", "td", "th", "table"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        local = tag.rpartition(":")[2].lower()
        if local in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif local in ("p", "div", "li", "td", "th"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def plain_text(value: str | None) -> str:
    """Markup-free, whitespace-normalised text of a text-block value ('' for None)."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:
        return _WHITESPACE.sub(" ", value).strip()
    collector = _TextCollector()
    try:
        collector.feed(value)
        collector.close()
    except (AssertionError, ValueError):  # HTMLParser is lenient; this only guards odd input
        return _WHITESPACE.sub(" ", re.sub(r"<[^>]*>", " ", value)).strip()
    return _WHITESPACE.sub(" ", "".join(collector.parts)).strip()


def non_space_length(text: str) -> int:
    """Characters that are not whitespace (the VAL.4 measure)."""
    return len(_WHITESPACE.sub("", text))
