"""Export one filing's cybersecurity disclosure as JSON and as the generated dataclasses.

``disclosure_from_model``, ``disclosure_json`` and ``write_disclosure_json`` take a
``ModelXbrl`` Arelle has loaded (the GUI and the ``--cyd-export`` option use them);
``export`` loads a file itself. Every document follows the published JSON Schema of
the filing's cyd release and is checked against it before it is handed out: an
export that does not match its own schema is a bug, never a file on disk.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import arelle_cyd_models
from arelle_cyd.disclosure import ExportError, build_document

__all__ = ["ExportError", "disclosure_from_model", "disclosure_json", "export", "write_disclosure_json"]

_ACCESSION = re.compile(r"(?<![0-9])([0-9]{10})-?([0-9]{2})-?([0-9]{6})(?![0-9])")
_EDGAR_FOLDER = re.compile(r"/Archives/edgar/data/[0-9]+/([0-9]{18})(?:/|$)")


def accession_in(location: str | None) -> str | None:
    """The EDGAR accession number an EDGAR-style path or URL carries, if any."""
    if not location:
        return None
    text = location.replace("\\", "/")
    folder = _EDGAR_FOLDER.search(text)
    if folder:
        digits = folder.group(1)
        return f"{digits[:10]}-{digits[10:12]}-{digits[12:]}"
    match = _ACCESSION.search(text.rsplit("/", 1)[-1])
    return "-".join(match.groups()) if match else None


def _location(model_xbrl: Any) -> str | None:
    document = getattr(model_xbrl, "modelDocument", None)
    uri = getattr(document, "uri", None)
    return str(uri) if uri else None


def disclosure_json(model_xbrl: Any, *, accession_number: str | None = None) -> dict[str, Any]:
    """The disclosure of a loaded Arelle ``ModelXbrl`` as a JSON-ready ``dict``."""
    from arelle_cyd.arelle_view import filing_view

    accession = accession_number or accession_in(_location(model_xbrl))
    return build_document(filing_view(model_xbrl), accession_number=accession)


def disclosure_from_model(
    model_xbrl: Any, *, accession_number: str | None = None
) -> arelle_cyd_models.AnyDisclosure:
    """The disclosure of a loaded Arelle ``ModelXbrl`` as the generated dataclass of its cyd year."""
    return arelle_cyd_models.from_dict(disclosure_json(model_xbrl, accession_number=accession_number))


def _write(document: dict[str, Any], path: str | os.PathLike[str]) -> None:
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    Path(path).write_text(text, encoding="utf-8")


def write_disclosure_json(
    model_xbrl: Any, path: str | os.PathLike[str], *, accession_number: str | None = None
) -> None:
    """Write the disclosure of a loaded ``ModelXbrl`` to ``path`` (UTF-8 JSON, two-space indent)."""
    _write(disclosure_json(model_xbrl, accession_number=accession_number), path)


def export(
    path: str | os.PathLike[str],
    *,
    output: str | os.PathLike[str] | None = None,
    accession_number: str | None = None,
    offline: bool = True,
    packages: tuple[str, ...] | list[str] = (),
    cache_dir: str | None = None,
    reconstruction: str | None = None,
) -> arelle_cyd_models.AnyDisclosure:
    """Load a filing (inline XBRL, XBRL instance or a zip of either) and return its disclosure.

    Writes the JSON to ``output`` when given. Offline by default, like ``validate``;
    ``accession_number`` defaults to the one an EDGAR-style path carries, else null;
    ``reconstruction`` is the ``--cyd-reconstruction`` mode. Raises ``InputError``
    when the file cannot be processed.
    """
    from arelle_cyd.api import InputError, load
    from arelle_cyd.parameters import Parameters

    parameters = Parameters.from_values({"reconstruction": reconstruction} if reconstruction else {})
    with load(
        path, offline=offline, packages=packages, cache_dir=cache_dir, parameters=parameters, validate=False
    ) as loaded:
        if loaded.error:
            raise InputError(loaded.error)
        accession = accession_number or accession_in(str(path)) or accession_in(_location(loaded.model))
        document = build_document(loaded.view(), accession_number=accession)
    if output is not None:
        _write(document, output)
    return arelle_cyd_models.from_dict(document)
