"""SEC-authored EDGAR data the TAX and VAL rules read, as typed, cached tables.

The files in ``data/edgar/`` are copied unchanged from the EDGAR Filer Manual
plugin (``SOURCES.json`` records where from and their sha256), so a new EDGAR
release is a data update: copy the new file, and for a new standard-taxonomy
list add its deployment date to ``edgar-releases.json``. Everything is read on
first use only, because most filings never need most of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.etree import ElementTree

from arelle_cyd.catalogue.loader import data_path, read_json
from arelle_cyd.catalogue.model import CYD_NAMESPACE_PATTERN

_STANDARD_NAMESPACE = re.compile(
    r"^https?://(?:xbrl\.sec\.gov|fasb\.org|xbrl\.fasb\.org|xbrl\.us)/([a-z][a-z-]*)/(\d{4}(?:q\d)?)(?:-\d\d-\d\d)?$"
)
_IFRS_NAMESPACE = re.compile(r"^https?://xbrl\.ifrs\.org/taxonomy/(\d{4})-\d\d-\d\d/ifrs[\w-]*$")


def abbreviation(namespace: str) -> str | None:
    """EDGAR's taxonomy abbreviation of a standard namespace: ``http://fasb.org/us-gaap/2024`` -> ``us-gaap/2024``."""
    if match := _STANDARD_NAMESPACE.match(namespace):
        return f"{match.group(1)}/{match.group(2)}"
    if match := _IFRS_NAMESPACE.match(namespace):
        return f"ifrs/{match.group(1)}"
    return None


# ------------------------------------------------------------ EFM 6.22.3 taxonomy compatibility


@dataclass(frozen=True, slots=True)
class Compatibility:
    """``taxonomy-compatibility.json`` with its ``@class`` references resolved.

    ``compatible`` keeps the file's order, which matters: EDGAR checks a DTS against
    the first key it contains and only against that one.
    """

    compatible: tuple[tuple[str, frozenset[str]], ...]
    checked: frozenset[str]


def resolve_classes(classes: Mapping[str, list[str]], entries: list[str]) -> set[str]:
    """EDGAR's data files name groups as ``@class``: the entries with every class expanded, recursively."""
    resolved: set[str] = set()
    for entry in entries:
        if entry.startswith("@"):
            resolved |= resolve_classes(classes, classes.get(entry[1:], []))
        else:
            resolved.add(entry)
    return resolved


@cache
def taxonomy_compatibility() -> Compatibility:
    document = read_json("edgar/taxonomy-compatibility.json")
    classes = {k: v for k, v in document["taxonomy-classes"].items() if isinstance(v, list)}
    compatible = tuple(
        (key, frozenset(resolve_classes(classes, value)))
        for key, value in document["compatible-classes"].items()
        if isinstance(value, list)
    )
    checked = frozenset(key for key, _ in compatible) | frozenset().union(*(v for _, v in compatible))
    return Compatibility(compatible=compatible, checked=checked)


@dataclass(frozen=True, slots=True)
class Conflict:
    conflict_class: str  # as EDGAR spells it in its message, e.g. "us-gaap/2024-cyd/2025"
    involved: frozenset[str]  # every abbreviation named by the conflict


def incompatible_classes(abbreviations: frozenset[str]) -> Conflict | None:
    """EFM 6.22.3: the taxonomies of a DTS that may not be used together, or None.

    A restatement of EDGAR's documented algorithm (taxonomy-compatibility.json,
    "description"): only checked abbreviations count; the first compatible-class key
    found in the DTS decides; failing a conflict there, one taxonomy in two years conflicts.
    """
    table = taxonomy_compatibility()
    present = abbreviations & table.checked
    for key, allowed in table.compatible:
        if key in present:
            conflicts = present - {key} - allowed
            if conflicts:
                return Conflict("-".join([key, *sorted(conflicts)]), frozenset({key, *conflicts}))
            break
    for abbr in sorted(present):
        family = abbr.partition("/")[0]
        same_family = sorted(a for a in present if a.partition("/")[0] == family)
        if len(same_family) > 1:
            return Conflict("-".join(same_family), frozenset(same_family))
    return None


# ------------------------------------------------------------ EFM 5.2.5.12 transformation registries


@cache
def transform_registries() -> Mapping[str, str]:
    """Transformation-registry namespaces EDGAR allows, with the prefix EDGAR requires for each."""
    document = read_json("edgar/ixbrl-transform-registries.json")
    return {k: v for k, v in document.items() if k.startswith("http") and isinstance(v, str)}


# ------------------------------------------------------------ EFM 6.5.42 deprecated concepts


@cache
def deprecated_cyd_concepts() -> Mapping[str, str]:
    """cyd local name -> deprecation date (ISO), from EDGAR's ``cyd-deprecated-concepts.json``."""
    document: Mapping[str, Any] = read_json("edgar/cyd-deprecated-concepts.json")
    return {str(k): str(v) for k, v in document.items()}


# ------------------------------------------------------------ EDGAR standard-taxonomy lists


@dataclass(frozen=True, slots=True)
class Release:
    """One EDGAR release's standard-taxonomy list, reduced to the cyd years it accepts."""

    release: str
    effective: date  # the deployment day, or the day it took effect at the earliest when that is unknown
    cyd_years: frozenset[str]


def erxl_cyd_years(locs: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """cyd schema years among the ``Loc`` entries of an EDGAR standard-taxonomy list."""
    years: set[str] = set()
    for loc in locs:
        cyd = CYD_NAMESPACE_PATTERN.match(str(loc.get("Namespace") or ""))
        if cyd and loc.get("FileTypeName") == "Schema":
            years.add(cyd.group(1))
    return frozenset(years)


def erxl_locs(file_name: str) -> list[dict[str, str]]:
    """The ``Loc`` entries of one copied ``edgartaxonomies-*.xml``, each as field -> text.

    Read with the standard library: these are SEC files shipped with the package, and
    their validity against ``erxl.xsd`` is checked once, by xmlschema, in the tests
    (tests/test_edgar_data.py). Importing xmlschema here would cost every validation
    run about 30,000 long-lived objects that Python's collector then traverses.
    """
    root = ElementTree.fromstring(data_path(f"edgar/{file_name}").read_bytes())
    return [{field.tag: (field.text or "").strip() for field in loc} for loc in root.iter("Loc")]


@cache
def releases() -> tuple[Release, ...]:
    """The copied EDGAR releases in effective-date order, with the cyd years each accepts."""
    table = []
    for entry in read_json("edgar/edgar-releases.json")["releases"]:
        deployed = entry.get("deployed")
        effective = date.fromisoformat(deployed or entry["notBefore"])
        table.append(
            Release(
                release=entry["release"],
                effective=effective,
                cyd_years=erxl_cyd_years(erxl_locs(entry["file"])),
            )
        )
    return tuple(sorted(table, key=lambda r: r.effective))


def release_on(day: date) -> Release | None:
    """The newest copied release in effect on ``day``; None before the first one."""
    current = None
    for release in releases():
        if release.effective <= day:
            current = release
    return current


def first_release_accepting(year: str) -> Release | None:
    return next((r for r in releases() if year in r.cyd_years), None)
