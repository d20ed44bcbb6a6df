"""Distilling all-MiniLM-L6-v2 into static token vectors (model2vec's method), training only.

``scripts/train-tone --distil`` embeds every token of the teacher's vocabulary alone
(``_tone_teacher.token_vectors``, about two minutes of CPU), centres them and keeps the
first `DIMS` principal components, and writes ``training/tone/token-vectors.npy`` (float16)
and ``training/tone/token-names.txt``. Every run of ``scripts/train-tone`` then groups the
whole-word tokens into `CLUSTERS` clusters of meaning (seeded k-means on the cosine) and
writes ``data/tone/clusters.txt`` (word, tab, cluster), which the classifier uses as a word
feature; retraining needs neither the teacher nor its weights.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from reinstate.review._tone_vectors import pieces, words

FOLDER = Path(__file__).parents[3] / "training" / "tone"
DIMS = 64
CLUSTERS = 300
_ROUNDS = 20
_SEED = 1
_WHOLE_WORD = re.compile(r"[a-z]{2,}")

Matrix = npt.NDArray[Any]


def reduce(raw: Matrix, dims: int = DIMS) -> Matrix:
    """The first `dims` principal components of the centred rows, scaled so that the mean
    row norm is 1."""
    centred = raw.astype(np.float64) - raw.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ axes[:dims].T
    result: Matrix = reduced / np.linalg.norm(reduced, axis=1).mean()
    return result.astype(np.float32)


def distil(folder: Path = FOLDER, dims: int = DIMS) -> None:
    """Embed the teacher's vocabulary and write the reduced table to `folder`."""
    from reinstate.review._tone_teacher import token_vectors

    names, raw = token_vectors()
    folder.mkdir(parents=True, exist_ok=True)
    np.save(folder / "token-vectors.npy", reduce(raw, dims).astype(np.float16))
    (folder / "token-names.txt").write_text("\n".join(names), encoding="utf-8")


@cache
def token_table(folder: Path = FOLDER) -> tuple[dict[str, int], Matrix] | None:
    """Token → row, and the float32 table; None when no table was distilled."""
    path = folder / "token-vectors.npy"
    if not path.exists():
        return None
    names = (folder / "token-names.txt").read_text(encoding="utf-8").split("\n")
    return {name: i for i, name in enumerate(names)}, np.load(path).astype(np.float32)


def sentence_vectors(texts: list[str], index: dict[str, int], table: Matrix) -> Matrix:
    """The mean token vector of each text, tokenised as review time does."""
    cache: dict[str, list[int]] = {}
    out = np.zeros((len(texts), table.shape[1]), np.float32)
    unknown = index["[UNK]"]
    for row, text in enumerate(texts):
        ids: list[int] = []
        for word in words(text):
            if word not in cache:
                cache[word] = [index.get(p, unknown) for p in pieces(word, index)]
            ids += cache[word]
        if ids:
            out[row] = table[ids].mean(axis=0)
    return out


def clusters(folder: Path = FOLDER, count: int = CLUSTERS) -> dict[str, int] | None:
    """Whole-word token → cluster: seeded spherical k-means over the distilled vectors
    (deterministic for one table). None when no table was distilled."""
    table = token_table(folder)
    if table is None:
        return None
    index, vectors = table
    names = [name for name in sorted(index, key=index.__getitem__) if _WHOLE_WORD.fullmatch(name)]
    points = vectors[[index[name] for name in names]].astype(np.float64)
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    centres = points[np.random.default_rng(_SEED).choice(len(points), count, replace=False)]
    for _ in range(_ROUNDS):
        nearest = (points @ centres.T).argmax(axis=1)
        for k in range(count):
            members = points[nearest == k]
            if len(members):
                mean = members.mean(axis=0)
                centres[k] = mean / np.linalg.norm(mean)
    nearest = (points @ centres.T).argmax(axis=1)
    return {name: int(k) for name, k in zip(names, nearest, strict=True)}


def write_clusters(path: Path, folder: Path = FOLDER) -> bool:
    """Write ``clusters.txt`` from the distilled table; False (file kept) when none."""
    found = clusters(folder)
    if found is None:
        return False
    text = "\n".join(f"{word}\t{k}" for word, k in sorted(found.items()))
    path.write_text(text + "\n", encoding="utf-8")
    return True
