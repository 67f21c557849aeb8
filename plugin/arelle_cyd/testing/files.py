"""Write synthetic filings to disk and run them through Arelle with the plugin, offline.

``write_filing`` puts the entry document and its extension schema (and, for
taxonomy-drift cases, an Arelle cache holding an "official" cyd taxonomy) into a
directory; ``run_filing`` validates it exactly as ``tests/conftest.py::run_spec``
does (offline, ``reconstruction="all"``) and keeps Arelle's own log entries next
to the cyd findings, so tests can assert that a filing is clean XBRL as well as a
clean disclosure.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arelle_cyd.filing import FilingView
from arelle_cyd.findings import Finding
from arelle_cyd.testing.builder import (
    DocumentFormat,
    extension_schema,
    render_inline,
    render_instance,
    schema_file_name,
)
from arelle_cyd.testing.synthetic import OfficialStandIn, SyntheticFiling

# Arelle log levels that mean "not clean": anything above info.
PROBLEM_LEVELS = frozenset({"warning", "error", "critical", "fatal", "inconsistency"})


def entry_name(filing: SyntheticFiling) -> str:
    stem = f"{filing.spec.name}-{filing.spec.period_end.strftime('%Y%m%d')}"
    return f"{stem}.htm" if filing.document_format is DocumentFormat.INLINE else f"{stem}_htm.xml"


def render_files(filing: SyntheticFiling) -> dict[str, str]:
    """File name -> text of every file of the filing (entry document first)."""
    spec = filing.spec
    entry = render_inline(spec) if filing.document_format is DocumentFormat.INLINE else render_instance(spec)
    for damage in filing.damage:
        entry = damage.apply(entry)
    files = {entry_name(filing): entry}
    if filing.write_schema:
        files[schema_file_name(spec)] = extension_schema(spec)
    return files


@dataclass(frozen=True, slots=True)
class WrittenFiling:
    entry: Path
    cache_dir: Path | None
    parameters: Mapping[str, str]


def write_filing(filing: SyntheticFiling, directory: Path) -> WrittenFiling:
    """Write the filing's files (and its stand-in taxonomy cache, if any) into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in render_files(filing).items():
        # damaged documents may carry lone surrogates: write them (as invalid UTF-8) rather than fail
        (directory / name).write_bytes(text.encode("utf-8", errors="surrogatepass"))
    cache = (
        stand_in_cache(directory / "arelle-cache", filing.year, filing.official) if filing.official else None
    )
    return WrittenFiling(directory / entry_name(filing), cache, filing.parameter_values)


def stand_in_cache(directory: Path, year: str, official: OfficialStandIn) -> Path:
    """An Arelle cache directory whose cyd schema is NOT marked as arelle-cyd's reconstruction.

    Arelle then loads it as if it were the SEC's file, so the plugin compares the
    catalogue with it (TAX.9); ``official`` adds elements or retypes them to make
    the two differ.
    """
    from arelle_cyd.reconstruction.resolver import FILES

    source = FILES / "xbrl.sec.gov" / "cyd" / year
    target = directory / "https" / "xbrl.sec.gov" / "cyd" / year
    target.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        (target / path.name).write_text(official_file_text(path, year, official), encoding="utf-8")
    return directory


def official_file_text(path: Path, year: str, official: OfficialStandIn) -> str:
    """The text of one reconstruction file as the stand-in "official" taxonomy has it."""
    text = path.read_text(encoding="utf-8")
    if path.name == f"cyd-{year}.xsd":
        return _official_schema(text, official)
    if path.name == f"cyd-{year}_pre.xml" and official.unpresented:
        return _without_presentation(text, official.unpresented)
    return text


def _without_presentation(text: str, local_names: Iterable[str]) -> str:
    """The presentation linkbase without the locators of these concepts and the arcs that use them."""
    from lxml import etree

    link = "{http://www.xbrl.org/2003/linkbase}"
    xlink = "{http://www.w3.org/1999/xlink}"
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(text.encode("utf-8"), parser)
    doomed = {f"#cyd_{name}" for name in local_names}
    labels = {
        loc.get(f"{xlink}label")
        for loc in root.iter(f"{link}loc")
        if any((loc.get(f"{xlink}href") or "").endswith(d) for d in doomed)
    }
    for element in list(root.iter(f"{link}loc", f"{link}presentationArc")):
        if (
            element.get(f"{xlink}label") in labels
            or {element.get(f"{xlink}from"), element.get(f"{xlink}to")} & labels
        ):
            element.getparent().remove(element)
    return str(etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8"))


def _official_schema(text: str, official: OfficialStandIn) -> str:
    start = text.index("<cydr:reconstruction")
    end = text.index("</cydr:reconstruction>") + len("</cydr:reconstruction>")
    text = text[:start] + text[end:]
    extra = "".join(
        f'  <xs:element id="cyd_{name}" name="{name}" type="dtr-types:textBlockItemType" '
        'substitutionGroup="xbrli:item" xbrli:periodType="duration" nillable="true"/>\n'
        for name in official.extra_elements
    )
    text = text.replace("</xs:schema>", f"{extra}</xs:schema>")
    for name, new_type in official.retyped:
        marker = f'name="{name}" type="'
        head, found, tail = text.partition(marker)
        if found:
            text = head + marker + new_type + tail[tail.index('"') :]
    return text


# ---------------------------------------------------------------- running Arelle


@dataclass(frozen=True, slots=True)
class LogEntry:
    level: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ArelleRun:
    """What one offline Arelle run with the plugin produced."""

    findings: tuple[Finding, ...]
    logs: tuple[LogEntry, ...]
    error: str | None  # why nothing usable was loaded (``Report.error``)
    view: FilingView | None = None  # what the rules read, when asked for (``with_view=True``)

    @property
    def arelle_problems(self) -> list[LogEntry]:
        """Arelle's own warnings and errors (XBRL 2.1, Inline XBRL, schema), not the plugin's findings."""
        return [e for e in self.logs if e.level in PROBLEM_LEVELS and not _is_plugin_code(e.code)]

    @property
    def internal_errors(self) -> list[str]:
        """Signs that the plugin failed: its internal-error message or a rule that raised."""
        codes = [e.code for e in self.logs] + [f.code for f in self.findings]
        return [c for c in codes if c.endswith("internalError")]

    def codes(self, *severities: str) -> list[str]:
        wanted = set(severities) or {"info", "warning", "error"}
        return [f.code for f in self.findings if f.severity.value in wanted]

    @property
    def serious(self) -> list[Finding]:
        """Warning- and error-level cyd findings."""
        return [f for f in self.findings if f.severity.value != "info"]


def _is_plugin_code(code: str) -> bool:
    return code.startswith(("CYD.", "arelle-cyd:"))


def run_document(
    entry: Path,
    parameters: Mapping[str, str] | None = None,
    cache_dir: Path | None = None,
    *,
    with_view: bool = False,
) -> ArelleRun:
    """Validate one entry document offline with the reconstruction standing in for SEC schemas.

    ``with_view`` keeps the ``FilingView`` the rules read (to compare with ``views.view_of``).
    """
    from arelle_cyd.api import load
    from arelle_cyd.parameters import Parameters

    values: dict[str, Any] = {"reconstruction": "all", **(parameters or {})}
    with load(
        entry,
        parameters=Parameters.from_values(values),
        cache_dir=os.fspath(cache_dir) if cache_dir else None,
    ) as loaded:
        return ArelleRun(
            findings=tuple(loaded.findings),
            logs=tuple(_log_entries(loaded.logs)),
            error=loaded.error,
            view=loaded.view() if with_view and loaded.model is not None else None,
        )


def run_filing(filing: SyntheticFiling, directory: Path, *, with_view: bool = False) -> ArelleRun:
    written = write_filing(filing, directory)
    with edgar_stand_in(filing):
        return run_document(written.entry, written.parameters, written.cache_dir, with_view=with_view)


@contextmanager
def edgar_stand_in(filing: SyntheticFiling) -> Iterator[None]:
    """While the rules run, EDGAR's deprecation table is the filing's ``deprecated_concepts`` (if any).

    EDGAR has deprecated no cyd concept yet, so TAX.4 cannot fire on the shipped table;
    a mutation supplies a table the way TAX.9's supplies an "official" taxonomy. Only
    in-process runs (``run_filing``, ``engine.run`` on ``views.view_of``) see it.
    """
    if not filing.deprecated_concepts:
        yield
        return
    from arelle_cyd.catalogue import edgar

    table = dict(filing.deprecated_concepts)
    original = edgar.deprecated_cyd_concepts
    edgar.deprecated_cyd_concepts = lambda: table  # type: ignore[assignment]
    try:
        yield
    finally:
        edgar.deprecated_cyd_concepts = original


def _log_entries(logs: Iterable[Mapping[str, Any]]) -> Iterable[LogEntry]:
    for entry in logs:
        message = entry.get("message")
        text = message.get("text", "") if isinstance(message, Mapping) else str(message or "")
        yield LogEntry(str(entry.get("level") or ""), str(entry.get("code") or ""), str(text))
