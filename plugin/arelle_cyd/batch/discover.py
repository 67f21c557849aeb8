"""Which files under the given paths are filings to validate (entry documents).

A file named on the command line is always validated as given, exactly as
``arelle-cyd validate`` would, so a wrong file is reported rather than ignored.
Folders are walked recursively and each file is judged by a look at its first
bytes, never by its name alone, because an EDGAR folder mixes the filing with
files Arelle must not be handed as entry points:

- inline XBRL (``.htm``, ``.html``, ``.xhtml``) when it declares the Inline XBRL
  namespace; EDGAR's rendered ``R1.htm`` pages and plain exhibits do not;
- XBRL instances (``.xml``, ``.xbrl``) whose root element is ``xbrli:xbrl``;
  schemas, linkbases, ``FilingSummary.xml`` and other XML are skipped;
- the instance EDGAR extracts from an inline document (``name_htm.xml`` beside
  ``name.htm``) is skipped: the inline document is the filing as filed, and
  validating both would count one filing twice;
- a zip that holds an inline document or an instance is one filing, unless every
  such document in it also lies unpacked in the same folder (EDGAR's
  ``-xbrl.zip`` next to its own contents); a taxonomy package is skipped;
- hidden files and folders (``.git``) are skipped.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

SNIFF_BYTES = 128 * 1024
INLINE_SUFFIXES = frozenset({".htm", ".html", ".xhtml"})
INSTANCE_SUFFIXES = frozenset({".xml", ".xbrl"})
ZIP_SUFFIXES = frozenset({".zip"})
_INLINE_NAMESPACES = (b"http://www.xbrl.org/2013/inlineXBRL", b"http://www.xbrl.org/2008/inlineXBRL")
_XBRLI_NAMESPACE = b"http://www.xbrl.org/2003/instance"
_PROLOG = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.DOTALL)
_ROOT = re.compile(rb"\s*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")


class EntryKind(StrEnum):
    INLINE = "inline"
    INSTANCE = "instance"
    ZIP = "zip"
    GIVEN = "given"  # named on the command line: validated whatever it is


@dataclass(frozen=True, slots=True)
class Entry:
    path: Path  # absolute
    kind: EntryKind

    @property
    def key(self) -> str:
        """How the results file names this filing (and how resuming recognises it)."""
        return str(self.path)


def sniff(head: bytes, suffix: str) -> EntryKind | None:
    """The kind of entry document these first bytes begin, or None when it is not one."""
    suffix = suffix.lower()
    if suffix in INLINE_SUFFIXES:
        return EntryKind.INLINE if any(ns in head for ns in _INLINE_NAMESPACES) else None
    if suffix in INSTANCE_SUFFIXES:
        return EntryKind.INSTANCE if _root_name(head) == b"xbrl" and _XBRLI_NAMESPACE in head else None
    return None


def _root_name(head: bytes) -> bytes | None:
    position = 0
    head = head.removeprefix(b"\xef\xbb\xbf")
    while match := _PROLOG.match(head, position):
        position = match.end()
    root = _ROOT.match(head, position)
    return root.group(1) if root else None


def _sniff_file(path: Path) -> EntryKind | None:
    suffix = path.suffix.lower()
    if suffix not in INLINE_SUFFIXES | INSTANCE_SUFFIXES:
        return None
    try:
        with path.open("rb") as stream:
            return sniff(stream.read(SNIFF_BYTES), suffix)
    except OSError:
        return None


def _zip_documents(path: Path) -> list[str] | None:
    """Base names of the entry documents inside a zip; None when it is no filing."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
            found = []
            for name in names:
                member = PurePosixPath(name)
                if member.suffix.lower() not in INLINE_SUFFIXES | INSTANCE_SUFFIXES:
                    continue
                with archive.open(name) as stream:
                    if sniff(stream.read(SNIFF_BYTES), member.suffix):
                        found.append(member.name)
            return found or None
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None  # unreadable or encrypted: not something to hand to Arelle from a folder walk


def extracted_instance_names(inline_name: str) -> set[str]:
    """EDGAR's names for the instance extracted from an inline document: ``a.htm`` -> ``a_htm.xml``."""
    stem, dot, suffix = inline_name.rpartition(".")
    return {f"{stem}_{suffix}.xml", f"{stem}_{suffix.lower()}.xml"} if dot else set()


def _folder_entries(folder: Path, files: Sequence[Path]) -> Iterator[Entry]:
    kinds = {path: _sniff_file(path) for path in files}
    inline_names = {p.name for p, kind in kinds.items() if kind is EntryKind.INLINE}
    extracted = {name for inline in inline_names for name in extracted_instance_names(inline)}
    loose = {p.name for p, kind in kinds.items() if kind is not None}
    for path in files:
        kind = kinds[path]
        if kind is EntryKind.INSTANCE and path.name in extracted:
            continue
        if kind is None and path.suffix.lower() in ZIP_SUFFIXES:
            inside = _zip_documents(path)
            if inside is None or set(inside) <= loose:
                continue
            kind = EntryKind.ZIP
        if kind is not None:
            yield Entry(path, kind)


def _walk(root: Path) -> Iterator[Entry]:
    folders: list[Path] = [root]
    while folders:
        folder = folders.pop()
        try:
            children = sorted(folder.iterdir())
        except OSError:
            continue
        visible = [c for c in children if not c.name.startswith(".")]
        files = [c for c in visible if c.is_file()]
        yield from _folder_entries(folder, files)
        folders.extend(reversed([c for c in visible if c.is_dir()]))


def discover(paths: Iterable[str | Path]) -> list[Entry]:
    """Entry documents under ``paths`` in a stable order (given order, then sorted), each once.

    A path that does not exist is returned as given, so the batch records why it failed.
    """
    seen: set[Path] = set()
    entries: list[Entry] = []
    for given in paths:
        path = Path(os.path.abspath(Path(given).expanduser()))  # noqa: PTH100 - '..' out, symlinks kept
        found = _walk(path) if path.is_dir() else iter([Entry(path, EntryKind.GIVEN)])
        for entry in found:
            resolved = entry.path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                entries.append(entry)
    return entries
