"""Building review contexts from plain test data."""

from __future__ import annotations

from typing import Any

from reinstate.review import ExhibitFolder, NoticeFacts, ReviewConfig, ReviewContext


def context_from(data: dict[str, Any]) -> ReviewContext:
    """A ReviewContext from `{notice, exhibits, metrics, config}` plain values."""
    notice = data.get("notice")
    exhibits = data.get("exhibits")
    return ReviewContext(
        config=ReviewConfig().with_values(data.get("config", {})),
        notice=NoticeFacts.from_dict(notice_json(notice)) if notice is not None else None,
        metrics=dict(data["metrics"]) if "metrics" in data else None,
        exhibits=ExhibitFolder.of_names(list(exhibits)) if exhibits is not None else None,
    )


def notice_json(short: dict[str, Any]) -> dict[str, Any]:
    """Notice JSON (version 1) from the short form of rule examples: violations and
    documents as bare kinds, or as objects."""
    data = dict(short, version=1)
    data["violations"] = [
        {"kind": item} if isinstance(item, str) else item for item in short.get("violations", [])
    ]
    data["documents"] = [
        {"kind": item} if isinstance(item, str) else item for item in short.get("documents", [])
    ]
    return data
