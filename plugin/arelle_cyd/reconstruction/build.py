"""Generate the offline RECONSTRUCTION of the cyd and dei schemas from the concept catalogue.

The official SEC files cannot be downloaded here, yet synthetic filings and
offline users need Arelle to resolve ``https://xbrl.sec.gov/cyd/YYYY/...``.
These files stand in for them. Each one says in its own markup, in the
taxonomy package metadata and in every log line that mentions it that it is a
reconstruction made by arelle-cyd from its catalogue, not the SEC's file.
Output is deterministic: same catalogue, same bytes. Regenerate with ``arelle-cyd generate``,
which writes these files together with the JSON Schemas and the generated models.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from arelle_cyd import catalogue
from arelle_cyd._version import __version__
from arelle_cyd.catalogue import CatalogueVersion, Concept
from arelle_cyd.catalogue.dei import DeiElement
from arelle_cyd.reconstruction.marker import NAMESPACE as MARKER_NAMESPACE

HOST = "xbrl.sec.gov"
XBRLI_URL = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
XBRLDT_URL = "http://www.xbrl.org/2005/xbrldt-2005.xsd"
LINK_NS = "http://www.xbrl.org/2003/linkbase"
DTR_TYPES = {
    "2024": "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd",
    "2025": "https://www.xbrl.org/dtr/type/2024-01-31/types.xsd",
}
DTR_NAMESPACES = {
    "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd": "http://www.xbrl.org/dtr/type/2022-03-31",
    "https://www.xbrl.org/dtr/type/2024-01-31/types.xsd": "http://www.xbrl.org/dtr/type/2024-01-31",
}
NOTICE = (
    "RECONSTRUCTION made by arelle-cyd {version} from its concept catalogue {catalogue}; NOT the SEC's file "
    "{official}. Element names, types, period types and labels carry the evidence recorded in the "
    "catalogue; references and documentation are unknown."
)
_ZIP_DATE = (2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """One reconstruction file: its official URL and its text."""

    url: str
    text: str

    @property
    def relative_path(self) -> str:
        return self.url.split("://", 1)[1]


def _marker(official_url: str, catalogue_version: str) -> str:
    notice = NOTICE.format(version=__version__, catalogue=catalogue_version, official=official_url)
    return (
        f'      <cydr:reconstruction xmlns:cydr="{MARKER_NAMESPACE}" generator={quoteattr("arelle-cyd " + __version__)}'
        f" catalogue={quoteattr(catalogue_version)} officialUrl={quoteattr(official_url)}>"
        f"{escape(notice)}</cydr:reconstruction>\n"
    )


def _schema(
    target: str,
    prefix: str,
    official_url: str,
    catalogue_version: str,
    imports: list[tuple[str, str]],
    linkbases: list[tuple[str, str]],
    body: str,
    extra_ns: dict[str, str],
) -> str:
    namespaces = {
        "xs": "http://www.w3.org/2001/XMLSchema",
        "xbrli": "http://www.xbrl.org/2003/instance",
        "link": LINK_NS,
        "xlink": "http://www.w3.org/1999/xlink",
        prefix: target,
        **extra_ns,
    }
    ns_decls = "".join(f"\n    xmlns:{p}={quoteattr(u)}" for p, u in sorted(namespaces.items()))
    refs = "".join(
        f'      <link:linkbaseRef xlink:type="simple" xlink:href={quoteattr(href)} xlink:role={quoteattr(role)} '
        'xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>\n'
        for href, role in linkbases
    )
    imported = "".join(
        f"  <xs:import namespace={quoteattr(ns)} schemaLocation={quoteattr(loc)}/>\n" for ns, loc in imports
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!-- {escape(NOTICE.format(version=__version__, catalogue=catalogue_version, official=official_url))} -->\n"
        f'<xs:schema targetNamespace={quoteattr(target)} elementFormDefault="qualified" '
        f'attributeFormDefault="unqualified"{ns_decls}>\n'
        "  <xs:annotation>\n    <xs:appinfo>\n"
        f"{_marker(official_url, catalogue_version)}{refs}"
        "    </xs:appinfo>\n  </xs:annotation>\n"
        f"{imported}{body}</xs:schema>\n"
    )


def _element(
    local_name: str,
    item_type: str,
    period_type: str,
    *,
    abstract: bool,
    nillable: bool,
    substitution_group: str,
    element_prefix: str,
) -> str:
    return (
        f"  <xs:element id={quoteattr(f'{element_prefix}_{local_name}')} name={quoteattr(local_name)} "
        f"type={quoteattr(item_type)} substitutionGroup={quoteattr(substitution_group)} "
        f"xbrli:periodType={quoteattr(period_type)} abstract={quoteattr(str(abstract).lower())} "
        f"nillable={quoteattr(str(nillable).lower())}/>\n"
    )


def _cyd_element(concept: Concept) -> str:
    return _element(
        concept.local_name,
        concept.item_type,
        concept.period_type,
        abstract=concept.abstract,
        nillable=concept.nillable,
        substitution_group=concept.substitution_group,
        element_prefix="cyd",
    )


def _label_linkbase(items: list[tuple[str, str]], schema_name: str) -> str:
    parts = []
    for local_name, label in items:
        parts.append(
            f'    <link:loc xlink:type="locator" xlink:href="{schema_name}#cyd_{local_name}" xlink:label="loc_{local_name}"/>\n'
            f'    <link:label xlink:type="resource" xlink:label="lab_{local_name}" xlink:role="http://www.xbrl.org/2003/role/label" '
            f'xml:lang="en-US" id="lab_{local_name}">{escape(label)}</link:label>\n'
            f'    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" '
            f'xlink:from="loc_{local_name}" xlink:to="lab_{local_name}"/>\n'
        )
    return _linkbase("labelLink", "".join(parts))


def _linkbase(
    link: str, body: str, role: str = "http://www.xbrl.org/2003/role/link", role_ref: str = ""
) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- RECONSTRUCTION made by arelle-cyd; NOT the SEC's file. -->\n"
        f'<link:linkbase xmlns:link="{LINK_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:xml="http://www.w3.org/XML/1998/namespace">\n'
        f"{role_ref}"
        f'  <link:{link} xlink:type="extended" xlink:role="{role}">\n{body}  </link:{link}>\n</link:linkbase>\n'
    )


PRESENTATION_ROLE = "http://xbrl.sec.gov/cyd/role/CybersecurityDisclosure"


def _presentation_linkbase(version: CatalogueVersion, schema_name: str) -> str:
    parts: list[str] = []
    seen: set[str] = set()

    def loc(concept: Concept) -> str:
        if concept.local_name in seen:
            return ""
        seen.add(concept.local_name)
        return (
            f'    <link:loc xlink:type="locator" xlink:href="{schema_name}#cyd_{concept.local_name}" '
            f'xlink:label="loc_{concept.local_name}"/>\n'
        )

    for parent, children in version.presentation:
        parts.append(loc(parent))
        for order, child in enumerate(children, start=1):
            parts.append(loc(child))
            parts.append(
                f'    <link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" '
                f'xlink:from="loc_{parent.local_name}" xlink:to="loc_{child.local_name}" order="{order}"/>\n'
            )
    incident_root = version.incident.axis
    parts.append(loc(incident_root))
    for order, concept in enumerate((*version.incident.required, version.incident.not_available), start=1):
        parts.append(loc(concept))
        parts.append(
            f'    <link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" '
            f'xlink:from="loc_{incident_root.local_name}" xlink:to="loc_{concept.local_name}" order="{order}"/>\n'
        )
    role_ref = (
        f'  <link:roleRef roleURI="{PRESENTATION_ROLE}" xlink:type="simple" '
        f'xlink:href="{schema_name}#CybersecurityDisclosure"/>\n'
    )
    return _linkbase("presentationLink", "".join(parts), role=PRESENTATION_ROLE, role_ref=role_ref)


def cyd_files(version: CatalogueVersion) -> list[GeneratedFile]:
    year = version.year
    base = f"https://{HOST}/cyd/{year}/"
    schema_name = f"cyd-{year}.xsd"
    dtr_url = DTR_TYPES.get(year, DTR_TYPES[max(DTR_TYPES)])
    role_type = (
        f'  <xs:annotation>\n    <xs:appinfo>\n      <link:roleType roleURI="{PRESENTATION_ROLE}" id="CybersecurityDisclosure">\n'
        "        <link:definition>Cybersecurity Disclosure (arelle-cyd reconstruction)</link:definition>\n"
        "        <link:usedOn>link:presentationLink</link:usedOn>\n      </link:roleType>\n    </xs:appinfo>\n  </xs:annotation>\n"
    )
    body = role_type + "".join(_cyd_element(c) for c in version.concepts)
    schema = _schema(
        version.namespace,
        "cyd",
        version.schema_url,
        version.catalogue_version,
        imports=[
            ("http://www.xbrl.org/2003/instance", XBRLI_URL),
            ("http://xbrl.org/2005/xbrldt", XBRLDT_URL),
            (DTR_NAMESPACES[dtr_url], dtr_url),
        ],
        linkbases=[
            (f"cyd-{year}_lab.xml", "http://www.xbrl.org/2003/role/labelLinkbaseRef"),
            (f"cyd-{year}_pre.xml", "http://www.xbrl.org/2003/role/presentationLinkbaseRef"),
        ],
        body=body,
        extra_ns={"dtr-types": DTR_NAMESPACES[dtr_url], "xbrldt": "http://xbrl.org/2005/xbrldt"},
    )
    files = [
        GeneratedFile(version.schema_url, schema),
        GeneratedFile(
            base + f"cyd-{year}_lab.xml",
            _label_linkbase([(c.local_name, c.label) for c in version.concepts], schema_name),
        ),
        GeneratedFile(base + f"cyd-{year}_pre.xml", _presentation_linkbase(version, schema_name)),
    ]
    for entry in version.entry_points:
        files.append(
            GeneratedFile(
                entry.url,
                _schema(
                    entry.namespace,
                    entry.prefix,
                    entry.url,
                    version.catalogue_version,
                    imports=[(version.namespace, schema_name)],
                    linkbases=[],
                    body="",
                    extra_ns={},
                ),
            )
        )
    return files


_DEI_SIMPLE_TYPES = {
    "submissionTypeItemType",
    "centralIndexKeyItemType",
    "fiscalPeriodItemType",
    "fileNumberItemType",
}


def _dei_type(element: DeiElement) -> str:
    prefix, _, local = element.item_type.partition(":")
    return f"dei:{local}" if prefix == "dei" else element.item_type


def dei_files(year: str, catalogue_version: str) -> list[GeneratedFile]:
    dei = catalogue.dei_catalogue()
    namespace = dei.namespace(year)
    types = "".join(
        f'  <xs:complexType name="{name}">\n    <xs:simpleContent>\n'
        '      <xs:restriction base="xbrli:normalizedStringItemType"/>\n    </xs:simpleContent>\n  </xs:complexType>\n'
        for name in sorted(_DEI_SIMPLE_TYPES)
    )
    elements = "".join(
        _element(
            e.local_name,
            _dei_type(e),
            e.period_type,
            abstract=e.kind == "axis",
            nillable=True,
            substitution_group="xbrldt:dimensionItem" if e.kind == "axis" else "xbrli:item",
            element_prefix="dei",
        )
        for e in dei.elements
    )
    url = dei.schema_url(year)
    return [
        GeneratedFile(
            url,
            _schema(
                namespace,
                "dei",
                url,
                f"dei elements of catalogue {catalogue_version}",
                imports=[
                    ("http://www.xbrl.org/2003/instance", XBRLI_URL),
                    ("http://xbrl.org/2005/xbrldt", XBRLDT_URL),
                ],
                linkbases=[],
                body=types + elements,
                extra_ns={"xbrldt": "http://xbrl.org/2005/xbrldt"},
            ),
        )
    ]


def files_for_year(year: str) -> list[GeneratedFile]:
    version = catalogue.load(year)
    return cyd_files(version) + dei_files(year, version.catalogue_version)


def package_name(year: str) -> str:
    return f"arelle-cyd-reconstruction-{year}"


def _package_metadata(year: str, files: list[GeneratedFile]) -> tuple[str, str]:
    version = catalogue.load(year)
    entry_points = "".join(
        f"    <tp:entryPoint>\n      <tp:name>{escape(e.prefix)} {year} (RECONSTRUCTION)</tp:name>\n"
        f"      <tp:entryPointDocument href={quoteattr(e.url)}/>\n    </tp:entryPoint>\n"
        for e in version.entry_points
    )
    taxonomy_package = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tp:taxonomyPackage xml:lang="en" xmlns:tp="http://xbrl.org/2016/taxonomy-package">\n'
        f"  <tp:identifier>urn:arelle-cyd:reconstruction:cyd:{year}:{version.catalogue_version}</tp:identifier>\n"
        f"  <tp:name>arelle-cyd RECONSTRUCTION of the SEC cyd {year} taxonomy (NOT the SEC's file)</tp:name>\n"
        f"  <tp:description>{escape(NOTICE.format(version=__version__, catalogue=version.catalogue_version, official=version.schema_url))}"
        " Use it only offline, for synthetic or test filings; the official taxonomy always takes precedence.</tp:description>\n"
        f"  <tp:version>{escape(version.catalogue_version)}</tp:version>\n"
        "  <tp:publisher>arelle-cyd (not the U.S. Securities and Exchange Commission)</tp:publisher>\n"
        "  <tp:entryPoints>\n"
        f"{entry_points}"
        "  </tp:entryPoints>\n</tp:taxonomyPackage>\n"
    )
    prefixes = sorted({f.url.rsplit("/", 1)[0] + "/" for f in files})
    rewrites = "".join(
        f"  <rewriteURI uriStartString={quoteattr(p)} rewritePrefix={quoteattr('../' + p.split('://', 1)[1])}/>\n"
        for p in prefixes
    )
    catalog = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n'
        f"{rewrites}</catalog>\n"
    )
    return taxonomy_package, catalog


def package_bytes(year: str) -> bytes:
    """A taxonomy package (zip) of one year's reconstruction, byte-identical on every run."""
    files = files_for_year(year)
    taxonomy_package, catalog = _package_metadata(year, files)
    root = package_name(year)
    members = [
        (f"{root}/META-INF/taxonomyPackage.xml", taxonomy_package),
        (f"{root}/META-INF/catalog.xml", catalog),
    ]
    members += [(f"{root}/{f.relative_path}", f.text) for f in files]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(members):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def output_files(years: tuple[str, ...] | None = None) -> Iterator[tuple[str, bytes]]:
    """Every file of the committed reconstruction, as (path relative to ``reconstruction/``, bytes)."""
    for year in years or catalogue.available_years():
        for generated in files_for_year(year):
            yield f"files/{generated.relative_path}", generated.text.encode("utf-8")
        yield f"packages/{package_name(year)}.zip", package_bytes(year)


def write(target: Path) -> list[Path]:
    written = []
    for relative, data in output_files():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    return written


def digest() -> str:
    sha = hashlib.sha256()
    for relative, data in output_files():
        sha.update(relative.encode())
        sha.update(data)
    return sha.hexdigest()


if __name__ == "__main__":
    for written_path in write(Path(__file__).parent):
        print(written_path)
