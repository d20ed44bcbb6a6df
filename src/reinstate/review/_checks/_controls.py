"""Controls told in the present tense: "A failed check stops the shipment to FBA", "Every
Friday the warehouse manager compares the returns log with the stock moves".

The tone classifier reads failure words next to a party (a check, a manager, the returns) as
blame; a control is the opposite, what the seller now does. Blame tells what someone else did
(past tense) or does (another party as the subject, a fault verb). So a sentence the classifier
calls blame is left unflagged when it tells no past, no outside party opens it, and no verb or
adverb of fault is in it. Only the classifier's score is set aside: the rule's phrase patterns
still flag what they name.
"""

from __future__ import annotations

import re

# Past tense: auxiliaries, irregular past forms, time words, or a verb in -ed followed by its
# object or a preposition ("ordered the", "flagged us"), unless it is a present passive
# ("is scanned by").
_PAST = re.compile(
    r"\b(?:was|were|wasn't|weren't|had|hadn't|did|didn't|went|lost|left|sent|took|gave|made|"
    r"broke|came|got|told|said|sold|bought|ran|brought|found|knew|wrote|chose|forgot|kept|"
    r"thought|began|stole|hid|ago|yesterday|last|put the)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )\b[a-z]{3,}ed "
    r"(?:the|a|an|our|us|it|them|his|her|their|its|to|in|on|at|for|with|from|without|that|"
    r"this|these|those|every|all|up|out|back|down|off)\b",
    re.I,
)
# Another party at the start of the sentence (its subject, most often).
_OUTSIDE = re.compile(
    r"\b(?:buyers?|customers?|shoppers?|purchasers?|carriers?|couriers?|drivers?|amazon|"
    r"amazon's|suppliers?|manufacturers?|factory|factories|wholesalers?|distributors?|vendors?|"
    r"competitors?|rivals?|hijackers?|sellers?|they|he|she|someone|people|ups|usps|fedex|dhl|"
    r"evri|dpd|hermes|royal mail|post office|the system|the algorithm|investigators?|"
    r"complainants?|resellers?|owners?|previous|former|lawyers?|the brand|brand's|hackers?|"
    r"banks?|forwarders?|translators?|developers?)\b",
    re.I,
)
_OPENING_WORDS = 5
# What makes a control: a routine ("every Friday", "before each pickup") or a verb of control
# in the present tense ("stops", "compares", "is scanned").
_CONTROL = re.compile(
    r"\b(?:every|each|always|daily|weekly|monthly|nightly|now|automatically|at least|"
    r"before (?:it|they|the|any|every|each|a|we)|until (?:it|they|the|a|we))\b"
    r"|\b(?:stops|holds|blocks|checks|compares|scans|signs|records|logs|reviews|approves|"
    r"rejects|quarantines|verifies|inspects|photographs|weighs|counts|prints|matches|flags|"
    r"alerts|confirms|tests|audits|opens|sends|removes|labels|seals|reads|runs|pauses|cancels|"
    r"must|cannot)\b"
    r"|\b(?:is|are) (?:now )?(?:checked|scanned|signed|recorded|logged|reviewed|approved|"
    r"rejected|held|blocked|quarantined|verified|inspected|photographed|weighed|counted|printed|"
    r"matched|flagged|confirmed|tested|audited|opened|sealed|labelled|labeled|stored|kept)\b",
    re.I,
)
# Verbs and adverbs of fault, which a control does not use of what it does.
_FAULT = re.compile(
    r"\b(?:wrongly|unfairly|carelessly|incorrectly|never|refuses?|refused|ignores?|ignored|"
    r"loses?|mishandles?|damages|abuses?|lies|fakes?|blames?|fault|unfair|sabotage|scam|"
    r"instead of|even though|although|despite|not (?:me|us|mine|ours|our \w+)|"
    r"without (?:checking|asking|telling|reading|contacting))\b",
    re.I,
)


def is_present_control(sentence: str) -> bool:
    """Whether `sentence` reads as a control the seller runs, not as blame."""
    if _PAST.search(sentence) or _FAULT.search(sentence) or not _CONTROL.search(sentence):
        return False
    opening = " ".join(sentence.split()[:_OPENING_WORDS])
    return _OUTSIDE.search(opening) is None
