"""The rule parameters as argparse options, built from the one parameter table."""

from __future__ import annotations

import argparse
from typing import Any

from arelle_cyd.parameters import SPECS, Parameters


def add_parameter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("rule parameters (default: read from the dei facts)")
    for spec in SPECS:
        group.add_argument(spec.flag, dest=spec.option, metavar=spec.metavar, help=spec.help, default=None)
    add_taxonomy_options(parser)


def add_taxonomy_options(parser: argparse.ArgumentParser) -> None:
    """How Arelle finds taxonomies: offline by default, with caches and packages."""
    taxonomy = parser.add_argument_group("taxonomy loading")
    taxonomy.add_argument(
        "--online",
        action="store_true",
        help="let Arelle download taxonomies (default: offline; Arelle's cache and packages are used)",
    )
    taxonomy.add_argument(
        "--packages",
        action="append",
        default=[],
        metavar="ZIP",
        help="taxonomy package(s) for Arelle, e.g. the official cyd taxonomy package",
    )
    taxonomy.add_argument(
        "--cache-dir", default=None, metavar="DIR", help="Arelle web cache directory to use"
    )


def parameters_from(args: argparse.Namespace) -> Parameters:
    values: dict[str, Any] = {spec.option: getattr(args, spec.option) for spec in SPECS}
    return Parameters.from_values({k: v for k, v in values.items() if v is not None})
