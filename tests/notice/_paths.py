"""Shared paths for the notice tests."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "notices"


def corpus_notices() -> list[Path]:
    """Every notice file of the corpus (each has a golden `.json` beside it)."""
    return sorted(path for path in CORPUS.iterdir() if path.suffix != ".json")
