"""Review settings: defined once (name, default, help) in ``SETTINGS``; that table drives
validation of a ``--config`` file, the defaults and the documentation (docs/review.md).

A config file is TOML with a ``[review]`` table::

    [review]
    min_words = 250
    max_words = 600
    disable = ["spelling.unknown-word"]
    words = ["Shenzhen", "Acme"]

    [review.severity]
    "style.introduction" = "error"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from reinstate.errors import ConfigError
from reinstate.review._model import SEVERITIES, Severity


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    type: type
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("min_words", 300, int, "Fewer words than this raise length.too-short."),
    Setting("max_words", 500, int, "More words than this raise length.too-long."),
    Setting(
        "long_sentence_words", 35, int, "Sentences longer than this raise grammar.long-sentence."
    ),
    Setting("disable", [], list, "Rule ids that are not run."),
    Setting("words", [], list, "Extra words the spelling rule accepts (names, brands)."),
    Setting("severity", {}, dict, "Severity per rule id, overriding the rule's own."),
)


@dataclass(frozen=True)
class ReviewConfig:
    """The settings of one review; defaults as in ``SETTINGS``."""

    min_words: int = 300
    max_words: int = 500
    long_sentence_words: int = 35
    disable: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict, hash=False)

    def with_values(self, values: dict[str, Any], source: str = "<config>") -> ReviewConfig:
        """A copy with `values` applied, each checked against ``SETTINGS``."""
        known = {setting.name: setting for setting in SETTINGS}
        changes: dict[str, Any] = {}
        for name, value in values.items():
            if name not in known:
                raise ConfigError(
                    f"unknown setting; known settings are {', '.join(sorted(known))}",
                    path=source,
                    field=name,
                )
            changes[name] = _coerce(known[name], value, source)
        if changes.get("min_words", self.min_words) > changes.get("max_words", self.max_words):
            raise ConfigError("min_words is larger than max_words", path=source, field="min_words")
        return replace(self, **changes)


def _coerce(setting: Setting, value: Any, source: str) -> Any:
    if setting.type is int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(
                "must be a whole number of 0 or more", path=source, field=setting.name
            )
        return value
    if setting.type is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError("must be a list of strings", path=source, field=setting.name)
        return frozenset(v.lower() if setting.name == "words" else v for v in value)
    if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
        raise ConfigError(
            f"must map rule ids to one of {', '.join(SEVERITIES)}", path=source, field=setting.name
        )
    return dict(value)


def load_config(path: str | Path | None) -> ReviewConfig:
    """The settings in a TOML config file (its ``[review]`` table), or the defaults."""
    config = ReviewConfig()
    if path is None:
        return config
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("no such config file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot be read ({error})", path=str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"is not valid TOML ({error})", path=str(path)) from None
    table = data.get("review", {})
    if not isinstance(table, dict):
        raise ConfigError("[review] must be a table", path=str(path), field="review")
    return config.with_values(table, str(path))


assert {f.name for f in fields(ReviewConfig)} == {s.name for s in SETTINGS}
