"""Build one filing's disclosure document from a ``FilingView``, as the published schema lays it out.

Arelle-free: the exporter reads the loaded filing through ``FilingView`` and the
document's shape from the JSON Schema itself (its ``x-arelle-cyd-group`` and
``x-xbrl-*`` annotations), so a schema regenerated from the official taxonomy
is followed without a code change. Nothing is dropped silently: every fact the
document cannot carry becomes an entry of ``issues``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, TypeVar

import arelle_cyd_models
from arelle_cyd import catalogue
from arelle_cyd._version import __version__
from arelle_cyd.filing import Context, Fact, FilingView, Period

PRODUCER = f"arelle-cyd {__version__}"
CIK_SCHEME = "http://www.sec.gov/CIK"
JsonObject = dict[str, Any]
T = TypeVar("T")


# ---------------------------------------------------------------- the schema's layout


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


# ---------------------------------------------------------------- small JSON helpers


def period_json(period: Period | None) -> JsonObject | None:
    if period is None:
        return None
    return {"start": period.start.isoformat() if period.start else None, "end": period.end.isoformat()}


def pointer(*parts: str | int) -> str:
    """A JSON Pointer (RFC 6901) to a member of the document."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def fact_ref(fact: Fact) -> JsonObject:
    return {
        "concept": fact.qname,
        "factId": fact.fact_id,
        "contextRef": fact.context_id,
        "period": period_json(fact.context.period if fact.context else None),
        "sourceDocument": fact.document,
        "line": fact.line if fact.line and fact.line > 0 else None,
    }


def _ids(facts: Iterable[Fact]) -> list[str]:
    return [f.fact_id for f in facts if f.fact_id]


class _InvalidValueError(Exception):
    """A fact value the schema cannot carry; the message says why."""


def convert(fact: Fact, slot: Slot) -> Any:
    """The JSON value of a fact for ``slot``; ``_InvalidValueError`` when it has none."""
    if fact.is_nil:
        if slot.nillable:
            return None
        raise _InvalidValueError("is nil, but the concept is not nillable")
    if fact.value_error:
        raise _InvalidValueError(fact.value_error)
    text = fact.value or ""
    if slot.kind == "boolean":
        if fact.boolean is None:
            raise _InvalidValueError(f"has {text.strip()[:40]!r}, which is not an xs:boolean")
        return fact.boolean
    if slot.kind == "date":
        try:
            return date.fromisoformat(text.strip()).isoformat()
        except ValueError:
            raise _InvalidValueError(f"has {text.strip()[:40]!r}, which is not an ISO date") from None
    if slot.kind == "integer":
        try:
            return int(text.strip())
        except ValueError:
            raise _InvalidValueError(f"has {text.strip()[:40]!r}, which is not an integer") from None
    return text


# ---------------------------------------------------------------- the builder


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
        self.issues.append({"code": code, "message": message, "concept": concept, "factIds": _ids(facts)})

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
                except _InvalidValueError as why:
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
        from arelle_cyd.scope import ANNUAL_FORMS  # not at import: scope -> parameters -> rules cycle

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


# ---------------------------------------------------------------- which year


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


class ExportError(Exception):
    """An export could not be produced; the message says why."""


@cache
def schemas() -> dict[str, dict[str, Any]]:
    """The published schema of every cyd year, from the installed ``arelle_cyd_models``."""
    return {year: arelle_cyd_models.load_schema(year) for year in arelle_cyd_models.available_years()}


@cache
def _validator(year: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schemas()[year], format_checker=Draft202012Validator.FORMAT_CHECKER)


def check_document(document: Mapping[str, Any]) -> None:
    """Raise ``ExportError`` unless ``document`` is valid against the schema its ``$schema`` names."""
    year = arelle_cyd_models.year_of(document)
    errors = sorted(_validator(year).iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(document)"
        raise ExportError(
            f"arelle-cyd produced a document that does not match its schema at {where}: "
            f"{errors[0].message} (please report this with the filing)"
        )


def build_document(view: FilingView, *, accession_number: str | None = None) -> JsonObject:
    """The disclosure document of ``view``, checked against its schema."""
    available = schemas()
    year, facts_year, issues = choose_year(view, sorted(available))
    builder = DocumentBuilder(
        view,
        Layout.from_schema(available[year]),
        facts_year=facts_year,
        accession_number=accession_number,
        issues=issues,
    )
    document = builder.build()
    check_document(document)
    return document
