"""Choosing a supplier's name and its own contacts among the lines of a page.

A company is known by its contact block: the name its e-mail and web addresses are named
after ("Shreeji Metal Crafts" beside exports@shreejimetalcrafts.in), or the one carrying a
legal form ("Tecelagem Costa Verde, Lda." under a "COSTA VERDE" logo), never a line that is
a date, a remark in brackets or the buyer. Of several e-mail and web addresses, the
supplier's are the ones named after it; a bare platform (Alibaba.com, Gmail) and the
buyer's own addresses are not. Platforms and honorifics are in ``data/invoice.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.dates import date_spans
from reinstate.evidence import _patterns as pat
from reinstate.evidence._postal import SEPARATORS
from reinstate.kb import load_data

# a company's legal form: the line that carries it is the company's name, not the logo word
# or the tagline above it ("NORDHAUS", "Haushaltswaren seit 1968")
LEGAL_FORM = re.compile(
    r"\b(llc|l\.l\.c\.|inc|corp|corporation|ltd|limited|co|company|gmbh|ag|kg|s\.r\.l|s\.p\.a|"
    r"srl|spa|sarl|s\.a\.s?|b\.v|bv|n\.v|pty|plc|lda|ltda|llp|pvt|pte|bhd|k\.k|s\.l)\b\.?",
    re.I,
)
# a name written with its address ("Brightline Home Wholesale <billing@brightline.com>")
NAME_WITH_EMAIL = re.compile(r"^\s*\"?([^<>\"@]{3,60}?)\"?\s*<[^<>@\s]+@[^<>\s]+>")
# a run of letters this long shared with a domain names the company after it
DOMAIN_RUN = 4
# a legal form names the company only in the first lines of its block (the letterhead's
# blocks read one after another: a right-hand block comes after the buyer's window)
FORM_LINES = 12


@cache
def _data() -> dict[str, list[str]]:
    data = load_data("reinstate.evidence", "invoice.toml")
    keys = ("platforms", "honorifics", "letter_lines")
    return {key: [str(v) for v in data[key]["words"]] for key in keys}


def letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def shared_run(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share."""
    best, previous = 0, [0] * (len(b) + 1)
    for char in a:
        current = [0]
        for j, other in enumerate(b):
            current.append(previous[j] + 1 if char == other else 0)
        best = max(best, max(current))
        previous = current
    return best


def host_of(address: str) -> str:
    """The host of an e-mail or web address, lower case, without a scheme or "www."."""
    host = address.split("@")[-1].casefold()
    host = re.sub(r"^(https?://)?(www\.)?", "", host)
    return host.split("/")[0].strip(".")


TOP_LEVEL = {"info", "shop", "store", "example"}  # longer top-level domains, and the test one


def _host_letters(host: str) -> str:
    """The letters of a host's labels before its top-level domain ("co.nz" and "com" off)."""
    labels = host.split(".")
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in TOP_LEVEL):
        labels = labels[:-1]
    return letters("".join(labels))


def domain_run(name: str, address: str) -> int:
    """How many letters in a row the company `name` (its legal form off) shares with the
    host of `address` ("Tecelagem Costa Verde, Lda.", costaverde-tex.pt: 10)."""
    return shared_run(letters(LEGAL_FORM.sub("", name)), _host_letters(host_of(address)))


def is_platform(address: str) -> bool:
    """Whether `address` is a platform's own (alibaba.com, gmail.com), not a company's."""
    return host_of(address) in _data()["platforms"]


def addresses(text: str) -> tuple[list[str], list[str]]:
    """The e-mail and web addresses in `text`, in order."""
    emails = [m.group().strip() for m in pat.EMAIL.finditer(text)]
    sites = [m.group().strip() for m in pat.WEBSITE.finditer(pat.EMAIL.sub(" ", text))]
    return emails, sites


def own(
    found: list[str], name: str | None, buyers: tuple[str, ...], web: bool = False
) -> str | None:
    """Of `found` addresses, the one named after the company `name` (the longest shared
    run), else the first; never one named after one of the `buyers`, nor a platform's
    website (a supplier may write from a mail service's address)."""
    kept = [a for a in found if not (web and is_platform(a)) and not _buyers(a, buyers)]
    if not kept:
        return None
    runs = [_named_after(name, a) if name else 0 for a in kept]
    best = max(runs)
    return kept[runs.index(best)] if best else kept[0]


def _buyers(address: str, buyers: tuple[str, ...]) -> bool:
    """Whether `address` is named after one of the `buyers`: most of its host is the
    buyer's name ("tidewaterhomegoods.com"), not a word they share (a seller "Northwind"
    and a supplier's northwindsupply.com)."""
    host = _host_letters(host_of(address))
    needed = max(2 * DOMAIN_RUN, BUYER_SHARE * len(host))
    return any(domain_run(buyer, address) >= needed for buyer in buyers)


# the share of an address's host a buyer's name must cover for the address to be the buyer's
BUYER_SHARE = 0.75


def is_buyer(name: str, buyers: tuple[str, ...]) -> bool:
    """Whether `name` is one of the `buyers` (the buyer read, the seller's own names)."""
    plain = letters(LEGAL_FORM.sub("", name))
    return bool(plain) and any(plain in letters(LEGAL_FORM.sub("", b)) for b in buyers if b)


def candidates(lines: list[str]) -> list[tuple[int, str]]:
    """The pieces of `lines` that may name a company, with their line's index: a name
    before its e-mail address, or a piece (lines are cut at separators: "Acme GmbH ·
    Main St 1") that is no contact, date, number or remark in brackets, its label off."""
    names = []
    for index, line in enumerate(lines):
        written = NAME_WITH_EMAIL.match(line)
        if written:
            names.append((index, written.group(1).strip(" ,")))
            continue
        for part in SEPARATORS.split(LABEL.sub("", line)):
            if looks_like_name(part) and not _remark(part) and "@" not in part:
                names.append((index, without_monogram(part.strip(" ,"))))
    return names


# a label before a name on its line ("To: Kauri Coast Trading Ltd")
LABEL = re.compile(r"^\s*[A-Za-z]+(?:\s[A-Za-z]+)?\s*:\s+(?=\S)")


def looks_like_name(text: str) -> bool:
    plain = re.sub(r"^(name|company)\s*:\s*", "", text, flags=re.I)
    contact = pat.PHONE.search(text) or pat.EMAIL.search(text) or pat.WEBSITE.search(text)
    return bool(re.search(r"[A-Za-z]{3}", plain)) and not (contact or dated(plain))


def dated(text: str) -> bool:
    """Whether `text` holds a date ("Printed 2026-03-12 10:42", "May 8, 2026")."""
    return any(True for _ in date_spans(text, None))


def _remark(text: str) -> bool:
    """A remark in brackets ("(ORIGINAL FOR RECIPIENT)") or a line ending in a colon."""
    plain = text.strip()
    return (plain.startswith("(") and plain.endswith(")")) or plain.endswith(":")


def best_name(lines: list[str], text: str, buyers: tuple[str, ...] = ()) -> str | None:
    """The company the lines of a letterhead or block name: the candidate its e-mail or web
    addresses in `text` are named after, or that carries a legal form in the block's first
    lines; `None` when no candidate has either (the caller falls back to the first)."""
    emails, sites = addresses(text)
    found = [a for a in emails + sites if not is_platform(a) and not _buyers(a, buyers)]
    best, chosen = 0, None
    for index, name in candidates(lines):
        if is_buyer(name, buyers):
            continue
        run = max((_named_after(name, a) for a in found), default=0)
        form = bool(LEGAL_FORM.search(name)) and index < FORM_LINES and len(name.split()) >= 2
        score = run + 3 * form
        if score > best:
            best, chosen = score, name
    return chosen


def _named_after(name: str, address: str) -> int:
    """The letters `name` shares with the host of `address` when it is named after it: at
    least `DOMAIN_RUN` in a row and half the shorter of the two ("Taichung, Taiwan" shares
    only "taich" with taichangglass.com.tw); else 0."""
    run = domain_run(name, address)
    shorter = min(len(letters(LEGAL_FORM.sub("", name))), len(_host_letters(host_of(address))))
    return run if run >= max(DOMAIN_RUN, shorter / 2) else 0


def without_honorific(name: str) -> str:
    """A buyer's name without the honorific written around it ("Messrs.", "… 御中")."""
    for word in sorted(_data()["honorifics"], key=len, reverse=True):
        escaped = re.escape(word)
        name = re.sub(rf"^\s*{escaped}\s*|\s*{escaped}\s*$", "", name, flags=re.I)
    return name.strip(" ,:")


def without_monogram(name: str) -> str:
    """`name` without a logo's monogram before it: "GL Great Lakes Housewares, Inc."."""
    first, _, rest = name.partition(" ")
    initials = "".join(word[0] for word in rest.split()[: len(first)] if word)
    return rest if len(first) >= 2 and first.isupper() and first == initials.upper() else name


def letter_line(text: str) -> bool:
    """Whether `text` is a letter's greeting or closing ("Thanks,", "Dear Marisol,")."""
    plain = re.sub(r"[\s,.!:]+$", "", text.casefold())
    return any(plain == w or plain.startswith(f"{w} ") for w in _data()["letter_lines"])
