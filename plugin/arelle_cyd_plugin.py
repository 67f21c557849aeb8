"""Arelle plugin entry for arelle-cyd (SEC Cybersecurity Disclosure taxonomy checks).

Arelle reads ``__pluginInfo__`` from this file without importing it and imports
every installed plugin entry point on each run, so this module imports only the
standard library. Each hook is a thin top-level function that imports the
library lazily and forwards to ``arelle_cyd.arelle_glue``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def plugin_path() -> str:
    """Entry point ``arelle.plugin``: where Arelle finds this file."""
    return str(Path(__file__))


def command_line_options(parser: Any, *args: Any, **kwargs: Any) -> None:
    from arelle_cyd.arelle_glue import add_command_line_options

    add_command_line_options(parser)


def command_line_utility_run(cntlr: Any, options: Any, *args: Any, **kwargs: Any) -> None:
    from arelle_cyd.arelle_glue import remember_options

    remember_options(cntlr, options)


def custom_transforms(custom: dict[Any, Any], *args: Any, **kwargs: Any) -> None:
    from arelle_cyd.arelle_glue import load_custom_transforms

    load_custom_transforms(custom)


def web_cache_transform_url(cntlr: Any, url: str | None, base: str | None = None, *args: Any, **kwargs: Any) -> tuple[str | None, bool]:
    from arelle_cyd.arelle_glue import transform_url

    return transform_url(cntlr, url, base)


def validate_xbrl_finally(val: Any, *args: Any, **kwargs: Any) -> None:
    from arelle_cyd.arelle_glue import validate_model

    validate_model(val.modelXbrl)


__pluginInfo__ = {
    "name": "arelle-cyd",
    "aliases": ["cyd"],
    "version": "0.1.0",
    "description": "Validates SEC Cybersecurity Disclosure (cyd) taxonomy facts: Form 10-K Item 1C / 20-F Item 16K "
    "and Form 8-K Item 1.05; exports the disclosure as JSON.",
    "license": "Apache-2.0",
    "author": "arelle-cyd developers",
    "copyright": "(c) arelle-cyd developers",
    "CntlrCmdLine.Options": command_line_options,
    "CntlrCmdLine.Utility.Run": command_line_utility_run,
    "ModelManager.LoadCustomTransforms": custom_transforms,
    "WebCache.TransformURL": web_cache_transform_url,
    "Validate.XBRL.Finally": validate_xbrl_finally,
}
