"""Helpers shared by the property tests (tests/properties/)."""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path, PurePath

from arelle_cyd import engine
from arelle_cyd.filing import Fact, FilingView, LoadedConcept, TaxonomyInfo
from arelle_cyd.findings import Finding
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules import REGISTRY
from arelle_cyd.testing.files import edgar_stand_in
from arelle_cyd.testing.synthetic import SyntheticFiling
from arelle_cyd.testing.views import view_of


@contextmanager
def scratch() -> Iterator[Path]:
    """A fresh directory per hypothesis example (pytest's tmp_path is shared by all examples)."""
    with tempfile.TemporaryDirectory(prefix="arelle-cyd-prop-") as name:
        yield Path(name)


def findings_of(filing: SyntheticFiling, *, every_rule: bool = False) -> list[Finding]:
    """The cyd findings for a synthetic filing, computed on its view without Arelle.

    ``every_rule`` also runs the opt-in rules (``--cyd-enable`` each of them).
    """
    values = dict(filing.parameter_values)
    if every_rule:
        values["enable"] = ",".join(
            [*values.get("enable", "").split(","), *(r.id for r in REGISTRY if r.opt_in)]
        )
    with edgar_stand_in(filing):
        return engine.run(view_of(filing), Parameters.from_values(values))


def _text(value: str | None) -> str | None:
    """Markup dropped and whitespace collapsed: Arelle serialises escaped XHTML its own way."""
    if value is None:
        return None
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", value))).strip()


def _comparable(fact: Fact) -> tuple[object, ...]:
    skip = {"source", "line", "value"}
    return (*(getattr(fact, f.name) for f in fields(fact) if f.name not in skip), _text(fact.value))


def _facts(view: FilingView, which: str) -> list[tuple[object, ...]]:
    return sorted((_comparable(f) for f in getattr(view, which)), key=repr)


def _extension(taxonomy: TaxonomyInfo) -> tuple[LoadedConcept, ...]:
    """Extension concepts with their schema's file name (Arelle knows the folder, the view does not)."""
    return tuple(
        replace(c, schema_url=PurePath(c.schema_url or "").name) for c in taxonomy.extension_concepts
    )


def assert_same_view(real: FilingView, mine: FilingView) -> None:
    """``views.view_of`` saw what ``arelle_view`` read from Arelle's model: facts, contexts, cover, taxonomy."""
    for which in ("facts", "dei_facts"):
        assert _facts(real, which) == _facts(mine, which)
    assert real.dei == mine.dei
    assert real.contexts == mine.contexts  # every field but the Arelle object
    assert real.co_registrant_members == mine.co_registrant_members
    for name in ("official_cyd_urls", "reconstruction_urls", "loaded_cyd_concepts", "presented_concepts"):
        assert getattr(real.taxonomy, name) == getattr(mine.taxonomy, name), name
    assert _extension(real.taxonomy) == _extension(mine.taxonomy)
    assert mine.taxonomy.referenced_namespaces <= real.taxonomy.referenced_namespaces


def serious(findings: list[Finding]) -> list[str]:
    return [f"{f.code} ({f.severity.value}): {f.message}" for f in findings if f.severity.value != "info"]
