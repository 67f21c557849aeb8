"""docs/rules.md is the registry rendered; it must never go stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from arelle_cyd.cli import main
from arelle_cyd.rules import REGISTRY
from arelle_cyd.rules.reference import REGENERATE, render_markdown

DOCS = Path(__file__).parent.parent / "docs" / "rules.md"


def test_committed_rule_reference_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_markdown(), (
        f"docs/rules.md is stale; regenerate it with: {REGENERATE}"
    )


def test_reference_documents_every_rule_with_its_fields() -> None:
    text = render_markdown()
    for rule in REGISTRY:
        section = text.split(f"### {rule.id}: {rule.title}\n", 1)[1].split("\n### ", 1)[0]
        assert f"| Severity | {rule.severity.value} |" in section, rule.id
        assert rule.condition in section and rule.message in section, rule.id
        assert f"| Origin | {rule.origin.value}:" in section, rule.id
        for suffix, template in rule.alternatives:
            assert f"`{rule.id}.{suffix}`" in section and template in section, rule.id
    assert "## Catalogue rules not implemented" in text
    assert "`--cyd-enable CYD.TAX.6`" in text  # opt-in rules say how to run them


def test_rules_command_prints_the_reference_as_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == render_markdown()
