"""Training the tone classifier (``scripts/train-tone``): deterministic, seeded, numpy only.

Reads the labelled sentences of ``data/tone/LABEL.txt`` and ``LABEL-*.txt`` (one sentence a
line, ``## group`` starting a group of one author style), expands
``data/tone/templates.toml``, adds the tone rules' own examples and, when the repository's
POA corpus is at hand, every body sentence
of its strong plans as neutral. It first trains without some whole groups (styles and
templates never seen in training) and prints precision and recall on them, then trains
on everything and writes ``data/tone/vocabulary.txt`` and ``weights.bin``. Before that it
rewrites ``data/tone/clusters.txt`` from the distilled MiniLM table (``_tone_distil``) when
``training/tone/`` holds one.
"""

from __future__ import annotations

import argparse
import random
import re
import tomllib
from array import array
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

from reinstate.review._tone_distil import distil, sentence_vectors, token_table, write_clusters
from reinstate.review._tone_model import (
    LABELS,
    ToneModel,
    concepts_and_clusters_changed,
    features,
    model_from,
)
from reinstate.review._tone_vectors import PieceScores

TONE = Path(__file__).parent / "data" / "tone"
CORPUS = Path(__file__).parents[3] / "tests" / "corpus" / "poa"
SEED = 20261205
EPOCHS = 300
RATE = 0.05
L2 = 2e-4
MIN_COUNT = 2
L2_HEAD = 2e-4
SPARSE = True  # the word features (off only to measure the vectors alone)
# The sentence's mean distilled MiniLM vector under a head trained jointly: measured
# (benchmarks/tone_crossval.py --vectors), no gain, so not shipped.
VECTORS = False
# Whole groups kept out of the first training, to measure on styles never seen.
HELD_OUT = frozenset(
    {
        "blame/esl",
        "threat/esl",
        "emotive/esl",
        "emotive/story",
        "neutral/legal-neutral",
        "neutral/customers",
        "t-blame-staff",
        "t-threat-leave",
        "t-emotive-feeling",
        "t-neutral-legal",
    }
)


@dataclass(frozen=True)
class Example:
    label: str
    group: str
    text: str


def examples(corpus: Path = CORPUS) -> list[Example]:
    """Every labelled sentence: written, templated, rule examples, corpus sentences."""
    found = [e for label in LABELS for e in _written(label)]
    found += _templated()
    found += _rule_examples()
    found += _corpus_sentences(corpus)
    return found + [twin for e in found if (twin := _first_person_singular(e)) is not None]


_WE = [
    (re.compile(r"\bWe\b"), "I"),
    (re.compile(r"\bwe\b"), "I"),
    (re.compile(r"\bOur\b"), "My"),
    (re.compile(r"\bour\b"), "my"),
    (re.compile(r"\bus\b"), "me"),
    (re.compile(r"\bourselves\b"), "myself"),
    (re.compile(r"\bI are\b"), "I am"),
    (re.compile(r"\bI were\b"), "I was"),
    (re.compile(r"\bI've\b"), "I've"),
]


def _first_person_singular(example: Example) -> Example | None:
    """The same sentence as a sole trader writes it ("we" → "I"), so that the voice of a
    plan is never taken for its tone. None when the sentence has no "we"."""
    text = example.text
    for pattern, replacement in _WE:
        text = pattern.sub(replacement, text)
    if text == example.text:
        return None
    return Example(example.label, example.group, text)


def _written(label: str) -> list[Example]:
    """The sentences of ``LABEL.txt`` and ``LABEL-*.txt`` (each file a source of its own)."""
    group, found = "", []
    for path in [TONE / f"{label}.txt", *sorted(TONE.glob(f"{label}-*.txt"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                group = f"{label}/{line[3:].strip()}"
            elif line.strip() and not line.startswith("#"):
                found.append(Example(label, group, line.strip()))
    return found


def _templated() -> list[Example]:
    data = tomllib.loads((TONE / "templates.toml").read_text(encoding="utf-8"))
    chooser = random.Random(SEED)
    found, seen = [], set()
    for template in data["template"]:
        for _ in range(template["n"]):
            text = chooser.choice(template["text"])
            values = {slot: chooser.choice(words) for slot, words in data["slots"].items()}
            sentence = text.format(**values).strip()
            sentence = sentence[0].upper() + sentence[1:]
            if sentence not in seen:
                seen.add(sentence)
                found.append(Example(template["label"], template["id"], sentence))
    return found


def _rule_examples() -> list[Example]:
    from reinstate.review._rules import rules_by_id

    found = []
    for label in LABELS[1:]:
        rule = rules_by_id()[f"tone.{label}"]
        found += [Example(label, "rule-examples", text) for text in rule.match]
        found += [Example("neutral", "rule-examples", text) for text in rule.no_match]
    return found


def _corpus_sentences(corpus: Path) -> list[Example]:
    from reinstate.review._document import Document

    found = []
    for index, case in enumerate(sorted(corpus.glob("[0-9]*.md"))):
        meta = tomllib.loads(case.with_suffix(".toml").read_text(encoding="utf-8"))
        if meta.get("quality") != "strong":
            continue
        group = f"corpus/{index % 4}"
        for sentence in Document(case.read_text(encoding="utf-8")).sentences:
            if not sentence.is_heading and sentence.words >= 3:
                found.append(Example("neutral", group, sentence.text))
    return found


@dataclass
class Trained:
    vocabulary: list[str]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    # Each MiniLM token's four scores (its distilled vector times the head), or None.
    pieces: tuple[list[str], npt.NDArray[np.float32]] | None = None

    def model(self) -> ToneModel:
        """The review-time model of these weights."""
        model = model_from(self.vocabulary, self.weights.tolist(), self.bias.tolist())
        if self.pieces is None:
            return model
        names, table = self.pieces
        numbers = array("f", table.astype(np.float32).ravel().tolist())
        return replace(model, pieces=PieceScores({n: i for i, n in enumerate(names)}, numbers))


def train(data: list[Example]) -> Trained:
    """Multinomial logistic regression, full-batch Adam, classes weighted to balance, over
    the sparse word features and (when a distilled table is at hand and `VECTORS` is set)
    the sentence's mean MiniLM token vector."""
    rows_features = [features(e.text) if SPARSE else [] for e in data]
    counts = Counter(f for row in rows_features for f in set(row))
    vocabulary = sorted(f for f, count in counts.items() if count >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = np.array([r for r, fs in enumerate(rows_features) for f in fs if f in index], int)
    cols = np.array([index[f] for fs in rows_features for f in fs if f in index], int)
    target = np.zeros((len(data), len(LABELS)))
    target[np.arange(len(data)), [LABELS.index(e.label) for e in data]] = 1
    share = target.sum(axis=0)
    sample_weight = (target / np.maximum(share, 1)).sum(axis=1) * len(data) / len(LABELS)
    weights = np.zeros((len(vocabulary), len(LABELS)))
    bias = np.zeros(len(LABELS))
    table = token_table() if VECTORS else None
    dense = (
        sentence_vectors([e.text for e in data], *table).astype(np.float64)
        if table is not None
        else np.zeros((len(data), 0))
    )
    head = np.zeros((dense.shape[1], len(LABELS)))
    adam = _Adam([weights, bias, head])
    for _ in range(EPOCHS):
        probs = _softmax(bias + _gather_sum(weights, rows, cols, len(data)) + dense @ head)
        delta = (probs - target) * sample_weight[:, None] / len(data)
        grad_w = np.stack(
            [np.bincount(cols, delta[rows, k], len(vocabulary)) for k in range(len(LABELS))], 1
        )
        adam.step([grad_w + L2 * weights, delta.sum(axis=0), dense.T @ delta + L2_HEAD * head])
    trained = Trained(vocabulary, weights.astype(np.float32), bias.astype(np.float32))
    if table is not None:
        index, vectors = table
        names = sorted(index, key=index.__getitem__)
        trained.pieces = (names, (vectors @ head).astype(np.float32))
    return trained


def _gather_sum(
    weights: npt.NDArray[np.float64],
    rows: npt.NDArray[np.int64],
    cols: npt.NDArray[np.int64],
    n: int,
) -> npt.NDArray[np.float64]:
    return np.stack(
        [np.bincount(rows, weights[cols, k], n) for k in range(weights.shape[1])], axis=1
    )


def _softmax(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    scores = scores - scores.max(axis=1, keepdims=True)
    odds = np.exp(scores)
    result: npt.NDArray[np.float64] = odds / odds.sum(axis=1, keepdims=True)
    return result


class _Adam:
    def __init__(self, params: list[npt.NDArray[np.float64]]) -> None:
        self.params = params
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads: list[npt.NDArray[np.float64]]) -> None:
        self.t += 1
        for p, g, m, v in zip(self.params, grads, self.m, self.v, strict=True):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            m_hat = m / (1 - 0.9**self.t)
            v_hat = v / (1 - 0.999**self.t)
            p -= RATE * m_hat / (np.sqrt(v_hat) + 1e-8)


def evaluate(trained: Trained, data: list[Example], thresholds: dict[str, float]) -> list[str]:
    """Lines of precision and recall per label on `data`."""
    model = trained.model()
    probs = np.array(model.probabilities([e.text for e in data]))
    lines = []
    for k, label in enumerate(LABELS[1:], start=1):
        flagged = probs[:, k] >= thresholds[label]
        truth = np.array([e.label == label for e in data])
        hit = int((flagged & truth).sum())
        false = int((flagged & ~truth).sum())
        lines.append(
            f"{label:8} caught {hit}/{int(truth.sum())}, false alarms {false}"
            f" (of {int((~truth).sum())} other sentences)"
        )
        for e, f, t in zip(data, flagged, truth, strict=True):
            if f != t:
                lines.append(f"    {'missed' if t else 'false '} [{e.label}] {e.text}")
    return lines


def save(trained: Trained, folder: Path) -> None:
    """``vocabulary.txt`` and ``weights.bin`` (little-endian float32: bias, then rows)."""
    numbers = np.concatenate([trained.bias, trained.weights.ravel()]).astype("<f4")
    _write(folder / "vocabulary.txt", "\n".join(trained.vocabulary).encode("utf-8"))
    _write(folder / "weights.bin", numbers.tobytes())


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the tone classifier.")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--quiet", action="store_true", help="do not list the misses")
    parser.add_argument(
        "--distil", action="store_true", help="first distil the teacher's token vectors"
    )
    args = parser.parse_args()
    if args.distil:
        distil()
    if write_clusters(TONE / "clusters.txt"):
        concepts_and_clusters_changed()
    data = examples()
    thresholds = dict.fromkeys(LABELS[1:], args.threshold)
    print(f"{len(data)} sentences: {dict(Counter(e.label for e in data))}")
    held = [e for e in data if e.group in HELD_OUT or e.group == "corpus/3"]
    kept = [e for e in data if e not in held]
    print(f"held out by group ({len(held)} sentences, groups never trained on):")
    for line in evaluate(train(kept), held, thresholds):
        if not (args.quiet and line.startswith("    ")):
            print(line)
    trained = train(data)
    save(trained, TONE)
    print(f"wrote {TONE}/vocabulary.txt and weights.bin: {len(trained.vocabulary)} features")


if __name__ == "__main__":
    main()
