"""Turn one ``FilingView`` into one disclosure document of a year's schema.

Nothing is dropped silently: every fact the document cannot carry (a value not
of its concept's type, a concept the schema lacks, a fact outside the disclosure's
context) becomes an entry of ``issues``; duplicates collapse when they agree and
keep the first value, with an issue, when they do not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from arelle_cyd import catalogue
from arelle_cyd._version import __version__
from arelle_cyd.disclosure.layout import GroupSlot, Layout
from arelle_cyd.disclosure.values import (
    InvalidValueError,
    JsonObject,
    convert,
    fact_ids,
    fact_ref,
    period_json,
    pointer,
)
from arelle_cyd.filing import Context, Fact, FilingView
from arelle_cyd.scope import ANNUAL_FORMS

PRODUCER = f"arelle-cyd {__version__}"
CIK_SCHEME = "http://www.sec.gov/CIK"
T = TypeVar("T")


@dataclass
class _Collected:
    """Facts sorted into the document: per group (and incident), per concept, in document order."""

    groups: dict[str, dict[str, list[Fact]]] = field(default_factory=dict)
    incidents: dict[tuple[tuple[str, str], ...], dict[str, list[Fact]]] = field(default_factory=dict)
    incident_members: dict[tuple[tuple[str, str], ...], str | None] = field(default_factory=dict)


class DocumentBuilder:
    """Turns one ``FilingView`` into one document of ``layout``'s schema."""

    def __init__(
        self,
        view: FilingView,
        layout: Layout,
        *,
        facts_year: str | None,
        accession_number: str | None = None,
        issues: Sequence[JsonObject] = (),
    ) -> None:
        self.view = view
        self.layout = layout
        self.facts_year = facts_year
        self.accession_number = accession_number
        self.issues: list[JsonObject] = list(issues)
        self.provenance: dict[str, list[JsonObject]] = {}
        self._slot_of = {s.local_name: (g, s) for g in layout.groups for s in g.slots}

    # ------------------------------------------------------------ issues

    def issue(self, code: str, message: str, facts: Sequence[Fact] = (), concept: str | None = None) -> None:
        if concept is None and facts:
            concept = facts[0].qname
        self.issues.append({"code": code, "message": message, "concept": concept, "factIds": fact_ids(facts)})

    # ------------------------------------------------------------ envelope

    def _dei_fact(self, local_name: str) -> Fact | None:
        candidates = [f for f in self.view.dei_facts if f.local_name == local_name and not f.is_nil]
        plain = [f for f in candidates if f.context is None or f.context.is_dimensionless]
        chosen = plain or candidates
        return chosen[0] if chosen else None

    def _cover(self, target: str, local_name: str, value: T) -> T:
        fact = self._dei_fact(local_name)
        if value is not None and fact is not None:
            self.provenance[target] = [fact_ref(fact)]
        return value

    def _fiscal_year(self) -> int | None:
        text = self.view.dei.fiscal_year_focus
        if text is None:
            return None
        if text.isdigit():
            return self._cover("/filing/fiscalYearFocus", "DocumentFiscalYearFocus", int(text))
        fact = self._dei_fact("DocumentFiscalYearFocus")
        self.issue(
            "invalidCoverValue", f"dei:DocumentFiscalYearFocus {text!r} is not a year", [fact] if fact else []
        )
        return None

    def _cik(self) -> str | None:
        text = self.view.dei.cik
        if text is not None and text.isdigit() and len(text) <= 10:
            return self._cover("/entity/cik", "EntityCentralIndexKey", text.zfill(10))
        if text is not None:
            fact = self._dei_fact("EntityCentralIndexKey")
            self.issue(
                "invalidCoverValue",
                f"dei:EntityCentralIndexKey {text!r} is not a CIK",
                [fact] if fact else [],
            )
        context = self.view.required_context
        if context is not None and context.scheme == CIK_SCHEME and context.identifier.isdigit():
            return context.identifier.zfill(10)
        return None

    def taxonomy(self) -> JsonObject:
        info = self.view.taxonomy
        if info.official:
            definitions, source = "official", ", ".join(sorted(info.official_cyd_urls))
        elif info.reconstruction:
            urls = ", ".join(sorted(u for u in info.reconstruction_urls if "/cyd/" in u))
            definitions, source = "reconstruction", f"arelle-cyd's offline reconstruction of {urls}"
        else:
            definitions, source = "catalogue", catalogue.for_year(self.layout.year).source
        year = self.facts_year or self.layout.year
        return {
            "prefix": "cyd",
            "namespace": f"http://xbrl.sec.gov/cyd/{year}",
            "definitions": definitions,
            "source": source,
        }

    def filing(self) -> JsonObject:
        dei = self.view.dei
        period_end = dei.period_end_date.isoformat() if dei.period_end_date else None
        return {
            "form": self._cover("/filing/form", "DocumentType", dei.document_type),
            "isAmendment": self._cover("/filing/isAmendment", "AmendmentFlag", dei.amendment),
            "documentPeriodEndDate": self._cover(
                "/filing/documentPeriodEndDate", "DocumentPeriodEndDate", period_end
            ),
            "fiscalYearFocus": self._fiscal_year(),
            "fiscalPeriodFocus": self._cover(
                "/filing/fiscalPeriodFocus", "DocumentFiscalPeriodFocus", dei.fiscal_period_focus
            ),
            "accessionNumber": self.accession_number,
            "sourceDocument": self.view.source_document,
        }

    def entity(self) -> JsonObject:
        return {
            "cik": self._cik(),
            "name": self._cover("/entity/name", "EntityRegistrantName", self.view.dei.registrant_name),
        }

    # ------------------------------------------------------------ facts

    def _disclosure_context(self) -> Context | None:
        """The context Item 106 facts belong to: that of dei:DocumentType (or else of the first one)."""
        required = self.view.required_context
        if required is not None:
            return required
        annual = {s.local_name for g in self.layout.groups if not g.repeated for s in g.slots}
        first = next((f for f in self.view.cyd_fact_list if f.local_name in annual), None)
        return first.context if first is not None else None

    @staticmethod
    def _equivalent(context: Context | None, disclosure: Context | None) -> bool:
        if context is None or disclosure is None:
            return context is disclosure
        if context.id == disclosure.id:
            return True
        return (
            context.is_dimensionless
            and disclosure.is_dimensionless
            and (context.scheme, context.identifier, context.period)
            == (disclosure.scheme, disclosure.identifier, disclosure.period)
        )

    def _incident_key(self, context: Context | None) -> tuple[tuple[tuple[str, str], ...], str | None]:
        dimensions = context.dimensions if context is not None else ()
        key = tuple(sorted((d.axis, d.member) for d in dimensions))
        axis_name = self.layout.incident_axis.rpartition("}")[2] if self.layout.incident_axis else None
        on_axis = [
            d.member
            for d in dimensions
            if axis_name
            and d.axis.endswith("}" + axis_name)
            and catalogue.is_cyd_namespace(d.axis[1:].split("}")[0])
        ]
        if on_axis:
            return key, on_axis[0]
        return key, dimensions[0].member if len(dimensions) == 1 else None

    def collect(self) -> _Collected:
        collected = _Collected()
        disclosure = self._disclosure_context()
        for fact in self.view.facts:
            if not catalogue.is_cyd_namespace(fact.namespace):
                self.issue(
                    "notExported",
                    f"{fact.describe()} uses a cyd entry-point namespace, which declares no concepts",
                    [fact],
                )
                continue
            found = self._slot_of.get(fact.local_name)
            if found is None:
                self.issue(
                    "notExported",
                    f"{fact.describe()} is not a fact-carrying concept of the cyd {self.layout.year} schema",
                    [fact],
                )
                continue
            group, slot = found
            if group.repeated:
                key, member = self._incident_key(fact.context)
                collected.incident_members.setdefault(key, member)
                collected.incidents.setdefault(key, {}).setdefault(slot.local_name, []).append(fact)
            elif self._equivalent(fact.context, disclosure):
                collected.groups.setdefault(group.key, {}).setdefault(slot.local_name, []).append(fact)
            else:
                where = disclosure.id if disclosure is not None else "none"
                self.issue(
                    "notExported",
                    f"{fact.describe()} is outside the disclosure context ({where}: the context of "
                    "dei:DocumentType, or one with the same entity and period and no dimensions)",
                    [fact],
                )
        return collected

    def _values(
        self, group: GroupSlot, facts_by_name: Mapping[str, list[Fact]], *path: str | int
    ) -> JsonObject:
        values: JsonObject = {}
        for slot in group.slots:
            facts = facts_by_name.get(slot.local_name)
            if not facts:
                continue
            converted: list[tuple[Fact, Any]] = []
            for fact in facts:
                try:
                    converted.append((fact, convert(fact, slot)))
                except InvalidValueError as why:
                    code = "nilNotAllowed" if fact.is_nil else "invalidValue"
                    self.issue(code, f"{fact.describe()} {why}; it is not exported", [fact])
            if not converted:
                continue
            first_fact, value = converted[0]
            differing = [f for f, v in converted[1:] if v != value]
            if differing:
                self.issue(
                    "inconsistentDuplicates",
                    f"{first_fact.qname} is reported {len(converted)} times with different values; the "
                    f"first ({first_fact.fact_id or 'without id'}) is exported",
                    [f for f, _ in converted],
                )
            values[slot.local_name] = value
            self.provenance[pointer(*path, slot.local_name)] = [fact_ref(f) for f, _ in converted]
        return values

    # ------------------------------------------------------------ document

    def build(self) -> JsonObject:
        taxonomy = self.taxonomy()
        filing = self.filing()
        entity = self.entity()
        required = self.view.required_context
        collected = self.collect()
        annual = self.view.dei.document_type in ANNUAL_FORMS
        groups: JsonObject = {}
        for group in self.layout.groups:
            if group.repeated:
                incidents = []
                for index, (key, by_name) in enumerate(collected.incidents.items()):
                    incident: JsonObject = {"axisMember": collected.incident_members[key]}
                    incident.update(self._values(group, by_name, group.key, index))
                    incidents.append(incident)
                groups[group.key] = incidents
            elif group.key in collected.groups or (annual and group.forms == "annual"):
                groups[group.key] = self._values(group, collected.groups.get(group.key, {}), group.key)
        document: JsonObject = {
            "$schema": self.layout.schema_id,
            "schemaVersion": self.layout.schema_version,
            "producer": PRODUCER,
            "taxonomy": taxonomy,
            "filing": filing,
            "entity": entity,
            "period": period_json(required.period if required is not None else None),
        }
        document.update(groups)
        document["provenance"] = self.provenance
        document["issues"] = self.issues
        return document


def choose_year(view: FilingView, available: Sequence[str]) -> tuple[str, str | None, list[JsonObject]]:
    """The schema year for a filing, the cyd year its facts use, and issues about the choice.

    The facts' year decides (the newest when they mix years); a filing without cyd
    facts takes the year its DTS references, else the newest schema. A year without
    a schema falls back to the newest earlier one, and the document says so.
    """
    issues: list[JsonObject] = []
    years = sorted(view.cyd_years)
    if not years:
        years = sorted(
            {
                y
                for ns in view.taxonomy.referenced_namespaces
                if catalogue.is_cyd_namespace(ns) and (y := catalogue.cyd_year(ns))
            }
        )
    if len(years) > 1 and view.cyd_years:
        issues.append(
            {
                "code": "mixedTaxonomyYears",
                "message": f"the cyd facts use the namespaces of {', '.join(years)}; they are exported "
                f"against the cyd {years[-1]} schema",
                "concept": None,
                "factIds": [],
            }
        )
    wanted = years[-1] if years else None
    if wanted is None or wanted in available:
        return wanted or available[-1], wanted, issues
    earlier = [y for y in available if y < wanted]
    chosen = earlier[-1] if earlier else available[0]
    issues.append(
        {
            "code": "taxonomyYearFallback",
            "message": f"arelle-cyd has no schema for cyd {wanted}; the facts are exported against the "
            f"cyd {chosen} schema, matching concepts by local name",
            "concept": None,
            "factIds": [],
        }
    )
    return chosen, wanted, issues
