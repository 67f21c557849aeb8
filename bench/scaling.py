"""The rule pass stays linear: time per fact of every registered rule on FilingViews of growing size.

No Arelle: the views are built directly (``arelle_cyd.filing`` records), with
cyd facts of every catalogue concept spread over many contexts (some with
dimensions), nils, unknown names and flag/text-block mismatches, so that each
rule family has work and findings to render. Every registered rule runs,
opt-in ones included, so rules added later are covered without editing this
script. A super-linear rule shows as a time per fact that grows with size.

    .venv/bin/python bench/scaling.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import gc
import time
from datetime import date

from _common import machine

from arelle_cyd import catalogue, engine
from arelle_cyd.filing import Context, Dei, Dimension, DocumentKind, Fact, FilingView, Period
from arelle_cyd.parameters import Parameters
from arelle_cyd.rules import REGISTRY
from arelle_cyd.rules.registry import Rule

FACTS_PER_CONTEXT = 8
CIK = "0000000001"


def build(size: int) -> FilingView:
    """A filing with ``size`` cyd facts over ``size / 8`` contexts."""
    version = catalogue.load("2024")
    concepts = [c for c in version.concepts if c.carries_facts]
    period = Period(date(2024, 1, 1), date(2024, 12, 31))
    axis = "{http://example.com/syn}SegmentAxis"
    contexts: dict[str, Context] = {}
    facts: list[Fact] = []
    for index in range(size):
        context_id = f"c-{index // FACTS_PER_CONTEXT}"
        if context_id not in contexts:
            number = len(contexts)
            dims = (Dimension(axis, f"{{http://example.com/syn}}Member{number}"),) if number % 3 else ()
            contexts[context_id] = Context(context_id, "http://www.sec.gov/CIK", CIK, period, dims)
        concept = concepts[index % len(concepts)]
        flag_value = "true" if index % 5 else "false"
        unknown = index % 97 == 0
        facts.append(
            Fact(
                namespace=version.namespace,
                local_name=f"Unknown{index % 13}TextBlock" if unknown else concept.local_name,
                value=None
                if index % 41 == 0
                else (flag_value if concept.is_flag else f"<p>text {index}</p>"),
                is_nil=index % 41 == 0,
                context_id=context_id,
                context=contexts[context_id],
                fact_id=f"f-{index}",
                line=index,
            )
        )
    dei_namespace = catalogue.dei_catalogue().namespace("2024")
    document_type = Fact(dei_namespace, "DocumentType", "10-K", False, "c-0", contexts["c-0"], "dei-1")
    return FilingView(
        source_document=f"synthetic-{size}.htm",
        document_kind=DocumentKind.INLINE,
        facts=tuple(facts),
        dei_facts=(document_type,),
        contexts=contexts,
        dei=Dei(document_type="10-K", period_end_date=date(2024, 12, 31), required_context_id="c-0"),
    )


def _timed_pass(
    view: FilingView, params: Parameters, rules: list[Rule], *, pause_gc: bool = False
) -> tuple[float, dict[str, float], int]:
    """Seconds for the whole pass, per step (the view's indexes, then each rule), and the findings."""
    gc.collect()  # garbage of the previous run is not this pass's cost
    if pause_gc:
        gc.disable()
    try:
        return _steps(view, params, rules)
    finally:
        gc.enable()


def _steps(view: FilingView, params: Parameters, rules: list[Rule]) -> tuple[float, dict[str, float], int]:
    steps: dict[str, float] = {}
    findings = 0
    started = time.perf_counter()
    view.facts_named("", any_context=True)  # builds the indexes every rule shares (cached per view)
    view.facts_named("", None)
    view.cyd_context_ids  # noqa: B018 - a cached property: built here, not inside the first rule
    steps["(indexes)"] = time.perf_counter() - started
    for rule in rules:
        rule_started = time.perf_counter()
        findings += len(engine.run_rule(rule, view, params))
        steps[rule.id] = time.perf_counter() - rule_started
    return time.perf_counter() - started, steps, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="numbers of facts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="the best of this many passes counts")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    params = Parameters(enable=frozenset(rule.id for rule in REGISTRY))  # opt-in rules too
    rules = engine.selected_rules(params)
    print(machine())
    print(f"{len(rules)} rules: {', '.join(r.id for r in rules)}")
    _timed_pass(build(sizes[0]), params, rules)  # warm-up: catalogue and EDGAR data load once per process
    print(f"{'facts':>8} {'contexts':>9} {'findings':>9} {'pass s':>8} {'us/fact':>8} {'GC paused':>10}")
    totals: list[float] = []
    paused: list[float] = []
    rule_times: list[dict[str, float]] = []
    for size in sizes:
        best: tuple[float, dict[str, float], int] | None = None
        best_paused = float("inf")
        for _ in range(args.runs):
            result = _timed_pass(build(size), params, rules)  # fresh view: indexes built in the pass
            best = result if best is None or result[0] < best[0] else best
            best_paused = min(best_paused, _timed_pass(build(size), params, rules, pause_gc=True)[0])
        assert best is not None
        seconds, per_rule, findings = best
        totals.append(seconds / size)
        paused.append(best_paused / size)
        rule_times.append({rule: t / size for rule, t in per_rule.items()})
        contexts = -(-size // FACTS_PER_CONTEXT)
        print(
            f"{size:8d} {contexts:9d} {findings:9d} {seconds:8.3f} {seconds / size * 1e6:8.2f} "
            f"{best_paused / size * 1e6:10.2f}"
        )
    scale = sizes[-1] / sizes[0]
    growth, growth_paused = totals[-1] / totals[0], paused[-1] / paused[0]
    print(
        f"time per fact, {sizes[-1]:,} vs {sizes[0]:,} facts ({scale:g}x more): {growth:.2f}x, "
        f"{growth_paused:.2f}x with the garbage collector paused (a quadratic step would show ~{scale:g}x)"
    )
    busy = [s for s in rule_times[-1] if rule_times[-1][s] > 0.01 * totals[-1]]  # steps doing real work
    print("per step, microseconds per fact (" + " -> ".join(f"{n:,}" for n in sizes) + " facts):")
    for step in busy:
        print(f"  {step:12} " + " -> ".join(f"{times[step] * 1e6:.2f}" for times in rule_times))
    linear = growth_paused < 3
    print("LINEAR: time per fact stays flat" if linear else "GROWING: look for a super-linear step")


if __name__ == "__main__":
    main()
