"""Sentence-level features of the tone classifier (``_tone_model``): who a sentence is
first about and what it holds (``a:``), the stance of "we" towards fault and duty and of
another party named as the agent (``st:``), questions (``q:``) and whose hardship or
feeling it tells (``o:``). The word classes they read are ``data/tone/concepts.toml``'s."""

from __future__ import annotations

import re

_AGENTS = frozenset({"WE", "AMAZON", "CARRIER", "BUYER", "SUPPLIER", "STAFF", "COMPETITOR"})
_WINDOW = 4


def sentence_features(kinds: list[str]) -> list[str]:
    """Who the sentence is first about, with what else it holds (fault, negation, a
    condition), and pairs of word classes a few words apart."""
    tagged = [(i, kind) for i, kind in enumerate(kinds) if kind.isupper()]
    present = {kind for _, kind in tagged}
    agent = next((kind for _, kind in tagged if kind in _AGENTS), "NONE")
    found = [f"a:{agent}"] + [f"a:{agent} {kind}" for kind in sorted(present - _AGENTS)]
    for index, (i, a) in enumerate(tagged):
        for j, b in tagged[index + 1 :]:
            if j - i > _WINDOW:
                break
            if j - i > 1:
                found.append(f"n:{a} {b}")
    return found


_PARTIES = frozenset(
    {"AMAZON", "CARRIER", "BUYER", "SUPPLIER", "STAFF", "COMPETITOR", "AUTOMATION", "PAYMENT"}
)
_SUBJECT_WE = frozenset(
    {"we", "i", "we're", "we've", "we'll", "i'm", "i've", "i'll", "wir", "ich", "nous", "je"}
)
_POSSESSIVE_WE = frozenset(
    {"our", "my", "unser", "unsere", "mein", "meine", "notre", "nos", "mon", "ma", "nuestro"}
    | {"nuestra", "mi", "nostro", "nostra", "mio", "mia"}
)
_OWN_PART = frozenset({"FAULT", "DUTY"})
_NEAR = 3
_NEGATING = frozenset({"never", "without"})  # listed as fault words, but they negate
_OTHER_PART = frozenset({"NEGATION", "FAULT", "DUTY"})
_BY = frozenset({"by", "von", "par", "por", "da", "dal", "dalla"})


def stance_features(words: list[str], kinds: list[str]) -> list[str]:
    """Who did the act that caused the problem, and whether the seller states its own part:
    the first party named ("DHL did not pick up", "our accountant registered": a party of the
    seller's is still another party), whether "we" is ever the subject, whether "we" comes
    with a negation, fault or duty word ("we did not check": the seller's own part), and the
    party after "by" in a passive ("were sent by a third-party app")."""
    agent, first_we = "NONE", -1
    for i, kind in enumerate(kinds):
        if kind in _PARTIES:
            ours = _POSSESSIVE_WE.intersection(words[max(i - 2, 0) : i])
            kind = _head(kinds, i)
            agent = f"OUR-{kind}" if ours else kind
            break
        if words[i] in _SUBJECT_WE:
            agent, first_we = "WE", i
            break
    subject = any(word in _SUBJECT_WE or _is_we_verb(word) for word in words)
    after_we = {
        "NEGATION" if word in _NEGATING else k
        for i, first in enumerate(words)
        if first in _SUBJECT_WE or first in _POSSESSIVE_WE
        for word, k in zip(words[i + 1 : i + 1 + _NEAR], kinds[i + 1 : i + 1 + _NEAR], strict=True)
    }
    stance = (
        "own"
        if after_we & _OWN_PART
        else "we-not"
        if subject and "NEGATION" in after_we
        else "we"
        if subject
        else "none"
    )
    found = [f"st:{agent} {stance}", f"st:{stance}"]
    if first_we < 0:
        found += [f"st:{agent} {stance} {k}" for k in sorted(set(kinds) & _OTHER_PART)]
    for i, word in enumerate(words):
        if word in _BY:
            party = next(
                (
                    _head(kinds, j)
                    for j in range(i + 1, min(i + 2 + _NEAR, len(kinds)))
                    if kinds[j] in _PARTIES
                ),
                None,
            )
            if party is not None:
                found += [f"by:{party}", f"by:{party} {stance}"]
    return found


_ASKED = frozenset(
    {"AMAZON", "CARRIER", "BUYER", "SUPPLIER", "STAFF", "COMPETITOR", "PAYMENT", "WE"}
    | {"FAULT", "FEELING", "FAMILY", "HARDSHIP", "NEGATION", "LEGAL", "AUTOMATION"}
)


def question_features(text: str, kinds: list[str]) -> list[str]:
    """Whether the sentence is a question, with its opening class and the classes it holds:
    a plan states facts, so a question is mostly rhetorical ("Who decided that a carrier's
    delay counts against the seller?"), though "Why did the rate rise? We ..." is not."""
    stripped = text.rstrip()
    if not (stripped.endswith("?") or "¿" in stripped):
        return []
    opening = kinds[0] if kinds else ""
    return ["q:?", f"q:^ {opening}"] + [f"q:{kind}" for kind in sorted(set(kinds) & _ASKED)]


_FELT = frozenset({"HARDSHIP", "FAMILY", "FEELING"})
_OTHERS = frozenset({"her", "his", "their", "its", "ihre", "ihr", "sein", "seine", "leur", "leurs"})


def possessor_features(words: list[str], kinds: list[str]) -> list[str]:
    """Whose hardship, family or feeling a word of those classes is: the seller's ("our
    livelihood", "my children") pleads; another's ("her livelihood", "the photographer's
    work") is a fact or empathy."""
    found = []
    for i, kind in enumerate(kinds):
        if kind not in _FELT:
            continue
        for before in reversed(words[max(i - 2, 0) : i]):  # "our whole livelihood"
            if before in _POSSESSIVE_WE:
                found.append(f"o:own {kind}")
                break
            if before in _OTHERS or before.endswith("'s"):
                found.append(f"o:other {kind}")
                break
    return found


_WE_VERB = re.compile(r"^[a-zà-öø-ÿ]{2,}(?:iamo|amos|emos|imos)$")  # abbiamo, subimos


def _is_we_verb(word: str) -> bool:
    """Whether `word` is a Spanish or Italian verb in the first person plural, whose "we" is
    left out ("subimos los números", "abbiamo controllato")."""
    return _WE_VERB.match(word) is not None


def _head(kinds: list[str], i: int) -> str:
    """The party of the noun phrase starting at `i`: its last party word ("a previous buyer"
    is a buyer, "freight forwarders" a carrier)."""
    while i + 1 < len(kinds) and kinds[i + 1] in _PARTIES:
        i += 1
    return kinds[i]
