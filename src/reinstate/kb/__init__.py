"""Domain knowledge as data: violation kinds, document kinds, metric names, domain words.

Every fact lives in a file under ``reinstate/kb/data/`` with its source, so it can be updated
without code changes. The loaders here read them once and return plain values.
"""

from __future__ import annotations

import importlib
import tomllib
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

if typing.TYPE_CHECKING:
    from reinstate.kb._playbooks import (
        QUESTION_KINDS,
        Evidence,
        Playbook,
        PreventiveAction,
        Question,
        playbook,
        playbooks,
        shared_questions,
    )

# The playbooks (for drafting) are imported on first use: `reinstate check` never reads them.
_PLAYBOOK_NAMES = frozenset(
    {
        "QUESTION_KINDS",
        "Evidence",
        "Playbook",
        "PreventiveAction",
        "Question",
        "playbook",
        "playbooks",
        "shared_questions",
    }
)


def __getattr__(name: str) -> Any:
    if name in _PLAYBOOK_NAMES:
        from reinstate.kb import _playbooks

        return getattr(_playbooks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "QUESTION_KINDS",
    "DocumentKind",
    "Evidence",
    "MetricPhrase",
    "Playbook",
    "PreventiveAction",
    "Question",
    "SpellingVariants",
    "ViolationKind",
    "data_folder",
    "document_kinds",
    "domain_words",
    "load_data",
    "metric_phrases",
    "playbook",
    "playbooks",
    "read_data_bytes",
    "read_data_text",
    "shared_questions",
    "spelling_variants",
    "violation_kinds",
]


@dataclass(frozen=True)
class ViolationKind:
    """A violation slug from taxonomy.md and the words that show a POA addresses it."""

    slug: str
    title: str
    addressed_by: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class DocumentKind:
    """A document Amazon may ask for and the words that show a POA provides it."""

    slug: str
    title: str
    mentioned_by: tuple[str, ...]


@dataclass(frozen=True)
class MetricPhrase:
    """Words a POA uses for a metric, and the computed metric names they stand for."""

    phrases: tuple[str, ...]
    names: tuple[str, ...]
    window_words: dict[str, str]


def read_data_text(package: str, name: str) -> str:
    """The text of data file `name` in `package`'s ``data`` folder."""
    return read_data_bytes(package, name).decode("utf-8")


def read_data_bytes(package: str, name: str) -> bytes:
    """The bytes of data file `name` (a path under ``data``) in `package`'s ``data`` folder.
    Read from the package's folder on disk when it has one (importing importlib.resources
    costs a tenth of a check's start-up); through importlib.resources otherwise (a zip)."""
    folder = data_folder(package)
    if folder is not None:
        return folder.joinpath(name).read_bytes()
    from importlib import resources

    return resources.files(package).joinpath("data", name).read_bytes()


def data_folder(package: str) -> Path | None:
    """`package`'s ``data`` folder on disk, or None when the package is not in a folder."""
    origin = getattr(importlib.import_module(package), "__file__", None)
    folder = Path(origin).parent / "data" if origin else None
    return folder if folder is not None and folder.is_dir() else None


def load_data(package: str, name: str) -> dict[str, Any]:
    """A TOML data file of `package`, parsed."""
    return tomllib.loads(read_data_text(package, name))


@cache
def violation_kinds() -> dict[str, ViolationKind]:
    """Every violation kind of the taxonomy, by slug."""
    table = load_data(__name__, "violations.toml")
    return {
        slug: ViolationKind(slug, row["title"], tuple(row["addressed_by"]), row["source"])
        for slug, row in table.items()
    }


@cache
def document_kinds() -> dict[str, DocumentKind]:
    """Every document kind a notice may request, by slug."""
    table = load_data(__name__, "documents.toml")
    return {
        slug: DocumentKind(slug, row["title"], tuple(row["mentioned_by"]))
        for slug, row in table.items()
    }


@cache
def metric_phrases() -> tuple[MetricPhrase, ...]:
    """How POAs name the computed metrics."""
    rows = load_data(__name__, "metrics.toml")["metric"]
    return tuple(
        MetricPhrase(tuple(row["phrases"]), tuple(row["names"]), dict(row.get("window_words", {})))
        for row in rows
    )


@dataclass(frozen=True)
class SpellingVariants:
    """British spellings: endings and inner parts to swap for the American form."""

    endings: tuple[tuple[str, str], ...]
    inner: tuple[tuple[str, str], ...]
    words: frozenset[str]

    def american_forms(self, word: str) -> list[str]:
        """The American spellings `word` may be a British form of."""
        forms = [word[: -len(b)] + a for b, a in self.endings if word.endswith(b)]
        return forms + [word.replace(b, a) for b, a in self.inner if b in word]


@cache
def spelling_variants() -> SpellingVariants:
    data = load_data(__name__, "spelling.toml")
    return SpellingVariants(
        endings=tuple((b, a) for b, a in data["endings"]),
        inner=tuple((b, a) for b, a in data["inner"]),
        words=frozenset(data["words"]),
    )


@cache
def domain_words() -> frozenset[str]:
    """Lower-case words the spelling rule accepts beyond its English word list."""
    lines = read_data_text(__name__, "dictionary.txt").splitlines()
    return frozenset(
        word.strip().lower() for word in lines if word.strip() and not word.startswith("#")
    )
