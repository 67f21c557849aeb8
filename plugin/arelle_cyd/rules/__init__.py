"""All rules, registered in ``REGISTRY`` when this package is imported (one module per group)."""

from __future__ import annotations

from arelle_cyd.rules import ctx, dup, eight_k, flag, form, inp, ix, req, tax, val
from arelle_cyd.rules.registry import REGISTRY, Hit, Origin, Registry, Rule, Severity, Unimplemented, rule

__all__ = [
    "REGISTRY",
    "Hit",
    "Origin",
    "Registry",
    "Rule",
    "Severity",
    "Unimplemented",
    "ctx",
    "dup",
    "eight_k",
    "flag",
    "form",
    "inp",
    "ix",
    "req",
    "rule",
    "tax",
    "val",
]
