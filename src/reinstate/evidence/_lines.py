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


def _same_line(word: Word, line: list[Word]) -> bool:
    """Whether `word` sits on the line of the last word: its middle within that word's
    height, and neither word over `LINE_HEIGHT_RATIO` times the other's height (a large
    title beside a column of small labels is not one line with each of them)."""
    last = line[-1]
    middle = (word.box[1] + word.box[3]) / 2
    heights = sorted((word.box[3] - word.box[1], last.box[3] - last.box[1]))
    similar = heights[1] <= LINE_HEIGHT_RATIO * max(heights[0], 1e-6)
    return similar and last.box[1] <= middle <= last.box[3]


def visual_lines(words: list[Word]) -> list[Line]:
    """Words grouped by vertical overlap into lines, top to bottom, each left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: ((w.box[1] + w.box[3]) / 2, w.box[0])):
        if rows and _same_line(word, rows[-1]):
            rows[-1].append(word)
        else:
            rows.append([word])
    return [Line(tuple(sorted(row, key=lambda w: w.box[0]))) for row in rows]


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
