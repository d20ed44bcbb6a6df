"""What the message from Amazon is: the message type.

Decided in three steps, most certain first:

1. Where the message quotes or forwards an earlier one, the words above the quote speak for
   the message when they reply to an appeal or deactivate for good (a reply quotes the
   notice it answers); a seller's note above a forward does not speak for Amazon.
2. The phrase groups of `data/message_types.toml`, by priority: who acts on what (Amazon
   on the account, or on listings), replies to an appeal, reviews, warnings.
3. When no phrase says it, a naive Bayes classifier of the sentences (`_naive_bayes`):
   the first sentence it reads as one type with probability `VOTE_AT` or more decides.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.notice._data import (
    PhraseRule,
    compile_phrases,
    fold,
    load,
    lowered,
    message_type_groups,
)
from reinstate.notice._naive_bayes import NONE, model
from reinstate.notice._sentences import sentences
from reinstate.notice._whole import model as whole_model

FALLBACK_TYPE = "warning"
VOTE_AT = 0.9
MIN_TOP_WORDS = 6
REPLY_SIGN = 45  # the priority of the group of bare signs of a reply to an appeal
FRESH_ACTION = 65  # the priority of a permanent deactivation
REPLIES = frozenset({"appeal-more-info", "appeal-denied", "reinstated"})
_HEADER = r"(?:From|To|Cc|Subject|Date|Sent|Von|De|Da|Gesendet|Envoyé|Enviado|Inviato)\s*:.*"


@cache
def _quote_line() -> re.Pattern[str]:
    """A line that opens a quoted or forwarded message: a header line or "… wrote:"."""
    endings = "|".join(load("labels")["reply_header"])
    return re.compile(rf"^(?:{_HEADER}|.{{0,200}}?(?:{endings}))$", re.I | re.MULTILINE)


def quote_start(text: str) -> int:
    """Where the first quoted or forwarded message begins (len(text) when none does).

    Header lines at the very top (an e-mail's own From and Subject) open nothing."""
    for match in _quote_line().finditer(text):
        if text[: match.start()].strip() and not _only_headers(text[: match.start()]):
            return match.start()
    return len(text)


def _only_headers(head: str) -> bool:
    lines = [line for line in head.split("\n") if line.strip()]
    return all(re.fullmatch(_HEADER, line, re.I) for line in lines)


def answers_an_appeal(text: str) -> bool:
    """Whether the message speaks of an appeal, a plan of action or what the seller sent
    (`appeal_context` of message_types.toml): a reply to an appeal always does, a first
    request for information ("we need more information to verify your identity") does not."""
    return bool(_appeal_context().search(text.lower()))


@cache
def _appeal_context() -> re.Pattern[str]:
    """`appeal_context` folded to lower case: searched in lowered text, without IGNORECASE
    (about three times faster)."""
    return compile_phrases([fold(phrase) for phrase in load("message_types")["appeal_context"]], 0)


# A request for more that needs an appeal to answer: without one, "we need more
# information" is a first request (an account review) and a vote for it is not taken.
NEEDS_AN_APPEAL = frozenset({"appeal-more-info"})


def _first_hit(text: str) -> tuple[PhraseRule, tuple[int, int]] | None:
    """The highest-priority group that matches, and where. A bare sign of a reply ("we
    reviewed your appeal") only says the message answers an appeal: when the message also
    has a denial's or a reinstatement's words (even words a notice uses, "will remain
    deactivated"), it denies or reinstates. A request for more information counts only in
    a message that answers an appeal."""
    lower = lowered(text)
    best = None
    appeal = answers_an_appeal(text)
    for group in message_type_groups():
        if best is not None and group.kind not in {"appeal-denied", "reinstated"}:
            continue
        if group.kind == "appeal-more-info" and not appeal:
            continue
        if span := _first_span(group, text, lower):
            if best is not None or group.weight != REPLY_SIGN:
                return group, span
            best = group, span
    return best


# A reinstatement told as a condition ("after the related account has been reactivated,
# appeal …") or as history ("On August 14, 2026 we reinstated your account …", inside a
# fresh deactivation) is not one: the clause before it says so.
_CONDITION_OR_PAST = re.compile(
    r"\b(?:after|once|when|until|unless|if|before|previously|earlier|formerly|in the past"
    r"|(?:19|20)\d\d|january|february|march|april|june|july|august|september|october"
    r"|november|december)\b",
    re.I,
)
_CLAUSE_START = re.compile(r"[.!?;:,\n]")
CLAUSE_LOOKBACK = 120


def _clause_before(text: str, start: int) -> str:
    """The words of the clause that lead up to `start`."""
    before = text[max(0, start - CLAUSE_LOOKBACK) : start]
    ends = [match.end() for match in _CLAUSE_START.finditer(before)]
    return before[ends[-1] :] if ends else before


# An action told as a threat ("if we cannot verify it, your account will be deactivated",
# "otherwise we may deactivate …") is not the action this message takes: the clause says so.
_CONDITION = re.compile(r"\b(?:if|unless|otherwise|may|might|could|failure to)\b", re.I)
# Nor is one recalled ("as we told you before, your account has been permanently
# deactivated", "we previously informed you that …"): the sentence says so.
_RECALLED = re.compile(
    r"\b(?:previously|already|in the past|as (?:we )?(?:told|informed|notified|advised) you"
    r"|as (?:previously |already )?(?:stated|mentioned|communicated|explained)"
    r"|we (?:told|informed|notified|advised) you)\b",
    re.I,
)
_SENTENCE_START = re.compile(r"[.!?\n]")
# A denial's words with a way out ("remains deactivated until we can accept an appeal")
# are a request for more, not a denial.
_WAY_OUT = re.compile(r"[ \t]+(?:until|unless|pending|while)\b", re.I)
ACTIONS = frozenset({"deactivation", "listing-removal"})


def _first_span(group: PhraseRule, text: str, lower: str | None) -> tuple[int, int] | None:
    """Where the group first says its type: for a reinstatement, the first not told as a
    condition or as history; for an action on the account or listings, the first not told
    as a threat or recalled; for a denial, the first that leaves no way out."""
    if group.kind == "reinstated":
        before = _CONDITION_OR_PAST
    elif group.kind in ACTIONS:
        before = _CONDITION
    elif group.kind != "appeal-denied":
        return group.first(text, lower)
    if lower is not None and not group.may_be_in(lower):
        return None
    found = group.folded.finditer(lower) if lower is not None else group.pattern.finditer(text)
    for span in (match.span() for match in found):
        if group.kind == "appeal-denied":
            if not _WAY_OUT.match(text, span[1]):
                return span
        elif not before.search(_clause_before(text, span[0])) and not (
            group.kind in ACTIONS and _RECALLED.search(_sentence_before(text, span[0]))
        ):
            return span
    return None


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence that lead up to `start`."""
    before = text[max(0, start - CLAUSE_LOOKBACK) : start]
    ends = [match.end() for match in _SENTENCE_START.finditer(before)]
    return before[ends[-1] :] if ends else before


def _by_vote(text: str) -> tuple[str, str] | None:
    """The type of the first sentence the classifier reads as a type with probability
    `VOTE_AT` or more, and that sentence: a notice says what Amazon did before it says
    why and what follows (measured on the corpora with scripts/measure-notice-leave-out,
    the first sure sentence reads more types right than a sum of votes: 82 against 77 of
    107 notices, classifier alone)."""
    all_sentences = [sentence.text for sentence in sentences(text)]
    read = model("types").classify(all_sentences)
    appeal = answers_an_appeal(text)
    for sentence, (label, probability) in zip(all_sentences, read, strict=True):
        if label != NONE and probability >= VOTE_AT and (appeal or label not in NEEDS_AN_APPEAL):
            return label, " ".join(sentence.split())
    return None


VOTED = 1  # the rank of a type the classifier voted for (phrase groups rank by priority)


def message_type(text: str) -> tuple[str, str]:
    """The message-type slug and the words that decided it ("" when nothing did)."""
    kind, evidence, _ = decide(text)
    return kind, evidence


def decide(text: str, whole: bool = True) -> tuple[str, str, int]:
    """The message-type slug, the words that decided it, and how surely: `WHOLE` when the
    whole-message classifier overruled the rest, else the priority of the phrase group
    that decided, `VOTED` for the sentence classifier, 0 for the fallback. With `whole`
    False, the whole-message classifier is not asked."""
    kind, evidence, rank = _by_parts(text)
    overruled = _whole_message(text, kind) if whole else None
    return overruled if overruled is not None else (kind, evidence, rank)


# The whole-message classifier overrules the phrases and the sentence vote when it reads
# another type with probability `OVERRULE_AT` or more and gives the type they chose
# `DOUBT_AT` or less. Measured with leave-out models on every notice corpus (scripts/
# measure-notice-leave-out): 0.75 and 0.8 with 0.05 read the most, 0.7 or less loses
# notices of the regression suites, and so does leaving `DOUBT_AT` out.
OVERRULE_AT = 0.8
DOUBT_AT = 0.05
WHOLE = 100  # the rank of a type the whole-message classifier gave: above every phrase


def _whole_message(text: str, kind: str) -> tuple[str, str, int] | None:
    """The whole message's type, with the sentence that says it best, when the
    whole-message classifier reads it surely, and `kind` as unlikely."""
    probabilities = whole_model().probabilities(speaking_part(text))
    label = max(probabilities, key=lambda name: probabilities[name])
    if label == kind or probabilities[label] < OVERRULE_AT:
        return None
    if probabilities.get(kind, 0.0) > DOUBT_AT:
        return None
    return label, _sentence_for(text, label), WHOLE


def _sentence_for(text: str, label: str) -> str:
    """The sentence the sentence classifier reads likeliest as `label` ("" when none)."""
    all_sentences = [sentence.text for sentence in sentences(text)]
    sentence_model = model("types")
    if not all_sentences or label not in sentence_model.labels:
        return ""
    column = sentence_model.scores(all_sentences)[:, sentence_model.labels.index(label)]
    return " ".join(all_sentences[int(column.argmax())].split())


def speaking_part(text: str) -> str:
    """The words that speak for the message: above the message it quotes or forwards when
    they are `MIN_TOP_WORDS` or more (a reply quotes the notice it answers), else all."""
    top = text[: quote_start(text)]
    return top if len(top.split()) >= MIN_TOP_WORDS else text


def _by_parts(text: str) -> tuple[str, str, int]:
    """The type by phrases and sentence votes (steps 1 to 3 of the module's docstring)."""
    top = text[: quote_start(text)]
    regions = [top, text] if len(top.split()) >= MIN_TOP_WORDS and len(top) < len(text) else []
    above = _first_hit(top) if regions else None
    if above and (above[0].kind in REPLIES or above[0].weight >= FRESH_ACTION):
        group, (start, end) = above
        return group.kind, " ".join(top[start:end].split()), int(group.weight)
    if regions and not above and (voted := _by_vote(top)) and voted[0] in REPLIES:
        return *voted, VOTED  # a reply in words no phrase knows, above the notice it quotes
    if found := _first_hit(text):
        group, (start, end) = found
        return group.kind, " ".join(text[start:end].split()), int(group.weight)
    for region in regions or [text]:
        if voted := _by_vote(region):
            return *voted, VOTED
    return FALLBACK_TYPE, "", 0
