"""Plugin parameters: one table drives the Arelle options, the CLI, the GUI and the Python API.

Every parameter the rule catalogue names (section 4 of cyd-rules.md) is here once,
with its command-line spelling, its Arelle option name (``dest``, also the key of
``RuntimeOptions(pluginOptions=...)`` and of the GUI configuration) and its parser.
Unset parameters stay ``None`` so that rules fall back to the dei facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from arelle_cyd.rules.registry import Severity


class Profile(StrEnum):
    FULL = "full"  # A + D + P rules, opt-in rules excluded
    EDGAR = "edgar"  # A rules only


class Reconstruction(StrEnum):
    """When arelle-cyd's offline reconstruction may stand in for official SEC schemas.

    Only ever when Arelle works offline and its cache lacks the official file, so a
    reachable official file is never shadowed. ``all`` adds the dei subset that
    synthetic filings need; real filings reference many more dei elements, so the
    default maps the complete cyd schemas only.
    """

    AUTO = "auto"  # cyd schemas
    ALL = "all"  # cyd and dei schemas
    NEVER = "never"


class ParameterError(ValueError):
    """A parameter value that cannot be understood; the message says which and why."""


_ITEM_PATTERN = re.compile(r"^\d{1,2}\.\d{2}$")
_RULE_SELECTOR = re.compile(r"^(CYD\.)?[A-Z0-9]+(\.\d+)?$")


def _items(text: str) -> tuple[str, ...]:
    items = tuple(part.strip() for part in re.split(r"[,\s|]+", text) if part.strip())
    bad = [i for i in items if not _ITEM_PATTERN.match(i)]
    if bad:
        raise ParameterError(f"8-K items must look like 1.05 or 8.01, not {', '.join(bad)}")
    return items


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as err:
        raise ParameterError(f"a date must be ISO 8601 (YYYY-MM-DD), not {text!r}") from err


def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on", "y"):
        return True
    if lowered in ("0", "false", "no", "off", "n", ""):
        return False
    raise ParameterError(f"expected true or false, not {text!r}")


def normalise_selector(text: str) -> str:
    """``ctx``, ``CTX``, ``cyd.ctx.3`` -> ``CYD.CTX`` / ``CYD.CTX.3``."""
    upper = text.strip().upper()
    if not _RULE_SELECTOR.match(upper):
        raise ParameterError(f"{text!r} is neither a rule id (CYD.FLAG.3) nor a group (FLAG)")
    return upper if upper.startswith("CYD.") else f"CYD.{upper}"


def _selectors(text: str) -> frozenset[str]:
    return frozenset(normalise_selector(p) for p in re.split(r"[,\s|]+", text) if p.strip())


def _severities(text: str) -> Mapping[str, Severity]:
    result: dict[str, Severity] = {}
    for part in (p for p in re.split(r"[,\s|]+", text) if p.strip()):
        selector, sep, level = part.partition("=")
        if not sep:
            raise ParameterError(f"severity overrides look like CYD.FLAG.3=warning, not {part!r}")
        try:
            result[normalise_selector(selector)] = Severity(level.strip().lower())
        except ValueError as err:
            raise ParameterError(f"severity must be error, warning or info, not {level!r}") from err
    return result


def _qname(text: str) -> str:
    value = text.strip()
    if not re.match(r"^(\{[^}]+\}|[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*$", value):
        raise ParameterError(f"expected a QName such as prefix:IncidentAxis, not {text!r}")
    return value


def _choice(enum: type[StrEnum]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return enum(text.strip().lower())
        except ValueError as err:
            allowed = ", ".join(e.value for e in enum)
            raise ParameterError(f"expected one of {allowed}, not {text!r}") from err

    return parse


@dataclass(frozen=True, slots=True)
class ParameterSpec:
    name: str  # Python keyword
    option: str  # Arelle option dest / pluginOptions key / GUI config key
    flag: str  # command-line spelling
    metavar: str
    help: str
    parse: Callable[[str], Any]
    is_switch: bool = False


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "submission_type",
        "cydSubmissionType",
        "--cyd-submission-type",
        "TYPE",
        "EDGAR submission type (e.g. 10-K, 8-K/A); default: dei:DocumentType",
        str.strip,
    ),
    ParameterSpec(
        "items",
        "cydItems",
        "--cyd-items",
        "LIST",
        "8-K items of the submission header, e.g. 1.05,8.01; default: unknown "
        "(CYD.REQ.4 and CYD.FORM.3 then do not run, as in EDGAR)",
        _items,
    ),
    ParameterSpec(
        "filing_date",
        "cydFilingDate",
        "--cyd-filing-date",
        "YYYY-MM-DD",
        "filing date; default: dei:DocumentPeriodEndDate (messages say so)",
        _date,
    ),
    ParameterSpec(
        "abs_issuer",
        "cydAbsIssuer",
        "--cyd-abs-issuer",
        "BOOL",
        "the registrant is an asset-backed issuer (exempt from Item 106)",
        _bool,
        is_switch=True,
    ),
    ParameterSpec(
        "incident_axis",
        "cydIncidentAxis",
        "--cyd-incident-axis",
        "QNAME",
        "axis that separates several Item 1.05 incidents; default: none",
        _qname,
    ),
    ParameterSpec(
        "profile",
        "cydProfile",
        "--cyd-profile",
        "full|edgar",
        "full: all rules except opt-in ones; edgar: only rules that mirror EDGAR/DQC",
        _choice(Profile),
    ),
    ParameterSpec(
        "enable",
        "cydEnable",
        "--cyd-enable",
        "RULES",
        "opt-in rules or groups to run, e.g. CYD.TAX.6",
        _selectors,
    ),
    ParameterSpec(
        "disable",
        "cydDisable",
        "--cyd-disable",
        "RULES",
        "rules or groups to skip, e.g. CYD.VAL.4,CTX",
        _selectors,
    ),
    ParameterSpec(
        "severity",
        "cydSeverity",
        "--cyd-severity",
        "RULE=LEVEL",
        "raise or lower severities, e.g. CYD.FLAG.3=warning,VAL=info",
        _severities,
    ),
    ParameterSpec(
        "skip_generic_efm",
        "cydSkipGenericEfm",
        "--cyd-skip-generic-efm",
        "BOOL",
        "skip the restatements of generic EFM rules (when the EDGAR plugin runs alongside)",
        _bool,
        is_switch=True,
    ),
    ParameterSpec(
        "reconstruction",
        "cydReconstruction",
        "--cyd-reconstruction",
        "auto|all|never",
        "offline only, when Arelle's cache lacks the official file: let arelle-cyd's RECONSTRUCTION "
        "(not the SEC's file) stand in for the cyd schemas (auto), for cyd and the dei subset (all), "
        "or never",
        _choice(Reconstruction),
    ),
)

SPECS_BY_NAME = {s.name: s for s in SPECS}
SPECS_BY_OPTION = {s.option: s for s in SPECS}


@dataclass(frozen=True, slots=True)
class Parameters:
    submission_type: str | None = None
    items: tuple[str, ...] | None = None
    filing_date: date | None = None
    abs_issuer: bool = False
    incident_axis: str | None = None
    profile: Profile = Profile.FULL
    enable: frozenset[str] = frozenset()
    disable: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    skip_generic_efm: bool = False
    reconstruction: Reconstruction = Reconstruction.AUTO

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> Parameters:
        """Build from Python keywords or Arelle option names; strings are parsed, typed values kept.

        Unknown names raise ``ParameterError`` so a misspelt keyword never passes silently.
        """
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            spec = SPECS_BY_NAME.get(key) or SPECS_BY_OPTION.get(key)
            if spec is None or spec.name not in known:
                raise ParameterError(f"unknown arelle-cyd parameter {key!r}")
            if value is None or value == "":
                continue
            try:
                kwargs[spec.name] = _coerce(spec, value)
            except ParameterError as err:
                raise ParameterError(f"{spec.flag}: {err}") from err
        return cls(**kwargs)

    def merged(self, **changes: Any) -> Parameters:
        return replace(self, **changes)

    def as_options(self) -> dict[str, str]:
        """The Arelle ``pluginOptions`` spelling of the parameters that differ from the defaults."""
        default = Parameters()
        options: dict[str, str] = {}
        for spec in SPECS:
            value = getattr(self, spec.name)
            if value != getattr(default, spec.name):
                options[spec.option] = _render(value)
        return options


def _coerce(spec: ParameterSpec, value: Any) -> Any:
    if isinstance(value, str):
        return spec.parse(value)
    if spec.name == "items" and isinstance(value, Iterable):
        return _items(",".join(str(v) for v in value))
    if spec.name in ("enable", "disable") and isinstance(value, Iterable):
        return frozenset(normalise_selector(str(v)) for v in value)
    if spec.name == "severity" and isinstance(value, Mapping):
        return {normalise_selector(str(k)): Severity(str(v).lower()) for k, v in value.items()}
    if spec.name in ("profile", "reconstruction"):
        return spec.parse(str(value))
    if spec.name == "filing_date" and isinstance(value, date):
        return value
    if spec.is_switch and isinstance(value, bool):
        return value
    raise ParameterError(f"cannot use {value!r} ({type(value).__name__})")


def _render(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return ",".join(f"{k}={v}" for k, v in sorted(value.items()))
    if isinstance(value, frozenset | tuple):
        return ",".join(sorted(value) if isinstance(value, frozenset) else value)
    return str(value)
