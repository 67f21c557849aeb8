"""``arelle-cyd rules [--format text|json|markdown]``: every rule with id, severity, title and authority.

``--format markdown`` prints the full rule reference that ``docs/rules.md`` holds.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from arelle_cyd.rules import REGISTRY


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser("rules", help="list the cyd rules")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.set_defaults(run=run)


def rule_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "group": r.group,
            "severity": r.severity.value,
            "otherSeverities": [s.value for s in r.other_severities],
            "title": r.title,
            "origin": r.origin.value,
            "authority": r.authority,
            "authorityId": r.authority_id,
            "optIn": r.opt_in,
            "parameters": list(r.parameters),
            "genericEfm": r.generic_efm,
            "appliesTo": r.applies_to,
            "condition": r.condition,
            "message": r.message,
            "otherMessages": [{"code": f"{r.id}.{suffix}", "message": m} for suffix, m in r.alternatives],
            "notes": r.notes,
        }
        for r in REGISTRY
    ]


def run(args: argparse.Namespace) -> int:
    if args.format == "markdown":
        from arelle_cyd.rules.reference import render_markdown

        print(render_markdown(), end="")
        return 0
    rows = rule_rows()
    if args.format == "json":
        unimplemented = [{"id": u.id, "title": u.title, "reason": u.reason} for u in REGISTRY.unimplemented]
        print(json.dumps({"rules": rows, "notImplemented": unimplemented}, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        opt = " (opt-in)" if row["optIn"] else ""
        print(f"{row['id']:<12} {row['severity']:<8} {row['origin']}  {row['title']}{opt}")
        print(f"{'':<12} {row['authority']}")
    return 0
