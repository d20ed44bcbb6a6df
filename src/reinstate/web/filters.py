"""Template filters: percentages, deadline countdowns, labels. All output is escaped (the
templates autoescape; nothing here marks text safe)."""

from __future__ import annotations

from typing import Any

from reinstate.metrics import targets  # the metric labels of targets.toml
from reinstate.web.states import STATES


def percent(value: Any, digits: int = 2) -> str:
    if value is None or value == "":
        return "–"
    return f"{float(value) * 100:.{digits}f} %"


def urgency(days: int | None) -> str:
    """A class for a deadline `days` away: overdue, urgent (≤ 3), soon (≤ 7), ok, none."""
    if days is None:
        return "none"
    if days < 0:
        return "overdue"
    return "urgent" if days <= 3 else "soon" if days <= 7 else "ok"


def countdown(days: int | None) -> str:
    if days is None:
        return "no deadline"
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} overdue"
    if days == 0:
        return "due today"
    return f"{days} day{'s' if days != 1 else ''} left"


def state_label(state: str) -> str:
    return STATES.get(state, state)


def slug_label(value: str) -> str:
    return str(value).replace("_", " ").replace("-", " ").capitalize()


def metric_items(metrics: dict[str, Any] | None) -> list[tuple[str, dict[str, Any]]]:
    """The metrics with a value, skipping the per-SKU return list."""
    return [
        (name, metric)
        for name, metric in (metrics or {}).items()
        if isinstance(metric, dict) and metric.get("value") is not None
    ]


def top(groups: list[Any], count: int = 5) -> list[Any]:
    return list(groups or [])[:count]


def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key)


def metric_label(name: str) -> str:
    known = targets().get(name)
    return known.label if known else slug_label(name)


def unbullet(text: str) -> str:
    """A list item without the dash or bullet it was pasted with."""
    return str(text).lstrip("-–—•* ").strip()
