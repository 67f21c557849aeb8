"""Selecting a cyd message in Arelle's messages pane shows the fact it is about.

Arelle's messages pane is a plain list of text lines: a message logged with
``modelObject=`` a fact carries the fact's file and line (``- abbv.htm 8``) but
selecting it does nothing. For our own findings we can do better: the line starts
with ``[<code>] <message>``, which identifies the finding among those the last cyd
run stored on its model, and ``modelXbrl.viewModelObject`` then selects the fact in
every open view (fact list, properties, ...), as clicking a fact in a view does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from arelle_cyd.filing import Fact
from arelle_cyd.findings import Finding

CYD_PREFIX = "[CYD."


def finding_for_line(models: Iterable[Any], line: str) -> tuple[Any, Finding] | None:
    """The model and finding a messages-pane line was logged for, if it is a cyd finding."""
    if not line.startswith(CYD_PREFIX):
        return None
    candidates = [
        (model, finding)
        for model in models
        for finding in getattr(model, "_arelle_cyd_findings", None) or ()
        if line.startswith(f"[{finding.code}] {finding.message}")
    ]
    # the same message for two open filings: the line's reference names the document
    named = [(m, f) for m, f in candidates if any(f" - {fact.document}" in line for fact in f.facts)]
    chosen = named or candidates
    return chosen[0] if chosen else None


def facts_with_source(finding: Finding) -> list[Fact]:
    """The finding's facts that Arelle's model holds (all of them, unless read from raw XML)."""
    return [fact for fact in finding.facts if fact.source is not None]


def describe(fact: Fact) -> str:
    where = " of ".join(str(part) for part in (fact.line and f"line {fact.line}", fact.document) if part)
    return f"{fact.qname} at {where}" if where else fact.qname


def show_fact_of_selected_message(cntlr: Any) -> Any:
    """Select the fact of the selected cyd message in the views; returns it (or None)."""
    listbox = cntlr.logView.listBox
    selection = listbox.curselection()
    if not selection:
        return None
    found = finding_for_line(cntlr.modelManager.loadedModelXbrls, str(listbox.get(selection[0])))
    if found is None:
        return None
    model, finding = found
    facts = facts_with_source(finding)
    if not facts:
        return None
    model.viewModelObject(facts[0].source)
    more = f" (first of {len(facts)} facts)" if len(facts) > 1 else ""
    cntlr.showStatus(f"{finding.code}: {describe(facts[0])}{more}", 10000)
    return facts[0].source


def link_messages_to_facts(cntlr: Any) -> None:
    """Bind the messages pane (it is built after the menus, hence called once the main loop runs)."""
    listbox = getattr(getattr(cntlr, "logView", None), "listBox", None)
    if listbox is not None:
        listbox.bind("<<ListboxSelect>>", lambda _event: show_fact_of_selected_message(cntlr), add="+")
