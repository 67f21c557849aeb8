"""Validate synthetic documents with ``xmlschema`` against the XBRL schemas, offline.

A second opinion next to Arelle's: an inline document is checked against the
Inline XBRL 1.1 schema, a plain instance against XBRL 2.1's instance schema
together with its DTS (the extension schema, dei and cyd). ``arelle_cyd.xsd``
maps every schema URL to a local copy (the XBRL and W3C schemas Arelle bundles)
and refuses anything else; here the SEC's dei and cyd URLs are added, mapped to
arelle-cyd's offline reconstruction. A missing mapping is an error, never a download.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from arelle_cyd import xsd

_XHTML_ROOT = "{http://www.w3.org/1999/xhtml}html"
_INSTANCE_ROOT = "{http://www.xbrl.org/2003/instance}xbrl"
_SCHEMA_REF = "{http://www.xbrl.org/2003/linkbase}schemaRef"
_HREF = "{http://www.w3.org/1999/xlink}href"


class SchemaMappingError(LookupError):
    """A document's DTS cannot be located offline (no single local schemaRef)."""


def _urls() -> xsd.LocalUrls:
    from arelle_cyd.reconstruction.resolver import FILES

    sec = FILES / "xbrl.sec.gov"
    return xsd.offline_urls().with_prefixes([("https://xbrl.sec.gov/", sec), ("http://xbrl.sec.gov/", sec)])


def schema_errors(document: Path) -> list[str]:
    """Schema-validity errors of an inline XBRL document or an XBRL instance; [] when valid."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(document), parser).getroot()
    if root.tag == _XHTML_ROOT:
        schema = xsd.standard_schema(xsd.INLINE_XBRL)
    elif root.tag == _INSTANCE_ROOT:
        schema = xsd.load_schema(_dts_schema(document, root), _urls())
    else:
        return [f"{document.name}: root element {root.tag} is neither XHTML nor an XBRL instance"]
    return xsd.validate(root, schema)  # the tree parsed above, entities unexpanded


def _dts_schema(document: Path, root: Any) -> Path:
    refs = [e.get(_HREF) for e in root.iter(_SCHEMA_REF) if e.get(_HREF)]
    if len(refs) != 1 or refs[0].startswith(("http://", "https://")):
        raise SchemaMappingError(f"{document.name}: expected one local schemaRef, found {refs}")
    return document.parent / str(refs[0])
