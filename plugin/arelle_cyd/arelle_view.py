"""Build a ``FilingView`` from an Arelle ``ModelXbrl``: the only module that reads Arelle's model.

Offline, Arelle behaves differently by input kind (arelle-plugin-notes.md 6):
inline XBRL facts exist with ``concept is None``; a plain XBRL instance gets no
fact object at all for elements of an unloaded schema. This adapter reads the
latter straight from the instance document, so the rules see the same facts
either way. Contexts and periods are read from their XML for the same reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta
from pathlib import PurePosixPath
from typing import Any

from arelle import ModelDocument, XbrlConst
from arelle.ModelDtsObject import ModelConcept
from arelle.ModelInstanceObject import ModelFact
from arelle.ModelValue import qname as resolve_qname

from arelle_cyd import catalogue
from arelle_cyd.filing import (
    Context,
    Dei,
    Dimension,
    DocumentKind,
    Fact,
    FilingView,
    LoadedConcept,
    Period,
    TaxonomyInfo,
    co_registrant_members,
    split_clark,
)
from arelle_cyd.reconstruction.marker import is_reconstruction_schema

XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDI = "http://xbrl.org/2006/xbrldi"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XSD = "http://www.w3.org/2001/XMLSchema"
_NON_FACT_ELEMENTS = frozenset(
    {"context", "unit", "schemaRef", "linkbaseRef", "roleRef", "arcroleRef", "footnoteLink"}
)
_BALLOT_TRUE = frozenset({"\u2611", "\u2612"})
_BALLOT_FALSE = frozenset({"\u2610"})
_STANDARD_AUTHORITIES = re.compile(
    r"^https?://(xbrl\.sec\.gov|fasb\.org|www\.xbrl\.org|xbrl\.org|xbrl\.ifrs\.org|www\.w3\.org)/"
)
_CANONICAL_TYPE_PREFIXES = {
    XBRLI: "xbrli",
    "http://www.xbrl.org/dtr/type/2020-01-21": "dtr-types",
    "http://www.xbrl.org/dtr/type/2022-03-31": "dtr-types",
    "http://www.xbrl.org/dtr/type/2024-01-31": "dtr-types",
    "http://www.xbrl.org/dtr/type/non-numeric": "dtr-types",
    "http://www.xbrl.org/dtr/type/numeric": "dtr-types",
}


def _wanted(namespace: str | None) -> bool:
    return bool(namespace) and _wanted_namespace(namespace or "")


@functools.lru_cache(maxsize=4096)  # bounded: a batch worker meets every filer's namespaces
def _wanted_namespace(namespace: str) -> bool:
    """Asked once per fact, answered once per namespace (a filing uses a few dozen)."""
    return (
        catalogue.is_cyd_namespace(namespace)
        or catalogue.is_cyd_entry_point_namespace(namespace)
        or catalogue.dei_catalogue().year(namespace) is not None
    )


def canonical_type(qname: Any) -> str | None:
    """``{http://www.xbrl.org/2003/instance}booleanItemType`` -> ``xbrli:booleanItemType``."""
    if qname is None:
        return None
    namespace = qname.namespaceURI or ""
    prefix = _CANONICAL_TYPE_PREFIXES.get(namespace)
    if prefix is None and catalogue.dei_catalogue().year(namespace):
        prefix = "dei"
    return f"{prefix or qname.prefix or namespace}:{qname.localName}"


# ---------------------------------------------------------------- contexts


def _parse_date(text: str | None, is_end: bool) -> date | None:
    if not text:
        return None
    value = text.strip()
    try:
        if "T" in value:
            day_part, _, time_part = value.partition("T")
            parsed = date.fromisoformat(day_part)
            return parsed - timedelta(days=1) if is_end and time_part.startswith("00:00:00") else parsed
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _period(context_element: Any) -> Period | None:
    period = context_element.find(f"{{{XBRLI}}}period")
    if period is None:
        return None
    instant = period.findtext(f"{{{XBRLI}}}instant")
    if instant is not None:
        end = _parse_date(instant, is_end=True)
        return Period(None, end) if end else None
    start = _parse_date(period.findtext(f"{{{XBRLI}}}startDate"), is_end=False)
    end = _parse_date(period.findtext(f"{{{XBRLI}}}endDate"), is_end=True)
    return Period(start, end) if start and end else None


def _dimensions(container: Any) -> tuple[list[Dimension], list[str]]:
    """The xbrldi members of a segment or scenario, and the QNames of any other children."""
    dims: list[Dimension] = []
    other_content: list[str] = []
    if container is None:
        return dims, other_content
    for child in container.iterchildren():
        if not isinstance(child.tag, str):
            continue
        namespace, local = split_clark(child.tag)
        axis = resolve_qname(child, child.get("dimension") or "")
        axis_clark = axis.clarkNotation if axis is not None else (child.get("dimension") or "")
        if namespace == XBRLDI and local == "explicitMember":
            member = resolve_qname(child, (child.text or "").strip())
            dims.append(
                Dimension(axis_clark, member.clarkNotation if member is not None else (child.text or ""))
            )
        elif namespace == XBRLDI and local == "typedMember":
            dims.append(Dimension(axis_clark, "".join(child.itertext()).strip(), is_typed=True))
        else:
            prefix = child.prefix
            other_content.append(f"{prefix}:{local}" if prefix else local)
    return dims, other_content


def _context(model_context: Any) -> Context:
    scheme, identifier = ("", "")
    entity = model_context.find(f"{{{XBRLI}}}entity")
    if entity is not None:
        ident = entity.find(f"{{{XBRLI}}}identifier")
        if ident is not None:
            scheme, identifier = ident.get("scheme") or "", (ident.text or "").strip()
    segment = entity.find(f"{{{XBRLI}}}segment") if entity is not None else None
    scenario = model_context.find(f"{{{XBRLI}}}scenario")
    seg_dims, seg_other = _dimensions(segment)
    scen_dims, _ = _dimensions(scenario)
    return Context(
        id=model_context.id,
        scheme=scheme,
        identifier=identifier,
        period=_period(model_context),
        dimensions=tuple(seg_dims + scen_dims),
        has_scenario=scenario is not None,
        segment_has_non_dimensional_content=bool(seg_other),
        source=model_context,
        segment_other_content=tuple(seg_other),
    )


class _Contexts(Mapping[str, Context]):
    """The filing's contexts by id, each read from its XML on first use.

    A 10-K has hundreds of contexts, mostly with dimensions whose QNames are
    costly to resolve, while cyd and dei facts use a handful: reading them all
    up front was most of the plugin's time on a large filing.
    """

    def __init__(self, model_contexts: Mapping[str, Any]) -> None:
        self._model = model_contexts
        self._read: dict[str, Context] = {}

    def __getitem__(self, context_id: str) -> Context:
        context = self._read.get(context_id)
        if context is None:
            context = self._read[context_id] = _context(self._model[context_id])
        return context

    def __iter__(self) -> Iterator[str]:
        return iter(self._model)

    def __len__(self) -> int:
        return len(self._model)


# ---------------------------------------------------------------- facts


def _inline_hidden(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        tag = parent.tag if isinstance(parent.tag, str) else ""
        namespace, local = split_clark(tag)
        if local == "hidden" and namespace in XbrlConst.ixbrlAll:
            return True
        parent = parent.getparent()
    return False


_SEC_IX_HIDDEN = re.compile(r"(?:^|\W)-sec-ix-hidden\s*:\s*([\w.-]+)")


def _sec_ix_hidden_references(model_xbrl: Any) -> frozenset[str]:
    """Ids named by ``-sec-ix-hidden`` style properties (EFM 5.2.5.14) in the inline documents."""
    referenced: set[str] = set()
    for root in getattr(model_xbrl, "ixdsHtmlElements", None) or ():
        for element in root.getroottree().iterfind(".//*[@style]"):
            match = _SEC_IX_HIDDEN.search(element.get("style") or "")
            if match:
                referenced.add(match.group(1))
    return frozenset(referenced)


def _mark_hidden_references(model_xbrl: Any, cyd_facts: list[Fact]) -> list[Fact]:
    """Record on each hidden cyd fact whether the visible document points at it.

    Only CYD.IX.1 reads this, and only for cyd facts, so the document is scanned only when a cyd fact
    is hidden (dei cover facts routinely are, and must not cost every filing a full scan).
    """

    def wanted(fact: Fact) -> bool:
        return fact.is_hidden and bool(fact.fact_id)

    if not any(wanted(f) for f in cyd_facts):
        return cyd_facts
    referenced = _sec_ix_hidden_references(model_xbrl)
    return [
        replace(f, hidden_referenced=True) if wanted(f) and f.fact_id in referenced else f for f in cyd_facts
    ]


def _document_name(obj: Any) -> str | None:
    document = getattr(obj, "modelDocument", None)
    return getattr(document, "basename", None) if document is not None else None


def _safe_value(fact: Any) -> tuple[str | None, str | None]:
    """The fact's value, or None and the reason when Arelle cannot compute it (a failed transform)."""
    if fact.isNil:
        return None, None
    try:
        return str(fact.value), None
    except Exception as err:  # noqa: BLE001 - Arelle raises whatever the transform raised
        return None, f"the value could not be read ({type(err).__name__}: {err})"


def _format_namespace(fact: Any) -> str | None:
    """The namespace of an inline fact's format QName (its transformation registry)."""
    try:
        format_qname = fact.format
    except Exception:  # noqa: BLE001 - an unresolvable prefix must not stop the view
        return None
    return getattr(format_qname, "namespaceURI", None) or None


def _from_model_fact(fact: Any, contexts: Mapping[str, Context], is_inline: bool) -> Fact:
    concept = fact.concept
    escape = fact.get("escape") if is_inline else None
    value, value_error = _safe_value(fact)
    return Fact(
        namespace=fact.qname.namespaceURI or "",
        local_name=fact.qname.localName,
        value=value,
        is_nil=bool(fact.isNil),
        context_id=fact.contextID,
        context=contexts.get(fact.contextID or ""),
        fact_id=fact.id,
        lang=fact.xmlLang,
        escape=None if escape is None else escape.strip().lower() in ("true", "1"),
        format=fact.get("format") if is_inline else None,
        is_hidden=_inline_hidden(fact) if is_inline else False,
        document=_document_name(fact),
        line=fact.sourceline,
        concept_item_type=canonical_type(concept.typeQname) if concept is not None else None,
        concept_period_type=concept.periodType if concept is not None else None,
        value_error=value_error,
        source=fact,
        format_namespace=_format_namespace(fact) if is_inline and fact.get("format") else None,
    )


def _raw_value(element: Any) -> str:
    if len(element) == 0:
        return element.text or ""
    from lxml import etree

    inner = [element.text or ""]
    inner += [etree.tostring(child, encoding="unicode") for child in element]
    return "".join(inner)


def _raw_lang(element: Any) -> str | None:
    node = element
    while node is not None:
        lang = node.get(XML_LANG)
        if lang:
            return str(lang)
        node = node.getparent()
    return None


def _raw_facts(model_xbrl: Any, built: set[int], contexts: Mapping[str, Context]) -> Iterator[Fact]:
    """cyd and dei items of a plain instance for which Arelle built no fact object."""
    document = model_xbrl.modelDocument
    root = getattr(document, "xmlRootElement", None)
    if root is None:
        return
    for element in root.iterchildren():
        if not isinstance(element.tag, str) or id(element) in built:
            continue
        namespace, local = split_clark(element.tag)
        if (namespace == XBRLI and local in _NON_FACT_ELEMENTS) or not _wanted(namespace):
            continue
        nil = (element.get(XSI_NIL) or "").strip() in ("true", "1")
        context_id = element.get("contextRef")
        yield Fact(
            namespace=namespace,
            local_name=local,
            value=None if nil else _raw_value(element),
            is_nil=nil,
            context_id=context_id,
            context=contexts.get(context_id or ""),
            fact_id=element.get("id"),
            lang=_raw_lang(element),
            document=getattr(document, "basename", None),
            line=element.sourceline,
            from_raw_xml=True,
            source=element,
        )


# ---------------------------------------------------------------- dei


def _pick(facts: list[Fact], local_name: str) -> Fact | None:
    candidates = [f for f in facts if f.local_name == local_name and not f.is_nil]
    dimensionless = [f for f in candidates if f.context is None or f.context.is_dimensionless]
    chosen = dimensionless or candidates
    return chosen[0] if chosen else None


def _text(fact: Fact | None) -> str | None:
    return fact.value.strip() if fact is not None and fact.value is not None and fact.value.strip() else None


def _boolean(fact: Fact | None) -> bool | None:
    text = _text(fact)
    if text is None:
        return None
    if text in _BALLOT_TRUE:
        return True
    if text in _BALLOT_FALSE:
        return False
    return {"true": True, "1": True, "false": False, "0": False}.get(text.lower())


def _iso_date(fact: Fact | None) -> date | None:
    text = _text(fact)
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def read_dei(dei_facts: list[Fact]) -> Dei:
    document_type = _pick(dei_facts, "DocumentType")
    return Dei(
        document_type=_text(document_type),
        period_end_date=_iso_date(_pick(dei_facts, "DocumentPeriodEndDate")),
        amendment=_boolean(_pick(dei_facts, "AmendmentFlag")),
        transition_report=_boolean(_pick(dei_facts, "DocumentTransitionReport")),
        annual_report=_boolean(_pick(dei_facts, "DocumentAnnualReport")),
        fiscal_period_focus=_text(_pick(dei_facts, "DocumentFiscalPeriodFocus")),
        fiscal_year_focus=_text(_pick(dei_facts, "DocumentFiscalYearFocus")),
        cik=_text(_pick(dei_facts, "EntityCentralIndexKey")),
        registrant_name=_text(_pick(dei_facts, "EntityRegistrantName")),
        amendment_description=_text(_pick(dei_facts, "AmendmentDescription")),
        required_context_id=document_type.context_id if document_type is not None else None,
    )


# ---------------------------------------------------------------- taxonomy


def _documents(model_xbrl: Any) -> Iterable[Any]:
    return list(getattr(model_xbrl, "urlDocs", {}).values())


def _referenced(model_xbrl: Any) -> tuple[frozenset[str], frozenset[str]]:
    namespaces: set[str] = set(getattr(model_xbrl, "namespaceDocs", {}).keys())
    urls: set[str] = set(getattr(model_xbrl, "urlDocs", {}).keys())
    for document in _documents(model_xbrl):
        root = getattr(document, "xmlRootElement", None)
        if root is None:
            continue
        namespaces |= {ns for ns in (root.nsmap or {}).values() if ns}
        if root.get("targetNamespace"):
            namespaces.add(root.get("targetNamespace"))
        for element in root.iter(f"{{{XSD}}}import", "{http://www.xbrl.org/2003/linkbase}schemaRef"):
            if element.get("namespace"):
                namespaces.add(element.get("namespace"))
            location = element.get("schemaLocation") or element.get("{http://www.w3.org/1999/xlink}href")
            if location:
                urls.add(location)
    return frozenset(namespaces), frozenset(urls)


def _official_url(root: Any) -> str | None:
    """The official URL a reconstruction schema stands in for (recorded in its marker)."""
    from arelle_cyd.reconstruction.marker import official_url

    return official_url(root)


def _loaded_concept(concept: Any) -> LoadedConcept:
    label = None
    try:
        label = concept.label(lang="en", fallbackToQname=False)
    except Exception:  # noqa: BLE001 - a label lookup must never stop validation
        label = None
    document = getattr(concept, "modelDocument", None)
    return LoadedConcept(
        namespace=concept.qname.namespaceURI,
        local_name=concept.qname.localName,
        item_type=canonical_type(concept.typeQname),
        period_type=concept.periodType,
        label=label,
        is_abstract=bool(concept.isAbstract),
        schema_url=getattr(document, "uri", None),
    )


def _taxonomy(model_xbrl: Any) -> TaxonomyInfo:
    namespaces, urls = _referenced(model_xbrl)
    official: set[str] = set()
    reconstruction: set[str] = set()
    for document in _documents(model_xbrl):
        root = getattr(document, "xmlRootElement", None)
        if root is None or root.get("targetNamespace") is None:
            continue
        if is_reconstruction_schema(root):
            reconstruction.add(_official_url(root) or document.uri)
        elif catalogue.is_cyd_namespace(root.get("targetNamespace")):
            official.add(document.uri)
    cyd_concepts: list[LoadedConcept] = []
    extension: list[LoadedConcept] = []
    for concept in getattr(model_xbrl, "qnameConcepts", {}).values():
        if not isinstance(concept, ModelConcept) or concept.qname is None:
            continue
        namespace = concept.qname.namespaceURI or ""
        if catalogue.is_cyd_namespace(namespace):
            cyd_concepts.append(_loaded_concept(concept))
        elif not _STANDARD_AUTHORITIES.match(namespace) and getattr(concept, "isItem", False):
            extension.append(_loaded_concept(concept))
    presented = None
    if official:
        relationships = model_xbrl.relationshipSet(XbrlConst.parentChild)
        presented = frozenset(
            c.qname.clarkNotation
            for c in (relationships.fromModelObjects().keys() | relationships.toModelObjects().keys())
            if getattr(c, "qname", None) is not None
        )
    return TaxonomyInfo(
        referenced_namespaces=namespaces,
        referenced_urls=urls,
        loaded_cyd_concepts=tuple(sorted(cyd_concepts, key=lambda c: (c.namespace, c.local_name))),
        extension_concepts=tuple(sorted(extension, key=lambda c: (c.namespace, c.local_name))),
        official_cyd_urls=frozenset(official),
        reconstruction_urls=frozenset(reconstruction),
        presented_concepts=presented,
    )


# ---------------------------------------------------------------- entry point


def document_kind(model_xbrl: Any) -> DocumentKind:
    document = getattr(model_xbrl, "modelDocument", None)
    kind = getattr(document, "type", None)
    if kind in ModelDocument.Type.INLINEXBRLTYPES:
        return DocumentKind.INLINE
    if kind == ModelDocument.Type.INSTANCE:
        return DocumentKind.INSTANCE
    return DocumentKind.OTHER


def filing_view(model_xbrl: Any) -> FilingView:
    """Read the cyd and dei facts, contexts and taxonomy facts of a loaded Arelle model."""
    kind = document_kind(model_xbrl)
    contexts = _Contexts(getattr(model_xbrl, "contexts", {}))
    facts: list[Fact] = []
    built: set[int] = set()
    for model_fact in getattr(model_xbrl, "facts", []):
        built.add(id(model_fact))
        qname = getattr(model_fact, "qname", None)
        if isinstance(model_fact, ModelFact) and qname is not None and _wanted(qname.namespaceURI):
            facts.append(_from_model_fact(model_fact, contexts, kind is DocumentKind.INLINE))
    if kind is DocumentKind.INSTANCE:
        facts.extend(_raw_facts(model_xbrl, built, contexts))
    dei_facts = [f for f in facts if catalogue.dei_catalogue().year(f.namespace)]
    cyd_facts = [f for f in facts if not catalogue.dei_catalogue().year(f.namespace)]
    if kind is not DocumentKind.INSTANCE:  # -sec-ix-hidden is an inline XBRL convention
        cyd_facts = _mark_hidden_references(model_xbrl, cyd_facts)
    document = getattr(model_xbrl, "modelDocument", None)
    source = getattr(document, "uri", None) or getattr(model_xbrl, "fileSource", None) or ""
    return FilingView(
        source_document=PurePosixPath(str(source)).name if source else "",
        document_kind=kind,
        facts=tuple(cyd_facts),
        dei_facts=tuple(dei_facts),
        contexts=contexts,
        dei=read_dei(dei_facts),
        taxonomy=_taxonomy(model_xbrl),
        co_registrant_members=co_registrant_members(dei_facts),
        model=model_xbrl,
    )
