"""Findings: what the rules report, independent of Arelle's logger."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from arelle_cyd.filing import Fact
from arelle_cyd.severity import Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """One rendered finding. ``code`` starts with the rule id (``CYD.FLAG.3``, ``CYD.TAX.7.unknownConcept``)."""

    code: str
    rule_id: str
    severity: Severity
    message: str
    template: str
    args: Mapping[str, str] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()
    authority: str | None = None
    detail: str | None = None  # a traceback, for rule failures; logged at debug level
    about: tuple[str, ...] = ()  # concepts the finding concerns that no fact carries (absent ones)

    @property
    def concepts(self) -> tuple[str, ...]:
        """The concepts this finding is about: absent ones first, then those of its facts."""
        return tuple(dict.fromkeys((*self.about, *(f.qname for f in self.facts))))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form used by ``arelle-cyd validate --format json`` and batch reports."""
        return {
            "code": self.code,
            "rule": self.rule_id,
            "severity": self.severity.value,
            "message": self.message,
            "authority": self.authority,
            "concepts": list(self.concepts),
            "facts": [
                {
                    "concept": f.qname,
                    "id": f.fact_id,
                    "contextRef": f.context_id,
                    "document": f.document,
                    "line": f.line,
                }
                for f in self.facts
            ],
            "args": dict(self.args),
        }


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings there are of each severity (every severity present, zero included)."""
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts
