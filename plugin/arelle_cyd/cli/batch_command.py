"""``arelle-cyd batch PATH... --out results.jsonl [--jobs N] [--timeout S]``: many filings, one Arelle start-up per worker."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from arelle_cyd.cli.options import add_parameter_options, parameters_from
from arelle_cyd.exit_codes import EXIT_INPUT
from arelle_cyd.parameters import ParameterError


def _default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return value


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="validate many filings in parallel into a JSON Lines file (resumable)",
        description="Validate every filing under the given files and folders, in worker processes that "
        "each start Arelle once. One JSON line per filing is appended to --out as it completes; run the "
        "same command again to resume. Exit 0: no error-level finding; 1: an error-level finding; "
        "2: a filing could not be processed (or the batch was interrupted). See docs/batch.md.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="filings, zips or folders to search")
    parser.add_argument("--out", required=True, metavar="FILE", help="results file (JSON Lines)")
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=_default_jobs(),
        metavar="N",
        help="worker processes (default: the CPUs available)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=300.0,
        metavar="SECONDS",
        help="give up on a filing after this long and restart its worker (default 300; 0: no limit)",
    )
    parser.add_argument(
        "--retry-failed",
        action="store_true",
        help="validate again the filings the results file records as failed (error, timeout, crashed)",
    )
    parser.add_argument(
        "--xbrl-validation",
        action="store_true",
        help="also run Arelle's own XBRL 2.1 / DTS validation, as 'arelle-cyd validate' does (slower; "
        "the cyd findings are the same, Arelle's message counts grow)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="list the filings that would be validated, and stop"
    )
    add_parameter_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        params = parameters_from(args)
    except ParameterError as err:
        print(f"arelle-cyd: {err}", file=sys.stderr)
        return EXIT_INPUT
    from arelle_cyd.batch import BatchError, BatchOptions, ResultsInUseError, Settings, pending, run_batch

    out = Path(args.out)
    if args.dry_run:
        entries, done = pending(args.paths, out)
        for entry in entries:
            print(f"{'done' if entry.key in done else 'todo'}  {entry.kind.value:8}  {entry.key}")
        print(f"{len(entries)} filings, {len(entries) - len(done)} to validate", file=sys.stderr)
        return 0
    settings = Settings(
        parameters=params,
        offline=not args.online,
        packages=tuple(args.packages),
        cache_dir=args.cache_dir,
        xbrl_validation=args.xbrl_validation,
    )
    options = BatchOptions(jobs=args.jobs, timeout=args.timeout or None, retry_failed=args.retry_failed)
    try:
        summary = run_batch(args.paths, out, settings, options)
    except (BatchError, ResultsInUseError) as err:
        print(f"arelle-cyd: {err}", file=sys.stderr)
        return EXIT_INPUT
    if summary.total == 0:
        print("arelle-cyd: no filing found under the given paths", file=sys.stderr)
        return EXIT_INPUT
    print(summary.render(str(out)))
    return summary.exit_code
