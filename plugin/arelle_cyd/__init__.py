"""arelle-cyd: validate, export and synthesise SEC Cybersecurity Disclosure (cyd) XBRL facts.

Importing this package needs only the standard library; the validator loads
Arelle on first use. Public API::

    import arelle_cyd
    report = arelle_cyd.validate("filing.htm", items=["1.05"])
    for finding in report.findings:
        print(finding.code, finding.severity, finding.message)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from arelle_cyd._version import __version__

if TYPE_CHECKING:
    from arelle_cyd.api import InputError, Report, validate, validate_many
    from arelle_cyd.findings import Finding
    from arelle_cyd.parameters import ParameterError, Parameters
    from arelle_cyd.severity import Severity

__all__ = [
    "Finding",
    "InputError",
    "ParameterError",
    "Parameters",
    "Report",
    "Severity",
    "__version__",
    "validate",
    "validate_many",
]

_LAZY = {
    "InputError": "arelle_cyd.api",
    "Report": "arelle_cyd.api",
    "validate": "arelle_cyd.api",
    "validate_many": "arelle_cyd.api",
    "Finding": "arelle_cyd.findings",
    "ParameterError": "arelle_cyd.parameters",
    "Parameters": "arelle_cyd.parameters",
    "Severity": "arelle_cyd.severity",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'arelle_cyd' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
