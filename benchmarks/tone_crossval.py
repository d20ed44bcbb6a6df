"""Leave-one-source-out for the tone classifier: every group of labelled sentences (one
author style, one template, one language) is scored by a model trained without it.

The groups are dealt into `--folds` folds by a stable hash of their names; each fold is
scored by a model trained on the other folds, so every sentence is judged by a model that
never saw its style. Prints, at the tone rules' own thresholds, recall per label and the
false alarms on neutral sentences (the classifier alone: no phrase patterns, no `owned`
setting), overall and on the hand-written groups only (templates repeat their wording).

    .venv/bin/python benchmarks/tone_crossval.py [--folds 8] [--misses FILE]
        [--vectors | --vectors-only]
"""

from __future__ import annotations

import argparse
import os
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from reinstate.review import _tone_train as tone_train
from reinstate.review._rules import rules_by_id
from reinstate.review._tone_model import LABELS
from reinstate.review._tone_train import Example, examples, train


def thresholds() -> dict[str, float]:
    """Each tone rule's threshold, as the reviewer uses it."""
    return {
        label: float(rules_by_id()[f"tone.{label}"].params.get("threshold", 0.5))
        for label in LABELS[1:]
    }


def fold_of(example: Example, folds: int) -> int:
    return zlib.crc32(example.group.encode("utf-8")) % folds


def crossval(data: list[Example], folds: int) -> np.ndarray:
    """P(label) of every example from the model trained without its fold."""
    probs = np.zeros((len(data), len(LABELS)))
    fold = np.array([fold_of(e, folds) for e in data])
    for k in range(folds):
        kept = [e for e, f in zip(data, fold, strict=True) if f != k]
        model = train(kept).model()
        held = np.flatnonzero(fold == k)
        probs[held] = model.probabilities([data[i].text for i in held])
    return probs


def report(data: list[Example], probs: np.ndarray, limits: dict[str, float]) -> list[str]:
    lines = []
    labels = np.array([e.label for e in data])
    flagged_any = np.zeros(len(data), bool)
    for k, label in enumerate(LABELS[1:], start=1):
        flagged = probs[:, k] >= limits[label]
        flagged_any |= flagged
        truth = labels == label
        lines.append(
            f"{label:8} recall {int((flagged & truth).sum())}/{int(truth.sum())}"
            f" ({100 * (flagged & truth).sum() / max(truth.sum(), 1):.1f} %)"
        )
    neutral = labels == "neutral"
    for k, label in enumerate(LABELS[1:], start=1):
        auc = _auc(probs[labels == label, k], probs[neutral, k])
        lines.append(f"{label:8} AUC against neutral {auc:.3f}")
    alarms = int((flagged_any & neutral).sum())
    lines.append(
        f"neutral  false alarms {alarms}/{int(neutral.sum())}"
        f" ({100 * alarms / max(neutral.sum(), 1):.1f} %)"
    )
    return lines


def _auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """The chance that a random sentence of the label scores above a random neutral one:
    a figure free of the threshold."""
    if not len(positive) or not len(negative):
        return float("nan")
    ranks = np.concatenate([positive, negative]).argsort().argsort() + 1.0
    wins = ranks[: len(positive)].sum() - len(positive) * (len(positive) + 1) / 2
    return float(wins / (len(positive) * len(negative)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--misses", type=Path, help="write the misses to this file")
    parser.add_argument(
        "--vectors", action="store_true", help="add the mean distilled MiniLM vector (joint head)"
    )
    parser.add_argument(
        "--vectors-only", action="store_true", help="the MiniLM vector alone, no word features"
    )
    args = parser.parse_args()
    tone_train.VECTORS = args.vectors or args.vectors_only
    tone_train.SPARSE = not args.vectors_only
    start = time.process_time()
    data = examples()
    probs = crossval(data, args.folds)
    limits = thresholds()
    print(
        f"{len(data)} sentences in {len({e.group for e in data})} groups, {args.folds} folds;"
        f" load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print(f"thresholds {limits}")
    print("all groups:")
    print("\n".join(f"  {line}" for line in report(data, probs, limits)))
    written = [i for i, e in enumerate(data) if "/" in e.group and not e.group.startswith("corpus")]
    print("hand-written groups only:")
    print(
        "\n".join(
            f"  {line}" for line in report([data[i] for i in written], probs[written], limits)
        )
    )
    if args.misses:
        out = []
        for e, row in zip(data, probs, strict=True):
            top = [label for k, label in enumerate(LABELS[1:], 1) if row[k] >= limits[label]]
            if (e.label == "neutral" and top) or (e.label != "neutral" and e.label not in top):
                out.append(f"{e.label}\t{','.join(top) or '-'}\t{e.group}\t{e.text}")
        args.misses.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"groups by label: {dict(Counter(e.label for e in data))}")
    print(f"{time.process_time() - start:.0f} s CPU")


if __name__ == "__main__":
    main()
