"""All rules, registered in ``REGISTRY`` when this package is imported."""

from __future__ import annotations

from arelle_cyd.rules import flag, form, inp, req, tax
from arelle_cyd.rules.registry import REGISTRY, Hit, Origin, Registry, Rule, Severity, Unimplemented, rule

__all__ = [
    "REGISTRY",
    "Hit",
    "Origin",
    "Registry",
    "Rule",
    "Severity",
    "Unimplemented",
    "flag",
    "form",
    "inp",
    "req",
    "rule",
    "tax",
]
