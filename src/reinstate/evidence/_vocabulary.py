"""The words of an invoice, from ``data/invoice.toml``: labels as regular expressions, with
examples a test walks, and the settings of catalogue matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.errors import ConfigError
from reinstate.kb import load_data


@dataclass(frozen=True)
class Label:
    """A kind of label ("buyer", "date"…): its pattern, and cells it must and must not match.
    A label marked `alone` in the data heads a block: it is a cell of its own or ends with
    a colon ("Bill To", "Customer: …"); the others may run on into their value."""

    name: str
    pattern: re.Pattern[str]
    match: tuple[str, ...]
    no_match: tuple[str, ...]

    def at_start(self, text: str) -> re.Match[str] | None:
        """The label at the start of `text`, as a whole word or up to a colon."""
        return self.pattern.match(text.strip())


@dataclass(frozen=True)
class Vocabulary:
    labels: dict[str, Label]
    matching: dict[str, Any]
    day_first_words: dict[str, str]  # a heading word -> the country whose date order it uses

    def __getitem__(self, name: str) -> Label:
        return self.labels[name]


def _label(name: str, row: dict[str, Any]) -> Label:
    try:
        # a block label may carry a gloss in brackets ("Buyer (Bill to)", "Consignee (Ship
        # to)") or a translation after a slash ("Cliente / Customer", "SOLD TO / MESSRS.")
        gloss = r"(\s*\([^)]{1,30}\)|\s*/\s*[^/:()]{1,30}?)?"
        end = rf"{gloss}\s*(:|$)" if row.get("alone") else r"(?!(?<=\w)\w)\s*:?"
        # a label of two words or more may run on into its value with no colon, as on a
        # pre-printed form filled in by hand ("Sold to Brightwater Home Goods LLC")
        run_on = rf"|(?:{row['run_on']})\s+(?=\w)" if row.get("run_on") else ""
        pattern = re.compile(rf"(?:{row['pattern']}){end}{run_on}", re.I)
    except (KeyError, re.error) as error:
        raise ConfigError(f"invoice.toml: label {name!r} has a bad pattern ({error})") from None
    return Label(name, pattern, tuple(row.get("match", ())), tuple(row.get("no_match", ())))


@cache
def vocabulary() -> Vocabulary:
    data = load_data("reinstate.evidence", "invoice.toml")
    labels = {name: _label(name, row) for name, row in data["labels"].items()}
    words = {str(k): str(v) for k, v in data.get("day_first_words", {}).items()}
    return Vocabulary(labels, dict(data["matching"]), words)
