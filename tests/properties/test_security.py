"""Hostile XML: external entities and entity bombs must not read files, open connections or eat memory.

How Arelle parses (arelle 2.47, see docs/security.md): every filing document goes
through ``ModelObjectFactory.parser`` = ``lxml.etree.XMLParser(recover=True,
huge_tree=True, resolve_entities=False)``. lxml's ``no_network`` default stays on
and no DTD is loaded, so neither external nor internal entities are substituted:
an entity reference stays an unexpanded node, and a billion-laughs bomb is never
expanded. The plugin parses nothing itself; it reads Arelle's tree. These tests
pin both facts, for every entry point in ``CONSUMERS``: validation and the JSON
exporter (``arelle_cyd.export.export``).
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from arelle_cyd.api import load
from arelle_cyd.parameters import Parameters
from arelle_cyd.testing.builder import DocumentFormat
from arelle_cyd.testing.compose import SeededChooser, compose_filing
from arelle_cyd.testing.files import write_filing
from arelle_cyd.testing.synthetic import Form


@dataclass(frozen=True)
class Outcome:
    """Everything a consumer produced that could carry stolen content."""

    texts: list[str]
    fact_names: set[str]


def _validate(entry: Path) -> Outcome:
    with load(entry, parameters=Parameters.from_values({"reconstruction": "all"})) as loaded:
        view = loaded.view() if loaded.model is not None else None
        facts = [*view.facts, *view.dei_facts] if view is not None else []
        texts = [json.dumps(loaded.logs, default=str)]
        texts += [f.value or "" for f in facts]
        texts += [f"{f.message} {json.dumps(dict(f.args))}" for f in loaded.findings]
        return Outcome(texts, {f.local_name for f in facts})


def _strings(value: Any) -> Iterator[str]:
    """Every string in a JSON document, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, member in value.items():
            yield key
            yield from _strings(member)
    elif isinstance(value, list):
        for member in value:
            yield from _strings(member)


def _export(entry: Path) -> Outcome:
    """The JSON exporter as users run it: the file it writes and the model it returns."""
    from arelle_cyd.export import export

    output = entry.with_name(f"{entry.name}.cyd.json")
    model = export(entry, output=output, reconstruction="all")
    text = output.read_text(encoding="utf-8")
    document = json.loads(text)
    names = {ref["concept"].rpartition(":")[2] for refs in document["provenance"].values() for ref in refs}
    return Outcome([text, repr(model), *_strings(document)], names)


# Every way arelle-cyd reads a filing.
CONSUMERS: dict[str, Callable[[Path], Outcome]] = {"validate": _validate, "export": _export}


def _hostile(tmp_path: Path, document_format: DocumentFormat, doctype: str, reference: str) -> Path:
    """A valid synthetic 10-K whose entry document declares ``doctype`` and uses ``reference`` twice."""
    filing = compose_filing(SeededChooser(1), form=Form.TEN_K, year="2024", document_format=document_format)
    entry = write_filing(filing, tmp_path).entry
    text = entry.read_text(encoding="utf-8")
    root = "<html " if document_format is DocumentFormat.INLINE else "<xbrli:xbrl "
    text = text.replace(root, f"{doctype}\n{root}", 1)
    for fact_id in ("dei-EntityRegistrantName", "cyd-ProcTB"):
        text = re.sub(f'(<[^>]* id="{fact_id}"[^>]*>)', lambda m: m.group(1) + reference, text, count=1)
    assert text.count(reference) == 2
    entry.write_text(text, encoding="utf-8")
    return entry


@contextmanager
def _network_watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, list[Any], socket.socket]]:
    """A loopback listener (catches connections from C code) and a recorder of Python connects."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network disabled by the test")

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    try:
        yield listener.getsockname()[1], attempts, listener
    finally:
        listener.close()


def _accepted(listener: socket.socket) -> bool:
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


@pytest.mark.parametrize("consumer", sorted(CONSUMERS))
@pytest.mark.parametrize("document_format", list(DocumentFormat))
def test_a_file_entity_never_leaks_the_local_file(
    tmp_path: Path, document_format: DocumentFormat, consumer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    token = f"SECRET-{uuid.uuid4().hex}"
    secret.write_text(token, encoding="utf-8")
    doctype = f'<!DOCTYPE root [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    entry = _hostile(tmp_path / "filing", document_format, doctype, "&xxe;")
    with _network_watch(monkeypatch) as (_, attempts, listener):
        outcome = CONSUMERS[consumer](entry)
        assert attempts == [] and not _accepted(listener)
    assert not [t for t in outcome.texts if token in t]
    assert {"EntityRegistrantName", "DocumentType"} <= outcome.fact_names  # the filing was still read


@pytest.mark.parametrize("consumer", sorted(CONSUMERS))
@pytest.mark.parametrize(
    "declaration",
    [
        '<!DOCTYPE root [<!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/secret.txt">]>',
        '<!DOCTYPE root [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/evil.dtd"> %remote;]>',
        '<!DOCTYPE root SYSTEM "http://127.0.0.1:{port}/external-subset.dtd">',
    ],
    ids=["general-entity", "parameter-entity", "external-subset"],
)
def test_an_http_entity_opens_no_connection(
    tmp_path: Path, declaration: str, consumer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _network_watch(monkeypatch) as (port, attempts, listener):
        reference = "&xxe;" if "ENTITY xxe" in declaration else "&#8482;"
        entry = _hostile(tmp_path, DocumentFormat.INLINE, declaration.format(port=port), reference)
        outcome = CONSUMERS[consumer](entry)
        assert attempts == [], f"Python code tried to connect to {attempts}"
        assert not _accepted(listener), "something (C code) connected to the loopback listener"
    assert "DocumentType" in outcome.fact_names


_BOMB_RUNNER = textwrap.dedent(
    """
    import json, resource, sys, tracemalloc
    limit = 4 * 1024 ** 3  # a runaway expansion fails here instead of swapping the machine
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from arelle_cyd.api import InputError, load
    from arelle_cyd.export import export
    from arelle_cyd.parameters import Parameters

    def strings(value):
        if isinstance(value, str):
            yield value
        for member in value.values() if isinstance(value, dict) else value if isinstance(value, list) else ():
            yield from strings(member)

    consumer = sys.argv[1]
    tracemalloc.start()
    for path in sys.argv[2:]:
        tracemalloc.reset_peak()
        refused = None
        values, facts, codes = [], 0, []
        if consumer == "export":
            try:
                export(path, output=path + ".json", reconstruction="all")
            except InputError as error:
                refused = str(error)
            else:
                with open(path + ".json", encoding="utf-8") as output:
                    document = json.load(output)
                values = list(strings(document))
                facts = len(document["provenance"])  # the values the document took from facts
                codes = [issue["code"] for issue in document["issues"]]
        else:
            with load(path, parameters=Parameters.from_values({"reconstruction": "all"})) as loaded:
                refused = loaded.error
                view = loaded.view()
                values = [f.value or "" for f in (*view.facts, *view.dei_facts)]
                facts = len(values)
                codes = [str(e.get("code")) for e in loaded.logs] + [f.code for f in loaded.findings]
        print(json.dumps({
            "document": path,
            "peak_python_bytes": tracemalloc.get_traced_memory()[1],
            "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "longest_value": max(map(len, values), default=0),
            "facts": facts,
            "refused": refused,
            "internal_errors": [c for c in codes if c.endswith("internalError")],
        }))
    """
)

# Fully expanded, these would be 3 GB and 1 GB of text.
BOMBS = {
    "billion-laughs": (
        '<!DOCTYPE root [<!ENTITY lol0 "lol">'
        + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
        + "]>",
        "&lol9;",
    ),
    "quadratic-blowup": ('<!DOCTYPE root [<!ENTITY big "' + "A" * 50_000 + '">]>', "&big;" * 20_000),
}


@pytest.mark.parametrize("consumer", sorted(CONSUMERS))
def test_entity_bombs_are_never_expanded(tmp_path: Path, consumer: str) -> None:
    """Each bomb, inline and plain, in one child process whose memory is measured (not its time).

    Depending on the libxml2 under lxml, a bomb is either left unexpanded (the document is read)
    or stops the parser at its amplification limit; then the document is refused as not
    well-formed, because the facts after the break would be silently missing.
    """
    documents = [
        _hostile(tmp_path / f"{name}-{fmt.value}", fmt, declaration, reference)
        for name, (declaration, reference) in BOMBS.items()
        for fmt in DocumentFormat
    ]
    result = subprocess.run(
        [sys.executable, "-c", _BOMB_RUNNER, consumer, *map(str, documents)],
        capture_output=True,
        text=True,
        timeout=900,  # a guard against a hang, not a speed requirement
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    measured = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(measured) == len(documents)
    for entry in measured:
        assert entry["internal_errors"] == [], entry
        if entry["refused"] is None:
            assert entry["facts"] > 0, entry
        else:
            assert "is not well-formed XML" in entry["refused"], entry
        assert entry["longest_value"] < 1_000_000, f"an entity was expanded into a fact value: {entry}"
        assert entry["peak_python_bytes"] < 300 * 1024**2, entry
    assert measured[-1]["max_rss_kib"] < 1024**2, "the process needed more than 1 GiB"
