"""The SEC ``ixt-sec`` inline XBRL transformation registry, one function per transform.

Namespace ``http://www.sec.gov/inlineXBRL/transformation/2015-08-31``, the only
SEC registry EDGAR accepts (EDGAR's ``ixbrl-transform-registries.json``).
Arelle ships the XBRL International registries but not this one, so a 10-K cover
page tagged ``format="ixt-sec:boolballotbox"`` would otherwise be reported as an
``invalidTransformation`` with no value; these functions are registered through
Arelle's ``ModelManager.LoadCustomTransforms`` hook (see
:func:`arelle_cyd.transforms.register`).

Every transform takes the fact's text and returns the XML Schema lexical value
(``"true"``, ``"P1Y6M"``, ``"2024-03-31"``, ``"NYSE"``), or raises
:class:`TransformError`, which Arelle turns into an invalid fact.

Behaviour follows the SEC registry entries, the registry's input-type schema and
its conformance tests (see :mod:`arelle_cyd.transforms.tables` for the sources).
Rules common to all transforms, taken from those tests:

* XML whitespace (space, tab, CR, LF) around the value is ignored; any other
  space character there (a no-break space) makes the input invalid, because
  the input types use XML Schema's ``whiteSpace="collapse"``, which trims only
  XML whitespace;
* inside a multi-word value any run of white space, no-break space included,
  separates words;
* words are matched with the registry's case rule: the initial letter of each
  word may be upper or lower case, the rest as written (``"alaska"`` is valid,
  ``"ALASKA"`` is not).
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from decimal import ROUND_DOWN, Decimal
from functools import cache
from types import MappingProxyType
from typing import Final, Literal

from arelle_cyd.transforms import tables

__all__ = [
    "TRANSFORMS",
    "TransformError",
    "boolballotbox",
    "countrynameen",
    "datequarterend",
    "durday",
    "durhour",
    "durmonth",
    "durweek",
    "durwordsen",
    "duryear",
    "edgarprovcountryen",
    "entityfilercategoryen",
    "exchnameen",
    "numinf",
    "numnan",
    "numneginf",
    "numwordsen",
    "stateprovnameen",
    "yesnoballotbox",
]


class TransformError(ValueError):
    """The input text is not in the lexical space of the named ``ixt-sec`` transform.

    A ``ValueError`` so that callers that already guard conversions with
    ``except ValueError`` treat it as bad input; Arelle catches any exception
    from a custom transform and marks the fact invalid.
    """

    def __init__(self, transform: str, text: str, reason: str) -> None:
        self.transform = transform
        self.text = text
        self.reason = reason
        super().__init__(f"ixt-sec:{transform}: {reason}: {text!r}")


# --------------------------------------------------------------------------- shared helpers

_XML_WHITESPACE: Final = " \t\n\r"
_ANY_WHITESPACE: Final = re.compile(r"\s+")


def _trim(text: str) -> str:
    """Strip XML whitespace only, so a leading or trailing no-break space stays and fails to match."""
    return text.strip(_XML_WHITESPACE)


def _word(word: str) -> str:
    """Regex for one lower-case ``word`` whose initial letter may be either case."""
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


def _words(words: Mapping[str, int] | tuple[str, ...]) -> str:
    """Alternation of :func:`_word` patterns, longest first so ``seventeen`` wins over ``seven``."""
    return "(?:" + "|".join(_word(w) for w in sorted(words, key=len, reverse=True)) + ")"


# --------------------------------------------------------------------------- ballot boxes

_BALLOT_BOXES: Final[dict[str, bool]] = {
    "\u2610": False,  # BALLOT BOX
    "\u2611": True,  # BALLOT BOX WITH CHECK
    "\u2612": True,  # BALLOT BOX WITH X
}


def _ballot_box(transform: str, text: str) -> bool:
    value = _BALLOT_BOXES.get(_trim(text))
    if value is None:
        raise TransformError(transform, text, "expected one ballot box character \u2610, \u2611 or \u2612")
    return value


def boolballotbox(text: str) -> str:
    """Ballot box to ``xs:boolean``: ☐ (U+2610) is ``false``; ☑ (U+2611) and ☒ (U+2612) are ``true``.

    EDGAR cover pages use it for check-box flags such as ``dei:DocumentAnnualReport``.
    """
    return "true" if _ballot_box("boolballotbox", text) else "false"


def yesnoballotbox(text: str) -> str:
    """Ballot box to the ``Yes``/``No`` strings of DEI yes-no items: ☐ is ``No``, ☑ and ☒ are ``Yes``."""
    return "Yes" if _ballot_box("yesnoballotbox", text) else "No"


# --------------------------------------------------------------------------- decimal durations

_DECIMAL: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DAYS_PER_MONTH: Final = Decimal("30.4375")  # 365.25 / 12, as the registry's duration types define


def _decimal(transform: str, text: str) -> tuple[bool, Decimal]:
    """Parse the registry's decimal input; return (negative, magnitude).

    Decimal arithmetic keeps fractions such as ``7.3`` exact, so truncation to
    whole months or days never depends on binary rounding.
    """
    trimmed = _trim(text)
    if not _DECIMAL.fullmatch(trimmed):
        raise TransformError(transform, text, "expected a decimal number such as 7, -7 or 7.5")
    value = Decimal(trimmed)
    return value < 0, abs(value)


def _whole(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_DOWN))


def _duration(negative: bool, parts: list[tuple[int, str]]) -> str:
    """Format an ``xs:duration``: the first unit always, later units only when non-zero.

    ``parts`` are ``(count, designator)`` pairs, largest unit first, with ``H``
    for hours (written after ``T``). A zero duration carries no minus sign.
    """
    first, *rest = parts
    shown = [first] + [p for p in rest if p[0]]
    sign = "-" if negative and any(count for count, _ in parts) else ""
    date_part = "".join(f"{count}{unit}" for count, unit in shown if unit != "H")
    time_part = "".join(f"{count}{unit}" for count, unit in shown if unit == "H")
    return f"{sign}P{date_part}{'T' + time_part if time_part else ''}"


def duryear(text: str) -> str:
    """Decimal years to ``xs:duration``: ``7.3`` is ``P7Y3M18D``.

    The fraction of a year becomes whole months (12 to a year) and the fraction
    of a month whole days (30.4375 to a month); smaller remainders are
    truncated, as the registry's ``duryearType`` says.
    """
    negative, n = _decimal("duryear", text)
    years = _whole(n)
    months_exact = (n - years) * 12
    months = _whole(months_exact)
    days = _whole((months_exact - months) * _DAYS_PER_MONTH)
    return _duration(negative, [(years, "Y"), (months, "M"), (days, "D")])


def durmonth(text: str) -> str:
    """Decimal months to ``xs:duration``: ``7.3`` is ``P7M9D`` (30.4375 days a month, days truncated)."""
    negative, n = _decimal("durmonth", text)
    months = _whole(n)
    days = _whole((n - months) * _DAYS_PER_MONTH)
    return _duration(negative, [(months, "M"), (days, "D")])


def durweek(text: str) -> str:
    """Decimal weeks to whole days (``xs:duration`` has no week unit): ``7.3`` is ``P51D``."""
    negative, n = _decimal("durweek", text)
    return _duration(negative, [(_whole(n * 7), "D")])


def durday(text: str) -> str:
    """Decimal days to days and whole hours: ``7.5`` is ``P7DT12H``; smaller remainders are truncated."""
    negative, n = _decimal("durday", text)
    days = _whole(n)
    hours = _whole((n - days) * 24)
    return _duration(negative, [(days, "D"), (hours, "H")])


def durhour(text: str) -> str:
    """Decimal hours to whole hours: ``7.3`` is ``PT7H``."""
    negative, n = _decimal("durhour", text)
    return _duration(negative, [(_whole(n), "H")])


# --------------------------------------------------------------------------- special numbers


def numinf(text: str) -> str:
    """Any text to positive infinity, ``INF``, for ``xs:float``/``xs:double`` facts.

    The registry's ``numinfType`` states that the source text is not
    validated, so no input is rejected (the registry's prose writes the result
    as "inf"; ``INF`` is the XML Schema lexical form Arelle and EDGAR use).
    """
    del text  # not validated, by definition
    return "INF"


def numneginf(text: str) -> str:
    """Any text to negative infinity, ``-INF``; like :func:`numinf`, the source text is not validated."""
    del text
    return "-INF"


def numnan(text: str) -> str:
    """Any text to not-a-number, ``NaN``; like :func:`numinf`, the source text is not validated."""
    del text
    return "NaN"


# --------------------------------------------------------------------------- number words

_DASH: Final = f"[{re.escape(tables.DASHES)}]"
_ONE_TO_19: Final = _words({**tables.UNITS, **tables.TEENS})
_BELOW_100: Final = f"(?:{_words(tables.TENS)}(?:(?:{_DASH}|\\s+){_words(tables.UNITS)})?|{_ONE_TO_19})"


def _below_1000(gap: str) -> str:
    """Regex for 1..1999 in words; ``gap`` separates ``hundred`` from the words around it."""
    return (
        f"(?:{_ONE_TO_19}{gap}{_word('hundred')}(?:{gap}(?:{_word('and')}\\s+)?{_BELOW_100})?|{_BELOW_100})"
    )


@cache  # compiled on first use: most filings never spell numbers in words
def _numwordsen_pattern() -> re.Pattern[str]:
    """Grammar of ``numwordsenType``: scale groups largest first, then thousands, hundreds, units."""
    group = _below_1000(r"\s+")
    with_hundred = f"(?:{_ONE_TO_19}\\s+{_word('hundred')}(?:\\s+(?:{_word('and')}\\s+)?{_BELOW_100})?)"
    parts = [f"(?:(?P<{name}>{group})\\s+{_word(name)}(?:\\s*,\\s*|\\s+|$))?" for name, _ in tables.SCALES]
    tail = (
        f"(?:(?P<thousand>{group})\\s+{_word('thousand')}"
        f"(?:(?:\\s*,\\s*|\\s+)(?:(?P<after_thousand>{with_hundred})"
        f"|(?:{_word('and')}\\s+)?(?P<after_thousand_and>{_BELOW_100})))?"
        f"|(?P<rest>{group}))?"
    )
    return re.compile("".join(parts) + tail + f"|(?P<zero>{_words(tables.ZERO_WORDS)})")


_NUMBER_WORD_SPLIT: Final = re.compile(f"(?:{_DASH}|\\s|,)+")


def _words_value(words: str) -> int:
    """Value of an already-validated number below 2000 in words (``three hundred and fifty-one``)."""
    total = 0
    for word in _NUMBER_WORD_SPLIT.split(words.lower()):
        if word == "hundred":
            total *= 100
        elif word in tables.UNITS:
            total += tables.UNITS[word]
        elif word in tables.TEENS:
            total += tables.TEENS[word]
        elif word in tables.TENS:
            total += tables.TENS[word]
        # "and" and empty fragments add nothing
    return total


def numwordsen(text: str) -> str:
    """English number words to an ``xs:integer`` lexical value.

    Follows the registry's ``numwordsenType``: short-scale words from ``one``
    to the quintillions, ``hundred`` after 1..19 (``twelve hundred``), an
    optional ``and`` after ``hundred`` and ``thousand``, commas between scale
    groups, and tens joined to units by a space or any hyphen or dash;
    ``zero``, ``no``, ``none`` and ``nil`` are 0. Digits, ``a hundred`` and
    ``zero hundred`` are not number words here.
    """
    trimmed = _trim(text)
    match = _numwordsen_pattern().fullmatch(trimmed) if trimmed else None
    if match is None:
        raise TransformError("numwordsen", text, "not English number words")
    if match["zero"]:
        return "0"
    total = 0
    for name, scale in tables.SCALES:
        if match[name]:
            total += _words_value(match[name]) * scale
    if match["thousand"]:
        total += _words_value(match["thousand"]) * 1000
    for name in ("after_thousand", "after_thousand_and", "rest"):
        if match[name]:
            total += _words_value(match[name])
    return str(total)


@cache
def _durwordsen_pattern() -> re.Pattern[str]:
    """Grammar of ``durwordsenType``: optional years, months, days parts, in that order."""
    gap = f"(?:{_DASH}|\\s+)"
    amount = f"(?:{_below_1000(gap)}|{_word('zero')}|{_word('no')}|[0-9]{{1,4}})"
    following = f"(?:,?{gap}(?:{_word('and')}\\s+)?|$)"
    years = f"(?:(?P<years>{amount}){gap}{_word('year')}s?{following})?"
    months = f"(?:(?P<months>{amount}){gap}{_word('month')}s?{following})?"
    days = f"(?:(?P<days>{amount}){gap}{_word('day')}s?)?"
    return re.compile(years + months + days)


def durwordsen(text: str) -> str:
    """A duration in English words or numerals to ``xs:duration``: ``three years, six months and four days``.

    Follows the registry's ``durwordsenType``: any of a years, a months and a
    days part, in that order, each an amount (number words below 2000, up to
    four digits, or ``zero``/``no``) followed by the unit, singular or plural;
    a comma and ``and`` may join the parts, and a hyphen or dash may stand for
    a space. Zero parts are left out of the result, and a duration with none
    left is ``P0D`` (``no days``); ``0 years`` therefore gives ``P0D`` where the
    SEC's implementation writes the equal value ``P0Y``.
    """
    trimmed = _trim(text)
    match = _durwordsen_pattern().fullmatch(trimmed) if trimmed else None
    if match is None or not any(match.group("years", "months", "days")):
        raise TransformError("durwordsen", text, "not a duration in English words")
    result = ""
    for name, unit in (("years", "Y"), ("months", "M"), ("days", "D")):
        amount = match[name]
        if amount is None:
            continue
        count = int(amount) if amount.isdigit() else _words_value(amount)
        if count:
            result += f"{count}{unit}"
    return f"P{result or '0D'}"


# --------------------------------------------------------------------------- quarter end dates

_QUARTER: Final = r"(?:[1-4]|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)"
_DATEQUARTEREND: Final = re.compile(
    # quarter before year: optional lead-in text without digits ("The ", "Q", "Quarter "),
    # the quarter, any text without digits, then the four-digit year at the end
    rf"(?:\w[^0-9]*)?(?P<q1>{_QUARTER})[^0-9]*(?P<y1>[0-9]{{4}})"
    # year before quarter: the year first, text without digits, the quarter, optional trailing words
    rf"|(?P<y2>[0-9]{{4}})[^0-9]*(?P<q2>{_QUARTER})(?:.*\w)?",
    re.DOTALL,
)


def datequarterend(text: str) -> str:
    """A calendar quarter and year to the quarter's last day as ``xs:date``: ``Q1 2024`` is ``2024-03-31``.

    Accepts the registry's two shapes, quarter then year (``3rd quarter,
    1999``, ``Last quarter 1999``, ``Q3'1999``, ``The first quarter of 2024``)
    and year then quarter (``1999, Q4``, ``1999 1st Quarter End``). The quarter
    is a digit 1-4 or ``first``..``fourth``/``last``. The SEC's pattern is
    deliberately loose about the words around the quarter; this mirrors it
    rather than tightening it, so that a fact gets the value EDGAR gives it.
    Fiscal quarters are not modelled: the registry defines calendar quarter ends.
    """
    match = _DATEQUARTEREND.fullmatch(_trim(text))
    if match is None:
        raise TransformError("datequarterend", text, "not a calendar quarter and year")
    quarter = (match["q1"] or match["q2"]).lower()
    year = int(match["y1"] or match["y2"])
    month = tables.QUARTER_END_MONTHS[quarter]
    if year < 1:
        raise TransformError("datequarterend", text, "year 0000 is not a valid xs:date year")
    return datetime.date(year, month, calendar.monthrange(year, month)[1]).isoformat()


# --------------------------------------------------------------------------- name lookups

_WORD_START_AFTER: Final = frozenset(" -(['")
_LETTER: Final = re.compile(r"[^\W\d_]")


def _expand(name: str) -> Iterator[str]:
    """Expand the table notation: each ``{...}`` part (possibly nested) present or absent."""
    start = name.find("{")
    if start < 0:
        yield name
        return
    depth = 0
    for end in range(start, len(name)):
        depth += {"{": 1, "}": -1}.get(name[end], 0)
        if depth == 0:
            break
    else:
        raise ValueError(f"unbalanced braces in table name {name!r}")
    head, inner, tail = name[:start], name[start + 1 : end], name[end + 1 :]
    for rest in _expand(tail):
        yield head + rest
        for middle in _expand(inner):
            yield head + middle + rest


def _ascii_fold(name: str) -> str:
    """Drop diacritics (``Québec`` to ``Quebec``), which the SEC's patterns make optional."""
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _normalise_spaces(name: str) -> str:
    return _ANY_WHITESPACE.sub(" ", name)


def _flexible(name: str, abbreviations: Literal["exact", "any"]) -> tuple[bool, ...]:
    """Per character of ``name``: may its case differ from the table's spelling?

    The initial letter of every word may (a word starts the name or follows a
    space, hyphen, bracket or apostrophe: ``Guinea-bissau``, ``d'ivoire``); so
    may every letter of an all-capital abbreviation when ``abbreviations`` is
    ``"any"`` (exchange names: ``Nasdaq`` for ``NASDAQ``).
    """
    flags = [False] * len(name)
    position = 0
    for token in name.split(" "):
        letters = _LETTER.findall(token)
        abbreviation = abbreviations == "any" and len(letters) >= 2 and all(c.isupper() for c in letters)
        for offset, char in enumerate(token):
            at_start = offset == 0 or token[offset - 1] in _WORD_START_AFTER
            if _LETTER.match(char) and (abbreviation or at_start):
                flags[position + offset] = True
        position += len(token) + 1
    return tuple(flags)


_Candidate = tuple[str, tuple[bool, ...], str]


@cache
def _index(table_name: str) -> dict[str, list[_Candidate]]:
    """Case-folded variant -> candidates ``(exact spelling, case flexibility, code)``; built once."""
    table: tables.NameTable = {
        "countries": tables.ISO_COUNTRY_NAMES,
        "states": tables.STATE_PROVINCE_NAMES,
        "edgar": tables.EDGAR_PROVINCE_COUNTRY_NAMES,
        "exchanges": tables.EXCHANGE_NAMES,
    }[table_name]
    abbreviations = tables.ABBREVIATION_CASE[table_name]
    index: dict[str, list[_Candidate]] = {}
    for code, names in table:
        for name in names:
            for variant in _expand(name):
                for raw in dict.fromkeys((variant, _ascii_fold(variant))):
                    spelling = _normalise_spaces(raw)
                    candidate = (spelling, _flexible(spelling, abbreviations), code)
                    entries = index.setdefault(spelling.lower(), [])
                    if candidate not in entries:
                        entries.append(candidate)
    return index


def _lookup(transform: str, table_name: str, text: str) -> str:
    """Code for ``text`` in the named table, under the registry's whitespace and case rules."""
    wanted = _normalise_spaces(_trim(text).replace("\u2019", "'"))
    for spelling, flexible, code in _index(table_name).get(wanted.lower(), ()):
        if len(spelling) == len(wanted) and all(
            a == b or (flex and a.lower() == b.lower())
            for a, b, flex in zip(wanted, spelling, flexible, strict=True)
        ):
            return code
    raise TransformError(transform, text, "not a name this transform recognises")


def countrynameen(text: str) -> str:
    """English country name to its ISO 3166-1 alpha-2 code: ``Canada`` is ``CA``.

    The output is in the value space of ``dei:EntityAddressCountry``.

    Accepts the registry's names and its synonyms (``USA``, ``Great Britain``,
    ``Republic of Korea``), with or without diacritics; names outside them, even
    close ones (``Korea``, ``Vatican``), are rejected as EDGAR rejects them. See
    :data:`~arelle_cyd.transforms.tables.ISO_COUNTRY_NAMES`.
    """
    return _lookup("countrynameen", "countries", text)


def stateprovnameen(text: str) -> str:
    """US state, district or territory, or Canadian province or territory, to its 2-letter postal code.

    ``New York`` is ``NY``, ``Yukon`` is ``YT``; the value space of
    ``dei:EntityAddressStateOrProvince``.
    """
    return _lookup("stateprovnameen", "states", text)


def edgarprovcountryen(text: str) -> str:
    """Province, territory or country name to its EDGAR state/country code: ``Alberta`` is ``A0``.

    As in the registry, this covers US territories, Canadian provinces
    (optionally followed by ``, Canada``), foreign countries and ``Unknown``
    (``XX``), but not US states: ``Georgia`` is the country (``2Q``). The output
    is in the value space of ``dei:edgarStateCountryItemType``.
    """
    return _lookup("edgarprovcountryen", "edgar", text)


def exchnameen(text: str) -> str:
    """Exchange name to its ``dei:exchangeCodeItemType`` code: ``New York Stock Exchange`` is ``NYSE``.

    Accepts the registry's 21 exchange names, with or without a leading
    ``The`` and the trailing ``LLC``/``Inc.``, in any case for abbreviations
    (``Nasdaq Global Select Market`` is ``NASDAQ``). Exchanges registered after
    the registry's 2019 revision are not in it and are rejected.
    """
    return _lookup("exchnameen", "exchanges", text)


_FILER_CATEGORY: Final = re.compile(
    rf"(?P<large>{_word('large')}\s+)?{_word('accelerated')}\s+{_word('filer')}"
    rf"|(?P<non>{_word('non')}\W+){_word('accelerated')}\s+{_word('filer')}"
)


def entityfilercategoryen(text: str) -> str:
    """Filer category words to the ``dei:EntityFilerCategory`` value.

    ``large accelerated filer`` is ``Large Accelerated Filer``, ``Accelerated
    Filer`` is ``Accelerated Filer``, and ``Non-accelerated Filer`` (any
    non-word characters between ``Non`` and ``accelerated``: ``Non
    Accelerated``, ``Non‑accelerated``) is ``Non-accelerated Filer``.
    """
    match = _FILER_CATEGORY.fullmatch(_trim(text))
    if match is None:
        raise TransformError("entityfilercategoryen", text, "not an entity filer category")
    large, accelerated, non = tables.ENTITY_FILER_CATEGORIES
    if match["large"]:
        return large
    if match["non"]:
        return non
    return accelerated


# --------------------------------------------------------------------------- registry

TRANSFORMS: Final[Mapping[str, Callable[[str], str]]] = MappingProxyType(
    {
        "boolballotbox": boolballotbox,
        "yesnoballotbox": yesnoballotbox,
        "countrynameen": countrynameen,
        "stateprovnameen": stateprovnameen,
        "exchnameen": exchnameen,
        "edgarprovcountryen": edgarprovcountryen,
        "entityfilercategoryen": entityfilercategoryen,
        "duryear": duryear,
        "durmonth": durmonth,
        "durweek": durweek,
        "durday": durday,
        "durhour": durhour,
        "numinf": numinf,
        "numneginf": numneginf,
        "numnan": numnan,
        "numwordsen": numwordsen,
        "durwordsen": durwordsen,
        "datequarterend": datequarterend,
    }
)
"""Local name (as in ``ixt-sec:NAME``) to transform function, for the 18 transforms EDGAR accepts."""
