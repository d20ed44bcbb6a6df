"""Review settings: defaults, a TOML config file, and clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.errors import ConfigError
from reinstate.review import SETTINGS, ReviewConfig, ReviewContext, load_config, review_text


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "reinstate.toml"
    path.write_text(text)
    return path


def test_without_a_file_the_defaults_apply() -> None:
    assert load_config(None) == ReviewConfig()
    assert {s.name: s.default for s in SETTINGS}["max_words"] == 500


def test_a_config_changes_the_length_range_and_severities(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            '[review]\nmin_words = 2\nmax_words = 4\n[review.severity]\n"length.too-long" = "error"\n',
        )
    )
    review = review_text("We refunded all fourteen buyers on 3 May.", ReviewContext(config=config))
    too_long = [f for f in review.findings if f.rule == "length.too-long"]
    assert too_long
    assert too_long[0].severity == "error"


def test_disabled_rules_do_not_run_and_extra_words_are_spelled_right(tmp_path: Path) -> None:
    config = load_config(
        write(tmp_path, '[review]\ndisable = ["length.too-short"]\nwords = ["dropshipz"]\n')
    )
    review = review_text("We stopped using dropshipz on 3 May.", ReviewContext(config=config))
    assert not {"length.too-short", "spelling.unknown-word"} & {f.rule for f in review.findings}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[review]\nmax_wordz = 3\n", 'field "max_wordz": unknown setting'),
        ("[review]\nmax_words = -1\n", 'field "max_words": must be a whole number'),
        ("[review]\nmin_words = 9\nmax_words = 3\n", "min_words is larger than max_words"),
        ('[review]\nseverity = {"tone.blame" = "fatal"}\n', 'field "severity": must map rule ids'),
        ("[review\n", "is not valid TOML"),
    ],
)
def test_a_bad_setting_is_an_error_naming_the_file_and_field(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, text))
