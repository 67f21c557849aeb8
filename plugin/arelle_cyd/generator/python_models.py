"""Render the ``arelle_cyd_models`` package: frozen, slotted, keyword-only dataclasses.

The output is written the way ``ruff format`` (line length 110) writes it, so the
generated package passes the project's lint unchanged: calls are always exploded
one argument per line with a trailing comma, and an annotation that would push a
field's first line past 110 columns is parenthesised, as the formatter does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from arelle_cyd.generator import envelope
from arelle_cyd.generator.runtime_source import RUNTIME
from arelle_cyd.generator.spec import (
    SCHEMA_VERSION,
    DisclosureSpec,
    FieldSpec,
    Kind,
    RecordSpec,
    schema_file_name,
)

LINE_LENGTH = 110
COMMON_RECORD_NAMES = tuple(r.name for r in envelope.COMMON_RECORDS)


def py_str(text: str) -> str:
    """A string literal as ruff writes it: double quotes unless that needs more escapes."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    escaped = text.replace("\\", "\\\\").replace(quote, "\\" + quote)
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f"{quote}{escaped}{quote}"


def docstring(text: str, indent: str) -> list[str]:
    """A docstring: one line when it fits the summary form, else summary, blank line, body."""
    clean = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if clean.endswith('"'):
        clean += " "
    paragraphs = [p.strip() for p in clean.split("\n\n") if p.strip()]
    if len(paragraphs) == 1 and "\n" not in paragraphs[0]:
        return [f'{indent}"""{paragraphs[0]}"""']
    lines = [f'{indent}"""{paragraphs[0]}', ""]
    for n, paragraph in enumerate(paragraphs[1:]):
        if n:
            lines.append("")
        lines += [f"{indent}{line.strip()}" if line.strip() else "" for line in paragraph.splitlines()]
    lines.append(f'{indent}"""')
    return lines


def _python_type(spec: FieldSpec) -> str:
    base = {
        Kind.BOOLEAN: "bool",
        Kind.HTML: "str",
        Kind.STRING: "str",
        Kind.DATE: "date",
        Kind.INTEGER: "int",
        Kind.STRINGS: "tuple[str, ...]",
        Kind.RECORD: spec.record or "",
        Kind.RECORDS: f"tuple[{spec.record}, ...]",
        Kind.PROVENANCE: f"Mapping[str, tuple[{spec.record}, ...]]",
    }[spec.kind]
    if spec.optional:
        base += " | Absent"
    if spec.nullable:
        base += " | None"
    return base


def _default(spec: FieldSpec) -> str | None:
    if spec.optional:
        return "default=ABSENT"
    if spec.default:
        return f"default={spec.default}"
    if spec.kind in (Kind.RECORDS, Kind.STRINGS):
        return "default=()"
    if spec.kind is Kind.PROVENANCE:
        return "default_factory=dict"
    return None


def _field_lines(spec: FieldSpec) -> list[str]:
    arguments = [py_str(spec.json_key), py_str(spec.kind.value)]
    if spec.nullable:
        arguments.append("nullable=True")
    if spec.optional:
        arguments.append("optional=True")
    if spec.record:
        arguments.append(f"record={spec.record}")
    if "const" in dict(spec.schema_extra) and spec.default:
        arguments.append(f"const={spec.default}")
    arguments += [f"{key}={py_str(str(value))}" for key, value in spec.metadata]
    head = f"    {spec.py_name}: {_python_type(spec)} = field("
    lines = (
        [head]
        if len(head) <= LINE_LENGTH
        else [f"    {spec.py_name}: (", f"        {_python_type(spec)}", "    ) = field("]
    )
    default = _default(spec)
    if default:
        lines.append(f"        {default},")
    lines.append("        metadata=member(")
    lines += [f"            {argument}," for argument in arguments]
    lines += ["        ),", "    )"]
    return lines + docstring(
        spec.description if not spec.title else f"{spec.title}.\n\n{spec.description}", "    "
    )


def record_class(record: RecordSpec, extra: Sequence[str] = ()) -> list[str]:
    lines = ["", "", "@dataclass(frozen=True, slots=True, kw_only=True)", f"class {record.name}:"]
    lines += docstring(record.description, "    ")
    lines += [*extra]
    for spec in record.fields:
        lines.append("")
        lines += _field_lines(spec)
    lines += [
        "",
        "    @classmethod",
        "    def from_dict(cls, data: Mapping[str, Any]) -> Self:",
        '        """Read a JSON object (as ``json.load`` returns it); ``ModelError`` when it does not fit."""',
        f"        return from_json(cls, data, {py_str(record.name)})",
        "",
        "    def to_dict(self) -> dict[str, Any]:",
        '        """The JSON object: members in schema order, ``ABSENT`` members left out."""',
        "        return to_json(self)",
    ]
    return lines


def _uses(records: Iterable[RecordSpec], *kinds: Kind) -> bool:
    return any(f.kind in kinds for r in records for f in r.fields)


def _module(header: str, docstring_text: str, imports: list[str], body: list[str]) -> str:
    lines = [f"# {header}", *docstring(docstring_text, ""), "", "from __future__ import annotations", ""]
    lines += imports
    lines += body
    return "\n".join(lines).rstrip("\n") + "\n"


def _header(generator: str, source: str) -> str:
    return f"Generated by {generator} from {source}; do not edit (run: arelle-cyd generate)."


def render_runtime() -> str:
    return RUNTIME


def render_common(generator: str) -> str:
    records = envelope.COMMON_RECORDS
    imports = [
        "from collections.abc import Mapping",
        "from dataclasses import dataclass, field",
        "from datetime import date",
        "from typing import Any, Self",
        "",
        "from ._runtime import from_json, member, to_json",
    ]
    body = [line for record in records for line in record_class(record)]
    return _module(
        _header(generator, "its document envelope"),
        "The records every cyd release shares: filing, entity, period, fact references and issues.",
        imports,
        body,
    )


def render_year(spec: DisclosureSpec) -> str:
    records = [envelope.group_record(g) for g in spec.groups]
    document = envelope.document_record(spec)
    common_used = sorted(
        {
            f.record
            for r in (*records, document)
            for f in r.fields
            if f.record and f.record in COMMON_RECORD_NAMES
        }
    )
    typing = ["Any", "ClassVar", "Final", "Self"]
    imports = [
        "from collections.abc import Mapping",
        "from dataclasses import dataclass, field",
        *(["from datetime import date"] if _uses((*records, document), Kind.DATE) else []),
        f"from typing import {', '.join(typing)}",
        "",
        "from ._runtime import ABSENT, Absent, from_json, member, to_json",
        f"from .common import {', '.join(common_used)}",
        "",
        f"YEAR: Final = {py_str(spec.year)}",
        f"SCHEMA_ID: Final = {py_str(spec.schema_id)}",
        f"SCHEMA_VERSION: Final = {py_str(SCHEMA_VERSION)}",
        f"NAMESPACE: Final = {py_str(spec.namespace)}",
        f"SOURCE: Final = {py_str(spec.source.description)}",
    ]
    body = [line for record in records for line in record_class(record)]
    body += record_class(
        document,
        extra=["", "    year: ClassVar[str] = YEAR", '    """The cyd release of this model."""'],
    )
    notice = f"\n\n{spec.source.notice}" if spec.source.notice else ""
    return _module(
        _header(spec.generator, spec.source.description),
        f"cyd {spec.year}: typed models of one filing's cybersecurity disclosure.\n\n"
        f"JSON Schema ``{spec.schema_id}``. A concept member is ``ABSENT`` when the filing does not "
        f"report the concept and ``None`` when it reports it nil.{notice}",
        imports,
        body,
    )


def render_init(specs: Sequence[DisclosureSpec], generator: str) -> str:
    modules = [s.module_name for s in specs]
    union = " | ".join(f"{m}.Disclosure" for m in modules)
    schema_files = [f"    {py_str(s.year)}: {py_str(schema_file(s))}," for s in specs]
    dispatch: list[str] = []
    for spec in specs:
        dispatch += [
            f"    if year == {py_str(spec.year)}:",
            f"        return {spec.module_name}.Disclosure.from_dict(document)",
        ]
    body = [
        f"from . import {', '.join(modules)}",
        "from ._runtime import ABSENT, Absent, ModelError",
        f"from .common import {', '.join(sorted(COMMON_RECORD_NAMES))}",
        "",
        "__all__ = [",
        *(
            f"    {py_str(n)},"
            for n in sorted(
                [
                    "ABSENT",
                    "Absent",
                    "AnyDisclosure",
                    "ModelError",
                    "SCHEMA_IDS",
                    "SCHEMA_VERSION",
                    "available_years",
                    "from_dict",
                    "load_schema",
                    "schema_for",
                    "year_of",
                    *COMMON_RECORD_NAMES,
                    *modules,
                ],
                key=_isort_key,
            )
        ),
        "]",
        "",
        f"SCHEMA_VERSION: Final = {py_str(SCHEMA_VERSION)}",
        "SCHEMA_IDS: Final[Mapping[str, str]] = {",
        *(f"    {py_str(s.year)}: {s.module_name}.SCHEMA_ID," for s in specs),
        "}",
        "_SCHEMA_FILES: Final[Mapping[str, str]] = {",
        *schema_files,
        "}",
        f"AnyDisclosure: TypeAlias = {union}",
        "",
        "",
        "def available_years() -> tuple[str, ...]:",
        '    """The cyd releases with a schema and models, oldest first."""',
        "    return tuple(SCHEMA_IDS)",
        "",
        "",
        "def load_schema(year: str) -> dict[str, Any]:",
        '    """The JSON Schema (draft 2020-12) of cyd ``year``, read from the installed package."""',
        "    name = _SCHEMA_FILES.get(year)",
        "    if name is None:",
        "        raise KeyError(f\"no arelle-cyd disclosure schema for cyd {year}; have {', '.join(SCHEMA_IDS)}\")",
        '    text = resources.files("arelle_cyd_models.schemas").joinpath(name).read_text(encoding="utf-8")',
        "    schema: dict[str, Any] = json.loads(text)",
        "    return schema",
        "",
        "",
        "def year_of(document: Mapping[str, Any]) -> str:",
        '    """The cyd release a document follows, from its ``$schema`` member."""',
        '    schema_id = document.get("$schema")',
        "    for year, known in SCHEMA_IDS.items():",
        "        if schema_id == known:",
        "            return year",
        "    raise ModelError(f\"$schema {schema_id!r} is not one of {', '.join(SCHEMA_IDS.values())}\")",
        "",
        "",
        "def schema_for(document: Mapping[str, Any]) -> dict[str, Any]:",
        '    """The JSON Schema a document names in its ``$schema`` member."""',
        "    return load_schema(year_of(document))",
        "",
        "",
        "def from_dict(document: Mapping[str, Any]) -> AnyDisclosure:",
        '    """The dataclass of a document, for whichever cyd release its ``$schema`` names."""',
        "    year = year_of(document)",
        *dispatch,
        '    raise ModelError(f"no model for cyd {year}")  # pragma: no cover - year_of knows every year',
    ]
    imports = [
        "import json",
        "from collections.abc import Mapping",
        "from importlib import resources",
        "from typing import Any, Final, TypeAlias",
        "",
    ]
    return _module(
        _header(generator, "the catalogue and taxonomy sources named in each module"),
        "Typed models and JSON Schemas of one SEC filing's cybersecurity disclosure (cyd).\n\n"
        "Standard library only. ``load_schema(year)`` returns the published JSON Schema, "
        "``from_dict(document)`` the dataclass of an exported document, and ``to_dict()`` gives the "
        "JSON back exactly. A concept member is ``ABSENT`` when the filing does not report the concept "
        "and ``None`` when it reports it nil.",
        imports,
        body,
    )


def _isort_key(name: str) -> tuple[int, str]:
    """``__all__`` order as ruff (RUF022) wants it: CONSTANTS, then Classes, then functions."""
    rank = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return rank, name


def schema_file(spec: DisclosureSpec) -> str:
    return schema_file_name(spec.year)


SCHEMAS_INIT = (
    '"""The published JSON Schemas of arelle-cyd (data only; see ``arelle_cyd_models.load_schema``).\n\n'
    "Generated by arelle-cyd; do not edit (run: arelle-cyd generate).\n"
    '"""\n'
)
