"""``arelle-cyd generate``: JSON Schemas, dataclasses and the offline reconstruction from one source.

By default the source is arelle-cyd's concept catalogue; ``--taxonomy`` reads an
official cyd taxonomy (a schema URL, a local copy or a taxonomy package) with
Arelle and xmlschema instead. Every output records what it was generated from
and by which generator, and is byte-identical on every run.
"""

from __future__ import annotations

from arelle_cyd.generator.output import (
    MODELS_DIR,
    RECONSTRUCTION_DIR,
    SCHEMAS_DIR,
    Outcome,
    apply,
    catalogue_specs,
    merge_specs,
    output_files,
)
from arelle_cyd.generator.spec import SCHEMA_VERSION, DisclosureSpec, schema_id

__all__ = [
    "MODELS_DIR",
    "RECONSTRUCTION_DIR",
    "SCHEMAS_DIR",
    "SCHEMA_VERSION",
    "DisclosureSpec",
    "Outcome",
    "apply",
    "catalogue_specs",
    "merge_specs",
    "output_files",
    "schema_id",
]
