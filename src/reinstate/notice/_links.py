"""Where a notice points: Amazon policy links, and the marketplace it is about."""

from __future__ import annotations

import re
from functools import cache

from reinstate.notice._data import load
from reinstate.notice._ids import unique

_URL = re.compile(r"(?:https?://|www\.|sellercentral[\w.-]*\.amazon\.)[^\s<>\"')\]]+", re.I)


def policy_links(text: str, links: tuple[str, ...]) -> tuple[str, ...]:
    """Amazon links in the text and in the page's anchors, in first-seen order."""
    found = [match[0].rstrip(".,;:!?") for match in _URL.finditer(text)]
    return unique([link for link in [*found, *links] if "amazon." in link.lower()])


@cache
def _domain_patterns() -> tuple[re.Pattern[str], ...]:
    domains = sorted(load("marketplaces")["domains"], key=len, reverse=True)
    tld = "|".join(re.escape(domain) for domain in domains)
    names = "|".join(re.escape(name) for name in load("marketplaces")["names"])
    end = r"(?![\w-]|\.[a-z])"
    return (
        re.compile(rf"marketplace\s*:\s*(?:amazon\.({tld}){end}|({names}))", re.I),
        re.compile(rf"(?<![\w@./-])amazon\.({tld}){end}", re.I),
        re.compile(rf"sellercentral\.amazon\.({tld}){end}", re.I),
        re.compile(rf"@amazon\.({tld}){end}", re.I),
    )


def marketplace(text: str, links: tuple[str, ...]) -> str | None:
    """The marketplace code: a named marketplace, else a Seller Central link, else e-mail."""
    data = load("marketplaces")
    haystack = "\n".join([text, *links])
    for found in _domain_patterns():
        if match := found.search(haystack):
            if match[1]:
                return str(data["domains"][match[1].lower()])
            return str(data["names"][match[2]])
    return None
