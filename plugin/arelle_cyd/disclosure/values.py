"""Fact values and fact references as the document writes them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from arelle_cyd.disclosure.layout import Slot
from arelle_cyd.filing import Fact, Period

JsonObject = dict[str, Any]


def period_json(period: Period | None) -> JsonObject | None:
    if period is None:
        return None
    return {"start": period.start.isoformat() if period.start else None, "end": period.end.isoformat()}


def pointer(*parts: str | int) -> str:
    """A JSON Pointer (RFC 6901) to a member of the document."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def fact_ref(fact: Fact) -> JsonObject:
    return {
        "concept": fact.qname,
        "factId": fact.fact_id,
        "contextRef": fact.context_id,
        "period": period_json(fact.context.period if fact.context else None),
        "sourceDocument": fact.document,
        "line": fact.line if fact.line and fact.line > 0 else None,
    }


def fact_ids(facts: Iterable[Fact]) -> list[str]:
    return [f.fact_id for f in facts if f.fact_id]


class InvalidValueError(Exception):
    """A fact value the schema cannot carry; the message says why."""


def convert(fact: Fact, slot: Slot) -> Any:
    """The JSON value of a fact for ``slot``; ``InvalidValueError`` when it has none."""
    if fact.is_nil:
        if slot.nillable:
            return None
        raise InvalidValueError("is nil, but the concept is not nillable")
    if fact.value_error:
        raise InvalidValueError(fact.value_error)
    text = fact.value or ""
    if slot.kind == "boolean":
        if fact.boolean is None:
            raise InvalidValueError(f"has {text.strip()[:40]!r}, which is not an xs:boolean")
        return fact.boolean
    if slot.kind == "date":
        try:
            return date.fromisoformat(text.strip()).isoformat()
        except ValueError:
            raise InvalidValueError(f"has {text.strip()[:40]!r}, which is not an ISO date") from None
    if slot.kind == "integer":
        try:
            return int(text.strip())
        except ValueError:
            raise InvalidValueError(f"has {text.strip()[:40]!r}, which is not an integer") from None
    return text
