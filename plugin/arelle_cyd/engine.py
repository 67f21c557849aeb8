"""Run the registered rules on a filing view, one rule's failure never stopping the others."""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator

from arelle_cyd.filing import FilingView
from arelle_cyd.findings import Finding
from arelle_cyd.parameters import Parameters, Profile
from arelle_cyd.rules import REGISTRY
from arelle_cyd.rules.registry import Hit, Origin, Registry, Rule, Severity


def _matches(rule: Rule, selectors: Iterable[str]) -> bool:
    return any(rule.id == s or rule.id.startswith(s + ".") for s in selectors)


def selected_rules(params: Parameters, registry: Registry = REGISTRY) -> list[Rule]:
    """The rules that run under these parameters, in registry order."""
    chosen = []
    for rule in registry:
        enabled_explicitly = _matches(rule, params.enable)
        if rule.opt_in and not enabled_explicitly:
            continue
        if params.profile is Profile.EDGAR and rule.origin is not Origin.AUTHORITY and not enabled_explicitly:
            continue
        if params.skip_generic_efm and rule.generic_efm:
            continue
        if _matches(rule, params.disable):
            continue
        chosen.append(rule)
    return chosen


def effective_severity(rule: Rule, hit_severity: Severity | None, params: Parameters) -> Severity:
    """A user override for the rule id beats one for its group, which beats the rule's own choice."""
    for selector in (rule.id, f"CYD.{rule.group}"):
        if selector in params.severity:
            return params.severity[selector]
    return hit_severity or rule.severity


def render(rule: Rule, hit: Hit, params: Parameters) -> Finding:
    template = rule.message_for(hit.suffix)
    args = dict(hit.args)
    if rule.authority_id and "authority" not in args:
        args["authority"] = rule.authority_id
    try:
        message = template % args
    except (KeyError, ValueError, TypeError) as err:
        message = f"{template} [arguments could not be applied: {err!r}]"
    return Finding(
        code=f"{rule.id}.{hit.suffix}" if hit.suffix else rule.id,
        rule_id=rule.id,
        severity=effective_severity(rule, hit.severity, params),
        message=message,
        template=template,
        args=args,
        facts=hit.facts,
        authority=args.get("authority"),
        about=hit.about,
    )


def failure(rule: Rule, error: BaseException) -> Finding:
    text = (
        f"Rule {rule.id} ({rule.title}) failed on this filing with {type(error).__name__}: {error}. "
        "The other cyd rules ran; please report this with the filing."
    )
    return Finding(
        code=f"{rule.id}.internalError",
        rule_id=rule.id,
        severity=Severity.ERROR,
        message=text,
        template=text.replace("%", "%%"),
        detail="".join(traceback.format_exception(error)),
    )


def run_rule(rule: Rule, filing: FilingView, params: Parameters) -> list[Finding]:
    try:
        return [render(rule, hit, params) for hit in rule.check(filing, params)]
    except Exception as error:  # noqa: BLE001 - one rule's defect must not hide the others' findings
        return [failure(rule, error)]


def run(filing: FilingView, params: Parameters | None = None, registry: Registry = REGISTRY) -> list[Finding]:
    params = params or Parameters()
    return [
        finding for rule in selected_rules(params, registry) for finding in run_rule(rule, filing, params)
    ]


def iter_findings(filing: FilingView, params: Parameters, rules: Iterable[Rule]) -> Iterator[Finding]:
    for rule in rules:
        yield from run_rule(rule, filing, params)
