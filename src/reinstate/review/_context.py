"""What a review may be checked against: the notice, the computed metrics, the exhibits.

Each is optional; the rules that need one run only when it is given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.errors import FormatError
from reinstate.kb import document_kinds, violation_kinds
from reinstate.review._config import ReviewConfig
from reinstate.review._exhibits import ExhibitFolder
from reinstate.textio import display_name, read_text


@dataclass(frozen=True)
class NoticeFacts:
    """What the POA must answer, from Amazon's notice (the `reinstate notice` JSON shape)."""

    violations: tuple[str, ...] = ()
    asins: tuple[str, ...] = ()
    # Each entry is one request; several kinds in one entry are alternatives
    # ("invoices or receipts"): the request is answered when any of them is.
    documents: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_dict(cls, data: Any, source: str = "<notice>") -> NoticeFacts:
        if not isinstance(data, dict):
            raise FormatError("notice JSON must be an object", path=source)
        return cls(
            violations=_kinds(data.get("violations", []), source, "violations", violation_kinds()),
            asins=_strings(data.get("asins", []), source, "asins"),
            documents=_requests(data.get("documents", []), source),
        )


def _strings(value: Any, source: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FormatError("must be a list of strings", path=source, field=name)
    return tuple(value)


def _requests(value: Any, source: str) -> tuple[tuple[str, ...], ...]:
    """Requested documents, grouped into alternatives by the sentence that asks for them."""
    kinds = _kinds(value, source, "documents", document_kinds(), unique=False)
    groups: dict[str, list[str]] = {}
    for index, kind in enumerate(kinds):
        item = value[index]
        text = item.get("text") if isinstance(item, dict) else None
        key = text if isinstance(text, str) and text.strip() else f"#{index}"
        groups.setdefault(key, []).append(kind)
    unique = {tuple(dict.fromkeys(group)): None for group in groups.values()}
    return tuple(unique)


def _kinds(
    value: Any, source: str, name: str, known: Mapping[str, object], unique: bool = True
) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FormatError("must be a list", path=source, field=name)
    kinds = []
    for index, item in enumerate(value):
        kind = item.get("kind") if isinstance(item, dict) else item
        if not isinstance(kind, str):
            raise FormatError('needs a "kind" string', path=source, field=f"{name}[{index}]")
        if kind not in known:
            raise FormatError(
                f"unknown kind {kind!r}; known kinds are {', '.join(sorted(known))}",
                path=source,
                field=f"{name}[{index}]",
            )
        kinds.append(kind)
    return tuple(dict.fromkeys(kinds)) if unique else tuple(kinds)


@dataclass(frozen=True)
class ReviewContext:
    """Everything a review runs against besides the POA text."""

    config: ReviewConfig = field(default_factory=ReviewConfig)
    notice: NoticeFacts | None = None
    metrics: dict[str, float] | None = None
    exhibits: ExhibitFolder | None = None


def load_notice(path: str | Path) -> NoticeFacts:
    """A notice file: the JSON of `reinstate notice`, or Amazon's message itself
    (.txt, .eml, .html), read by notice intake."""
    text = read_text(path)
    name = display_name(path)
    if text.lstrip().startswith("{"):
        try:
            return NoticeFacts.from_dict(json.loads(text), name)
        except json.JSONDecodeError as error:
            raise FormatError(
                f"is not valid JSON ({error.msg})", path=name, line=error.lineno, column=error.colno
            ) from None
    return _read_raw_notice(path, name)


def _read_raw_notice(path: str | Path, name: str) -> NoticeFacts:
    from reinstate.notice import read_notice  # notice intake: heavier, needed here only

    return NoticeFacts.from_dict(read_notice(path).to_dict(), name)


def metrics_from_dict(data: Any, source: str = "<metrics>") -> dict[str, float]:
    """Metric values (fractions) from the `reinstate metrics` JSON shape."""
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise FormatError(
            'must be the JSON of `reinstate metrics`, with a "metrics" object', path=source
        )
    values: dict[str, float] = {}
    for name, metric in data["metrics"].items():
        if not isinstance(metric, dict):
            continue  # return_rate_by_sku is a list
        value = metric.get("value")
        if value is None:
            continue
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise FormatError(
                "must be a number or null", path=source, field=f"metrics.{name}.value"
            )
        values[name] = float(value)
    return values


def load_metrics(path: str | Path) -> dict[str, float]:
    """Metric values from a `reinstate metrics --format json` file."""
    name = display_name(path)
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise FormatError(
            f"is not valid JSON ({error.msg})", path=name, line=error.lineno, column=error.colno
        ) from None
    return metrics_from_dict(data, name)
