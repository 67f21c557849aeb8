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


def test_rules_json_carries_the_documentation_fields(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["rules", "--format", "json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["rules"]}
    assert set(rows) == {r.id for r in REGISTRY}
    val5 = rows["CYD.VAL.5"]
    assert val5["condition"] and val5["message"] and val5["authorityId"] == "EFM.5.02.05.12"
    assert {m["code"] for m in val5["otherMessages"]} == {
        "CYD.VAL.5.unsupportedTransformationRegistry",
        "CYD.VAL.5.standardNamespacePrefix",
    }
    assert rows["CYD.CTX.1"]["genericEfm"] is True and rows["CYD.TAX.6"]["optIn"] is True
