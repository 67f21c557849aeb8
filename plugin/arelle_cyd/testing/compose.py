"""Compose complete, valid synthetic filings from a source of choices.

Every random decision goes through a ``Chooser``: the hypothesis strategies pass
one backed by ``draw`` (so examples shrink), ``fixtures`` passes a seeded one (so
the committed example filings are reproducible without hypothesis). The result
is valid by construction: the concepts follow the catalogue's relations (flags
answer their paired text blocks, details sit under their parent description,
Item 106 and Item 1.05 requirements are met), dates fall where the taxonomy year
was accepted, and every text block has real-looking text.
"""

from __future__ import annotations

import html
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol, TypeVar

from arelle_cyd import catalogue
from arelle_cyd.testing import wording
from arelle_cyd.testing.builder import DocumentFormat, FactSpec, FilingSpec
from arelle_cyd.testing.synthetic import Form, SyntheticFiling, parameters_from

T = TypeVar("T")


class Chooser(Protocol):
    """A source of decisions. Implementations must prefer the first option and False when shrinking."""

    def choice(self, options: Sequence[T]) -> T: ...

    def chance(self, probability: float) -> bool: ...

    def integer(self, low: int, high: int) -> int: ...


class SeededChooser:
    """Decisions from ``random.Random(seed)``: the same seed gives the same filing."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def choice(self, options: Sequence[T]) -> T:
        return options[self._random.randrange(len(options))]

    def chance(self, probability: float) -> bool:
        return self._random.random() < probability

    def integer(self, low: int, high: int) -> int:
        return self._random.randint(low, high)


def sample(chooser: Chooser, options: Sequence[T], count: int) -> list[T]:
    """``count`` distinct options in their original order."""
    pool = list(range(len(options)))
    picked = sorted(pool.pop(chooser.integer(0, len(pool) - 1)) for _ in range(min(count, len(options))))
    return [options[i] for i in picked]


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date


# Fiscal year ends per taxonomy year: late enough for Item 106 tagging (2024-12-15) and for EDGAR to
# accept that year's taxonomy on the period end date (cyd/2025 from 2025-03-14).
ANNUAL_PERIOD_ENDS = {
    "2024": (date(2024, 12, 31), date(2025, 1, 31), date(2024, 12, 28)),
    "2025": (date(2025, 12, 31), date(2025, 3, 31), date(2025, 6, 30), date(2025, 9, 30)),
}
# Item 1.05 events: on or after the 8-K tagging date (2024-12-18) and within the year's acceptance.
CURRENT_WINDOWS = {
    "2024": (date(2024, 12, 18), date(2025, 6, 30)),
    "2025": (date(2025, 3, 14), date(2025, 12, 31)),
}


def _year_window(year: str, table: Mapping[str, T]) -> T:
    return table.get(year) or table[max(table)]


def annual_period(chooser: Chooser, year: str) -> Period:
    """A fiscal year: one calendar year ending on one of the year's usual fiscal year ends."""
    end = chooser.choice(_year_window(year, ANNUAL_PERIOD_ENDS))
    try:
        start = end.replace(year=end.year - 1) + timedelta(days=1)
    except ValueError:  # February 29
        start = end - timedelta(days=365)
    return Period(start, end)


def event_date(chooser: Chooser, year: str) -> date:
    first, last = _year_window(year, CURRENT_WINDOWS)
    return first + timedelta(days=chooser.integer(0, (last - first).days))


def long_date(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


# ---------------------------------------------------------------- cover page


def short_name(registrant: str) -> str:
    for suffix in (", Inc.", " Inc.", " Corporation", " Ltd.", ", Ltd.", " plc", " S.A.", " Trust", " Co."):
        registrant = registrant.split(suffix, maxsplit=1)[0]
    return registrant


def voice(chooser: Chooser, registrant: str, detected: date, contained: date) -> wording.Voice:
    officer, officer_short = chooser.choice(wording.OFFICERS)
    return wording.Voice(
        company=chooser.choice(("the Company", short_name(registrant))),
        officer=officer,
        officer_short=officer_short,
        committee=chooser.choice(wording.COMMITTEES),
        framework=chooser.choice(wording.FRAMEWORKS),
        years=chooser.choice(wording.EXPERIENCE),
        credential=chooser.choice(wording.CREDENTIALS),
        cadence=chooser.choice(wording.CADENCES),
        threat=chooser.choice(wording.THREATS),
        systems=chooser.choice(wording.SYSTEMS),
        detected=long_date(detected),
        contained=long_date(contained),
    )


def cover_facts(
    chooser: Chooser, form: Form, period: Period, registrant: str, cik: str
) -> tuple[FactSpec, ...]:
    """The dei cover page, tagged as filer software tags it (transforms, hidden dei facts)."""
    facts = [
        FactSpec("dei:DocumentType", form.value, id="dei-DocumentType"),
        FactSpec(
            "dei:DocumentPeriodEndDate",
            period.end.isoformat(),
            id="dei-DocumentPeriodEndDate",
            format="ixt:date-monthname-day-year-en",
            display=long_date(period.end),
        ),
        FactSpec(
            "dei:EntityRegistrantName",
            html.unescape(registrant),
            id="dei-EntityRegistrantName",
            display=registrant,
        ),
        FactSpec("dei:EntityCentralIndexKey", cik, id="dei-EntityCentralIndexKey", hidden=True),
        FactSpec("dei:EntityFileNumber", f"001-{chooser.integer(10000, 42999)}", id="dei-EntityFileNumber"),
        FactSpec(
            "dei:AmendmentFlag",
            "false",
            id="dei-AmendmentFlag",
            format="ixt:fixed-false",
            display="false",
            hidden=True,
        ),
    ]
    if form.is_annual:
        fiscal_year = period.end.year - 1 if period.end.month == 1 else period.end.year
        facts += [
            FactSpec(
                "dei:DocumentAnnualReport",
                "true",
                id="dei-DocumentAnnualReport",
                format="ixt-sec:boolballotbox",
                display="\u2612",
            ),
            FactSpec(
                "dei:DocumentTransitionReport",
                "false",
                id="dei-DocumentTransitionReport",
                format="ixt-sec:boolballotbox",
                display="\u2610",
            ),
            FactSpec(
                "dei:DocumentFiscalYearFocus", str(fiscal_year), id="dei-DocumentFiscalYearFocus", hidden=True
            ),
            FactSpec("dei:DocumentFiscalPeriodFocus", "FY", id="dei-DocumentFiscalPeriodFocus", hidden=True),
        ]
    return tuple(facts)


# ---------------------------------------------------------------- which concepts, which answers


@dataclass(frozen=True, slots=True)
class Plan:
    """Which cyd concepts appear and how each flag answers."""

    present: frozenset[str]
    flags: dict[str, bool] = field(default_factory=dict)


def annual_plan(chooser: Chooser) -> Plan:
    """A complete Item 106 disclosure whose flags and text blocks agree (no FLAG/REQ warning).

    The four unconditional descriptions are always there; each "whether" pair takes
    one of its coherent shapes (the text block explains a "yes"; a "no" may stand
    alone or be explained, which is an info finding at most).
    """
    present = {"ProcTB", "BoardTB", "MgmtRoleTB"}
    flags: dict[str, bool] = {}

    integ = chooser.choice(("none", "yes", "no", "no-explained"))
    if integ != "none":
        flags["IntegF"] = integ == "yes"
        present.add("IntegF")
        if integ in ("yes", "no-explained"):
            present.add("IntegTB")
    for alias in ("ThirdPartyEngF", "ThirdPartyOversF"):
        if chooser.chance(0.75):
            present.add(alias)
            flags[alias] = chooser.chance(0.8)

    mat_aff = chooser.choice(("no", "no-explained", "yes"))
    present.add("MatAffF")
    flags["MatAffF"] = mat_aff == "yes"
    if mat_aff != "no":
        present.add("MatAffTB")

    present |= {alias for alias in ("BoardCommTB", "BoardInformTB") if chooser.chance(0.7)}

    positions = chooser.choice(("yes", "none", "no"))
    if positions == "yes":
        present |= {"PosF", "PosTB", "ExpertTB"}
        flags["PosF"] = True
    elif positions == "no":
        present.add("PosF")
        flags["PosF"] = False
        if chooser.chance(0.5):
            present.add("PosTB")
    elif chooser.chance(0.5):
        present.add("ExpertTB")
    if chooser.chance(0.6):
        present.add("MgmtInformTB")
    if chooser.chance(0.7):
        present.add("ReportBoardF")
        flags["ReportBoardF"] = positions != "no" and chooser.chance(0.9)
    return Plan(frozenset(present), flags)


def incident_plan(chooser: Chooser) -> Plan:
    """An Item 1.05 report: all four aspects, or the missing ones declared not yet available."""
    required = ("IncNatureTB", "IncScopeTB", "IncTimingTB", "IncImpactTB")
    present = {alias for alias in required if not chooser.chance(0.15)} or {"IncNatureTB"}
    if present != set(required) or chooser.chance(0.2):
        present.add("IncNotAvailTB")
    return Plan(frozenset(present))


def forced_plan(chooser: Chooser, year: str, present: frozenset[str]) -> Plan:
    """Exactly the given aliases, with flag answers as coherent as that set allows."""
    version = catalogue.for_year(year)
    flags: dict[str, bool] = {}
    for alias in present:
        concept = version.by_alias(alias)
        if not concept.is_flag:
            continue
        paired = [p.text_block.alias for p in version.pairs if p.flag.alias == alias]
        flags[alias] = all(tb in present for tb in paired) if paired else chooser.chance(0.8)
    if flags.get("PosF") is False and "ReportBoardF" in flags:
        flags["ReportBoardF"] = False  # "such persons" cannot report when there are none (FLAG.4)
    return Plan(present, flags)


# ---------------------------------------------------------------- text blocks

# Where a text block sits when nested (catalogue details and presentation), and with what chance.
TEXT_BLOCK_PARENTS = {
    "IntegTB": ("ProcTB", 0.7),
    "MatAffTB": ("ProcTB", 0.5),
    "BoardCommTB": ("BoardTB", 0.7),
    "BoardInformTB": ("BoardTB", 0.7),
    "PosTB": ("MgmtRoleTB", 0.7),
    "ExpertTB": ("MgmtRoleTB", 0.7),
    "MgmtInformTB": ("MgmtRoleTB", 0.7),
    "MgmtRoleTB": ("BoardTB", 0.2),
    "IncScopeTB": ("IncNatureTB", 0.25),
    "IncTimingTB": ("IncNatureTB", 0.25),
    "IncNotAvailTB": ("IncImpactTB", 0.3),
}
# Which text block a flag's sentence stands in, in order of preference.
FLAG_HOSTS = {
    "IntegF": ("IntegTB", "ProcTB"),
    "ThirdPartyEngF": ("ProcTB",),
    "ThirdPartyOversF": ("ProcTB",),
    "MatAffF": ("MatAffTB", "ProcTB"),
    "PosF": ("PosTB", "MgmtRoleTB"),
    "ReportBoardF": ("MgmtInformTB", "MgmtRoleTB"),
}
PARAGRAPH_STYLES = (
    "",
    ' style="margin-top:6pt;margin-bottom:0pt;text-align:justify"',
    ' style="font-family:&apos;Times New Roman&apos;,serif;font-size:10pt"',
)


def fact_id(alias: str) -> str:
    return f"cyd-{alias}"


@dataclass
class _Block:
    """A text block being written: its own elements, the flags it hosts and the blocks inside it."""

    alias: str
    elements: list[str] = field(default_factory=list)
    children: list[_Block] = field(default_factory=list)

    def html(self) -> str:
        head, rest = self.elements[:1], self.elements[1:]
        return "".join(head + [child.html() for child in self.children] + rest)


def _paragraph(chooser: Chooser, text: str) -> str:
    return f"<p{chooser.choice(PARAGRAPH_STYLES)}>{text}</p>"


def _list(chooser: Chooser, items: Sequence[str]) -> str:
    chosen = sample(chooser, items, chooser.integer(2, len(items)))
    return "<ul>" + "".join(f"<li>{item}</li>" for item in chosen) + "</ul>"


def _table(
    voice_: wording.Voice, caption: str, header: tuple[str, str], rows: Sequence[tuple[str, str]]
) -> str:
    cells = "".join(
        f'<tr><td>{voice_.fill(left)}</td><td style="text-align:right">{voice_.fill(right)}</td></tr>'
        for left, right in rows
    )
    return (
        f'<table style="border-collapse:collapse;width:100%"><caption>{caption}</caption>'
        f"<tr><th>{header[0]}</th><th>{header[1]}</th></tr>{cells}</table>"
    )


def _own_elements(chooser: Chooser, alias: str, voice_: wording.Voice, affected: bool) -> list[str]:
    key = "MatAffTB.affected" if alias == "MatAffTB" and affected else alias
    paragraphs = wording.PARAGRAPHS[key]
    elements: list[str] = []
    if alias in wording.HEADINGS and chooser.chance(0.5):
        elements.append(f'<p><span style="font-weight:bold">{wording.HEADINGS[alias]}</span></p>')
    chosen = sample(chooser, paragraphs, chooser.integer(1, len(paragraphs)))
    elements += [_paragraph(chooser, voice_.fill(p)) for p in chosen]
    if alias in wording.LISTS and chooser.chance(0.35):
        elements.append(_list(chooser, wording.LISTS[alias]))
    if alias in wording.TABLES and chooser.chance(0.3):
        elements.append(_table(voice_, *wording.TABLES[alias]))
    return elements


def _flag_fact(chooser: Chooser, alias: str, value: bool, voice_: wording.Voice) -> tuple[FactSpec, str]:
    sentence = voice_.fill(chooser.choice(wording.FLAG_SENTENCES[alias][value]))
    fact = FactSpec(
        alias,
        value,
        id=fact_id(alias),
        format=f"ixt:fixed-{'true' if value else 'false'}",
        display=sentence,
    )
    return fact, sentence


def _host_sentence(chooser: Chooser, block: _Block, sentence: str) -> None:
    """Put a flag's sentence into one of the block's own paragraphs, or a paragraph of its own."""
    paragraphs = [
        i for i, e in enumerate(block.elements) if e.startswith("<p") and "font-weight:bold" not in e
    ]
    if not paragraphs or chooser.chance(0.3):
        block.elements.append(_paragraph(chooser, sentence))
        return
    index = chooser.choice(paragraphs)
    element = block.elements[index]
    open_end = element.index(">") + 1
    if chooser.chance(0.5):
        block.elements[index] = element[:open_end] + sentence + " " + element[open_end:]
    else:
        block.elements[index] = element[:-4] + " " + sentence + "</p>"


def cyd_facts(chooser: Chooser, plan: Plan, voice_: wording.Voice) -> tuple[FactSpec, ...]:
    """Text blocks (nested in place or standing alone, some continued) and the flags inside them."""
    blocks = {
        alias: _Block(alias, _own_elements(chooser, alias, voice_, plan.flags.get("MatAffF", False)))
        for alias in sorted(plan.present, key=_order)
        if alias in wording.PARAGRAPHS
    }
    parent_of: dict[str, str | None] = {}
    for alias in blocks:
        parent, probability = TEXT_BLOCK_PARENTS.get(alias, (None, 0.0))
        nest = parent in blocks and parent_of.get(parent or "") != alias and chooser.chance(probability)
        parent_of[alias] = parent if nest else None
    flags: list[FactSpec] = []
    for alias in sorted(a for a in plan.present if a in plan.flags):
        fact, sentence = _flag_fact(chooser, alias, plan.flags[alias], voice_)
        host = next((h for h in FLAG_HOSTS.get(alias, ()) if h in blocks), None)
        if host is not None and not chooser.chance(0.1):
            _host_sentence(chooser, blocks[host], sentence)
            fact = replace(fact, nested_in=fact_id(host), in_place=True)
        flags.append(fact)
    for alias, parent in parent_of.items():
        if parent is not None:
            blocks[parent].children.append(blocks[alias])
    facts: list[FactSpec] = []
    for alias, block in blocks.items():
        parent = parent_of[alias]
        own_paragraphs = sum(1 for e in block.elements if e.startswith("<p"))
        facts.append(
            FactSpec(
                alias,
                block.html(),
                id=fact_id(alias),
                nested_in=fact_id(parent) if parent else None,
                in_place=parent is not None,
                continuation=parent is None and own_paragraphs >= 2 and chooser.chance(0.25),
            )
        )
    return (*facts, *flags)


_ORDER = (
    "ProcTB",
    "IntegTB",
    "MatAffTB",
    "BoardTB",
    "BoardCommTB",
    "BoardInformTB",
    "MgmtRoleTB",
    "PosTB",
    "ExpertTB",
    "MgmtInformTB",
    "IncNatureTB",
    "IncScopeTB",
    "IncTimingTB",
    "IncImpactTB",
    "IncNotAvailTB",
)


def _order(alias: str) -> int:
    return _ORDER.index(alias) if alias in _ORDER else len(_ORDER)


# ---------------------------------------------------------------- whole filings

ITEM_LISTS = ("1.05", "1.05,9.01", "1.05,7.01,9.01", "1.05,8.01")


def compose_filing(
    chooser: Chooser,
    *,
    form: Form,
    year: str,
    document_format: DocumentFormat = DocumentFormat.INLINE,
    concepts: frozenset[str] | None = None,
) -> SyntheticFiling:
    """A complete filing of this form and cyd year; ``concepts`` fixes exactly which cyd aliases appear.

    With ``concepts`` the filing is valid only if that set is (a set missing a
    required description or pairing a flag without its text block gets the
    findings it deserves).
    """
    registrant = chooser.choice(wording.REGISTRANTS)
    cik = f"{chooser.integer(1000, 1999999):010d}"
    if form.is_annual:
        period = annual_period(chooser, year)
        detected = period.end - timedelta(days=chooser.integer(30, 300))
    else:
        day = event_date(chooser, year)
        period = Period(day, day)
        detected = day - timedelta(days=chooser.integer(0, 12))
    contained = min(detected + timedelta(days=chooser.integer(1, 6)), period.end)
    speaker = voice(chooser, registrant, detected, contained)
    if concepts is not None:
        plan = forced_plan(chooser, year, concepts)
    else:
        plan = annual_plan(chooser) if form.is_annual else incident_plan(chooser)
    facts = (*cover_facts(chooser, form, period, registrant, cik), *cyd_facts(chooser, plan, speaker))
    spec = FilingSpec(
        form=form.value,
        year=year,
        period_start=period.start,
        period_end=period.end,
        cik=cik,
        registrant=html.unescape(registrant),
        include_dei=False,
        facts=facts,
        name=_ticker(short_name(html.unescape(registrant))),
    )
    parameters = (
        parameters_from({"items": chooser.choice(ITEM_LISTS)})
        if form is Form.EIGHT_K and chooser.chance(0.8)
        else ()
    )
    return SyntheticFiling(spec=spec, document_format=document_format, parameters=parameters)


def _ticker(name: str) -> str:
    letters = [c for c in name.lower() if "a" <= c <= "z"]
    return "".join(letters[:4]) or "syn"


# ---------------------------------------------------------------- single facts for edits


def _voice_of(chooser: Chooser, filing: SyntheticFiling) -> wording.Voice:
    end = filing.spec.period_end
    return voice(chooser, html.escape(filing.spec.registrant, quote=False), end, end)


def added_text_block(
    chooser: Chooser, filing: SyntheticFiling, alias: str, fact_alias: str | None = None
) -> FactSpec:
    """A stand-alone text block with the wording of ``alias`` (tagged as ``fact_alias`` if given)."""
    elements = _own_elements(chooser, alias, _voice_of(chooser, filing), affected=False)
    concept = fact_alias or alias
    return FactSpec(concept, "".join(elements), id=f"{fact_id(alias)}-added")


def added_flag(chooser: Chooser, filing: SyntheticFiling, alias: str, value: bool) -> FactSpec:
    """A stand-alone flag wrapping one sentence that answers it."""
    fact, _ = _flag_fact(chooser, alias, value, _voice_of(chooser, filing))
    return replace(fact, id=f"{fact_id(alias)}-added")
