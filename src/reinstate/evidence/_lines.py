"""Words grouped into visual lines, and lines cut into cells where a wide gap separates them.

Both the PDF text layer and OCR give words with boxes; grouping by position (not by the
order a PDF writer used) makes one reader work for both, and for any layout.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from reinstate.evidence._model import Box, Page, Word

# a gap wider than this many word heights starts a new cell (a new column)
CELL_GAP = 1.6
LINE_HEIGHT_RATIO = 2.2
PIECE_GAP = 0.12  # pieces of one word closer than this many heights are one word
MIN_SLOPE = 0.004  # about a quarter of a degree: flatter pages are grouped as they are


@dataclass(frozen=True)
class Line:
    """Words side by side on one visual line, left to right."""

    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def box(self) -> Box:
        return union(word.box for word in self.words)


def union(boxes: object) -> Box:
    items = list(boxes)  # type: ignore[call-overload]
    return (
        min(b[0] for b in items),
        min(b[1] for b in items),
        max(b[2] for b in items),
        max(b[3] for b in items),
    )


def _same_line(word: Word, last: Word, slope: float = 0.0) -> bool:
    """Whether `word` sits on the line of `last`, a word to its left: its middle (moved
    back along the page's `slope`) within that word's height, and neither word over
    `LINE_HEIGHT_RATIO` times the other's height (a large title beside a column of small
    labels is not one line with each of them)."""
    middle = _middle(word) - slope * (word.box[0] - last.box[2])
    heights = sorted((word.box[3] - word.box[1], last.box[3] - last.box[1]))
    similar = heights[1] <= LINE_HEIGHT_RATIO * max(heights[0], 1e-6)
    return similar and last.box[1] <= middle <= last.box[3]


def visual_lines(words: list[Word]) -> list[Line]:
    """Words grouped into lines, top to bottom, each left to right.

    Words are taken left to right and each joins the line whose last word it sits beside,
    so a line is followed word by word; a scan turned by a degree or two, whose lines
    drift by a line's height across the page, is grouped again along the slope its long
    lines show, so that a heading row with wide gaps stays one line too."""
    rows = _group(words, 0.0)
    slope = _slope(rows)
    if abs(slope) > MIN_SLOPE:
        rows = _group(words, slope)
    rows.sort(key=lambda row: (_middle(row[0]), row[0].box[0]))
    return [Line(tuple(row)) for row in rows]


def _group(words: list[Word], slope: float) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.box[0], w.box[1])):
        beside = [
            row
            for row in rows
            if row[-1].box[2] <= word.box[0] + 1 and _same_line(word, row[-1], slope)
        ]
        if beside:
            min(beside, key=lambda row: _distance(word, row[-1], slope)).append(word)
        else:
            rows.append([word])
    return rows


def _slope(rows: list[list[Word]]) -> float:
    """The median rise per unit across of the lines that span a third of the page."""
    right = max((row[-1].box[2] for row in rows), default=0.0)
    left = min((row[0].box[0] for row in rows), default=0.0)
    slopes = [
        (_middle(row[-1]) - _middle(row[0])) / (row[-1].box[0] - row[0].box[0])
        for row in rows
        if len(row) >= 3 and row[-1].box[0] - row[0].box[0] > (right - left) / 3
    ]
    return statistics.median(slopes) if slopes else 0.0


def _middle(word: Word) -> float:
    return (word.box[1] + word.box[3]) / 2


def _distance(word: Word, last: Word, slope: float) -> float:
    """How far `word` is from the end of a line: across, then up or down."""
    rise = _middle(word) - _middle(last) - slope * (word.box[0] - last.box[2])
    return word.box[0] - last.box[2] + 4 * abs(rise)


def joined(words: list[Word]) -> list[Word]:
    """`words` with the pieces of one word put back together: a PDF writer that places
    each glyph or syllable on its own (a script font with jitter, a form filled in by
    hand) leaves pieces that touch ("Bri" "g" "h" "t"); a space is wider than
    `PIECE_GAP` heights."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if last is not None and _piece_of(last, word):
            box = union((last.box, word.box))
            out[-1] = Word(last.text + word.text, box, last.font)
        else:
            out.append(word)
    return out


def _piece_of(last: Word, word: Word) -> bool:
    height = max(last.box[3] - last.box[1], word.box[3] - word.box[1], 1e-6)
    gap = word.box[0] - last.box[2]
    overlap = min(last.box[3], word.box[3]) - max(last.box[1], word.box[1])
    return -0.3 * height < gap < PIECE_GAP * height and overlap > 0.6 * height


def touching_joined(line: Line) -> Line:
    """`line` with words that touch joined into one, as `joined` does but without asking
    the pieces to share their height: a hand's pen lifts, and a piece written a little
    higher ("…Goods L" + "LC") still belongs to the word before it."""
    words: list[Word] = []
    for word in line.words:
        last = words[-1] if words else None
        height = min(word.box[3] - word.box[1], last.box[3] - last.box[1]) if last else 0.0
        if last is not None and word.box[0] - last.box[2] < PIECE_GAP * height:
            words[-1] = Word(last.text + word.text, union((last.box, word.box)), last.font)
        else:
            words.append(word)
    return line if len(words) == len(line.words) else Line(tuple(words))


def cells(line: Line) -> list[Line]:
    """`line` cut where the gap between two words is wider than `CELL_GAP` heights."""
    height = statistics.median(w.box[3] - w.box[1] for w in line.words)
    groups: list[list[Word]] = [[line.words[0]]]
    for word in line.words[1:]:
        if word.box[0] - groups[-1][-1].box[2] > CELL_GAP * height:
            groups.append([])
        groups[-1].append(word)
    return [Line(tuple(group)) for group in groups]


def page_lines(page: Page) -> list[Line]:
    """The cells of every visual line of `page`, in reading order (line by line)."""
    return [cell for line in visual_lines(page.words) for cell in cells(line)]
