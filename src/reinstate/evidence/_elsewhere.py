"""The supplier's address from elsewhere on the page, when its letterhead gives none with
a city line: the footer's line with a legal form, the "Remit To" box, or its contact block
(an e-mail's signature: the lines under a line naming it)."""

from __future__ import annotations

from reinstate.evidence._model import Party
from reinstate.evidence._parties import Cell, _legal_name
from reinstate.evidence._postal import CITY_LINE, address


def footer_supplier(party: Party, footer: list[Cell]) -> Party:
    """The supplier's name and address from the page's footer, when the letterhead (a logo)
    gave no address: the footer line with a legal form names the company."""
    if party.address or not footer:
        return party
    lines = [c.text for c in footer]
    name = _legal_name(lines, len(lines))
    found = address(lines[lines.index(name) if name in lines else 0 :], name) if name else None
    if not found:
        return party
    return Party(
        name=name, address=found, phone=party.phone, email=party.email, website=party.website
    )


def remit_supplier(party: Party, remit: list[Cell]) -> Party:
    """The supplier's address from its "Remit To" box when nothing else gave one (a
    lockbox is where payment goes, not the supplier's place of business)."""
    if party.address or not remit:
        return party
    lines = [c.text for c in remit]
    found = address(lines[1:], lines[0]) or address(lines)
    return Party(party.name or lines[0], found, party.phone, party.email, party.website)


# lines after a name that may hold its address, in a signature or contact block
CONTACT_LINES = 4


def contact_address(party: Party, rows: list[list[Cell]]) -> Party:
    """The supplier's address from its contact block elsewhere on the page (an e-mail's
    signature: "Accounts Receivable | Brightline" over its street and city), when its
    letterhead gave none with a city line: the lines under a line naming it."""
    if (party.address and CITY_LINE.search(party.address)) or not party.name:
        return party
    own = party.name.casefold()
    for r, row in enumerate(rows):
        for cell in row:
            if own not in cell.text.casefold():
                continue
            found = address(_under(rows, r, cell), party.name)
            if found and CITY_LINE.search(found):
                return Party(party.name, found, party.phone, party.email, party.website)
    return party


def _under(rows: list[list[Cell]], r: int, top: Cell) -> list[str]:
    """`top` and the cells starting near its left edge on the next lines."""
    height = top.line.box[3] - top.line.box[1]
    lines = [top.text]
    for row in rows[r + 1 : r + 1 + CONTACT_LINES]:
        lines += [c.text for c in row if abs(c.x0 - top.x0) < 3 * height]
    return lines
