"""Read the catalogue data files (``data/cyd-YYYY.json``) into typed objects.

A later release may be written as ``basedOn`` an earlier one plus ``overrides``
(field replacements by alias), ``add`` and ``remove``; a new taxonomy year is
then one small data file and no code.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from arelle_cyd.catalogue.model import (
    CatalogueVersion,
    Concept,
    Detail,
    EntryPoint,
    Evidence,
    FormSet,
    IncidentStructure,
    Kind,
    Pair,
    PositionsDependents,
    Regulation,
    Requirement,
    Section,
)

_FILE_PATTERN = re.compile(r"^cyd-(\d{4})\.json$")
JsonObject = dict[str, Any]


def data_path(name: str) -> resources.abc.Traversable:
    return resources.files("arelle_cyd.catalogue").joinpath("data", name)


def read_json(name: str) -> JsonObject:
    loaded: JsonObject = json.loads(data_path(name).read_text(encoding="utf-8"))
    return loaded


@cache
def available_years() -> tuple[str, ...]:
    """Years with a catalogue file, ascending."""
    folder = resources.files("arelle_cyd.catalogue").joinpath("data")
    years = (m.group(1) for entry in folder.iterdir() if (m := _FILE_PATTERN.match(entry.name)))
    return tuple(sorted(years))


@cache
def raw_version(year: str) -> JsonObject:
    """The merged JSON of one year, with ``basedOn`` resolved."""
    document = read_json(f"cyd-{year}.json")
    base_year = document.get("basedOn")
    if base_year is None:
        return document
    base = raw_version(base_year)
    merged = {k: v for k, v in base.items() if k not in ("$comment",)}
    merged.update({k: v for k, v in document.items() if k not in ("basedOn", "overrides", "add", "remove")})
    removed = set(document.get("remove", ()))
    overrides: dict[str, JsonObject] = document.get("overrides", {})
    concepts = [
        dict(c, **overrides.get(c["alias"], {})) for c in base["concepts"] if c["alias"] not in removed
    ]
    merged["concepts"] = concepts + list(document.get("add", ()))
    return merged


def _evidence(items: list[JsonObject]) -> tuple[Evidence, ...]:
    return tuple(Evidence(basis=e["basis"], detail=e["detail"]) for e in items)


def _concept(entry: JsonObject, namespace: str) -> Concept:
    regulation = entry["regulation"]
    return Concept(
        alias=entry["alias"],
        local_name=entry["localName"],
        namespace=namespace,
        kind=Kind(entry["kind"]),
        item_type=entry["itemType"],
        period_type=entry["periodType"],
        nillable=entry["nillable"],
        abstract=entry["abstract"],
        label=entry["label"],
        section=Section(entry["section"]),
        regulation=Regulation(regulation["citation"], regulation["paragraph"], regulation["wording"]),
        forms=FormSet(entry["forms"]),
        verified=entry["verified"],
        evidence=_evidence(entry["evidence"]),
        substitution_group=entry.get("substitutionGroup", "xbrli:item"),
    )


@cache
def load(year: str) -> CatalogueVersion:
    """The catalogue of cyd/``year``; ``KeyError`` when no file exists for that year."""
    if year not in available_years():
        raise KeyError(f"no arelle-cyd catalogue for cyd/{year}")
    raw = raw_version(year)
    concepts = tuple(_concept(c, raw["namespace"]) for c in raw["concepts"])
    by_alias = {c.alias: c for c in concepts}

    def many(aliases: list[str]) -> tuple[Concept, ...]:
        return tuple(by_alias[a] for a in aliases)

    dependents = raw["positionsDependents"]
    incident = raw["incident"]
    return CatalogueVersion(
        year=raw["year"],
        catalogue_version=raw["catalogueVersion"],
        namespace=raw["namespace"],
        prefix=raw["prefix"],
        schema_url=raw["schemaUrl"],
        entry_points=tuple(EntryPoint(e["prefix"], e["url"], e["namespace"]) for e in raw["entryPoints"]),
        version_evidence=_evidence(raw["versionEvidence"]),
        concepts=concepts,
        pairs=tuple(
            Pair(p["id"], by_alias[p["flag"]], by_alias[p["textBlock"]], p["paragraph"], p["wording"])
            for p in raw["pairs"]
        ),
        annual_requirements=tuple(
            Requirement(r["paragraph"], many(r["anyOf"])) for r in raw["annualRequirements"]
        ),
        details=tuple(
            Detail(by_alias[d["parent"]], many(d["children"]), d["paragraph"]) for d in raw["details"]
        ),
        positions_dependents=PositionsDependents(
            flag=by_alias[dependents["flag"]],
            paragraph=dependents["paragraph"],
            warn_when_true=many(dependents["warnWhenTrue"]),
            warn_when_present=many(dependents["warnWhenPresent"]),
            info_when_present=many(dependents["infoWhenPresent"]),
        ),
        incident=IncidentStructure(
            required=many(incident["required"]),
            not_available=by_alias[incident["notAvailable"]],
            axis=by_alias[incident["axis"]],
        ),
        presentation=tuple((by_alias[parent], many(children)) for parent, children in raw["presentation"]),
        _by_alias=by_alias,
        _by_name={c.local_name: c for c in concepts},
    )
