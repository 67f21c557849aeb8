"""The concept catalogue: every cyd (and used dei) concept, per taxonomy year, with its evidence.

Nothing else in arelle-cyd spells a concept name. Look concepts up by namespace
(``for_namespace``), by year (``load``) or by alias (``CatalogueVersion.by_alias``).
"""

from __future__ import annotations

import re

from arelle_cyd.catalogue.dei import DeiCatalogue, DeiElement, dei_catalogue
from arelle_cyd.catalogue.loader import available_years, load
from arelle_cyd.catalogue.model import (
    CYD_ENTRY_POINT_NAMESPACE_PATTERN,
    CYD_NAMESPACE_PATTERN,
    CatalogueVersion,
    Concept,
    Detail,
    Evidence,
    FormSet,
    Kind,
    Pair,
    Requirement,
    Section,
)

__all__ = [
    "CYD_ENTRY_POINT_NAMESPACE_PATTERN",
    "CYD_NAMESPACE_PATTERN",
    "LOOKALIKE_PATTERN",
    "CatalogueVersion",
    "Concept",
    "DeiCatalogue",
    "DeiElement",
    "Detail",
    "Evidence",
    "FormSet",
    "Kind",
    "Pair",
    "Requirement",
    "Section",
    "available_years",
    "cyd_year",
    "dei_catalogue",
    "for_namespace",
    "for_year",
    "is_cyd_entry_point_namespace",
    "is_cyd_namespace",
    "latest",
    "load",
]


# Local names an extension concept should not imitate (CYD.TAX.5): the cyd naming scheme for
# facts. Spelt here because only the catalogue may spell cyd names.
LOOKALIKE_PATTERN = re.compile(r"^(Cybersecurity|MaterialCybersecurityIncident).*(TextBlock|Flag)$")


def is_cyd_namespace(namespace: str | None) -> bool:
    return bool(namespace) and CYD_NAMESPACE_PATTERN.match(namespace or "") is not None


def is_cyd_entry_point_namespace(namespace: str | None) -> bool:
    return bool(namespace) and CYD_ENTRY_POINT_NAMESPACE_PATTERN.match(namespace or "") is not None


def cyd_year(namespace: str) -> str | None:
    match = CYD_NAMESPACE_PATTERN.match(namespace) or CYD_ENTRY_POINT_NAMESPACE_PATTERN.match(namespace)
    return match.groups()[-1] if match else None


def latest() -> CatalogueVersion:
    return load(available_years()[-1])


def for_year(year: str) -> CatalogueVersion:
    """The catalogue of ``year``, or of the newest earlier year when that year has none.

    A cyd/2026 filing is then checked against the 2025 concepts; TAX.7 reports any
    name the older catalogue lacks, so a new release cannot slip through silently.
    """
    years = available_years()
    if year in years:
        return load(year)
    earlier = [y for y in years if y < year]
    return load(earlier[-1] if earlier else years[0])


def for_namespace(namespace: str) -> CatalogueVersion | None:
    year = cyd_year(namespace)
    return for_year(year) if year else None
