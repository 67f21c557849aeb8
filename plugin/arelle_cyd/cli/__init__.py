"""``arelle-cyd``: the friendly command line.

Each subcommand is a module with ``register(subparsers)`` and ``run(args) -> int``;
``COMMANDS`` lists them. Exit codes: 0 no error-level finding, 1 an error-level
finding, 2 an input or usage problem (always with a message, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from arelle_cyd._version import __version__
from arelle_cyd.cli import batch_command, export_command, generate_command, rules_command, validate_command
from arelle_cyd.exit_codes import EXIT_INPUT, EXIT_OK

COMMANDS: tuple[ModuleType, ...] = (
    validate_command,
    batch_command,
    export_command,
    rules_command,
    generate_command,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arelle-cyd",
        description="Validate and export SEC Cybersecurity Disclosure (cyd) XBRL facts with Arelle.",
    )
    parser.add_argument("--version", action="version", version=f"arelle-cyd {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_INPUT if exit_.code not in (0, None) else EXIT_OK
    try:
        result: int = args.run(args)
        return result
    except BrokenPipeError:  # the reader went away (`arelle-cyd rules | head`): not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("arelle-cyd: interrupted", file=sys.stderr)
        return EXIT_INPUT
    except Exception as err:  # noqa: BLE001 - a clear message instead of a traceback
        print(f"arelle-cyd: {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_INPUT


def entry() -> None:
    sys.exit(main())
