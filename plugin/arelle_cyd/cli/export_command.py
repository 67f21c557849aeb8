"""``arelle-cyd export FILE [-o out.json]``: one filing's cybersecurity disclosure as schema-valid JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from arelle_cyd.cli.options import add_taxonomy_options
from arelle_cyd.exit_codes import EXIT_INPUT, EXIT_OK
from arelle_cyd.parameters import SPECS_BY_NAME, ParameterError


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="export a filing's cybersecurity disclosure as JSON",
        description="Write the cyd facts of one filing (inline XBRL, XBRL instance or a zip of either) as "
        "JSON valid against the published arelle-cyd schema of its cyd release (see docs/schemas.md). "
        "Exit 0: written; 2: the input could not be processed.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", metavar="OUT", help="JSON file to write (default: standard output)")
    parser.add_argument(
        "--accession-number",
        metavar="NNNNNNNNNN-NN-NNNNNN",
        help="EDGAR accession number to record (default: read from an EDGAR-style path, else null)",
    )
    spec = SPECS_BY_NAME["reconstruction"]
    parser.add_argument(spec.flag, dest="reconstruction", metavar=spec.metavar, help=spec.help, default=None)
    add_taxonomy_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from arelle_cyd.api import InputError
    from arelle_cyd.export import ExportError, export

    try:
        disclosure = export(
            args.file,
            output=args.output,
            accession_number=args.accession_number,
            offline=not args.online,
            packages=args.packages,
            cache_dir=args.cache_dir,
            reconstruction=args.reconstruction,
        )
    except (InputError, ParameterError, ExportError, OSError) as err:
        print(f"arelle-cyd: {args.file}: {err}", file=sys.stderr)
        return EXIT_INPUT
    document = disclosure.to_dict()
    if args.output is None:
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        reported = sum(
            1 for pointer in document["provenance"] if not pointer.startswith(("/filing", "/entity"))
        )
        print(
            f"{args.output}: cyd {disclosure.year}, {reported} reported value(s), "
            f"{len(document['incidents'])} incident(s), {len(document['issues'])} issue(s)"
        )
    return EXIT_OK
