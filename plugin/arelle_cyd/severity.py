"""Finding severities, in a module of their own so that parameters, findings and rules can all import
them without importing each other (the rules package imports every rule module on import)."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
