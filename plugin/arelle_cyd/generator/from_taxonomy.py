"""A ``DisclosureSpec`` from a cyd taxonomy: its schema URL, a local copy, or a taxonomy package.

Arelle loads the DTS (resolving packages, caches and linkbases) and supplies the
labels, documentation, references and presentation; xmlschema reads the element
declarations of the cyd schema and decides each item type by XML Schema type
derivation (a type derived from ``xbrli:booleanItemType`` is a flag even when it
is not named so). The catalogue still says which section a known concept belongs
to; a concept it does not know is placed by its presentation parents.

Whatever the source, the output says what it was: the taxonomy URL and the
sha256 of the schema read, and, for arelle-cyd's own reconstruction, that it is
a reconstruction and not the SEC's file.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arelle_cyd import catalogue
from arelle_cyd.catalogue import CatalogueVersion
from arelle_cyd.generator.from_catalogue import GENERATOR, concept_spec
from arelle_cyd.generator.spec import (
    GROUP_LAYOUT,
    OTHER_GROUP,
    ConceptSpec,
    DisclosureSpec,
    GroupSpec,
    Kind,
    SourceInfo,
)
from arelle_cyd.reconstruction.marker import is_reconstruction_schema, official_url
from arelle_cyd.xsd import (
    LocalUrls,
    OfflineSchemaError,
    TaxonomyPackage,
    load_schema,
    offline_urls,
    open_package,
)

XBRLI = "http://www.xbrl.org/2003/instance"
DTR_TYPES_PREFIX = "http://www.xbrl.org/dtr/type/"
DOCUMENTATION_ROLE = "http://www.xbrl.org/2003/role/documentation"
RECONSTRUCTION_NOTICE = (
    "Generated from arelle-cyd's offline RECONSTRUCTION of the cyd taxonomy, which arelle-cyd made from its "
    "own concept catalogue: it is NOT the SEC's taxonomy, and nothing here was read from an SEC file."
)


class TaxonomyError(Exception):
    """A taxonomy source could not be read; the message says which and why."""


@dataclass(frozen=True, slots=True)
class _Source:
    """A resolved ``--taxonomy`` argument: what to give Arelle and how xmlschema finds its files."""

    label: str  # as recorded in the output: a URL, or a local file's name (never a machine path)
    entry_points: tuple[str, ...]
    packages: tuple[str, ...]
    urls: LocalUrls
    package_sha256: str | None = None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _resolve(source: str, workdir: Path, cache_dir: str | None) -> _Source:
    caches = (Path(cache_dir),) if cache_dir else ()
    if source.startswith(("http://", "https://")):
        return _Source(source, (source,), (), offline_urls(caches))
    path = Path(source)
    if not path.is_file():
        raise TaxonomyError(
            f"--taxonomy {source}: no such file (give a schema URL, a .xsd or a taxonomy package .zip)"
        )
    if path.suffix.lower() == ".zip":
        try:
            package: TaxonomyPackage = open_package(path, workdir)
        except OfflineSchemaError as err:
            raise TaxonomyError(f"--taxonomy {source}: {err}") from err
        if not package.entry_points:
            raise TaxonomyError(f"--taxonomy {source}: the package declares no entry point")
        return _Source(
            path.name,
            package.entry_points,
            (str(path.resolve()),),
            package.urls(offline_urls(caches)),
            _sha256(path.read_bytes()),
        )
    return _Source(path.name, (str(path.resolve()),), (), offline_urls(caches))


@contextmanager
def _loaded(
    entry: str, source: _Source, online: bool, cache_dir: str | None
) -> Iterator[tuple[Any, list[str]]]:
    """Arelle's model of one entry point (no plugins: the reconstruction must never stand in here)."""
    from arelle.api.Session import Session
    from arelle.RuntimeOptions import RuntimeOptions

    options: dict[str, Any] = {
        "entrypointFile": entry,
        "validate": False,
        "keepOpen": True,
        "logFormat": "%(message)s",
        "disablePersistentConfig": True,
        "packages": list(source.packages) or None,
    }
    if not online:
        options.update(workOffline=True, internetConnectivity="offline")
    if cache_dir:
        options["cacheDirectory"] = cache_dir
    with Session() as session:
        session.run(RuntimeOptions(**options), logFileName="logToBuffer")
        log = json.loads(session.get_logs("json")).get("log", [])
        problems = [e["message"]["text"] for e in log if e.get("level") in ("error", "critical")]
        models = session.get_models()
        yield (models[0] if models else None), problems


def _cyd_documents(model: Any) -> list[Any]:
    documents = getattr(model, "urlDocs", {}).values() if model is not None else ()
    found = []
    for document in documents:
        root = getattr(document, "xmlRootElement", None)
        if root is not None and catalogue.is_cyd_namespace(root.get("targetNamespace")):
            found.append(document)
    return sorted(found, key=lambda d: str(d.uri))


# ------------------------------------------------------------ reading one cyd schema


def _item_kind(xsd_type: Any, maps: Any) -> Kind:
    """The JSON kind of an XBRL item type, decided by XML Schema derivation."""
    boolean = maps.types.get(f"{{{XBRLI}}}booleanItemType")
    date_type = maps.types.get(f"{{{XBRLI}}}dateItemType")
    current = xsd_type
    while current is not None:
        name = getattr(current, "name", None) or ""
        if name.startswith("{" + DTR_TYPES_PREFIX) and name.endswith("}textBlockItemType"):
            return Kind.HTML
        base = getattr(current, "base_type", None)
        current = base if base is not current else None
    if boolean is not None and xsd_type.is_derived(boolean):
        return Kind.BOOLEAN
    if date_type is not None and xsd_type.is_derived(date_type):
        return Kind.DATE
    return Kind.STRING


def _prefixed(clark: str, schema: Any, target: str) -> str:
    namespace, _, local = clark[1:].partition("}")
    if namespace == XBRLI:
        return f"xbrli:{local}"
    if namespace.startswith(DTR_TYPES_PREFIX):
        return f"dtr-types:{local}"
    if namespace == target:
        return f"cyd:{local}"
    prefix = next((p for p, ns in sorted(schema.namespaces.items()) if ns == namespace and p), None)
    return f"{prefix}:{local}" if prefix else clark


def _is_item(element: Any, maps: Any) -> bool:
    """True for a concrete element in the substitution group of xbrli:item (a fact-carrying concept)."""
    if element.abstract:
        return False
    head = element.substitution_group
    seen: set[str] = set()
    while head and head not in seen:
        if head == f"{{{XBRLI}}}item":
            return True
        seen.add(head)
        head_element = maps.elements.get(head)
        head = head_element.substitution_group if head_element is not None else None
    return False


@dataclass(frozen=True, slots=True)
class _Declaration:
    local_name: str
    kind: Kind
    item_type: str
    period_type: str
    nillable: bool


def _declarations(schema_path: str, urls: LocalUrls, namespace: str) -> list[_Declaration]:
    try:
        schema = load_schema(schema_path, urls)
    except OfflineSchemaError as err:
        raise TaxonomyError(f"xmlschema cannot build {schema_path} offline: {err}") from err
    declarations = []
    for element in schema.elements.values():
        if element.target_namespace != namespace or not _is_item(element, schema.maps):
            continue
        declarations.append(
            _Declaration(
                local_name=element.local_name,
                kind=_item_kind(element.type, schema.maps),
                item_type=_prefixed(element.type.name or "", schema, namespace),
                period_type=element.elem.get(f"{{{XBRLI}}}periodType") or "",
                nillable=bool(element.nillable),
            )
        )
    return declarations


def _label(concept: Any, role: str | None = None) -> str | None:
    if concept is None:
        return None
    try:
        text = concept.label(role, fallbackToQname=False, lang="en", strip=True)
    except Exception:  # noqa: BLE001 - a broken label link must not stop generation
        return None
    return str(text) if text else None


def _references(model: Any, concept: Any) -> tuple[str, ...]:
    from arelle import XbrlConst

    if concept is None:
        return ()
    citations = []
    for relationship in model.relationshipSet(XbrlConst.conceptReference).fromModelObject(concept):
        resource = relationship.toModelObject
        parts = [f"{part.localName} {(part.textValue or '').strip()}" for part in resource.iterchildren()]
        citations.append("; ".join(p for p in parts if p.strip()))
    return tuple(sorted(c for c in citations if c))


def _presentation_section(model: Any, concept: Any, version: CatalogueVersion) -> str | None:
    """The section of the nearest presentation ancestor the catalogue places, or None."""
    from arelle import XbrlConst

    if concept is None:
        return None
    relationships = model.relationshipSet(XbrlConst.parentChild)
    frontier, seen = [concept], set()
    while frontier:
        current = frontier.pop(0)
        for relationship in relationships.toModelObject(current):
            parent = relationship.fromModelObject
            if parent is None or id(parent) in seen:
                continue
            seen.add(id(parent))
            known = version.by_local_name(parent.qname.localName)
            if known is not None and known.section.value != "structure":
                return known.section.value
            if known is None:
                frontier.append(parent)
    return None


def _web_cache(model: Any) -> tuple[Path, ...]:
    """Arelle's web cache of this run, where it keeps the files it fetched or found cached."""
    cache_dir = getattr(getattr(model.modelManager.cntlr, "webCache", None), "cacheDir", None)
    return (Path(cache_dir),) if cache_dir and Path(cache_dir).is_dir() else ()


def _spec(model: Any, document: Any, given: _Source) -> DisclosureSpec:
    source = _Source(
        given.label,
        given.entry_points,
        given.packages,
        LocalUrls(given.urls.prefixes, (*given.urls.caches, *_web_cache(model))),
        given.package_sha256,
    )
    root = document.xmlRootElement
    namespace = str(root.get("targetNamespace"))
    year = catalogue.cyd_year(namespace) or ""
    version = catalogue.for_year(year)
    reconstruction = is_reconstruction_schema(root)
    url = str(document.uri)
    official = official_url(root) if reconstruction else None
    schema_url = official or (url if url.startswith(("http://", "https://")) else version.schema_url)
    local = source.urls.local_path(url) if url.startswith(("http://", "https://")) else None
    local_path = local or Path(document.filepath)
    if not local_path.is_file():
        raise TaxonomyError(f"{url}: Arelle loaded it, but its file {local_path} cannot be read")
    sha = _sha256(local_path.read_bytes())

    concepts_by_name = {
        c.qname.localName: c for c in model.qnameConcepts.values() if c.qname.namespaceURI == namespace
    }
    layouts = {layout.section: layout for layout in GROUP_LAYOUT}
    members: dict[str, list[ConceptSpec]] = {}
    declarations = _declarations(str(local_path), source.urls, namespace)
    for declaration in declarations:
        concept = concepts_by_name.get(declaration.local_name)
        known = version.by_local_name(declaration.local_name)
        section = known.section.value if known is not None else _presentation_section(model, concept, version)
        label = _label(concept) or (known.label if known else declaration.local_name)
        if reconstruction:
            basis = "reconstruction"
            detail = f"declared in arelle-cyd's reconstruction of {schema_url}, made from catalogue {version.catalogue_version}"
            evidence = ((basis, detail), *(concept_spec(known).evidence if known else ()))
            verified = known.verified if known else False
        else:
            evidence = (("taxonomy", f"declared in {schema_url} (sha256 {sha})"),)
            verified = True
        base = concept_spec(known) if known is not None else None
        members.setdefault(section if section in layouts else OTHER_GROUP.section, []).append(
            ConceptSpec(
                local_name=declaration.local_name,
                prefix="cyd",
                namespace=namespace,
                kind=declaration.kind,
                item_type=declaration.item_type,
                period_type=declaration.period_type,
                nillable=declaration.nillable,
                label=label,
                documentation=_label(concept, DOCUMENTATION_ROLE),
                regulation=base.regulation if base is not None else None,
                evidence=evidence,
                verified=verified,
                references=_references(model, concept),
            )
        )
    order = {c.local_name: n for n, c in enumerate(version.concepts)}
    groups = []
    for layout in (*GROUP_LAYOUT, OTHER_GROUP):
        concepts = sorted(
            members.get(layout.section, []), key=lambda c: (order.get(c.local_name, len(order)), c.local_name)
        )
        if concepts or layout is not OTHER_GROUP:
            groups.append(GroupSpec(layout, tuple(concepts)))
    declared = {d.local_name for d in declarations}
    catalogued = {c.local_name for c in version.fact_concepts()}
    differences = tuple(
        (key, tuple(sorted(names)))
        for key, names in (
            ("onlyInTaxonomy", declared - catalogued),
            ("onlyInCatalogue", catalogued - declared),
        )
        if names
    )
    axis = version.incident.axis.local_name
    if reconstruction:
        description = (
            f"arelle-cyd's RECONSTRUCTION of {schema_url} (NOT the SEC's file; {source.label}, sha256 {sha})"
        )
    else:
        description = f"the cyd taxonomy {schema_url} ({source.label}, sha256 {sha})"
    return DisclosureSpec(
        year=year,
        prefix="cyd",
        namespace=namespace,
        schema_url=schema_url,
        groups=tuple(groups),
        source=SourceInfo(
            kind="reconstruction" if reconstruction else "taxonomy",
            description=description,
            catalogue_version=version.catalogue_version if reconstruction else None,
            url=schema_url,
            file=source.label,
            sha256=sha,
            package_sha256=source.package_sha256,
            notice=RECONSTRUCTION_NOTICE if reconstruction else None,
            differences=differences,
        ),
        generator=GENERATOR,
        incident_axis=f"{{{namespace}}}{axis}" if axis in concepts_by_name else None,
    )


def specs_from_taxonomy(
    source: str, *, online: bool = False, cache_dir: str | None = None
) -> list[DisclosureSpec]:
    """One spec per cyd schema (namespace year) found through ``source``."""
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-taxonomy-") as workdir:
        resolved = _resolve(source, Path(workdir), cache_dir)
        problems: list[str] = []
        for entry in resolved.entry_points:
            with _loaded(entry, resolved, online, cache_dir) as (model, logged):
                documents = _cyd_documents(model)
                if documents:
                    specs: dict[str, DisclosureSpec] = {}
                    for document in documents:
                        spec = _spec(model, document, resolved)
                        specs.setdefault(spec.year, spec)
                    return [specs[year] for year in sorted(specs)]
                problems += logged
        hint = (
            ""
            if online or not source.startswith("http")
            else "; it is not in Arelle's cache: pass --online, a local copy or the taxonomy package"
        )
        detail = f" ({problems[0]})" if problems else ""
        raise TaxonomyError(
            f"--taxonomy {source}: no cyd schema (http://xbrl.sec.gov/cyd/YYYY) could be loaded{detail}{hint}"
        )
