"""The rule reference (``docs/rules.md``), rendered from the registry and nothing else.

``arelle-cyd rules --format markdown`` prints it; a test fails when the committed
``docs/rules.md`` differs, so the documentation cannot drift from the code.
"""

from __future__ import annotations

from collections.abc import Iterable

from arelle_cyd.parameters import SPECS_BY_NAME
from arelle_cyd.rules.registry import GROUP_ORDER, REGISTRY, Origin, Registry, Rule, Severity

REGENERATE = "arelle-cyd rules --format markdown > docs/rules.md"

GROUP_TITLES = {
    "REQ": "Required presence",
    "FORM": "Forms that may carry cyd facts",
    "FLAG": "Flags, text blocks and the structure of Item 106",
    "CTX": "Contexts, periods, entity and dimensions",
    "VAL": "Values",
    "DUP": "Duplicates",
    "TAX": "Taxonomy use",
    "8K": "Form 8-K Item 1.05",
    "IX": "Inline XBRL and presentation",
    "INP": "Inputs the rules could not find",
}

ORIGIN_TEXT = {
    Origin.AUTHORITY: "A: mirrors a published executable rule (EDGAR Filer Manual plugin, XBRL US DQC, "
    "XBRL 2.1)",
    Origin.DERIVED: "D: derived from regulation text; no published executable rule exists",
    Origin.PROPOSAL: "P: proposal (best practice or data-quality heuristic); no authority requires it",
}

_INTRO = """\
# arelle-cyd rule reference

<!-- Generated from the rule registry by `{regenerate}`. Do not edit by hand. -->

Every check arelle-cyd runs on SEC Cybersecurity Disclosure (cyd) facts, as registered in
`arelle_cyd.rules.REGISTRY`. Findings are logged under the rule id (`CYD.VAL.5`), sometimes with a
suffix naming the case (`CYD.VAL.5.unsupportedTransformationRegistry`).

- **Severity**: `error` (definitely wrong, or the mirrored authority says error), `warning` (very likely
  wrong), `info` (a reviewer may want to look). Change it with `--cyd-severity CYD.FLAG.3=warning,VAL=info`.
- **Origin**: A mirrors a published executable rule, and then its condition, severity and message follow
  that authority; D is derived from regulation text; P is a proposal.
- **Choosing rules**: `--cyd-disable CTX,CYD.VAL.4`, `--cyd-enable CYD.TAX.6` (opt-in rules),
  `--cyd-profile edgar` (A rules only), `--cyd-skip-generic-efm` (drops the restatements of generic EDGAR
  rules when the EDGAR plugin runs alongside). The same keywords exist in Python:
  `arelle_cyd.validate(path, disable=["CTX"], severity={{"VAL": "info"}})`.
"""


def _flags(parameters: Iterable[str]) -> str:
    flags = [SPECS_BY_NAME[p].flag if p in SPECS_BY_NAME else p for p in parameters]
    return ", ".join(f"`{f}`" for f in flags) if flags else "none"


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def _summary(rules: list[Rule]) -> list[str]:
    lines = [
        "## Summary",
        "",
        f"{len(rules)} rules: "
        + ", ".join(f"{sum(1 for r in rules if r.severity is s)} {s.value}" for s in Severity)
        + " by default severity; "
        + ", ".join(f"{sum(1 for r in rules if r.origin is o)} of origin {o.value}" for o in Origin)
        + ".",
        "",
        "| ID | Severity | Title | Origin | Authority id | Opt-in |",
        "|---|---|---|---|---|---|",
    ]
    for r in rules:
        severity = r.severity.value + "".join(f" / {s.value}" for s in r.other_severities)
        lines.append(
            f"| [{r.id}](#{_anchor(r.id)}) | {severity} | {r.title} | {r.origin.value} | "
            f"{r.authority_id or ''} | {'yes' if r.opt_in else ''} |"
        )
    return [*lines, ""]


def _anchor(rule_id: str) -> str:
    return rule_id.lower().replace(".", "")


def _rule_section(r: Rule) -> list[str]:
    rows = [
        ("Severity", r.severity.value),
        ("Other severities", ", ".join(s.value for s in r.other_severities) or "none"),
        ("Applies to", r.applies_to),
        ("Origin", ORIGIN_TEXT[r.origin]),
        ("Authority", r.authority),
        ("Authority id", r.authority_id or "none"),
        ("Parameters read", _flags(r.parameters)),
        ("Opt-in", "yes: runs only with `--cyd-enable " + r.id + "`" if r.opt_in else "no"),
        (
            "Generic EDGAR restatement",
            "yes: skipped with `--cyd-skip-generic-efm`" if r.generic_efm else "no",
        ),
    ]
    lines = [f'<a id="{_anchor(r.id)}"></a>', f"### {r.id}: {r.title}", "", "| | |", "|---|---|"]
    lines += [f"| {name} | {value.replace('|', '&#124;')} |" for name, value in rows]
    lines += ["", f"**Condition.** {r.condition}", "", f"**Message.** {_code(r.message)}", ""]
    if r.alternatives:
        lines += ["**Other messages** (code suffix: template):", ""]
        lines += [f"- `{r.id}.{suffix}`: {_code(template)}" for suffix, template in r.alternatives]
        lines.append("")
    if r.notes:
        lines += [f"**Notes.** {r.notes}", ""]
    return lines


def render_markdown(registry: Registry = REGISTRY) -> str:
    """The whole rule reference as Markdown (what ``docs/rules.md`` holds)."""
    rules = list(registry)
    lines = [_INTRO.format(regenerate=REGENERATE), *_summary(rules)]
    for group in (*GROUP_ORDER, *sorted({r.group for r in rules} - set(GROUP_ORDER))):
        members = [r for r in rules if r.group == group]
        if not members:
            continue
        lines += [f"## {group}: {GROUP_TITLES.get(group, group)}", ""]
        for r in members:
            lines += _rule_section(r)
    lines += ["## Catalogue rules not implemented", ""]
    if registry.unimplemented:
        lines += ["| ID | Title | Reason |", "|---|---|---|"]
        lines += [f"| {u.id} | {u.title} | {u.reason} |" for u in registry.unimplemented]
    else:
        lines.append("None: every rule of the rule catalogue is implemented.")
    return "\n".join(lines).rstrip() + "\n"
