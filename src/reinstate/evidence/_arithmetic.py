"""The quantity of an item row by its arithmetic: the whole number that, times another
number of the row (the unit price), makes a number to its right (the line's amount).

Headings name the quantity in many ways ("Menge", "数量", "Cartons", "SHIP U/M", turned 90°,
or not read at all), and a row may print several whole numbers ("17 cartons", "8 sets per
carton", "136 total sets"); the row's own sum tells which one the price was charged on,
whatever the layout: 136 × 8.15 = 1,108.40. Numbers are read in both of their possible
formats ("1.621,20" and "1,621.20"; "669,600" is 669600 yen or 669.6 euros) and the sum
decides. When several whole numbers fit (8 × $54.00 = 54 × 8.00), the one in the Qty
column, then one without a currency sign, then one printed without cents, then the leftmost
is the quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.evidence._model import Word

# a figure as printed: a currency before or after it, separators of thousands or decimals
FIGURE = re.compile(r"(?:[A-Z]{0,3}\s?[$€£¥])?(\d[\d.,]*?)(?:€|[A-Z]{3})?\s*-?")
MONEY_SIGN = re.compile(r"[$€£¥]")
CENTS = re.compile(r"\d[.,]\d{2}\D*$")  # "8.00", "54,00 €": printed with cents
CASE_UNIT = re.compile(r"(c[sx]|cases?|ctns?|cartons?|bx|box(?:es)?|kartons?)\b\.?", re.I)
LARGEST_QUANTITY = 999_999
MOST_FIGURES = 16  # the search is cubic in a row's numbers: its last 16 are enough
GTIN_DIGITS = 8  # a run of this many digits is a code, not a quantity


@dataclass(frozen=True)
class Figure:
    """A number printed on a row: its word and the values it may stand for."""

    word: Word
    values: tuple[float, ...]
    money: bool

    @property
    def whole(self) -> tuple[int, ...]:
        """The values that are whole numbers a quantity could be."""
        if len(re.sub(r"\D", "", self.word.text)) >= GTIN_DIGITS and self.values[0] > 1e6:
            return ()
        return tuple(int(v) for v in self.values if v == int(v) and 1 <= v <= LARGEST_QUANTITY)


def values(text: str) -> tuple[float, ...]:
    """What a printed number may be worth: "1.621,20" 1621.2; "669,600" 669600 or 669.6;
    "7,90" 7.9; "80.00" 80. Empty when `text` is no number."""
    found = FIGURE.fullmatch(text.strip().strip("()"))
    if found is None:
        return ()
    digits = found[1].rstrip(".,")
    marks = re.findall(r"[.,]", digits)
    if not marks:
        return (float(digits),)
    last = max(digits.rfind("."), digits.rfind(","))
    head, tail = re.sub(r"[.,]", "", digits[:last]), digits[last + 1 :]
    groups = re.split(r"[.,]", digits)
    thousands = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    out = []
    if len(set(marks)) == 2 or marks.count(marks[-1]) == 1:
        out.append(float(f"{head or 0}.{tail}"))  # the last mark is a decimal point
    if thousands and len(set(marks)) == 1:
        out.append(float(head + tail))  # every mark separates thousands
    return tuple(dict.fromkeys(out))


def figures(words: list[Word]) -> list[Figure]:
    """The numbers of a row, left to right."""
    out = []
    for word in words:
        found = values(word.text)
        if found:
            out.append(Figure(word, found, bool(MONEY_SIGN.search(word.text))))
    return out


def _fits(quantity: int, price: float, amount: float) -> bool:
    """Whether `quantity` × `price` is `amount`, the price rounded to a cent."""
    return amount > 0 and abs(quantity * price - amount) <= 0.005 * quantity + 0.011


def summed(words: list[Word], qty_x: float | None = None) -> tuple[Word, int] | None:
    """The quantity word of a row and its value, by the row's arithmetic: the amount is
    the rightmost number that a whole number left of it, times another number, makes."""
    found = figures(words)[-MOST_FIGURES:]  # a row of a table, not a page of numbers
    for amount in sorted(found, key=lambda f: -f.word.box[0]):
        fitting = [
            (figure, whole)
            for figure in found
            if figure is not amount and figure.word.box[0] < amount.word.box[0]
            for whole in figure.whole
            if any(
                _fits(whole, price, total)
                for other in found
                if other is not figure and other is not amount
                for price in other.values
                for total in amount.values
            )
        ]
        if fitting:
            figure, whole = min(fitting, key=lambda pair: _preference(pair[0], qty_x))
            return figure.word, whole
    return None


def divided(words: list[Word]) -> int | None:
    """The quantity of a row OCR read without it: its amount (the rightmost number) over
    the number beside it (the unit price, printed with cents or a currency sign), when that
    comes to a whole number of units (717.20 / 8.15 = 88)."""
    found = figures(words)
    if len(found) < 2:
        return None
    amount, price = found[-1], found[-2]
    if not (price.money or CENTS.search(price.word.text)):
        return None  # "250  $2,000.00": the price is what OCR lost, not the quantity
    for total in amount.values:
        for each in (v for v in price.values if v >= 0.01):
            whole = round(total / each)
            if 2 <= whole <= LARGEST_QUANTITY and _fits(whole, each, total):
                return whole
    return None


def _preference(figure: Figure, qty_x: float | None) -> tuple[bool, bool, bool, float]:
    """Which of the whole numbers that fit is the quantity: one in the Qty column, then
    one without a currency sign, then one printed without cents ("250", not "8.00": a
    price printed whole), then the leftmost."""
    box = figure.word.box
    height = box[3] - box[1]
    off = qty_x is not None and abs((box[0] + box[2]) / 2 - qty_x) > 6 * height
    return off, figure.money, bool(CENTS.search(figure.word.text)), box[0]


def in_cases(word: Word, words: list[Word]) -> bool:
    """Whether the quantity `word` counts cases: a case unit follows it ("19 CS", "3 ctns")
    or is joined to it ("19CS")."""
    index = next(i for i, w in enumerate(words) if w is word)
    after = words[index + 1].text if index + 1 < len(words) else ""
    return bool(CASE_UNIT.match(after) or CASE_UNIT.match(re.sub(r"^[\d.,]+", "", word.text)))
