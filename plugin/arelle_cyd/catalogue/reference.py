"""The concept catalogue reference (``docs/catalogue.md``), rendered from the catalogue data files.

Every entry shows its evidence, so a reader can see at a glance which claims are seen in
real filings or SEC data and which are inferred or unverified. ``arelle-cyd generate``
writes it with the other catalogue-made files, and the freshness test covers it.
"""

from __future__ import annotations

from arelle_cyd import catalogue
from arelle_cyd.catalogue.model import CatalogueVersion, Concept, Evidence

REGENERATE = "arelle-cyd generate"

_BASIS = {
    "SEC-data": "an SEC-authored EDGAR data file (copied into `catalogue/data/edgar/`)",
    "seed": "the SEC viewer's rendering of a real Form 20-F cybersecurity section (fiscal 2024)",
    "filings": "observed in real Form 10-K filings (23 filed 2025-01-13 to 2025-10-31)",
    "filing": "observed in one named real filing (in `tests/fixtures/filings/`)",
    "CRSR-lb": "the label/presentation/definition links embedded by a filer vendor in Corsair's 10-K schema",
    "reg": "regulation text (17 CFR 229.106; Form 8-K Item 1.05; release 33-11216)",
    "third-party": "someone else's code or notes on GitHub: not authoritative",
    "inferred": "the project's reading of the evidence",
    "unverified": "a claim with no basis available",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _evidence(items: tuple[Evidence, ...]) -> str:
    return "<br>".join(f"**{e.basis}**: {_cell(e.detail)}" for e in items)


def _concept_row(concept: Concept) -> str:
    status = "verified" if concept.verified else "**UNVERIFIED name**"
    return (
        f"| {concept.alias} | `{concept.local_name}` | {concept.kind.value} | `{concept.item_type}` | "
        f"{concept.period_type} | {_cell(concept.label)} | {concept.regulation.paragraph} | {status} | "
        f"{_evidence(concept.evidence)} |"
    )


def _version(version: CatalogueVersion) -> list[str]:
    lines = [
        f"## cyd {version.year} (catalogue {version.catalogue_version})",
        "",
        f"Namespace `{version.namespace}`, element schema `{version.schema_url}`; entry points "
        + ", ".join(f"`{e.prefix}`" for e in version.entry_points)
        + ".",
        "",
        "Evidence for the release itself: "
        + "; ".join(f"**{e.basis}**: {e.detail}" for e in version.version_evidence),
        "",
        "| Alias | Local name | Kind | Item type | Period | Standard label | Paragraph | Name | Evidence |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [_concept_row(c) for c in version.concepts]
    lines += ["", "Relations used by the rules:", ""]
    lines += [
        f'- pair {p.id}: `{p.flag.alias}` ↔ `{p.text_block.alias}` ({p.paragraph}, "{p.wording}")'
        for p in version.pairs
    ]
    lines += [
        f"- required in an in-scope annual report ({r.paragraph}): "
        + " or ".join(f"`{c.alias}`" for c in r.any_of)
        for r in version.annual_requirements
    ]
    lines += [
        f"- details of `{d.parent.alias}` ({d.paragraph}): " + ", ".join(f"`{c.alias}`" for c in d.children)
        for d in version.details
    ]
    lines += [
        "- Item 1.05 incident: required "
        + ", ".join(f"`{c.alias}`" for c in version.incident.required)
        + f"; not-available statement `{version.incident.not_available.alias}`",
        "",
    ]
    return lines


def render_markdown() -> str:
    dei = catalogue.dei_catalogue()
    lines = [
        "# arelle-cyd concept catalogue",
        "",
        f"<!-- Generated from plugin/arelle_cyd/catalogue/data/ by `{REGENERATE}`. Do not edit by hand. -->",
        "",
        "Every concept arelle-cyd knows, per cyd taxonomy year, with the evidence for each claim. The rules,",
        "the generated JSON Schemas and dataclasses, the offline reconstruction and the synthetic filings",
        "all read these entries; no other code spells a concept name. How the catalogue is used, and its",
        "limits: [taxonomy.md](taxonomy.md).",
        "",
        "Evidence bases:",
        "",
    ]
    lines += [f"- **{basis}**: {meaning}" for basis, meaning in _BASIS.items()]
    lines.append("")
    for year in catalogue.available_years():
        lines += _version(catalogue.load(year))
    lines += [
        "## dei elements read by the rules",
        "",
        "| Element | Item type | Period | Standard label | Used by | Evidence |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| `dei:{e.local_name}` | `{e.item_type}` | {e.period_type} | {_cell(e.label)} | {_cell(e.used_by)} | "
        f"{_evidence(e.evidence)} |"
        for e in dei.elements
    ]
    return "\n".join(lines) + "\n"
