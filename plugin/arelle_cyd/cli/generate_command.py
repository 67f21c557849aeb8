"""``arelle-cyd generate``: regenerate the JSON Schemas, the dataclasses and the offline reconstruction.

Run it in a source checkout after changing the catalogue; CI fails when the
committed files differ from its output. ``--taxonomy`` reads an official cyd
taxonomy instead of the catalogue for the year(s) it declares.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "generate",
        help="regenerate schemas/, generated/ and the offline reconstruction",
        description="Write schemas/ (JSON Schemas), generated/arelle_cyd_models/ (dataclasses) and "
        "plugin/arelle_cyd/reconstruction/ under the output folder, from the concept catalogue or, with "
        "--taxonomy, from an official cyd taxonomy. Exit 0: done (or fresh with --check); 1: --check found "
        "stale files; 2: the source could not be read.",
    )
    parser.add_argument(
        "--taxonomy",
        action="append",
        default=[],
        metavar="URL|PATH|ZIP",
        help="a cyd taxonomy schema (https://xbrl.sec.gov/cyd/2025/cyd-2025.xsd or a local copy) or taxonomy "
        "package; replaces the catalogue for the year it declares (repeatable)",
    )
    parser.add_argument(
        "--output-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="project root to write into (default: this source checkout)",
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file is stale")
    parser.add_argument(
        "--no-reconstruction",
        dest="reconstruction",
        action="store_false",
        help="leave the offline reconstruction out (it is always generated from the catalogue)",
    )
    parser.add_argument(
        "--online", action="store_true", help="let Arelle download a --taxonomy URL (default: offline)"
    )
    parser.add_argument("--cache-dir", default=None, metavar="DIR", help="Arelle web cache directory to use")
    parser.set_defaults(run=run)


def source_checkout() -> Path | None:
    """The project root when arelle-cyd runs from a source checkout (an editable install), else None."""
    import arelle_cyd

    root = Path(arelle_cyd.__file__).resolve().parents[2]
    pyproject = root / "pyproject.toml"
    if pyproject.is_file() and 'name = "arelle-cyd"' in pyproject.read_text(encoding="utf-8"):
        return root
    return None


def run(args: argparse.Namespace) -> int:
    from arelle_cyd.generator import apply, merge_specs, output_files
    from arelle_cyd.generator.from_taxonomy import TaxonomyError, specs_from_taxonomy

    root = args.output_dir or source_checkout()
    if root is None:
        print("arelle-cyd: generate writes into a source checkout; pass --output-dir DIR", file=sys.stderr)
        return 2
    try:
        overrides = [
            spec
            for source in args.taxonomy
            for spec in specs_from_taxonomy(source, online=args.online, cache_dir=args.cache_dir)
        ]
    except TaxonomyError as err:
        print(f"arelle-cyd: {err}", file=sys.stderr)
        return 2
    specs = merge_specs(overrides)
    outcome = apply(Path(root), output_files(specs, reconstruction=args.reconstruction), check=args.check)
    for spec in specs:
        print(f"cyd {spec.year}: {spec.source.description}")
    verb, removed = ("stale", "to remove") if args.check else ("written", "removed")
    for relative in outcome.changed:
        print(f"{verb}: {relative}")
    for relative in outcome.removed:
        print(f"{removed}: {relative}")
    print(
        f"{len(outcome.changed)} {verb}, {len(outcome.unchanged)} unchanged, {len(outcome.removed)} {removed}"
    )
    return 1 if args.check and not outcome.fresh else 0
