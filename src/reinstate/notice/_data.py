"""The rules of notice reading, loaded from the TOML files in `data/`.

A phrase is a regular expression, matched case-insensitively, in which a space matches
any run of whitespace (line breaks included), so a wording wrapped across lines in a
copy-paste still matches. A phrase rule (`PhraseRule`, a `[[group]]` in the data) decides
one kind and carries an id, message, why, source and examples that must and must not
match; tests/notice/test_data_examples.py walks them all. Everything is checked when a file
loads (a bad phrase or a missing field is a ConfigError naming file and field).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.errors import ConfigError
from reinstate.kb import document_kinds, load_data, violation_kinds

FLAGS = re.IGNORECASE
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def compile_phrases(phrases: list[str] | tuple[str, ...], flags: int = FLAGS) -> re.Pattern[str]:
    """One pattern that matches any of `phrases` (spaces match any whitespace).

    Each branch is made to start with a letter where it can: a branch that starts with
    `\\b`, an optional group or a group of alternatives makes the regular-expression engine
    try every branch at every position of the text, while one that starts with a letter
    is tried only where that letter is. The matches are the same."""
    branches = [
        _letter_first(expanded)
        for phrase in phrases
        for branch in _branches(phrase)
        for expanded in _expanded(branch)
    ]
    joined = "|".join(f"(?:{branch.replace(' ', r'\s+')})" for branch in branches)
    return re.compile(joined or r"(?!x)x", flags)


_BOUNDARY_LETTER = re.compile(r"\\b([A-Za-z0-9])")


def _letter_first(branch: str) -> str:
    """`\\bword…` as `w(?<!\\ww)ord…`: the same matches, found faster."""
    if match := _BOUNDARY_LETTER.match(branch):
        letter = match[1]
        return f"{letter}(?<!\\w{letter}){branch[match.end() :]}"
    return branch


MAX_EXPANDED = 24


def _expanded(branch: str) -> list[str]:
    """`(?:a|b)?rest` as `arest`, `brest`, `rest` (in that order, so the same text
    matches), again while a branch starts with a group; `branch` itself when that would
    make more than `MAX_EXPANDED` branches or the group is repeated."""
    end = _closing(branch) if branch.startswith("(?:") else None
    if end is None:
        return [branch]
    after = branch[end + 1 :]
    optional = after.startswith("?") and not after.startswith("??")
    after = after[1:] if optional else after
    if after[:1] in ("?", "*", "+", "{"):
        return [branch]
    options = _branches(branch[3:end]) + ([""] if optional else [])
    found = [expanded for option in options for expanded in _expanded(option + after)]
    return found if len(found) <= MAX_EXPANDED else [branch]


def _closing(text: str) -> int | None:
    """Where the group that opens `text` closes."""
    depth, escaped, in_class = 0, False, False
    for index, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def _branches(phrase: str) -> list[str]:
    """The top-level alternatives of `phrase` (`a|b(?:c|d)` is `a` and `b(?:c|d)`)."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for index, char in enumerate(phrase):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(phrase[start:index])
            start = index + 1
    return [*parts, phrase[start:]]


def fold(phrase: str) -> str:
    """`phrase` in lower case, escapes (`\\S`, `\\W`, `\\B`) left as they are."""
    out, escaped = [], False
    for char in phrase:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def lowered(text: str) -> str | None:
    """`text` in lower case, or None when lowering changes its length (rare letters such
    as "İ"), so that positions in the lowered text are positions in `text`."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


# the standard library's own parser of regular expressions, for `gate`
_sre_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
GATE_CHARS = 3  # the shortest gate word worth a look before the regular expression


def gate(pattern: str) -> tuple[str, ...]:
    """Words one of which every match of `pattern` holds (`("",)` when none is sure): a
    plain substring test is far faster than a search, and most phrases are not in a text."""
    return tuple(dict.fromkeys(_required(_sre_parser.parse(pattern)) or ("",)))


def _required(items: Any) -> tuple[str, ...] | None:
    """The best gate of a parsed pattern: a run of literal characters, the gates of all
    the branches of an alternation, or the gate of a group or of a repeat at least once."""
    candidates: list[tuple[str, ...]] = []
    run = ""
    for op, value in items:
        if op is _sre.LITERAL:
            run += chr(value)
            continue
        candidates.append((run,))
        run = ""
        if op is _sre.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            if all(branches):
                candidates.append(tuple(word for words in branches if words for word in words))
        elif op is _sre.SUBPATTERN:
            candidates.append(_required(value[-1]) or ("",))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
            candidates.append(_required(value[2]) or ("",))
    candidates.append((run,))
    best = max(candidates, key=lambda words: min(len(word) for word in words))
    return best if min(len(word) for word in best) >= GATE_CHARS else None


@dataclass(frozen=True)
class PhraseRule:
    """A notice rule: phrases that decide one kind, on the shared rule shape
    (`reinstate.findings.RuleShape`: id, message, why, source, match/no_match examples).

    It has no severity: it reads what Amazon wrote and judges nothing (docs/notice.md).
    `weight` is a message type's priority or a violation's confidence (unused for documents).
    """

    id: str
    kind: str
    message: str
    why: str
    source: str
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    weight: float
    phrases: tuple[str, ...]
    pattern: re.Pattern[str]
    folded: re.Pattern[str]
    gate: tuple[str, ...] = ("",)  # `gate(folded)`: one of these is in every match

    def may_be_in(self, lower: str) -> bool:
        """Whether lower-cased `lower` holds one of the gate words (else no phrase is)."""
        return any(map(lower.__contains__, self.gate))

    def spans(self, text: str, lower: str | None = None) -> list[tuple[int, int]]:
        """Where the rule's phrases occur in `text` (`lower` is `lowered(text)`).

        Matching lower-cased text without IGNORECASE is about three times faster, and
        not at all when it holds no gate word."""
        if lower is not None:
            if not self.may_be_in(lower):
                return []
            return [match.span() for match in self.folded.finditer(lower)]
        return [match.span() for match in self.pattern.finditer(text)]

    def first(self, text: str, lower: str | None = None) -> tuple[int, int] | None:
        """Where the rule's first phrase occurs in `text`, if anywhere."""
        if lower is not None and not self.may_be_in(lower):
            return None
        match = self.folded.search(lower) if lower is not None else self.pattern.search(text)
        return match.span() if match else None


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed TOML data file `data/<name>.toml`, its patterns checked (`check_file`)."""
    return check_file(name, load_data("reinstate.notice", f"{name}.toml"))


def _where(name: str) -> str:
    return f"reinstate/notice/data/{name}.toml"


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _compiled(phrases: list[str], name: str, field: str) -> None:
    for number, phrase in enumerate(phrases, start=1):
        try:
            re.compile(phrase.replace(" ", r"\s+"), FLAGS)
        except re.error as error:
            raise ConfigError(
                f"phrase {number} ({phrase!r}) is not a regular expression: {error}",
                path=_where(name),
                field=field,
            ) from None


def check_file(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """`data` of file `name` when every phrase list in it compiles, else a ConfigError
    naming the file and the field: a bad phrase fails when the data loads, not at use."""
    for key in PATTERN_KEYS.get(name, ()):
        if not _strings(data.get(key)):
            raise ConfigError("must be a list of phrases", path=_where(name), field=key)
        _compiled(data[key], name, key)
    return data


# The phrase lists (not rules of their own) that each data file must have.
PATTERN_KEYS = {
    "documents": (
        "cues",
        "not_a_request",
        "window",
        "document_list",
        "not_a_document",
        "placeholder",
    ),
    "deadlines": ("window", "due_by", "not_a_deadline"),
    "requests": ("lead_in", "item", "stop"),
    "labels": ("sku", "brand", "rights_owner_name", "rights_owner_email", "complaint_id"),
    "violations": ("pointers",),
    "message_types": ("appeal_context",),
}
WEIGHTS = {"message_types": "priority", "violations": "confidence"}
_RULE_FIELDS = {"id", "kind", "source", "phrases", "match", "no_match", "message", "why"}


def _rule(raw: dict[str, Any], name: str, defaults: dict[str, Any]) -> PhraseRule:
    """One phrase rule of file `name`, checked: its fields, phrases and examples."""
    rule_id = str(raw.get("id", ""))
    weight_key = WEIGHTS.get(name)
    allowed = _RULE_FIELDS | ({weight_key} if weight_key else set())
    problem = _rule_problem(raw, allowed, weight_key)
    if problem:
        raise ConfigError(problem, path=_where(name), field=rule_id or None)
    _compiled(raw["phrases"], name, rule_id)
    phrases = tuple(raw["phrases"])
    kind, titles = raw["kind"], _titles(name)
    if titles and kind not in titles:
        raise ConfigError(f"unknown kind {kind!r}", path=_where(name), field=rule_id)
    return PhraseRule(
        id=rule_id,
        kind=kind,
        message=_message(raw, defaults).format(kind=kind, title=titles.get(kind, kind).lower()),
        why=str(raw.get("why", defaults.get("why", ""))),
        source=raw["source"],
        match=tuple(raw["match"]),
        no_match=tuple(raw["no_match"]),
        weight=float(raw[weight_key]) if weight_key else 1.0,
        phrases=phrases,
        pattern=compile_phrases(phrases),
        folded=(folded := compile_phrases([fold(phrase) for phrase in phrases], flags=0)),
        gate=gate(folded.pattern),
    )


def _titles(name: str) -> dict[str, str]:
    """The kinds a data file may use, with their titles (docs/domain/taxonomy.md)."""
    if name == "violations":
        return {slug: kind.title for slug, kind in violation_kinds().items()}
    if name == "documents":
        return {slug: kind.title for slug, kind in document_kinds().items()}
    return {}


def _message(raw: dict[str, Any], defaults: dict[str, Any]) -> str:
    return str(raw.get("message", defaults.get("message", "")))


def _rule_problem(raw: dict[str, Any], allowed: set[str], weight_key: str | None) -> str | None:
    if unknown := sorted(set(raw) - allowed):
        return f"unknown fields {unknown}"
    required = ["id", "kind", "source"] + ([weight_key] if weight_key else [])
    if missing := [key for key in required if not raw.get(key)]:
        return f"a rule needs {', '.join(missing)}"
    if weight_key and not isinstance(raw[weight_key], int | float):
        return f"{weight_key} must be a number"
    for key in ("phrases", "match", "no_match"):
        if not _strings(raw.get(key)) or not raw[key]:
            return f"{key} must be a list of at least one string"
    return None


def _rules(name: str) -> tuple[PhraseRule, ...]:
    data = load(name)
    rules = tuple(_rule(raw, name, data) for raw in data["group"])
    ids = [rule.id for rule in rules]
    if twice := sorted({i for i in ids if ids.count(i) > 1}):
        raise ConfigError(f"rule ids defined twice: {', '.join(twice)}", path=_where(name))
    return rules


@cache
def message_type_groups() -> tuple[PhraseRule, ...]:
    """Message-type rules, highest priority first."""
    return tuple(sorted(_rules("message_types"), key=lambda rule: -rule.weight))


@cache
def violation_groups() -> tuple[PhraseRule, ...]:
    """Violation rules, weighted by confidence."""
    return _rules("violations")


@cache
def document_groups() -> tuple[PhraseRule, ...]:
    """Document-kind rules."""
    return _rules("documents")


@cache
def any_document() -> re.Pattern[str]:
    """One folded pattern of every document phrase: a quick test before the groups."""
    return compile_phrases([fold(p) for group in document_groups() for p in group.phrases], 0)


@cache
def pattern(name: str, key: str) -> re.Pattern[str]:
    """The phrases listed under `key` in `data/<name>.toml`, as one pattern."""
    return compile_phrases(load(name)[key])


@cache
def patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """Each phrase listed under `key` in `data/<name>.toml`, compiled on its own."""
    return tuple(re.compile(p.replace(" ", r"\s+"), FLAGS) for p in load(name)[key])


def all_groups() -> tuple[PhraseRule, ...]:
    """Every phrase rule of every data file, for the example-walking test."""
    return message_type_groups() + violation_groups() + document_groups()


def _file_rule(name: str, keys: tuple[str, ...]) -> PhraseRule:
    """The rule a whole data file makes (`requests`, `deadlines`): its phrases under `keys`."""
    data = load(name)
    unnamed = [_NAMED_GROUP.sub("(?:", p) for key in keys for p in data[key]]  # joined once
    raw = {"kind": name.removesuffix("s"), "phrases": unnamed}
    fields = ("id", "source", "match", "no_match", "message", "why")
    return _rule(raw | {key: data[key] for key in fields if key in data}, name, data)


@cache
def all_rules() -> tuple[PhraseRule, ...]:
    """Every notice rule, as `reinstate rules` lists them: the phrase rules of message
    types, violations and documents, then the rules of the request and deadline files."""
    files = (_file_rule("requests", ("lead_in", "item")), _file_rule("deadlines", ("window",)))
    return all_groups() + files
