"""``arelle-cyd validate FILE... [--format text|json]``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from arelle_cyd.cli.options import add_parameter_options, parameters_from
from arelle_cyd.exit_codes import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
from arelle_cyd.parameters import ParameterError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="validate filings with the cyd rules",
        description="Validate inline XBRL (.htm/.html), XBRL instances (.xml) or zips of either. "
        "Exit 0: no error-level finding; 1: an error-level finding; 2: an input could not be processed.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_parameter_options(parser)
    parser.set_defaults(run=run)


def format_text(report: Any) -> str:
    lines = [f"{report.source}"]
    if report.error:
        lines.append(f"  ERROR {report.error}")
        return "\n".join(lines)
    if not report.findings:
        lines.append("  no cyd findings")
    for finding in report.findings:
        concepts = f" [{', '.join(finding.concepts)}]" if finding.concepts else ""
        lines.append(f"  {finding.severity.value.upper():7} {finding.code}{concepts}")
        lines.append(f"          {finding.message}")
    summary = (
        ", ".join(f"{report.count(s)} {s.value}" for s in type(report.findings[0].severity))
        if report.findings
        else ""
    )
    if summary:
        lines.append(f"  ({summary})")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        params = parameters_from(args)
    except ParameterError as err:
        print(f"arelle-cyd: {err}", file=sys.stderr)
        return EXIT_INPUT
    from arelle_cyd.api import validate

    reports = [
        validate(
            path, offline=not args.online, packages=args.packages, cache_dir=args.cache_dir, parameters=params
        )
        for path in args.files
    ]
    if args.format == "json":
        print(json.dumps({"reports": [r.to_dict() for r in reports]}, indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(format_text(r) for r in reports))
    if any(not r.ok for r in reports):
        for r in reports:
            if not r.ok:
                print(f"arelle-cyd: {r.source}: {r.error}", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_FINDINGS if any(r.has_errors for r in reports) else EXIT_OK
