"""The reviewer run on a draft, and writing the draft without half-written files."""

from __future__ import annotations

from pathlib import Path

from reinstate.draft._case import Case
from reinstate.outputs import write_text
from reinstate.review import (
    ExhibitFolder,
    NoticeFacts,
    Review,
    ReviewContext,
    metrics_from_dict,
    review_text,
)


def review_context(case: Case, exhibits: str | Path | None = None) -> ReviewContext:
    """What the reviewer checks a draft of `case` against: its notice, metrics and the
    evidence folder when it holds files."""
    folder = ExhibitFolder.scan(exhibits) if exhibits is not None and case.exhibit_files else None
    return ReviewContext(
        notice=NoticeFacts.from_dict(case.notice.to_dict(), case.notice.source),
        metrics=metrics_from_dict(dict(case.metrics)) if case.metrics else None,
        exhibits=folder,
    )


def review_draft(
    text: str, case: Case, exhibits: str | Path | None = None, *, path: str = "<draft>"
) -> Review:
    """`reinstate check` on a draft: structure, tone, coverage, figures and exhibits."""
    return review_text(text, review_context(case, exhibits), path=path)


def write_text_atomically(path: str | Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename: never half-written,
    never through a link or over a device (`reinstate.outputs`)."""
    write_text(path, text)
