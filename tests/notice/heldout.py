"""Reading a held-out notice folder: each NN-slug.expected.json beside its notice, and what
the reader found in the same shape as the writer's expectations."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from reinstate.notice import read_notice


def source_of(expected: Path) -> Path:
    """The notice (.txt, .eml, .html) whose expectations `expected` holds."""
    stem = expected.name.removesuffix(".expected.json")
    folder = expected.parent
    return next(p for p in folder.glob(f"{stem}.*") if not p.name.endswith(".expected.json"))


def observed(path: Path) -> dict[str, Any]:
    """What `read_notice` found, in the fields of an .expected.json."""
    notice = read_notice(path).to_dict()
    deadline = notice["deadline"] or {}
    hours = deadline.get("hours")
    return {
        "message_type": notice["message_type"],
        "violations": sorted(v["kind"] for v in notice["violations"]),
        "asins": sorted(notice["asins"]),
        "order_ids": sorted(notice["order_ids"]),
        "deadline_days": deadline.get("days") or (math.ceil(hours / 24) if hours else None),
        "document_kinds": sorted({d["kind"] for d in notice["documents"]}),
    }


def read_right(folder: Path, fields: tuple[str, ...]) -> dict[str, int]:
    """How many notices of `folder` have each of `fields` read as their writer expected."""
    counts = dict.fromkeys(fields, 0)
    for case in sorted(folder.glob("*.expected.json")):
        expected = json.loads(case.read_text(encoding="utf-8"))
        got = observed(source_of(case))
        for field in fields:
            want = expected.get(field)
            want = sorted(set(want)) if isinstance(want, list) else want
            counts[field] += got[field] == want
    return counts
