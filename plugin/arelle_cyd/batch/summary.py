"""The end-of-batch summary and the exit code, folded one record at a time.

The summary covers every filing of this batch that the results file records,
including those a previous (interrupted) run already did, so re-running the
same command after an interruption reports, and exits with, the same outcome
as one uninterrupted run would.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from arelle_cyd.batch.record import Record, has_errors, is_failure
from arelle_cyd.exit_codes import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
from arelle_cyd.rules.registry import REGISTRY, Severity

_SHOWN_FAILURES = 20


@dataclass
class Summary:
    total: int  # filings found under the given paths
    previous: int = 0  # already recorded by an earlier run, skipped now
    processed: int = 0  # checked (or failed) in this run
    with_errors: int = 0  # filings with at least one error-level finding
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, severity) -> findings
    statuses: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (file, status, error)
    interrupted: bool = False
    seconds: float = 0.0

    def add(self, record: Record, *, previous: bool = False) -> None:
        if previous:
            self.previous += 1
        else:
            self.processed += 1
        self.statuses[str(record.get("status"))] += 1
        if is_failure(record):
            self.failures.append((record["file"], str(record.get("status")), str(record.get("error"))))
        if has_errors(record):
            self.with_errors += 1
        for finding in record.get("findings", ()):
            self.by_rule[(str(finding.get("rule")), str(finding.get("severity")))] += 1

    @property
    def recorded(self) -> int:
        return self.previous + self.processed

    @property
    def exit_code(self) -> int:
        """As ``arelle-cyd validate``: 2 some filing not processed, else 1 an error finding, else 0."""
        if self.failures or self.interrupted or self.recorded < self.total:
            return EXIT_INPUT
        return EXIT_FINDINGS if self.with_errors else EXIT_OK

    def render(self, results: str) -> str:
        lines = [
            f"arelle-cyd batch: {self.total} filings; {self.processed} checked now"
            + (f", {self.previous} already in {results}" if self.previous else "")
            + (f" in {self.seconds:.1f} s" if self.processed else ""),
        ]
        statuses = ", ".join(f"{count} {status}" for status, count in sorted(self.statuses.items()))
        if statuses:
            lines.append(f"  status: {statuses}; {self.with_errors} with error-level findings")
        if self.interrupted:
            lines.append(
                f"  INTERRUPTED: {self.total - self.recorded} not checked; "
                "run the same command again to resume"
            )
        lines += self._rule_table()
        if self.failures:
            lines.append(f"failures ({len(self.failures)}):")
            for file, status, error in self.failures[:_SHOWN_FAILURES]:
                lines.append(f"  {status:8} {file}: {error}")
            if len(self.failures) > _SHOWN_FAILURES:
                lines.append(
                    f"  ... and {len(self.failures) - _SHOWN_FAILURES} more (status != ok in {results})"
                )
        lines.append(f"results: {results}")
        return "\n".join(lines)

    def _rule_table(self) -> list[str]:
        if not self.by_rule:
            return ["findings: none"]
        severities = [s.value for s in Severity]
        order = {rule.id: index for index, rule in enumerate(REGISTRY)}
        rules = sorted({rule for rule, _ in self.by_rule}, key=lambda r: (order.get(r, len(order)), r))
        width = max(len("rule"), *(len(r) for r in rules))
        header = f"  {'rule':<{width}}  " + "  ".join(f"{s:>7}" for s in severities)
        rows = [
            f"  {rule:<{width}}  " + "  ".join(f"{self.by_rule.get((rule, s), 0):>7}" for s in severities)
            for rule in rules
        ]
        totals = f"  {'total':<{width}}  " + "  ".join(
            f"{sum(n for (_, sev), n in self.by_rule.items() if sev == s):>7}" for s in severities
        )
        return ["findings by rule and severity:", header, *rows, totals]
