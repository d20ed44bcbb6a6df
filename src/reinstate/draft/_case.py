"""A case: the notice, the metrics, the evidence folder and the seller's answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.draft._answers import Answer
from reinstate.errors import FormatError, InputError
from reinstate.notice import Notice, read_notice
from reinstate.review import INDEX_FILE
from reinstate.textio import display_name, folder_files, read_json


@dataclass(frozen=True)
class Case:
    """Everything a draft is written from. `metrics` is the `reinstate metrics` JSON;
    `exhibit_files` the file names in the evidence folder (empty when there is none)."""

    notice: Notice
    answers: Mapping[str, Answer] = field(default_factory=dict)
    metrics: Mapping[str, Any] | None = None
    exhibit_files: tuple[str, ...] = ()


def read_metrics_json(path: str | Path) -> dict[str, Any]:
    """The JSON of `reinstate metrics --format json`."""
    name = display_name(path)
    data = read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise FormatError(
            'must be the JSON of `reinstate metrics`, with a "metrics" object', path=name
        )
    return data


def exhibit_file_names(folder: str | Path) -> tuple[str, ...]:
    """The evidence files in `folder`, sorted; hidden files and index.txt aside."""
    path = Path(folder)
    if not path.exists():
        return ()
    if not path.is_dir():
        raise InputError("is not a folder", path=str(folder))
    names = [p.name for p in folder_files(path)]
    return tuple(sorted(n for n in names if not n.startswith(".") and n != INDEX_FILE))


def load_case(
    notice: str | Path,
    *,
    answers: Mapping[str, Answer] | None = None,
    metrics: str | Path | None = None,
    exhibits: str | Path | None = None,
) -> Case:
    """A case from files: the notice (.txt, .eml, .html or its JSON), optional metrics
    JSON and evidence folder."""
    return Case(
        notice=read_notice(notice),
        answers=dict(answers or {}),
        metrics=read_metrics_json(metrics) if metrics is not None else None,
        exhibit_files=exhibit_file_names(exhibits) if exhibits is not None else (),
    )
