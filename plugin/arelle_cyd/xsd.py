"""XML Schema work with xmlschema, strictly offline: every URL maps to a local file or is refused.

Arelle bundles the XBRL 2.1, XBRL Dimensions, Inline XBRL 1.1, DTR types and
taxonomy package schemas in ``arelle/resources/cache``; ``LocalUrls`` maps their
official URLs to those copies (and a taxonomy package's URLs to its extracted
files), and xmlschema runs with ``allow="local"`` so that nothing is fetched.
Used by the generator to read element declarations and type derivations, and by
the tests to validate the XML the project writes against the XBRL schemas.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

XBRL_INSTANCE = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
XBRL_LINKBASE = "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"
INLINE_XBRL = "http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd"
TAXONOMY_PACKAGE = "http://www.xbrl.org/2016/taxonomy-package.xsd"
PACKAGE_CATALOG = "http://www.xbrl.org/2016/taxonomy-package-catalog.xsd"
TP_NS = "http://xbrl.org/2016/taxonomy-package"
CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"


class OfflineSchemaError(Exception):
    """A schema or package could not be read offline; the message says which file and why."""


def arelle_cache() -> Path:
    """The schemas Arelle ships with (``arelle/resources/cache/<scheme>/<host>/<path>``)."""
    import arelle

    return Path(arelle.__file__).resolve().parent / "resources" / "cache"


@dataclass(frozen=True, slots=True)
class LocalUrls:
    """An xmlschema ``uri_mapper``: URL prefixes to folders first, then web-cache layouts."""

    prefixes: tuple[tuple[str, Path], ...] = ()
    caches: tuple[Path, ...] = ()

    def __call__(self, uri: str) -> str:
        local = self.local_path(uri)
        return local.as_uri() if local is not None else uri

    def local_path(self, uri: str) -> Path | None:
        for start, folder in self.prefixes:
            if uri.startswith(start):
                candidate = folder / uri[len(start) :]
                if candidate.is_file():
                    return candidate
        scheme, separator, rest = uri.partition("://")
        if separator and scheme in ("http", "https"):
            for cache_dir in self.caches:
                candidate = cache_dir / scheme / rest
                if candidate.is_file():
                    return candidate
        return None

    def with_prefixes(self, prefixes: Sequence[tuple[str, Path]]) -> LocalUrls:
        return LocalUrls((*self.prefixes, *prefixes), self.caches)


def offline_urls(caches: Sequence[Path] = ()) -> LocalUrls:
    """Arelle's bundled schemas, plus any other web-cache folders (e.g. Arelle's user cache)."""
    return LocalUrls((), (arelle_cache(), *caches))


def load_schema(source: str | Path, urls: LocalUrls | None = None) -> Any:
    """An ``xmlschema.XMLSchema`` built offline; ``OfflineSchemaError`` when a file is missing or invalid."""
    import xmlschema

    mapper = urls or offline_urls()
    location = str(source)
    local = mapper.local_path(location)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", xmlschema.XMLSchemaImportWarning)
        try:
            schema = xmlschema.XMLSchema(
                str(local) if local is not None else location, uri_mapper=mapper, allow="local"
            )
        except (xmlschema.XMLSchemaException, OSError) as err:
            raise OfflineSchemaError(f"{location}: {err}") from err
    # xmlschema only warns when an import fails; offline, a missing import is an error.
    failed = [str(w.message) for w in caught if issubclass(w.category, xmlschema.XMLSchemaImportWarning)]
    if failed:
        raise OfflineSchemaError(f"{location}: {failed[0]}")
    return schema


@cache
def standard_schema(url: str) -> Any:
    """One of the XBRL schemas Arelle bundles, built once per process."""
    return load_schema(url)


def validate(document: str | Path | Any, schema: Any) -> list[str]:
    """Every validation error of an XML document (path, file or lxml/ElementTree element), as text."""
    return [f"{error.path}: {error.reason}" for error in schema.iter_errors(document)]


# ------------------------------------------------------------ taxonomy packages


@dataclass(frozen=True, slots=True)
class TaxonomyPackage:
    """An extracted taxonomy package (XBRL Taxonomy Packages 1.0) and what its metadata says."""

    zip_path: Path
    root: Path  # the extracted top folder holding META-INF
    name: str
    identifier: str
    entry_points: tuple[str, ...]  # entry-point document URLs, in package order
    rewrites: tuple[tuple[str, Path], ...]  # catalog rewriteURI: URL prefix -> extracted folder

    def urls(self, base: LocalUrls | None = None) -> LocalUrls:
        return (base or offline_urls()).with_prefixes(self.rewrites)


def _extract(zip_path: Path, target: Path) -> None:
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            parts = PurePosixPath(info.filename).parts
            if info.filename.startswith("/") or ".." in parts:
                raise OfflineSchemaError(f"{zip_path.name}: unsafe member name {info.filename!r}")
        archive.extractall(target)


def _decode(path: Path, schema_url: str) -> Any:
    schema = standard_schema(schema_url)
    errors = validate(path, schema)
    if errors:
        raise OfflineSchemaError(f"{path.name} is not valid against {schema_url}: {errors[0]}")
    return schema.to_dict(path)


def _text(value: Any) -> str:
    """The text of a decoded element that may repeat (a list) or carry attributes (a dict)."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("$", "")
    return "" if value is None else str(value)


def open_package(zip_path: Path, target: Path) -> TaxonomyPackage:
    """Extract a taxonomy package into ``target`` and read (and validate) its metadata and catalog."""
    try:
        _extract(zip_path, target)
    except zipfile.BadZipFile as err:
        raise OfflineSchemaError(f"{zip_path.name} is not a zip file ({err})") from err
    metadata = sorted(target.glob("*/META-INF/taxonomyPackage.xml")) or sorted(
        target.glob("META-INF/taxonomyPackage.xml")
    )
    if not metadata:
        raise OfflineSchemaError(f"{zip_path.name} has no META-INF/taxonomyPackage.xml")
    meta_inf = metadata[0].parent
    package = _decode(metadata[0], TAXONOMY_PACKAGE)
    entry_points = tuple(
        document["@href"]
        for entry in (package.get("tp:entryPoints") or {}).get("tp:entryPoint", [])
        for document in entry.get("tp:entryPointDocument", [])
    )
    rewrites: list[tuple[str, Path]] = []
    catalog_path = meta_inf / "catalog.xml"
    if catalog_path.is_file():
        catalog = _decode(catalog_path, PACKAGE_CATALOG)
        for rewrite in catalog.get("rewriteURI", []):
            folder = (meta_inf / rewrite["@rewritePrefix"]).resolve()
            rewrites.append((rewrite["@uriStartString"], folder))
    return TaxonomyPackage(
        zip_path=zip_path,
        root=meta_inf.parent,
        name=_text(package.get("tp:name")),
        identifier=_text(package.get("tp:identifier")),
        entry_points=entry_points,
        rewrites=tuple(rewrites),
    )
