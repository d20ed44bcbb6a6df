"""The coverage matrix: for each issue of the notice, whether the plan gives a root cause,
corrective actions, preventive actions and evidence for it.

A part covers an issue when one of its sentences names the issue (its violation's words from
the taxonomy, or one of its ASINs); when the notice has a single issue, every sentence of the
plan is about it. Evidence is covered when a sentence about the issue cites an exhibit, and,
when the exhibits are known, a file answers the citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reinstate.kb import violation_kinds
from reinstate.review._checks._common import parts_of
from reinstate.review._document import Document, Sentence
from reinstate.review._exhibits import ExhibitFolder, find_citations
from reinstate.review._model import phrase_pattern
from reinstate.review._sections import PARTS

COLUMNS = (*PARTS, "evidence")


@dataclass(frozen=True)
class CoverageRow:
    """One issue and, for each column, "yes", "no" or "missing" (evidence cited, file absent)."""

    issue: str
    kind: str
    title: str
    cells: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"issue": self.issue, "kind": self.kind, "title": self.title, "cells": self.cells}


def coverage_matrix(
    text: str, issues: list[dict[str, Any]], exhibits: ExhibitFolder | None = None
) -> list[CoverageRow]:
    """One row per issue (the notice JSON's ``issues``: id, kind, asins, text)."""
    doc = Document(text, "<plan>")
    parts = parts_of(doc)
    single = len(issues) == 1
    rows = []
    for issue in issues:
        about = _naming(issue, single)
        cells = {name: _yes(any(about(s) for s in parts[name].sentences)) for name in PARTS}
        sentences = [s for part in parts.values() for s in part.sentences if about(s)]
        cells["evidence"] = _evidence(sentences, exhibits)
        rows.append(CoverageRow(issue["id"], issue["kind"], _title(issue["kind"]), cells))
    return rows


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _title(kind: str) -> str:
    known = violation_kinds().get(kind)
    return known.title if known else kind.replace("-", " ").capitalize()


def _naming(issue: dict[str, Any], single: bool) -> Any:
    if single:
        return lambda sentence: not sentence.is_heading
    known = violation_kinds().get(issue["kind"])
    words = [*(known.addressed_by if known else ()), *issue.get("asins", [])]
    if not words:
        return lambda sentence: False
    pattern = re.compile("|".join(phrase_pattern(w) for w in words), re.IGNORECASE)
    return lambda sentence: bool(pattern.search(sentence.text))


def _evidence(sentences: list[Sentence], exhibits: ExhibitFolder | None) -> str:
    citations = [c for s in sentences for c in find_citations(s.text)]
    if not citations:
        return "no"
    if exhibits is None or any(exhibits.answer(c) for c in citations):
        return "yes"
    return "missing"
