"""Build one filing's disclosure document from a ``FilingView``, checked against its published schema.

Arelle-free: ``arelle_cyd.export`` loads the filing and calls ``build_document``;
tests and other tools can call it with any ``FilingView``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import arelle_cyd_models
from arelle_cyd.disclosure.builder import DocumentBuilder, choose_year
from arelle_cyd.disclosure.layout import Layout, Slot
from arelle_cyd.disclosure.values import InvalidValueError, JsonObject, convert
from arelle_cyd.filing import FilingView

__all__ = [
    "DocumentBuilder",
    "ExportError",
    "InvalidValueError",
    "Layout",
    "Slot",
    "build_document",
    "check_document",
    "choose_year",
    "convert",
    "schemas",
]


class ExportError(Exception):
    """An export could not be produced; the message says why."""


@cache
def schemas() -> dict[str, dict[str, Any]]:
    """The published schema of every cyd year, from the installed ``arelle_cyd_models``."""
    return {year: arelle_cyd_models.load_schema(year) for year in arelle_cyd_models.available_years()}


@cache
def _validator(year: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schemas()[year], format_checker=Draft202012Validator.FORMAT_CHECKER)


def check_document(document: Mapping[str, Any]) -> None:
    """Raise ``ExportError`` unless ``document`` is valid against the schema its ``$schema`` names."""
    year = arelle_cyd_models.year_of(document)
    errors = sorted(_validator(year).iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(document)"
        raise ExportError(
            f"arelle-cyd produced a document that does not match its schema at {where}: "
            f"{errors[0].message} (please report this with the filing)"
        )


def build_document(view: FilingView, *, accession_number: str | None = None) -> JsonObject:
    """The disclosure document of ``view``, checked against its schema."""
    available = schemas()
    year, facts_year, issues = choose_year(view, sorted(available))
    builder = DocumentBuilder(
        view,
        Layout.from_schema(available[year]),
        facts_year=facts_year,
        accession_number=accession_number,
        issues=issues,
    )
    document = builder.build()
    check_document(document)
    return document
