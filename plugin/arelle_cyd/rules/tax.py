"""TAX: which cyd taxonomy the filing uses, and what the plugin checked it against (cyd-rules.md 3.7).

TAX.1-TAX.4 judge the taxonomy years against EDGAR's own data (compatibility
classes, accepted-taxonomy lists, deprecations); offline, the DTS is judged from
the namespaces the instance and its extension schema declare and import.
TAX.7-TAX.9 make the catalogue's limits visible: an unknown name is reported,
never dropped, and every filing says once whether the official taxonomy, the
offline reconstruction or only the catalogue stood behind the checks.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import cache

from arelle_cyd import catalogue
from arelle_cyd.catalogue import edgar
from arelle_cyd.filing import Fact, FilingView, LoadedConcept
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules.registry import Hit, Origin, Severity, rule
from arelle_cyd.scope import scope_of

# A cyd schema or entry-point schema, not its linkbases: what TAX.6 reports as imported and TAX.8 names as
# the reconstructed definitions (one pattern for both, so neither can quietly widen the other's).
_CYD_SCHEMA_URL = re.compile(r"^https?://xbrl\.sec\.gov/cyd/\d{4}/[^/]+\.xsd$")


def _abbreviations(filing: FilingView) -> frozenset[str]:
    """EDGAR abbreviations (``us-gaap/2024``) of the standard taxonomies the filing uses or references."""
    namespaces = set(filing.taxonomy.referenced_namespaces)
    namespaces |= {f.namespace for f in filing.facts} | {f.namespace for f in filing.dei_facts}
    return frozenset(a for ns in namespaces if (a := edgar.abbreviation(ns)))


def _year(abbreviation: str) -> str:
    return abbreviation.partition("/")[2][:4]


def _cyd_facts_of_years(filing: FilingView, years: set[str]) -> tuple[Fact, ...]:
    return tuple(f for f in filing.cyd_facts() if catalogue.cyd_year(f.namespace) in years)


@rule(
    "CYD.TAX.1",
    title="cyd taxonomy incompatible with the other standard taxonomies",
    severity=Severity.ERROR,
    condition="The standard taxonomies of the DTS conflict under EDGAR's compatibility classes "
    "(taxonomy-compatibility.json) and a cyd taxonomy is part of the conflict, e.g. cyd/2025 (class "
    "stx-extended-2025) with us-gaap, ifrs, srt or cef of another year.",
    message="References for conflicting standard taxonomies %(conflictClass)s are not allowed in same DTS "
    "%(namespaceConflicts)s",
    authority="EDGAR Filer Manual 6.22.3 (EDGAR code cp-2203-Incompatible-Taxonomy-Versions); "
    "validate/resources/taxonomy-compatibility.json",
    authority_id="EFM.6.22.03",
    origin=Origin.AUTHORITY,
    applies_to="DTS",
    notes="cyd/2024 belongs to no compatibility class, so EDGAR accepts it with any year (CYD.TAX.2 reports "
    "that mismatch). Offline the years come from the namespaces declared or imported by the instance and its "
    "extension schema, and from the facts.",
)
def tax_1(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    abbreviations = _abbreviations(filing)
    conflict = edgar.incompatible_classes(abbreviations)
    if conflict is None or not any(a.startswith("cyd/") for a in conflict.involved):
        return
    checked = sorted(abbreviations & edgar.taxonomy_compatibility().checked)
    cyd_years = {_year(a) for a in conflict.involved if a.startswith("cyd/")}
    yield Hit(
        {"conflictClass": conflict.conflict_class, "namespaceConflicts": ", ".join(checked)},
        facts=_cyd_facts_of_years(filing, cyd_years),
    )


@rule(
    "CYD.TAX.2",
    title="cyd taxonomy year differs from the dei or accounting taxonomy year",
    severity=Severity.WARNING,
    condition="The cyd facts use a taxonomy year other than that of dei, us-gaap or ifrs in the filing, or "
    "use several cyd years.",
    message="cyd/%(cydYear)s is used with %(others)s; use the cyd taxonomy of the same year (DQC_0202 in the "
    "%(rulesetYear)s ruleset looks only for cyd/%(rulesetYear)s concepts).",
    authority="Intent of EDGAR Filer Manual 6.22.3 (one release of standard taxonomies per filing); avoids "
    "the same-year false positive of DQC_0202. Real filings: cyd year = dei year = us-gaap year in 24 of 24",
    origin=Origin.PROPOSAL,
    applies_to="DTS",
    notes="Covers what EDGAR misses: cyd/2024 with 2025 taxonomies, and dei/cyd year mixes in 8-Ks.",
    alternatives={
        "severalYears": (
            "cyd facts use several taxonomy years (%(years)s); use one cyd taxonomy, of the year of the "
            "filing's dei and accounting taxonomies."
        ),
    },
)
def tax_2(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    years = sorted(filing.cyd_years)
    if not years:
        return
    if len(years) > 1:
        yield Hit(
            {"years": ", ".join(f"cyd/{y}" for y in years)},
            facts=tuple(filing.cyd_facts()),
            suffix="severalYears",
        )
        return
    cyd_year = years[0]
    abbreviations = _abbreviations(filing)
    others = sorted(a for a in abbreviations if a.partition("/")[0] in ("dei", "us-gaap", "ifrs"))
    differing = [a for a in others if _year(a) != cyd_year]
    if differing:
        ruleset = next((a for a in others if a.startswith(("us-gaap/", "ifrs/"))), differing[0])
        yield Hit(
            {"cydYear": cyd_year, "others": ", ".join(others), "rulesetYear": _year(ruleset)},
            facts=tuple(filing.cyd_facts()),
        )


@rule(
    "CYD.TAX.3",
    title="cyd taxonomy year not accepted by EDGAR on the filing date",
    severity=Severity.ERROR,
    condition="The filing date is given and the EDGAR release in effect on it does not list the cyd year "
    "used (cyd/2024 from release 24.3, 2024-09-16; cyd/2025 from release 25.1, 2025-03-14), or a later "
    "release has dropped it. Without a filing date only a dropped year is judged, against "
    "dei:DocumentPeriodEndDate.",
    message="cyd/%(year)s is not an EDGAR-supported taxonomy for filings on %(date)s (%(reason)s).",
    authority="EDGAR standard-taxonomy lists edgartaxonomies-24-3.xml, -25-1.xml, -25-4.xml (valid "
    "against erxl.xsd, checked with xmlschema in the tests) and their release dates (catalogue/data/edgar/edgar-releases.json)",
    origin=Origin.AUTHORITY,
    applies_to="DTS",
    other_severities=(Severity.INFO,),
    parameters=("filing_date",),
    notes="A-derived: the table is EDGAR's, the date logic is arelle-cyd's. The filing date falls back to "
    "dei:DocumentPeriodEndDate, which precedes the real filing date; so without --cyd-filing-date a year that "
    "EDGAR did not yet accept on the period end date is not reported (it may be accepted when filed). A year "
    "newer than every copied list is reported as info only, since the copy may predate the release adding it.",
)
def tax_3(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    years = sorted(filing.cyd_years)
    scope = scope_of(filing, params)
    day = scope.filing_date.value
    if not years or day is None:
        return
    release = edgar.release_on(day)
    for year in years:
        if release is not None and year in release.cyd_years:
            continue
        first = edgar.first_release_accepting(year)
        dropped = first is not None and release is not None and first.effective <= day
        if scope.filing_date.assumed and not dropped:
            continue
        newer_than_data = first is None and all(year > y for r in edgar.releases() for y in r.cyd_years)
        if first is None:
            reason = "no EDGAR release known to arelle-cyd lists it" + (
                "; arelle-cyd's copy of EDGAR's taxonomy lists may predate the release that adds it"
                if newer_than_data
                else ""
            )
        elif dropped and release is not None:
            reason = f"EDGAR release {release.release} no longer lists it"
        else:
            reason = f"EDGAR accepts it from release {first.release}, {first.effective.isoformat()}"
        yield Hit(
            {"year": year, "date": scope.filing_date.describe(), "reason": reason},
            facts=_cyd_facts_of_years(filing, {year}),
            severity=Severity.INFO if newer_than_data else None,
        )


@rule(
    "CYD.TAX.4",
    title="Deprecated cyd concept",
    severity=Severity.WARNING,
    condition="A cyd fact uses a concept that EDGAR's cyd-deprecated-concepts.json lists as deprecated (the "
    "table is empty in EDGAR release 25.4).",
    message="Concept %(element)s in %(version1)s used in %(count)s facts was deprecated in %(version2)s as of "
    "%(date)s and should not be used.",
    authority="EDGAR Filer Manual 6.5.42 (EDGAR code dq-0542-Deprecated-Concept); "
    "validate/resources/cyd-deprecated-concepts.json",
    authority_id="EFM.6.05.42",
    origin=Origin.AUTHORITY,
)
def tax_4(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    deprecated = edgar.deprecated_cyd_concepts()
    if not deprecated:
        return
    used: dict[tuple[str, str], list[Fact]] = {}
    for fact in filing.cyd_facts():
        if fact.local_name in deprecated:
            used.setdefault((fact.namespace, fact.local_name), []).append(fact)
    for (namespace, local_name), facts in used.items():
        version1 = edgar.abbreviation(namespace) or namespace
        day = deprecated[local_name]
        yield Hit(
            {
                "element": local_name,
                "version1": version1,
                "version2": f"{version1.partition('/')[0]}/{day[:4]}",
                "count": str(len(facts)),
                "date": day,
            },
            facts=tuple(facts),
        )


@cache
def _cyd_name_list() -> list[str]:
    return list(_cyd_names().values())


@cache
def _cyd_names() -> dict[str, str]:
    """Lower-cased fact-concept names of every catalogue year -> the name as spelt (catalogue data, read once)."""
    return {
        c.local_name.lower(): c.local_name
        for year in catalogue.available_years()
        for c in catalogue.load(year).fact_concepts()
    }


@rule(
    "CYD.TAX.5",
    title="Extension concept imitating a cyd concept",
    severity=Severity.WARNING,
    condition="A concept of the filer's extension schema has the local name of a cyd concept, a near-miss "
    "spelling of one (difflib ratio 0.85 or more), or a name of the cyd form (Cybersecurity... or "
    "MaterialCybersecurityIncident..., ending in TextBlock or Flag).",
    message="Extension element %(qname)s duplicates the standard cyd element cyd:%(match)s; use the standard "
    "element.",
    authority="SEC guidance to use standard elements where they exist (EFM 6.6.x; Regulation S-T Rule 405)",
    origin=Origin.PROPOSAL,
    applies_to="extension concepts",
    notes="A near-miss spelling of a cyd name (difflib ratio 0.85 or more, e.g. a changed capital or one "
    "missing word) is named as the element it duplicates, whatever its form: a misspelt prefix "
    "(MaterialCyberscurityIncident...) is as much an imitation as a misspelt word (near misses were first "
    "looked for among names of the cyd form only, which let such a prefix pass). Any other name of the cyd "
    "form is reported with an alternative message, since no single standard element can be named.",
    alternatives={
        "cydLikeName": (
            "Extension element %(qname)s is named like a cyd element; use the standard cyd element if one "
            "applies."
        ),
    },
)
def tax_5(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    names = _cyd_names()
    for concept in filing.taxonomy.extension_concepts:
        qname = f"{concept.local_name} ({concept.namespace})"
        exact = names.get(concept.local_name.lower())
        match = exact or next(
            iter(difflib.get_close_matches(concept.local_name, _cyd_name_list(), n=1, cutoff=0.85)), None
        )
        if match:
            yield Hit({"qname": qname, "match": match}, suffix="exactName" if exact else "similarName")
        elif catalogue.LOOKALIKE_PATTERN.match(concept.local_name):
            yield Hit({"qname": qname}, suffix="cydLikeName")


@rule(
    "CYD.TAX.6",
    title="cyd taxonomy referenced but no cyd fact reported",
    severity=Severity.INFO,
    condition="A cyd schema or entry point is imported into the DTS (an xmlns declaration alone does not count), "
    "no cyd fact is reported, and the filing is not one that CYD.REQ.1 or CYD.REQ.3 already reports for "
    "missing cyd facts.",
    message="The cyd taxonomy is referenced (%(references)s) but no cyd facts are reported.",
    authority="Taxonomy hygiene (cyd-rules.md 3.7)",
    origin=Origin.PROPOSAL,
    applies_to="DTS",
    opt_in=True,
    parameters=("submission_type", "abs_issuer"),
    notes="Opt-in (off by default): filer software routinely imports cyd; the real 8-K of 1895 Bancorp of "
    "Wisconsin imports cyd-2024.xsd without any cyd fact.",
)
def tax_6(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if filing.facts or scope_of(filing, params).requires_cyd_facts:
        return
    references = sorted(url for url in filing.taxonomy.referenced_urls if _CYD_SCHEMA_URL.match(url))
    if references:
        yield Hit({"references": ", ".join(references)})


def _unknown_facts(filing: FilingView) -> dict[tuple[str, str], list[Fact]]:
    unknown: dict[tuple[str, str], list[Fact]] = {}
    for fact in filing.facts:
        if catalogue.is_cyd_namespace(fact.namespace) and filing.concept_of(fact) is not None:
            continue
        unknown.setdefault((fact.namespace, fact.local_name), []).append(fact)
    return unknown


def _official_concepts(filing: FilingView) -> dict[tuple[str, str], LoadedConcept]:
    if not filing.taxonomy.official:
        return {}
    return {(c.namespace, c.local_name): c for c in filing.taxonomy.loaded_cyd_concepts}


@rule(
    "CYD.TAX.7",
    title="cyd concept unknown to the catalogue, or unverified",
    severity=Severity.WARNING,
    other_severities=(Severity.INFO,),
    condition="A fact in a cyd namespace or a cyd entry-point namespace whose local name the catalogue "
    "does not know -> warning, or info when the loaded official taxonomy defines it (catalogue out of "
    "date). Once per filing, when the official taxonomy is not loaded and a fact uses a catalogue name "
    "marked unverified -> info.",
    message="%(concept)s is not in the plugin's cyd concept catalogue (%(namespace)s); it was not validated.",
    authority="Catalogue names are partly unverified (cyd-concepts.md 1.2, 3); unknown names must surface, "
    "not vanish",
    origin=Origin.PROPOSAL,
    applies_to="any fact in a cyd or cyd entry-point namespace",
    alternatives={
        "catalogueOutOfDate": (
            "%(concept)s is defined by the official cyd taxonomy (%(namespace)s) but not by the plugin's "
            "catalogue; the catalogue is out of date and the fact was only partly validated."
        ),
        "unverifiedName": (
            "%(concept)s is checked against an unverified concept name; please report whether the official "
            "taxonomy defines it."
        ),
    },
)
def tax_7(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    official = _official_concepts(filing)
    for (namespace, local_name), facts in _unknown_facts(filing).items():
        if (namespace, local_name) in official:
            yield Hit(
                {"concept": facts[0].qname, "namespace": namespace},
                facts=tuple(facts),
                severity=Severity.INFO,
                suffix="catalogueOutOfDate",
            )
        else:
            yield Hit(
                {"concept": facts[0].qname, "namespace": namespace},
                facts=tuple(facts),
                suffix="unknownConcept",
            )
    if filing.taxonomy.official:
        return
    unverified = [f for f in filing.cyd_facts() if (c := filing.concept_of(f)) is not None and not c.verified]
    if unverified:
        names = ", ".join(dict.fromkeys(f.qname for f in unverified))
        yield Hit(
            {"concept": names, "namespace": unverified[0].namespace},
            facts=tuple(unverified),
            severity=Severity.INFO,
            suffix="unverifiedName",
        )


@rule(
    "CYD.TAX.8",
    title="Source of the concept definitions used",
    severity=Severity.INFO,
    condition="Once per filing with cyd facts: says whether the official cyd taxonomy, arelle-cyd's offline "
    "reconstruction, or the built-in catalogue alone defined the concepts the rules used.",
    message="cyd facts were checked against %(source)s.",
    authority="arelle-cyd design: the official taxonomy when Arelle can load it, else the built-in catalogue "
    "(cyd-concepts.md 1.2)",
    origin=Origin.PROPOSAL,
    notes="Added by arelle-cyd (not in the first rule catalogue) so that no report hides which definitions "
    "it relied on.",
)
def tax_8(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    if not any(True for _ in filing.cyd_facts()):
        return
    versions = ", ".join(v.source for v in filing.versions())
    # Only a reconstructed cyd schema defines cyd concepts; a reconstructed dei schema alone does not.
    cyd_reconstruction = sorted(u for u in filing.taxonomy.reconstruction_urls if _CYD_SCHEMA_URL.match(u))
    if filing.taxonomy.official:
        source = f"the official cyd taxonomy ({', '.join(sorted(filing.taxonomy.official_cyd_urls))})"
    elif cyd_reconstruction:
        source = (
            f"{versions} through arelle-cyd's offline RECONSTRUCTION of "
            f"{', '.join(cyd_reconstruction)} (not the SEC's files)"
        )
    else:
        source = f"{versions}; the official cyd taxonomy was not loaded (offline or unreachable)"
    yield Hit({"source": source})


@rule(
    "CYD.TAX.9",
    title="Official taxonomy differs from the catalogue",
    severity=Severity.INFO,
    condition="The official cyd taxonomy is loaded and differs from the catalogue: a concept the catalogue "
    "lacks, a catalogue concept the taxonomy lacks, or another item type or period type. One finding per "
    "difference.",
    message="%(difference)s",
    authority="cyd-concepts.md 1.2: cross-check the loaded taxonomy against the catalogue and report any "
    "disagreement; never silently prefer one",
    origin=Origin.PROPOSAL,
    notes="Added by arelle-cyd. The official definitions are used where they disagree; regenerate the "
    "catalogue-derived files from the official taxonomy (docs/taxonomy.md).",
)
def tax_9(filing: FilingView, params: Parameters) -> Iterator[Hit]:
    official = _official_concepts(filing)
    if not official:
        return
    namespaces = {ns for ns, _ in official}
    for namespace in sorted(namespaces):
        version = catalogue.for_namespace(namespace)
        if version is None:
            continue
        declared = {name: c for (ns, name), c in official.items() if ns == namespace}
        for name, loaded in sorted(declared.items()):
            known = version.by_local_name(name)
            if known is None:
                yield Hit(
                    {
                        "difference": f"cyd:{name} ({namespace}) is in the official taxonomy but not in "
                        f"{version.source}."
                    },
                    suffix="conceptMissingFromCatalogue",
                )
                continue
            for field, theirs, ours in (
                ("item type", loaded.item_type, known.item_type),
                ("period type", loaded.period_type, known.period_type),
            ):
                if theirs is not None and theirs != ours:
                    yield Hit(
                        {
                            "difference": f"cyd:{name} has {field} {theirs} in the official taxonomy but "
                            f"{ours} in {version.source}."
                        },
                        suffix="definitionDiffers",
                    )
        for concept in version.concepts:
            if concept.local_name not in declared:
                yield Hit(
                    {
                        "difference": f"{concept.qname} of {version.source} is not declared by the "
                        f"official taxonomy ({namespace})."
                    },
                    suffix="conceptMissingFromTaxonomy",
                )
