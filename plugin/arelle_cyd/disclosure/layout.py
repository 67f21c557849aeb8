"""What the exporter reads from a published disclosure schema: its groups and concept members.

The document's shape comes from the JSON Schema itself (its ``x-arelle-cyd-group``
and ``x-xbrl-*`` annotations), so a schema regenerated from the official taxonomy
is followed without a code change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Slot:
    """One concept member of a group: its local name, JSON kind and whether it may be null."""

    local_name: str
    kind: str  # boolean, html, string, date, integer
    nillable: bool


@dataclass(frozen=True, slots=True)
class GroupSlot:
    key: str
    repeated: bool
    forms: str | None
    slots: tuple[Slot, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """What the exporter needs from one year's schema."""

    year: str
    schema_id: str
    schema_version: str
    namespace: str
    incident_axis: str | None
    groups: tuple[GroupSlot, ...]

    @classmethod
    def from_schema(cls, schema: Mapping[str, Any]) -> Layout:
        info = schema["x-arelle-cyd"]
        definitions = schema["$defs"]
        groups = []
        for key, member in schema["properties"].items():
            ref = member.get("$ref") or member.get("items", {}).get("$ref")
            definition = definitions.get(ref.rsplit("/", 1)[-1]) if ref else None
            if definition is None or "x-arelle-cyd-group" not in definition:
                continue
            slots = tuple(
                Slot(name, _kind(prop), "null" in _types(prop))
                for name, prop in definition["properties"].items()
                if "x-xbrl-concept" in prop
            )
            groups.append(
                GroupSlot(key, member.get("type") == "array", definition.get("x-arelle-cyd-forms"), slots)
            )
        return cls(
            year=info["taxonomy"]["year"],
            schema_id=schema["$id"],
            schema_version=info["schemaVersion"],
            namespace=info["taxonomy"]["namespace"],
            incident_axis=info.get("incidentAxis"),
            groups=tuple(groups),
        )


def _types(prop: Mapping[str, Any]) -> list[str]:
    kinds = prop.get("type", [])
    return [kinds] if isinstance(kinds, str) else list(kinds)


def _kind(prop: Mapping[str, Any]) -> str:
    types = _types(prop)
    if "boolean" in types:
        return "boolean"
    if "integer" in types:
        return "integer"
    if prop.get("contentMediaType") == "text/html":
        return "html"
    return "date" if prop.get("format") == "date" else "string"
