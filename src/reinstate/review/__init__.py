"""The Plan of Action reviewer: lint a POA against Amazon's guidance.

    >>> from reinstate.review import review_text
    >>> review_text("We will try to ship faster.").ready
    False

Rules are data (``data/rules/*.toml``), each with its source and examples; checks that
phrases cannot express are in ``_checks``. See docs/review.md.
"""

from __future__ import annotations

from pathlib import Path

from reinstate import textio
from reinstate.review._config import SETTINGS, ReviewConfig, Setting, load_config
from reinstate.review._context import (
    NoticeFacts,
    ReviewContext,
    catalogue_words,
    load_catalogue,
    load_metrics,
    load_notice,
    metrics_from_dict,
)
from reinstate.review._engine import Review, review_text
from reinstate.review._exhibits import INDEX_FILE, ExhibitFolder, find_citations
from reinstate.review._matrix import COLUMNS, CoverageRow, coverage_matrix
from reinstate.review._model import Finding, Rule, Severity
from reinstate.review._render import RENDERERS, render_json, render_sarif, render_text
from reinstate.review._rules import load_rules

__all__ = [
    "COLUMNS",
    "INDEX_FILE",
    "RENDERERS",
    "SETTINGS",
    "CoverageRow",
    "ExhibitFolder",
    "Finding",
    "NoticeFacts",
    "Review",
    "ReviewConfig",
    "ReviewContext",
    "Rule",
    "Setting",
    "Severity",
    "catalogue_words",
    "coverage_matrix",
    "find_citations",
    "load_catalogue",
    "load_config",
    "load_metrics",
    "load_notice",
    "load_rules",
    "metrics_from_dict",
    "render_json",
    "render_sarif",
    "render_text",
    "review_file",
    "review_text",
]


def review_file(
    path: str | Path,
    *,
    notice: str | Path | None = None,
    metrics: str | Path | None = None,
    exhibits: str | Path | None = None,
    config: str | Path | None = None,
    orders: tuple[str | Path, ...] = (),
) -> Review:
    """Review the POA at `path` (`-` for standard input) against the optional notice,
    metrics JSON, exhibits folder, config file and all-orders reports (whose product names
    the spelling rule then knows)."""
    context = ReviewContext(
        config=load_config(config),
        notice=load_notice(notice) if notice is not None else None,
        metrics=load_metrics(metrics) if metrics is not None else None,
        exhibits=ExhibitFolder.scan(exhibits) if exhibits is not None else None,
        catalogue=load_catalogue(orders) if orders else frozenset(),
    )
    from reinstate.errors import InputError

    text = textio.read_text(path, "plan")
    if not text.strip():
        raise InputError(
            "is empty: there is no plan to review",
            path=textio.display_name(path),
            hint="Write the plan of action in the file (plain text or Markdown).",
        )
    return review_text(text, context, path=textio.display_name(path))
