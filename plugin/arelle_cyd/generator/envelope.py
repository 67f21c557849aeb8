"""The document around the concepts: filing, entity, period, provenance and export issues.

These records are the same for every cyd release, so they are declared once here
and rendered into each year's ``$defs`` and into the shared ``common`` module of
the generated models. The concept groups and the document record itself are
built per year from a ``DisclosureSpec``.
"""

from __future__ import annotations

from arelle_cyd.generator.spec import (
    SCHEMA_MAJOR,
    ConceptSpec,
    DisclosureSpec,
    FieldSpec,
    GroupSpec,
    Kind,
    RecordSpec,
)

DATE_NOTE = "inclusive ISO 8601 date"
ACCESSION_PATTERN = "^[0-9]{10}-[0-9]{2}-[0-9]{6}$"
POINTER_PATTERN = "^(/[^/]+)+$"
DEFINITIONS = ("official", "reconstruction", "catalogue")

PERIOD = RecordSpec(
    "Period",
    "A context period with inclusive ISO dates (XBRL end dates are exclusive instants; these are not).",
    (
        FieldSpec("start", Kind.DATE, f"First day, {DATE_NOTE}; null for an instant.", nullable=True),
        FieldSpec("end", Kind.DATE, f"Last day (or the instant), {DATE_NOTE}."),
    ),
)

TAXONOMY = RecordSpec(
    "Taxonomy",
    "The cyd release the facts use and which definitions of it the export was read with.",
    (
        FieldSpec("prefix", Kind.STRING, "The cyd prefix, `cyd`."),
        FieldSpec(
            "namespace", Kind.STRING, "The cyd namespace of the facts, e.g. http://xbrl.sec.gov/cyd/2024."
        ),
        FieldSpec(
            "definitions",
            Kind.STRING,
            "What defined the concepts when the filing was loaded: the SEC's `official` taxonomy, "
            "arelle-cyd's offline `reconstruction` of it, or arelle-cyd's `catalogue` alone.",
            schema_extra=(("enum", list(DEFINITIONS)),),
        ),
        FieldSpec("source", Kind.STRING, "The taxonomy URL(s) or catalogue version behind `definitions`."),
    ),
)

FILING = RecordSpec(
    "Filing",
    "The submission, from its dei cover facts.",
    (
        FieldSpec("form", Kind.STRING, "dei:DocumentType, e.g. 10-K, 20-F, 8-K.", nullable=True),
        FieldSpec("isAmendment", Kind.BOOLEAN, "dei:AmendmentFlag.", nullable=True),
        FieldSpec(
            "documentPeriodEndDate", Kind.DATE, f"dei:DocumentPeriodEndDate, {DATE_NOTE}.", nullable=True
        ),
        FieldSpec("fiscalYearFocus", Kind.INTEGER, "dei:DocumentFiscalYearFocus.", nullable=True),
        FieldSpec("fiscalPeriodFocus", Kind.STRING, "dei:DocumentFiscalPeriodFocus, e.g. FY.", nullable=True),
        FieldSpec(
            "accessionNumber",
            Kind.STRING,
            "EDGAR accession number (0000000000-00-000000) when known; null otherwise.",
            nullable=True,
            schema_extra=(("pattern", ACCESSION_PATTERN),),
        ),
        FieldSpec("sourceDocument", Kind.STRING, "File name of the document the facts were read from."),
    ),
)

ENTITY = RecordSpec(
    "Entity",
    "The registrant, from its dei cover facts (the CIK falls back to the context identifier).",
    (
        FieldSpec(
            "cik",
            Kind.STRING,
            "Central Index Key, 10 digits with leading zeros (dei:EntityCentralIndexKey).",
            nullable=True,
            schema_extra=(("pattern", "^[0-9]{10}$"),),
        ),
        FieldSpec("name", Kind.STRING, "dei:EntityRegistrantName.", nullable=True),
    ),
)

FACT_REF = RecordSpec(
    "FactRef",
    "Where a value came from: one reported fact.",
    (
        FieldSpec(
            "concept", Kind.STRING, "QName of the fact's concept, e.g. cyd:...Flag or dei:DocumentType."
        ),
        FieldSpec("factId", Kind.STRING, "The fact's id attribute; null when it has none.", nullable=True),
        FieldSpec("contextRef", Kind.STRING, "The fact's context id.", nullable=True),
        FieldSpec(
            "period",
            Kind.RECORD,
            "The context period; null when unreadable.",
            nullable=True,
            record="Period",
        ),
        FieldSpec(
            "sourceDocument", Kind.STRING, "File name of the document holding the fact.", nullable=True
        ),
        FieldSpec(
            "line",
            Kind.INTEGER,
            "Line of the fact in that document, when known.",
            nullable=True,
            schema_extra=(("minimum", 1),),
        ),
    ),
)

ISSUE = RecordSpec(
    "Issue",
    "Something the export had to decide about the filing's facts, so that no fact disappears silently.",
    (
        FieldSpec(
            "code",
            Kind.STRING,
            "What happened: inconsistentDuplicates (the first value was kept), invalidValue, "
            "nilNotAllowed, notExported, mixedTaxonomyYears, taxonomyYearFallback, invalidCoverValue.",
            schema_extra=(("pattern", "^[a-z][A-Za-z]*$"),),
        ),
        FieldSpec("message", Kind.STRING, "A sentence for people."),
        FieldSpec("concept", Kind.STRING, "QName of the concept concerned, if any.", nullable=True),
        FieldSpec("factIds", Kind.STRINGS, "Ids of the facts concerned (facts without an id are left out)."),
    ),
)

COMMON_RECORDS: tuple[RecordSpec, ...] = (PERIOD, TAXONOMY, FILING, ENTITY, FACT_REF, ISSUE)


def concept_field(concept: ConceptSpec) -> FieldSpec:
    """A concept as an optional (absent) and, when nillable, nullable member of its group."""
    extra: list[tuple[str, object]] = []
    if concept.kind is Kind.HTML:
        extra.append(("contentMediaType", "text/html"))
    extra += [
        ("x-xbrl-concept", concept.qname),
        ("x-xbrl-namespace", concept.namespace),
        ("x-xbrl-item-type", concept.item_type),
        ("x-xbrl-period-type", concept.period_type),
        ("x-xbrl-nillable", concept.nillable),
    ]
    if concept.regulation is not None:
        extra.append(
            (
                "x-sec-regulation",
                {"citation": concept.regulation.citation, "paragraph": concept.regulation.paragraph},
            )
        )
    if concept.references:
        extra.append(("x-xbrl-references", list(concept.references)))
    extra.append(
        (
            "x-xbrl-evidence",
            {
                "verified": concept.verified,
                "basis": [{"basis": b, "detail": d} for b, d in concept.evidence],
            },
        )
    )
    return FieldSpec(
        concept.local_name,
        concept.kind,
        concept.description,
        title=concept.label,
        nullable=concept.nillable,
        optional=True,
        schema_extra=tuple(extra),
        metadata=(
            ("qname", concept.qname),
            ("namespace", concept.namespace),
            ("item_type", concept.item_type),
            ("period_type", concept.period_type),
            ("label", concept.label),
        ),
    )


def group_record(group: GroupSpec) -> RecordSpec:
    fields = tuple(concept_field(c) for c in group.concepts)
    if group.repeated:
        member = FieldSpec(
            "axisMember",
            Kind.STRING,
            "The member that tells this incident apart, in Clark notation ({namespace}localName): the "
            "member of the incident axis, else of the context's only dimension; null when the facts' "
            "context has no dimension (a report of one incident).",
            nullable=True,
        )
        fields = (member, *fields)
    where = f": {group.sec_item}" if group.sec_item else ""
    description = (
        f"{group.title}{where}.\n\nOne member per concept, keyed by its local name: left out when the "
        "filing does not report the concept, null when it reports it nil."
    )
    annotations: tuple[tuple[str, object], ...] = (("x-arelle-cyd-group", group.key),)
    if group.sec_item:
        annotations += (("x-sec-item", group.sec_item),)
    if group.forms:
        annotations += (("x-arelle-cyd-forms", group.forms),)
    return RecordSpec(group.class_name, description, fields, annotations=annotations)


def document_record(spec: DisclosureSpec) -> RecordSpec:
    """The top-level record of one year: envelope, concept groups, provenance and issues."""
    group_fields = []
    for group in spec.groups:
        if group.repeated:
            group_fields.append(
                FieldSpec(
                    group.key,
                    Kind.RECORDS,
                    f"{group.title}s ({group.sec_item}): one per incident, told apart by the dimensions "
                    "of the facts' contexts; empty when none is reported.",
                    record=group.class_name,
                )
            )
        else:
            presence = (
                "Present for annual reports (Forms 10-K, 20-F and their variants) and whenever a "
                "concept of the group is reported."
                if group.forms == "annual"
                else "Present whenever a concept of the group is reported."
            )
            where = f": {group.sec_item}" if group.sec_item else " (no regulation item known)"
            group_fields.append(
                FieldSpec(
                    group.key,
                    Kind.RECORD,
                    f"{group.title}{where}. {presence}",
                    optional=True,
                    record=group.class_name,
                )
            )
    return RecordSpec(
        "Disclosure",
        f"The cybersecurity disclosure of one SEC filing, cyd {spec.year}.",
        (
            FieldSpec(
                "$schema",
                Kind.STRING,
                "The `$id` of the schema this document follows.",
                schema_extra=(("const", spec.schema_id),),
                default="SCHEMA_ID",
            ),
            FieldSpec(
                "schemaVersion",
                Kind.STRING,
                "Version of the document shape (semantic versioning).",
                schema_extra=(("pattern", f"^{SCHEMA_MAJOR}\\.[0-9]+\\.[0-9]+$"),),
                default="SCHEMA_VERSION",
            ),
            FieldSpec("producer", Kind.STRING, "The program that wrote the document, e.g. arelle-cyd 0.1.0."),
            FieldSpec("taxonomy", Kind.RECORD, TAXONOMY.description, record="Taxonomy"),
            FieldSpec("filing", Kind.RECORD, FILING.description, record="Filing"),
            FieldSpec("entity", Kind.RECORD, ENTITY.description, record="Entity"),
            FieldSpec(
                "period",
                Kind.RECORD,
                "The reporting period: the period of the context of dei:DocumentType; null when unknown.",
                nullable=True,
                record="Period",
            ),
            *group_fields,
            FieldSpec(
                "provenance",
                Kind.PROVENANCE,
                "For each exported value, keyed by its JSON Pointer (e.g. /governance/<concept>), the facts "
                "it was read from; the first one gave the value.",
                record="FactRef",
            ),
            FieldSpec("issues", Kind.RECORDS, ISSUE.description, record="Issue"),
        ),
    )
