"""What the message is, why Amazon acted, and the issues a Plan of Action must answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reinstate.notice import _message
from reinstate.notice._data import load, lowered, pattern, violation_groups
from reinstate.notice._model import Issue, Violation
from reinstate.notice._naive_bayes import NONE, model
from reinstate.notice._sentences import Sentence, sentence_at, sentences, tidy
from reinstate.notice._whole_violations import model as violation_model

REPORT_AT = 0.5
CLASSIFIER_AT = 0.95
CORROBORATE_AT = 0.9
CLASSIFIER_CONFIDENCE = 0.6
# The whole-message violation model names a kind no phrase named when it reads it with
# probability `WHOLE_AT` or more (measured with scripts/measure-notice-leave-out: on
# notices-variety-heldout left out, 0.55 and 0.6 read 48 of 55 violation sets, 0.7 47,
# 0.85 44 as without the model; rounds 2 to 5 the same at each).
WHOLE_AT = 0.6
UPHELD_AT = 0.15
SPECIFIC_IP = frozenset({"ip-copyright", "ip-trademark", "ip-patent"})
NO_VIOLATION_NAMED = "The notice does not name the policy it enforces."
_ORDER_LINE = re.compile(r"^.{0,60}\b\d{3}-\d{7}-\d{7}\b.{0,80}$", re.MULTILINE)  # a list item
_HEADER_LINE = re.compile(r"^(?:From|To|Cc|Subject|Date|Sent):.*$", re.MULTILINE)
APPEAL_REPLIES = frozenset({"appeal-more-info", "appeal-denied", "reinstated"})


def message_type(text: str) -> tuple[str, str]:
    """The message-type slug and the words that decided it ("" when none did)."""
    return _message.message_type(text)


@dataclass(frozen=True)
class _Hit:
    kind: str
    confidence: float
    start: int
    end: int
    words: str
    in_header: bool = False
    guessed: bool = False  # read by the sentence classifier, not named by a phrase


def _header_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _HEADER_LINE.finditer(text)]


def _hits(text: str) -> list[_Hit]:
    headers, lower = _header_spans(text), lowered(text)
    hits = [
        _Hit(
            group.kind,
            group.weight,
            begin,
            end,
            " ".join(text[begin:end].split()),
            any(start <= begin < stop for start, stop in headers),
        )
        for group in violation_groups()
        for begin, end in group.spans(text, lower)
    ]
    return [
        hit
        for hit in hits
        if not _inside_another(hit, hits)
        and not _counted_none(text, hit)
        and not _row_on_target(text, hit)
    ]


# the rest of the row's name ("Restricted Product Policy Violations    0"), then the count
_ZERO_COUNT = re.compile(r"(?:[ \t]?[A-Za-z][\w-]*){0,3}[ \t:|]*\(?0\)?[ \t]*$", re.MULTILINE)


def _counted_none(text: str, hit: _Hit) -> bool:
    """A policy named in an Account Health list with a count of 0 beside it
    ("Product Authenticity Customer Complaints    0") is not a violation."""
    return bool(_ZERO_COUNT.match(text, hit.end))


_TARGET = (
    r"\b(?:target|goal|requirement)\b[ \t]*:?[ \t]*(?P<side>under|below|less than|at most|<|"
    r"over|above|more than|at least|>=?|≥)[ \t]*(?P<figure>\d{1,3}(?:\.\d+)?)[ \t]*%"
)
_ROW_FIGURE = re.compile(  # the row's figure after a bar, colon, tab or a gap of spaces
    r"(?:[ \t]*\([^)\n]{0,40}\))?"
    # a page that prints the target before the figure: "Late Shipment Rate Target: under 4% 0.9%"
    + r"(?P<before>[ \t]*"
    + _TARGET.replace("?P<side>", "?:").replace("?P<figure>", "?:")
    + r")?"
    r"(?:[ \t]*[|:\t]|[ ]{2,}|[ ](?=\d))[ \t]*"
    r"(?P<value>\d{1,3}(?:\.\d+)?)[ \t]*%(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
_ROW_TARGET = re.compile(_TARGET, re.IGNORECASE)
_BELOW = {"under", "below", "less than", "at most", "<"}


@cache
def _metric_targets() -> dict[str, dict[str, float]]:
    """Amazon's target of each metric kind (`metric_targets` in violations.toml)."""
    return dict(load("violations").get("metric_targets", {}))


def _row_on_target(text: str, hit: _Hit) -> bool:
    """A metric in a row of an Account Health page ("Late Shipment Rate | 1.9% | Target:
    under 4%", or the target first: "Late Shipment Rate Target: under 4% 0.9%") whose
    figure meets the row's target, or Amazon's target for the metric when the row states
    none (`metric_targets` in violations.toml), is not a violation."""
    row = _ROW_FIGURE.match(text, hit.end)
    if row is None:
        return False
    value = float(row["value"])
    if stated := _ROW_TARGET.search(f"{row['before'] or ''} {row['rest']}"):
        below, figure = stated["side"].lower() in _BELOW, float(stated["figure"])
    elif target := _metric_targets().get(hit.kind):
        below = "under" in target
        figure = float(target["under"] if below else target["over"])
    else:
        return False
    return value < figure if below else value >= figure


def _inside_another(hit: _Hit, hits: list[_Hit]) -> bool:
    """A hit inside a longer hit is part of that hit's words, and not counted again."""
    return any(
        other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
        for other in hits
    )


def _combined(hits: list[_Hit]) -> float:
    remaining = 1.0
    for confidence in {(hit.confidence, hit.words.lower()) for hit in hits}:
        remaining *= 1 - confidence[0]
    return round(min(0.99, 1 - remaining), 2)


def violation_hits(text: str, kind_of_message: str = "") -> dict[str, list[_Hit]]:
    """Hits of each reported violation kind, kinds in order of first appearance.

    An intellectual-property notice names its kind once: `ip-suspected` is not reported
    beside a copyright, trademark or patent complaint. When no phrase names a violation,
    the sentence classifier may (in an appeal reply, only from the quoted original)."""
    by_kind: dict[str, list[_Hit]] = {}
    for hit in sorted(_hits(text), key=lambda hit: hit.start):
        by_kind.setdefault(hit.kind, []).append(hit)
    by_kind = _beside_orders_dropped(by_kind, text)
    by_kind = _pointers_dropped(by_kind, text)
    found = {kind: hits for kind, hits in by_kind.items() if _combined(hits) >= REPORT_AT}
    found |= _corroborated({k: h for k, h in by_kind.items() if k not in found}, text)
    if SPECIFIC_IP & found.keys():
        found.pop("ip-suspected", None)
    return found or _classified(text, kind_of_message)


def _corroborated(weak: dict[str, list[_Hit]], text: str) -> dict[str, list[_Hit]]:
    """Weak hits (a bare policy name) whose sentence the classifier also reads as that
    kind: the sentence says why Amazon acted, not where to read more."""
    if not weak:
        return {}
    all_sentences = sentences(text)
    pairs = [(kind, sentence_at(all_sentences, hits[0].start)) for kind, hits in weak.items()]
    held = [(kind, sentence) for kind, sentence in pairs if sentence is not None]
    read = model("violations").classify([sentence.text for _, sentence in held])
    return {
        kind: weak[kind]
        for (kind, _), (label, probability) in zip(held, read, strict=True)
        if label == kind and probability >= CORROBORATE_AT
    }


def _beside_orders_dropped(by_kind: dict[str, list[_Hit]], text: str) -> dict[str, list[_Hit]]:
    """A reason written beside an order ID ("114-... A-to-z claim: item not as described")
    explains that order's defect; it names a violation only when nothing else does."""
    lines = [match.span() for match in _ORDER_LINE.finditer(text)]
    beside = {
        kind
        for kind, hits in by_kind.items()
        if all(any(start <= hit.start < end for start, end in lines) for hit in hits)
    }
    return (
        {kind: hits for kind, hits in by_kind.items() if kind not in beside}
        if beside != set(by_kind)
        else by_kind
    )


def _pointers_dropped(by_kind: dict[str, list[_Hit]], text: str) -> dict[str, list[_Hit]]:
    """A policy named in a sentence that points to reading matter ("To learn more, search
    for "Product Detail Page Rules" in Seller Central Help") names a violation only when
    nothing else does."""
    if len(by_kind) < 2:
        return by_kind  # one kind alone stays, wherever it is named
    all_sentences = sentences(text)
    pointer = pattern("violations", "pointers")

    def in_pointer(hit: _Hit) -> bool:
        sentence = sentence_at(all_sentences, hit.start)
        return sentence is not None and bool(pointer.search(sentence.text))

    kept = {
        kind: hits for kind, hits in by_kind.items() if not all(in_pointer(hit) for hit in hits)
    }
    return kept or by_kind


def _classified(text: str, kind_of_message: str) -> dict[str, list[_Hit]]:
    """The one violation the classifiers read most surely, as a hit on its sentence: the
    sentence classifier's when the whole-message model gives its kind `UPHELD_AT` or more
    (one sentence that names its kind surely), else the whole-message model's. An appeal
    reply is read in the original it quotes, or (by the sentence classifier only) in its
    own words when it quotes none ("please explain why orders were confirmed before the
    carrier scanned them")."""
    start = _message.quote_start(text) if is_appeal_reply(kind_of_message) else 0
    sentence = _sentence_read(text, start)
    if start >= len(text):
        return sentence
    probabilities = violation_model().probabilities(text[start:])
    if any(probabilities.get(kind, 0.0) >= UPHELD_AT for kind in sentence):
        return sentence
    return _whole_read(text, start, probabilities) or sentence


def _whole_read(text: str, start: int, probabilities: dict[str, float]) -> dict[str, list[_Hit]]:
    """The kind the whole-message model reads surest in `text[start:]` (its
    `probabilities`), on the sentence the sentence classifier reads likeliest as it (the
    first when it has no such label)."""
    label = max(probabilities, key=lambda kind: probabilities[kind], default="")
    candidates = [s for s in sentences(text) if s.start >= start and s.text.strip()]
    if not label or probabilities[label] < WHOLE_AT or not candidates:
        return {}
    probability = probabilities[label]
    sentence_model = model("violations")
    sentence = candidates[0]
    if label in sentence_model.labels:
        column = sentence_model.scores([s.text for s in candidates])[
            :, sentence_model.labels.index(label)
        ]
        sentence = candidates[int(column.argmax())]
    confidence = min(CLASSIFIER_CONFIDENCE, round(probability, 2))
    end = sentence.start + len(sentence.text)
    words = " ".join(sentence.text.split())
    return {label: [_Hit(label, confidence, sentence.start, end, words, guessed=True)]}


def _sentence_read(text: str, start: int) -> dict[str, list[_Hit]]:
    """The one violation the sentence classifier reads most surely in `text[start:]`."""
    candidates = [s for s in sentences(text) if s.start >= start]
    skipped = {NONE, "other"}
    if not candidates or start >= len(text):
        # a reply's own words speak of "the information you provided": not a verification
        candidates, skipped = sentences(text), {NONE, "other", "verification"}
    if not candidates:
        return {}
    read = model("violations").classify([s.text for s in candidates])
    scored = [
        (probability, sentence)
        for sentence, (label, probability) in zip(candidates, read, strict=True)
        if label not in skipped and probability >= CLASSIFIER_AT
    ]
    if not scored:
        return {}
    probability, sentence = max(scored, key=lambda pair: pair[0])
    label = read[candidates.index(sentence)][0]
    words = " ".join(sentence.text.split())
    confidence = min(CLASSIFIER_CONFIDENCE, round(probability, 2))
    end = sentence.start + len(sentence.text)
    return {label: [_Hit(label, confidence, sentence.start, end, words, guessed=True)]}


def violations(by_kind: dict[str, list[_Hit]], kind_of_message: str) -> tuple[Violation, ...]:
    """The violations with confidence and evidence; `other` when a notice names none."""
    found = []
    for kind, hits in by_kind.items():
        strongest = max(hits, key=lambda hit: (hit.confidence, not hit.in_header, -hit.start))
        found.append(Violation(kind, _combined(hits), strongest.words))
    if not found and kind_of_message not in APPEAL_REPLIES:
        found.append(Violation("other", 0.3, ""))
    return tuple(found)


def _owner(position: int, hits: list[_Hit]) -> str | None:
    before = [hit for hit in hits if hit.start < position]
    return max(before, key=lambda hit: hit.start).kind if before else None


def _sectioned(hits: list[_Hit], positions: list[int]) -> bool:
    """Whether violations are named between the ASINs, so that the list is in sections."""
    kinds = {hit.kind for hit in hits}
    return len(kinds) > 1 and any(min(positions) < hit.start < max(positions) for hit in hits)


def _asin_groups(by_kind: dict[str, list[_Hit]], asins: dict[str, int]) -> dict[str, list[str]]:
    """ASINs per violation: by the nearest violation named above them when the list is
    sectioned by violation, else every ASIN under every violation."""
    if not by_kind:
        return {"other": list(asins)}
    hits = [hit for kind_hits in by_kind.values() for hit in kind_hits]
    placed = [position for position in asins.values() if position >= 0]
    sectioned = bool(placed) and _sectioned(hits, placed)
    first = next(iter(by_kind))
    groups: dict[str, list[str]] = {kind: [] for kind in by_kind}
    for asin, position in asins.items():
        for owner in [_owner(position, hits) or first] if sectioned else list(by_kind):
            groups[owner].append(asin)
    return groups


def issues(
    by_kind: dict[str, list[_Hit]],
    found: tuple[Violation, ...],
    asins: dict[str, int],
    all_sentences: list[Sentence],
) -> tuple[Issue, ...]:
    """One issue per violation, with its ASINs and the sentence that states it."""
    groups = _asin_groups(by_kind, asins)
    result = []
    for number, violation in enumerate(found, start=1):
        hits = sorted(by_kind.get(violation.kind, []), key=lambda hit: hit.in_header)
        sentence = sentence_at(all_sentences, hits[0].start) if hits else None
        text = tidy(sentence.text) if sentence else NO_VIOLATION_NAMED
        result.append(
            Issue(f"I{number}", violation.kind, tuple(groups.get(violation.kind, [])), text)
        )
    return tuple(result)


def is_appeal_reply(kind: str) -> bool:
    """Whether a message type is Amazon's reply to an appeal."""
    return kind in APPEAL_REPLIES


KYC_TYPES = frozenset({"account-review", "appeal-more-info", "deactivation"})
KYC_DOCUMENTS = frozenset(
    {"identity-document", "utility-bill", "bank-statement", "credit-card-statement"}
)
KYC_CONFIDENCE = 0.6
PROOF_OF_PURCHASE = frozenset({"invoice", "receipt", "order-confirmation"})


def asked_for_identity(
    by_kind: dict[str, list[_Hit]],
    kind_of_message: str,
    documents: list[tuple[str, str]],
    text: str,
) -> dict[str, list[_Hit]]:
    """`by_kind`, or verification when it names nothing (or only the sentence classifier's
    guess) and the message asks for the documents of a verification (an identity document,
    a bank or card statement, a utility bill): a request for them is a verification,
    whatever words it uses."""
    kinds = {kind for kind, _ in documents}
    named = any(not hit.guessed for hits in by_kind.values() for hit in hits)
    if named or kind_of_message not in KYC_TYPES or kinds & PROOF_OF_PURCHASE:
        return by_kind  # statements beside invoices prove a purchase, not an identity
    for kind, words in documents:
        if kind in KYC_DOCUMENTS:
            start = max(0, text.find(words))
            hit = _Hit("verification", KYC_CONFIDENCE, start, start + len(words), tidy(words))
            return {"verification": [hit]}
    return by_kind
