"""The rule registry: one decorator, one table, the single source of truth.

Every rule is a small function registered with ``@rule``. The registry holds its
id, severity, condition, message template and authority; ``docs/rules.md``,
``arelle-cyd rules`` and the engine all read this table and nothing else.
Rule functions only decide *whether* and *about what* to report: they yield
``Hit`` records and the engine renders them into ``Finding`` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from arelle_cyd.severity import Severity

__all__ = [
    "REGISTRY",
    "Check",
    "Hit",
    "Origin",
    "Registry",
    "Rule",
    "Severity",  # re-exported so rule modules import everything they need from here
    "Unimplemented",
    "not_implemented",
    "rule",
]

if TYPE_CHECKING:
    from arelle_cyd.filing import Fact, FilingView
    from arelle_cyd.parameters import Parameters


class Origin(StrEnum):
    """A: mirrors a published executable rule; D: derived from regulation text; P: proposal."""

    AUTHORITY = "A"
    DERIVED = "D"
    PROPOSAL = "P"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function reports: message arguments and the facts concerned."""

    args: Mapping[str, str]
    facts: tuple[Fact, ...] = ()
    severity: Severity | None = None  # only for rules whose severity depends on the case
    suffix: str | None = None  # appended to the code: CYD.TAX.7.unknownConcept
    # The concepts the finding is about when they are not among ``facts`` (a missing description is
    # reported on the dei:DocumentType fact, but it is about the absent cyd concept).
    about: tuple[str, ...] = ()


class Check(Protocol):
    """The signature of every rule function."""

    def __call__(self, filing: FilingView, params: Parameters, /) -> Iterable[Hit]: ...


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    severity: Severity
    condition: str
    message: str
    authority: str
    origin: Origin
    check: Check = field(repr=False, compare=False)
    applies_to: str = "CYD"
    authority_id: str | None = None
    parameters: tuple[str, ...] = ()
    opt_in: bool = False
    generic_efm: bool = False  # restates a generic EFM rule for cyd facts (skippable)
    other_severities: tuple[Severity, ...] = ()
    notes: str = ""
    alternatives: tuple[tuple[str, str], ...] = ()  # (code suffix, message template) of cases worded apart

    @property
    def group(self) -> str:
        return self.id.split(".")[1]

    def message_for(self, suffix: str | None) -> str:
        """The template of a case reported under ``suffix``, else the rule's main message."""
        return next((template for s, template in self.alternatives if s == suffix), self.message)


@dataclass(frozen=True, slots=True)
class Unimplemented:
    """A catalogue rule the product does not implement, with the reason shown in docs/rules.md."""

    id: str
    title: str
    reason: str


@dataclass
class Registry:
    """Rules in registration order; lookup by id or group."""

    _rules: dict[str, Rule] = field(default_factory=dict)
    _unimplemented: dict[str, Unimplemented] = field(default_factory=dict)

    def add(self, rule: Rule) -> None:
        if rule.id in self._rules or rule.id in self._unimplemented:
            raise ValueError(f"rule {rule.id} registered twice")
        self._rules[rule.id] = rule

    def add_unimplemented(self, entry: Unimplemented) -> None:
        if entry.id in self._rules or entry.id in self._unimplemented:
            raise ValueError(f"rule {entry.id} registered twice")
        self._unimplemented[entry.id] = entry

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=_sort_key))

    def __len__(self) -> int:
        return len(self._rules)

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.group for r in self))

    @property
    def unimplemented(self) -> tuple[Unimplemented, ...]:
        return tuple(sorted(self._unimplemented.values(), key=_sort_key))


GROUP_ORDER = ("REQ", "FORM", "FLAG", "CTX", "VAL", "DUP", "TAX", "8K", "IX", "INP")


def _sort_key(entry: Rule | Unimplemented) -> tuple[int, int, str]:
    parts = entry.id.split(".")
    group = GROUP_ORDER.index(parts[1]) if parts[1] in GROUP_ORDER else len(GROUP_ORDER)
    number = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    return (group, number, entry.id)


REGISTRY = Registry()


def rule(
    id: str,
    *,
    title: str,
    severity: Severity,
    condition: str,
    message: str,
    authority: str,
    origin: Origin,
    applies_to: str = "CYD",
    authority_id: str | None = None,
    parameters: tuple[str, ...] = (),
    opt_in: bool = False,
    generic_efm: bool = False,
    other_severities: tuple[Severity, ...] = (),
    notes: str = "",
    alternatives: Mapping[str, str] | None = None,
    registry: Registry = REGISTRY,
) -> Callable[[Check], Check]:
    """Register a rule function under its catalogue id.

    ``alternatives`` maps a code suffix to its own message template, for rules that
    report distinct cases (``CYD.VAL.5.unsupportedTransformationRegistry``); a hit
    with that suffix is rendered with it, and the rule reference lists it.
    """

    def decorate(check: Check) -> Check:
        registry.add(
            Rule(
                id=id,
                title=title,
                severity=severity,
                condition=condition,
                message=message,
                authority=authority,
                origin=origin,
                check=check,
                applies_to=applies_to,
                authority_id=authority_id,
                parameters=parameters,
                opt_in=opt_in,
                generic_efm=generic_efm,
                other_severities=other_severities,
                notes=notes,
                alternatives=tuple((alternatives or {}).items()),
            )
        )
        return check

    return decorate


def not_implemented(id: str, *, title: str, reason: str, registry: Registry = REGISTRY) -> None:
    registry.add_unimplemented(Unimplemented(id=id, title=title, reason=reason))
