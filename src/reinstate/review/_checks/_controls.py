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
    r"\b(?:was|were|wasn't|weren't|had|hadn't|did|didn't|went|took|gave|broke|came|got|said|ran|"
    r"knew|chose|forgot|thought|began|stole|hid|ago|yesterday|"
    r"last (?:week|month|year|night|time|[a-z]+day)|put the)\b"
    # irregular past forms, unless a present passive ("is kept", "are sent")
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bnever )(?<!\bnot )\b(?:lost|left|sent|"
    r"made|told|sold|bought|brought|found|wrote|kept)\b"
    # what another party has done, in the present perfect ("Tessaline has filed"); the seller's
    # own "we have added" stays a corrective act
    r"|(?<!\bwe )(?<!\bi )(?<!\bwe now )\b(?:has|have) (?:also |already |now |since )?[a-z]{3,}ed\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )\b[a-z]{3,}ed "
    r"(?:the|a|an|our|us|it|them|his|her|their|its|to|in|on|at|for|with|from|without|that|"
    r"this|these|those|every|all|up|out|back|down|off)\b",
    re.I,
)
# Another party at the start of the sentence (its subject, most often).
_PARTIES = (
    r"(?:buyers?|customers?|shoppers?|purchasers?|carriers?|couriers?|drivers?|amazon|"
    r"amazon's|suppliers?|manufacturers?|factory|factories|wholesalers?|distributors?|vendors?|"
    r"competitors?|rivals?|hijackers?|sellers?|they|he|she|someone|people|ups|usps|fedex|dhl|"
    r"evri|dpd|hermes|royal mail|post office|the system|the algorithm|investigators?|"
    r"complainants?|resellers?|owners?|previous|former|lawyers?|the brand|brand's|hackers?|"
    r"banks?|forwarders?|translators?|developers?)"
)
_OUTSIDE = re.compile(rf"\b{_PARTIES}\b", re.I)
_OPENING_WORDS = 5
_BY_OUTSIDE = re.compile(rf"\bby (?:the |our |a |an |their )?{_PARTIES}\b", re.I)
# A present passive: "are never copied", "is scanned", "is held".
_PASSIVE = (
    r"\b(?:is|are) (?:now |never |only |always |not |first |then )?(?:[a-z]{3,}(?:ed|en|eld|ept)|"
    r"set|put|sent|made|done|run|built|cut|read|shut|paid|sold|told|kept|held|taught|bought)\b"
)
# What makes a control: a routine ("every Friday", "before each pickup") or a verb of control
# in the present tense ("stops", "compares", "is scanned").
_CONTROL = re.compile(
    r"\b(?:every|each|always|daily|weekly|monthly|nightly|now|automatically|at least|"
    r"before (?:it|they|the|any|every|each|a|we)|until (?:it|they|the|a|we))\b"
    # a written rule: what "may only" or "can only" happen, "only after" a step
    r"|\b(?:may|can) (?:\w+ )?only\b|\bonly after\b"
    r"|\b(?:stops|holds|blocks|checks|compares|scans|signs|records|logs|reviews|approves|"
    r"rejects|quarantines|verifies|inspects|photographs|weighs|counts|prints|matches|flags|"
    r"alerts|confirms|tests|audits|opens|sends|removes|labels|seals|reads|runs|pauses|cancels|"
    r"must|cannot)\b"
    # a rule of access: "Outside providers do not receive Seller Central logins"
    r"|\b(?:do|does) not (?:receive|get|hold|share)\b"
    r"|" + _PASSIVE,
    re.I,
)
# Verbs and adverbs of fault, which a control does not use of what it does.
_FAULT = re.compile(
    r"\b(?:wrongly|unfairly|carelessly|incorrectly|refuses?|refused|ignores?|ignored|"
    r"loses?|mishandles?|damages|abuses?|lies|blames?|fault|unfair|sabotage|scam|"
    r"(?<!was )(?<!were )fakes?|"  # "the buyer fakes", not "believed it was fake"
    r"instead of|even though|although|despite|hidden|unclear|confusing|no (?:ordinary|normal) "
    r"seller|not (?:me|us|mine|ours|our \w+)|"
    r"without (?:checking|asking|telling|reading|contacting)|"
    # Amazon addressed, or a cause said to lie elsewhere: "your system cannot tell a return from
    # a complaint", "the real problem is ..." tell another's fault in the present, not a control
    r"your (?:\w+ )?(?:system|systems|algorithm|bots?|team|tools?|process|investigators?|"
    r"reviewers?)|real (?:problem|issue|cause|reason))\b",
    re.I,
)


# A written prohibition: "No more than one packer may be absent in the same week", "No buyer
# data is kept in any system". The party after "No" is the one the rule binds, not one blamed.
_PROHIBITION = re.compile(
    r"^(?:no|none of (?:the|our))\b[^.;:]{0,80}?\b(?:may|must|shall|is allowed to|are allowed to|"
    r"is permitted to|are permitted to|is|are)\b(?! (?:have|able|willing|responsible|to blame)\b)",
    re.I,
)


def is_prohibition(sentence: str) -> bool:
    """Whether `sentence` is a written rule of what may not happen, told in the present."""
    text = sentence.strip()
    if _PAST.search(text) or _FAULT.search(text) or not _PROHIBITION.search(text):
        return False
    verb = _PROHIBITION.search(text)
    assert verb is not None
    modal = re.search(r"\b(?:may|must|shall|allowed to|permitted to)\s*$", verb.group(0), re.I)
    return bool(modal) or re.compile(_PASSIVE, re.I).search(text, verb.end() - 3) is not None


def is_present_control(sentence: str) -> bool:
    """Whether `sentence` reads as a control the seller runs, not as blame."""
    if is_prohibition(sentence):
        return True
    if _PAST.search(sentence) or _FAULT.search(sentence) or not _CONTROL.search(sentence):
        return False
    words = sentence.split()
    if _OUTSIDE.search(" ".join(words[:_OPENING_WORDS])) is None:
        return True
    # "Supplier product sheets are never copied directly": the party's things are acted on
    # (the sentence's first verb is that passive, not "The buyer is saying ...")
    opening = " ".join(words[: _OPENING_WORDS + 3])
    first_verb = re.search(r"\b(?:is|are)\b", opening, re.I)
    passive = first_verb and re.compile(_PASSIVE, re.I).match(opening, first_verb.start())
    return bool(passive) and _BY_OUTSIDE.search(sentence) is None


# A sentence that opens with the seller doing a corrective act: "We stopped the follow-up
# emails sent from our Klaviyo account", "I replaced the shared card".
_OWN_ACTION = re.compile(
    r"^(?:on (?:\d{1,2} [a-z]+|[a-z]+ \d{1,2}|[a-z]+)(?: \d{4})?,? )?"
    # "We refunded ...", or a list item that leaves out the "we": "Answered every message"
    r"(?:(?:we|i) (?:then |also |now |have |had |immediately |promptly )?)?"
    r"(?:answered|replied|responded|called|emailed|issued|reimbursed|resolved|stopped|"
    r"removed|deleted|cancelled|canceled|replaced|changed|updated|added|rewrote|"
    r"sent|refunded|contacted|checked|trained|relabelled|relabeled|closed|bought|hired|"
    r"created|installed|switched|obtained|attached|counted|tested|opened|wrote|shredded|"
    r"destroyed|recalled|paused|disabled|revoked|reset|moved|separated|corrected|fixed|"
    r"introduced|appointed|reviewed|audited|inspected|photographed|retrained|suspended)\b",
    re.I,
)
# ...unless it goes on to put the cause on someone else.
_SHIFT = re.compile(r"(?:;|\b(?:because|since|as|but|after|who|which)\b)[^.]*", re.I)


# ...or, with no agent named, the seller's goods passed on to a party of its own: "The
# remaining 40 units were shipped to our repair workshop". The party is where the goods went,
# not who caused anything.
_OWN_TRANSFER = re.compile(
    r"^[^,;:]{0,60}?\b(?:was|were|have been|has been|had been) (?:then |all |later |also )?"
    r"(?:sent|moved|returned|shipped|transferred|passed|handed|given|donated|delivered|taken) "
    r"(?:back |on |over )?to (?:our|my) (?:own )?[\w-]+(?: [\w-]+)?(?: (?:partner|workshop|"
    r"centre|center|warehouse|team|site|facility|office|store|unit))?\s*(?:\(|\.|$)",
    re.I,
)


def is_own_action(sentence: str) -> bool:
    """Whether `sentence` tells a corrective act of the seller's, with no cause put on another
    party in the rest of it."""
    text = sentence.strip()
    if _FAULT.search(text):
        return False
    if _OWN_TRANSFER.search(text):  # the goods before "to" belong to no other party
        return _OUTSIDE.search(text.split(" to ", 1)[0]) is None
    if not _OWN_ACTION.search(text):
        return False
    return not any(_OUTSIDE.search(clause.group(0)) for clause in _SHIFT.finditer(sentence))


def names_no_party_or_fault(sentence: str) -> bool:
    """Whether `sentence` names no other party and no verb or adverb of fault."""
    return _OUTSIDE.search(sentence) is None and _FAULT.search(sentence) is None


# A short sentence that grants what the sentence before it says.
_GRANTS = re.compile(
    r"^(?:(?:both|all|this|that|these|it|they|each) (?:(?:of them|one) )?(?:is|are|was|were) "
    r"(?:true|correct|accurate|right|fair)|(?:we|i) (?:fully )?agree|you are right)\b",
    re.I,
)


def grants(sentence: str) -> bool:
    """Whether `sentence` grants the one before it: "Both are true.", "We agree." """
    return _GRANTS.search(sentence.strip()) is not None


# What the seller's own wording could lead a buyer to think: a consequence, not a cause.
_CONSEQUENCE = re.compile(
    r"\b(?:could|might|may|would) (?:easily )?(?:think|believe|assume|expect|understand|read|"
    r"take|be (?:confused|misled))\b",
    re.I,
)


# ...or what buyers took from it, told as the result of a state of the seller's goods: "The
# packaging was an older version, so customers believed the product was fake".
_BELIEF = re.compile(
    r"\bso (?:that )?(?:some |many |the |these |most )?(?:customers?|buyers?|shoppers?)\b"
    r"[^.;]{0,60}?\b(?:thought|believed|assumed|expected|took it|understood|read it)\b",
    re.I,
)


# ...or what buyers noticed and reported, told plainly: "Shoppers spotted the different seal and
# returned the jars as not authentic". Blame of buyers doubts them or adds a motive ("claimed",
# "just to", "even though"), which this does not allow.
_BUYERS_NOTICED = re.compile(
    r"^(?:(?:some|many|several|two|three|a few|the|these|most) )?(?:buyers?|customers?|shoppers?)"
    r" (?:then |quickly |soon )?(?:noticed|saw|spotted|found)\b[^.;]*\band "
    r"(?:then )?(?:reported|returned|flagged|rated|reviewed)\b",
    re.I,
)
_DOUBT = re.compile(
    r"\b(?:claim(?:ed|s)?|alleged(?:ly)?|supposedly|just to|only to|in order to|so (?:they|that)|"
    r"but|yet|though|when|even|actually|in fact|obviously|clearly|naturally|of course|surely|"
    r"because|since|due to|late|wrong|damaged|broken)\b",
    re.I,
)


def is_consequence(sentence: str) -> bool:
    """Whether `sentence` tells what a buyer could take from the seller's listing or wording
    ("A buyer could think the filter is made by iRobot"), or took from a state of its goods
    with no other party before it ("The box was an older version, so customers believed the
    product was fake"), with no fault in it."""
    if _FAULT.search(sentence) is not None:
        return False
    if _CONSEQUENCE.search(sentence) is not None:
        return True
    if _BUYERS_NOTICED.search(sentence.strip()) and not _DOUBT.search(sentence):
        return True
    belief = _BELIEF.search(sentence)
    return belief is not None and _OUTSIDE.search(sentence, 0, belief.start()) is None
