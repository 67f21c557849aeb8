"""The dei cover elements arelle-cyd reads (cyd-concepts.md section 4)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from arelle_cyd.catalogue.loader import read_json
from arelle_cyd.catalogue.model import Evidence


@dataclass(frozen=True, slots=True)
class DeiElement:
    alias: str
    local_name: str
    item_type: str
    period_type: str
    label: str
    kind: str
    used_by: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class DeiCatalogue:
    namespace_pattern: re.Pattern[str]
    schema_url_template: str
    namespace_template: str
    elements: tuple[DeiElement, ...]

    def element(self, alias: str) -> DeiElement:
        return next(e for e in self.elements if e.alias == alias)

    def namespace(self, year: str) -> str:
        return self.namespace_template.format(year=year)

    def schema_url(self, year: str) -> str:
        return self.schema_url_template.format(year=year)

    def year(self, namespace: str | None) -> str | None:
        match = self.namespace_pattern.match(namespace or "")
        return match.group(1) if match else None


@cache
def dei_catalogue() -> DeiCatalogue:
    raw = read_json("dei.json")
    return DeiCatalogue(
        namespace_pattern=re.compile(raw["namespacePattern"]),
        schema_url_template=raw["schemaUrlTemplate"],
        namespace_template=raw["namespaceTemplate"],
        elements=tuple(
            DeiElement(
                alias=e["alias"],
                local_name=e["localName"],
                item_type=e["itemType"],
                period_type=e["periodType"],
                label=e["label"],
                kind=e["kind"],
                used_by=e["usedBy"],
                evidence=tuple(Evidence(x["basis"], x["detail"]) for x in e["evidence"]),
            )
            for e in raw["elements"]
        ),
    )
