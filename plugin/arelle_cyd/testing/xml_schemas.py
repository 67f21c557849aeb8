"""Validate synthetic documents with ``xmlschema`` against the XBRL schemas, offline.

A second opinion next to Arelle's: an inline document is checked against the
Inline XBRL 1.1 schema, a plain instance against XBRL 2.1's instance schema
together with its DTS (the extension schema, dei and cyd). Every schema URL is
mapped to a local copy: the XBRL and W3C schemas Arelle bundles in its
``resources/cache`` and arelle-cyd's offline reconstruction for the SEC's dei and
cyd schemas. Resources are restricted to local files, so a missing mapping is an
error, never a download.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

INLINE_SCHEMA_URL = "http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd"
_XHTML_ROOT = "{http://www.w3.org/1999/xhtml}html"
_INSTANCE_ROOT = "{http://www.xbrl.org/2003/instance}xbrl"
_SCHEMA_REF = "{http://www.xbrl.org/2003/linkbase}schemaRef"
_HREF = "{http://www.w3.org/1999/xlink}href"
_BUNDLED = re.compile(r"^(https?)://((?:www\.)?xbrl\.org/.+|www\.w3\.org/.+)$")
_SEC = re.compile(r"^https?://(xbrl\.sec\.gov/(?:cyd|dei)/.+)$")


class SchemaMappingError(LookupError):
    """A schema URL has no local copy (the validation would need the network)."""


@cache
def arelle_cache() -> Path:
    import arelle

    return Path(arelle.__file__).parent / "resources" / "cache"


def local_uri(url: str) -> str:
    """The ``file:`` URI of the local copy of a schema URL; other URIs unchanged."""
    if not url.startswith(("http://", "https://")):
        return url
    from arelle_cyd.reconstruction.resolver import FILES

    if match := _SEC.match(url):
        path = FILES / match.group(1)
    elif match := _BUNDLED.match(url):
        path = arelle_cache() / match.group(1) / match.group(2)
        if not path.exists():  # Arelle files some https URLs under http and vice versa
            other = "https" if match.group(1) == "http" else "http"
            path = arelle_cache() / other / match.group(2)
    else:
        raise SchemaMappingError(f"no local copy of {url}")
    if not path.exists():
        raise SchemaMappingError(f"no local copy of {url} (looked for {path})")
    return path.as_uri()


def _schema(source: str | Path) -> Any:
    import xmlschema

    return xmlschema.XMLSchema(str(source), uri_mapper=local_uri, allow="local", defuse="always")


@cache
def inline_schema() -> Any:
    """The Inline XBRL 1.1 schema (with its XHTML modules), built once per process."""
    return _schema(local_uri(INLINE_SCHEMA_URL))


def schema_errors(document: Path) -> list[str]:
    """Schema-validity errors of an inline XBRL document or an XBRL instance; [] when valid."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(document), parser).getroot()
    if root.tag == _XHTML_ROOT:
        schema = inline_schema()
    elif root.tag == _INSTANCE_ROOT:
        schema = _schema(_dts_schema(document, root))
    else:
        return [f"{document.name}: root element {root.tag} is neither XHTML nor an XBRL instance"]
    return [_describe(error) for error in schema.iter_errors(str(document))]


def _dts_schema(document: Path, root: Any) -> Path:
    refs = [e.get(_HREF) for e in root.iter(_SCHEMA_REF) if e.get(_HREF)]
    if len(refs) != 1 or refs[0].startswith(("http://", "https://")):
        raise SchemaMappingError(f"{document.name}: expected one local schemaRef, found {refs}")
    return document.parent / str(refs[0])


def _describe(error: Any) -> str:
    path = getattr(error, "path", None) or ""
    reason = getattr(error, "reason", None) or str(error).splitlines()[0]
    return f"{path}: {reason}"
