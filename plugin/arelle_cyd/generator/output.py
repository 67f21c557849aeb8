"""The complete generated file set, and writing or checking it against a source tree.

One function decides every output file, so ``arelle-cyd generate`` and the
freshness test cannot disagree about what "fresh" means. Paths are relative to
the project root and yielded in sorted order; contents are bytes.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from arelle_cyd import catalogue
from arelle_cyd.generator import from_catalogue, json_schema, python_models
from arelle_cyd.generator.spec import DisclosureSpec, schema_file_name

SCHEMAS_DIR = "schemas"
MODELS_DIR = "generated/arelle_cyd_models"
RECONSTRUCTION_DIR = "plugin/arelle_cyd/reconstruction"
OWNED = {SCHEMAS_DIR: ("*.schema.json", "__init__.py"), MODELS_DIR: ("*.py", "py.typed")}
"""Folders the generator owns: a matching file it no longer produces is stale and removed."""


def catalogue_specs() -> list[DisclosureSpec]:
    return [from_catalogue.spec_for_year(year) for year in catalogue.available_years()]


def merge_specs(overrides: Sequence[DisclosureSpec]) -> list[DisclosureSpec]:
    """Every catalogue year, with the years a taxonomy was given for taken from that taxonomy."""
    by_year = {spec.year: spec for spec in catalogue_specs()}
    by_year.update({spec.year: spec for spec in overrides})
    return [by_year[year] for year in sorted(by_year)]


def model_files(specs: Sequence[DisclosureSpec]) -> Iterator[tuple[str, bytes]]:
    """The JSON Schemas and the ``arelle_cyd_models`` package."""
    generator = from_catalogue.GENERATOR
    files: dict[str, str] = {f"{SCHEMAS_DIR}/__init__.py": python_models.SCHEMAS_INIT}
    for spec in specs:
        files[f"{SCHEMAS_DIR}/{schema_file_name(spec.year)}"] = json_schema.dumps(json_schema.render(spec))
        files[f"{MODELS_DIR}/{spec.module_name}.py"] = python_models.render_year(spec)
    files[f"{MODELS_DIR}/__init__.py"] = python_models.render_init(specs, generator)
    files[f"{MODELS_DIR}/_runtime.py"] = python_models.render_runtime()
    files[f"{MODELS_DIR}/common.py"] = python_models.render_common(generator)
    files[f"{MODELS_DIR}/py.typed"] = ""
    for path in sorted(files):
        yield path, files[path].encode("utf-8")


def reconstruction_files() -> Iterator[tuple[str, bytes]]:
    """The offline reconstruction (always from the catalogue; see ``reconstruction.build``)."""
    from arelle_cyd.reconstruction import build

    for relative, data in build.output_files():
        yield f"{RECONSTRUCTION_DIR}/{relative}", data


def reference_files() -> Iterator[tuple[str, bytes]]:
    """The generated documentation: the catalogue (with its evidence) and the rule registry."""
    from arelle_cyd.catalogue import reference as catalogue_reference
    from arelle_cyd.rules import reference as rules_reference

    yield "docs/catalogue.md", catalogue_reference.render_markdown().encode("utf-8")
    yield "docs/rules.md", rules_reference.render_markdown().encode("utf-8")


def output_files(
    specs: Sequence[DisclosureSpec] | None = None, *, reconstruction: bool = True
) -> Iterator[tuple[str, bytes]]:
    files = list(model_files(catalogue_specs() if specs is None else specs))
    if reconstruction:
        files += reconstruction_files()
    files += reference_files()
    yield from sorted(files)


@dataclass
class Outcome:
    """What writing (or checking) the file set found, as paths relative to the root."""

    changed: list[str] = field(default_factory=list)  # written, or (check) differing or missing
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # stale owned files: removed, or (check) found

    @property
    def fresh(self) -> bool:
        return not self.changed and not self.removed


def _stale_owned(root: Path, produced: set[str]) -> list[str]:
    stale = []
    for folder, patterns in OWNED.items():
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            relative = f"{folder}/{path.name}"
            owned = path.is_file() and any(fnmatch.fnmatch(path.name, p) for p in patterns)
            if owned and relative not in produced:
                stale.append(relative)
    return stale


def apply(root: Path, files: Iterator[tuple[str, bytes]], *, check: bool = False) -> Outcome:
    """Write ``files`` under ``root`` (only those whose bytes differ), or with ``check`` only compare."""
    outcome = Outcome()
    produced = set()
    for relative, data in files:
        produced.add(relative)
        path = root / relative
        if path.is_file() and path.read_bytes() == data:
            outcome.unchanged.append(relative)
            continue
        outcome.changed.append(relative)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    outcome.removed = _stale_owned(root, produced)
    if not check:
        for relative in outcome.removed:
            (root / relative).unlink()
    return outcome
