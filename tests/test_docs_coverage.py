"""The reference pages keep up with the code: every option, subcommand and page is documented."""

from __future__ import annotations

import argparse
from pathlib import Path

from arelle_cyd.cli import COMMANDS, build_parser
from arelle_cyd.parameters import SPECS

DOCS = Path(__file__).parent.parent / "docs"


def test_cli_page_documents_every_option_and_subcommand() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for spec in SPECS:
        assert f"`{spec.flag} " in text or f"`{spec.flag}`" in text, spec.flag
    assert "--cyd-export" in text
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    subcommands = list(action.choices)
    assert len(subcommands) == len(COMMANDS)
    for name in subcommands:
        assert f"arelle-cyd {name}" in text, name


def test_python_page_documents_every_parameter_keyword() -> None:
    text = (DOCS / "python-api.md").read_text(encoding="utf-8")
    for spec in SPECS:
        assert f"`{spec.name}`" in text, spec.name


def test_index_links_every_page() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = sorted(p.name for p in DOCS.glob("*.md") if p.name != "index.md")
    assert [p for p in pages if f"]({p})" not in index] == []
