"""Reading a letterhead by position: its cells grouped into blocks, and a company's name
set as a wordmark over two lines.

A letterhead is cut into blocks: cells one under the other with no blank line between
them and sharing a left edge, a right edge or a centre (a logo's two lines, an address
block left-aligned under it, a right-aligned block at the page's top right). Read block by
block, the lines of one address never interleave with another column's. A name drawn as a
wordmark ("PACIFIC CREST" over "OUTDOOR SUPPLY CO.", "THORNBURY" over a letter-spaced
"T R A D I N G  L T D") is joined into one line; letter-spaced words are closed up.
"""

from __future__ import annotations

import itertools
import re
import statistics

from reinstate.evidence import _patterns as pat
from reinstate.evidence._lines import Line, union
from reinstate.evidence._model import Word
from reinstate.evidence._names import LEGAL_FORM
from reinstate.evidence._parties import Cell, is_meta

# a block goes on while the next cell's top is within this many word heights of its bottom
BLOCK_GAP = 1.3
# edges (left, right or centre) this many word heights apart are one column
ALIGNED = 1.5
# a gap this many times the letters' usual gap parts two letter-spaced words
WORD_BREAK = 1.8


def _height(cell: Cell) -> float:
    return cell.line.box[3] - cell.line.box[1]


def _aligned(cell: Cell, other: Cell, height: float) -> bool:
    (a0, _, a1, _), (b0, _, b1, _) = cell.line.box, other.line.box
    edges = (abs(a0 - b0), abs(a1 - b1), abs((a0 + a1) - (b0 + b1)) / 2)
    return min(edges) < ALIGNED * height


def blocks(cells: list[Cell]) -> list[list[Cell]]:
    """`cells` (in reading order) grouped into blocks, each top to bottom, the blocks in
    the order of their first cell."""
    found: list[list[Cell]] = []
    for cell in cells:
        for block in reversed(found):
            last = block[-1]
            gap = cell.line.box[1] - last.line.box[3]
            small = min(_height(cell), _height(last))
            # under a wordmark the gap is measured in a share of the wordmark's height
            blank = BLOCK_GAP * max(small, 0.6 * max(_height(cell), _height(last)))
            below = -0.6 * small <= gap <= blank and _aligned(cell, last, small)
            if below or _same_line(last, cell):
                block.append(cell)
                break
        else:
            found.append([cell])
    return found


def unspaced(cell: Cell) -> Cell:
    """`cell` with letter-spaced words closed up: runs of three or more single letters are
    one word, or several where the gap between two letters is much wider than the rest."""
    words = list(cell.line.words)
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and len(words[j].text) == 1 and words[j].text.isalpha():
            j += 1
        if j - i >= 3:
            out += _close_up(words[i:j])
            i = j
        else:
            out.append(words[i])
            i += 1
    return cell if len(out) == len(words) else Cell(Line(tuple(out)), cell.row)


def _close_up(letters: list[Word]) -> list[Word]:
    gaps = [b.box[0] - a.box[2] for a, b in itertools.pairwise(letters)]
    usual = statistics.median(gaps)
    groups: list[list[Word]] = [[letters[0]]]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap > WORD_BREAK * max(usual, 0.5):
            groups.append([])
        groups[-1].append(letter)
    return [
        Word("".join(w.text for w in group), union(w.box for w in group), group[0].font)
        for group in groups
    ]


def _spaced(cell: Cell) -> bool:
    return (
        any(len(w.text) == 1 and w.text.isalpha() for w in cell.line.words[:3])
        and len(cell.line.words) >= 3
    )


def _second_name_line(top: Cell, below: Cell) -> bool:
    """Whether `below` is the second line of a wordmark `top`: capitals, no digits or
    contacts, directly under it, and either carrying the legal form, in smaller type or
    letter-spaced ("PACIFIC CREST" / "OUTDOOR SUPPLY CO.", "DEL NORTE" / "CASH & CARRY")."""
    text, first = unspaced(below).text, top.text
    letters = [ch for ch in text if ch.isalpha()]
    if LEGAL_FORM.search(first) or re.search(r"\d", first + text) or is_meta(text):
        return False
    if not letters or sum(ch.isupper() for ch in letters) < 0.9 * len(letters):
        return False
    if pat.EMAIL.search(text) or pat.WEBSITE.search(text) or len(text.split()) > 4:
        return False
    if first.split()[0].casefold() in text.casefold():
        return False  # "ACME" over "ACME TRADING CO.": the name is the second line alone
    smaller = _height(below) < 0.8 * _height(top)
    return bool(LEGAL_FORM.search(text)) or smaller or _spaced(below)


def _lines_joined(block: list[Cell]) -> list[Cell]:
    """`block` with cells on one line (OCR split a line of a photo: "Level 3, 22 Fanshawe"
    and "Street" a little higher) joined left to right."""
    out: list[Cell] = []
    for cell in sorted(block, key=lambda c: (c.line.box[1], c.x0)):
        last = out[-1] if out else None
        if last is not None and _same_line(last, cell):
            left, right = sorted((last, cell), key=lambda c: c.x0)
            out[-1] = Cell(Line(left.line.words + right.line.words), left.row)
        else:
            out.append(cell)
    return out


def _same_line(a: Cell, b: Cell) -> bool:
    """Whether `a` and `b` are pieces of one line: side by side with no column's gap
    between them (OCR cut a photo's line), sharing most of their height."""
    top, bottom = max(a.line.box[1], b.line.box[1]), min(a.line.box[3], b.line.box[3])
    tall = max(_height(a), _height(b))
    return bottom - top > 0.5 * tall and _apart(a, b) < 0.5 * tall


def _apart(a: Cell, b: Cell) -> float:
    return max(a.line.box[0], b.line.box[0]) - min(a.line.box[2], b.line.box[2])


def _joined(top: Cell, below: Cell) -> Cell:
    return Cell(Line(top.line.words + unspaced(below).line.words), top.row)


def reading_order(cells: list[Cell]) -> list[Cell]:
    """The letterhead's cells block by block, each block's wordmark joined into one cell
    and its letter-spaced words closed up."""
    ordered: list[Cell] = []
    for block in blocks(cells):
        block = _lines_joined(block)
        if len(block) >= 2 and _second_name_line(block[0], block[1]):
            block = [_joined(block[0], block[1]), *block[2:]]
        ordered += [unspaced(cell) for cell in block]
    return ordered
