"""Line breaking for table cells, done once before the table is laid out, so a wrapped cell
is a plain multi-line string the table draws itself instead of a Paragraph (laying out a
thousand paragraphs is most of the cost of a long register).

Breaks may fall between any two CJK characters and at spaces between Latin words; a line
never starts with closing punctuation (，。、）」 …) and never ends with an opening one
(（「 …) when another break is possible; a word longer than the line is cut. No line is
ever wider than the width asked for.

A column heading (`heading_lines`) is fitted with more care, since it is read on every page:
a heading a little too wide for one line is set a little smaller instead of wrapped; a Latin
word is never cut (the heading is set smaller until its longest word fits, down to a floor);
and a heading that would end with one character or word alone on its last line has its lines
balanced instead (the narrowest width that needs no more lines: "借閱人姓 / 名" becomes
"借閱人 / 姓名")."""

from __future__ import annotations

import math
from functools import cache

from reportlab.pdfbase.pdfmetrics import getFont

NO_START = frozenset("，。、；：？！）」』】》〉〕｝％…‧·,.;:?!)]}%'\"”’")
NO_END = frozenset("（「『【《〈〔｛([{“‘")


class _Widths(dict[str, float]):
    """Advance widths (1/1000 em) by character, filled in as characters are first met, so a
    string is measured by one C-level sum(map(...)) instead of a Python loop."""

    def __init__(self, font: str) -> None:
        super().__init__()
        face = getFont(font).face
        self._by_code: dict[int, float] = face.charWidths
        self._default: float = face.defaultWidth

    def __missing__(self, char: str) -> float:
        width = self[char] = self._by_code.get(ord(char), self._default)
        return width


@cache
def _widths(font: str) -> _Widths:
    return _Widths(font)


def text_width(text: str, font: str, size: float) -> float:
    return sum(map(_widths(font).__getitem__, text)) * size / 1000.0


def _wide(c: str) -> bool:
    return ord(c) >= 0x2E80  # CJK scripts, full-width forms: a break may fall either side


def _may_break(before: str, after: str) -> bool:
    """May a line end between these two characters?"""
    if after in NO_START or before in NO_END:
        return False
    return before == " " or after == " " or _wide(before) or _wide(after)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` (hard line breaks kept) for a column `width` points wide."""
    widths = _widths(font)
    limit = width * 1000.0 / size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        start, used, last_break = 0, 0.0, -1
        chars = paragraph
        i = 0
        while i < len(chars):
            c = chars[i]
            if i > start and _may_break(chars[i - 1], c):
                last_break = i
            w = widths[c]
            if used + w <= limit or i == start:
                used += w
                i += 1
                continue
            cut = last_break if last_break > start else i  # forced cut inside a long word
            lines.append(chars[start:cut].rstrip(" "))
            while cut < len(chars) and chars[cut] == " ":
                cut += 1
            start, i, last_break = cut, cut, -1
            used = 0.0
        lines.append(chars[start:].rstrip(" "))
    return lines


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 5.0) -> float:
    """The size at which `text` fits `width`, but not below `smallest` (then ellipsize)."""
    natural = text_width(text, font, size)
    if natural <= width:
        return size
    # Rounded down to 0.01 pt, or the float product can measure a hair wider than `width`.
    return max(min(size, smallest), math.floor(size * width / natural * 100) / 100)


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    room = width - text_width("…", font, size)
    return head(text, font, size, room) + "…" if room > 0 else ""


def head(text: str, font: str, size: float, width: float) -> str:
    """The longest start of `text` that fits `width` (may be empty)."""
    used = 0.0
    for i, ch in enumerate(text):
        used += text_width(ch, font, size)
        if used > width:
            return text[:i]
    return text


HEADING_SHRINK = 0.85  # a heading this much smaller still on one line is set so, not wrapped
WORD_SHRINK = 0.7  # the smallest a heading is set for its longest word to fit uncut


def unbreakable_runs(text: str) -> list[str]:
    """The pieces of `text` between its break opportunities (a Latin word, one CJK character
    with the punctuation that must stay beside it), without spaces."""
    runs: list[str] = []
    for paragraph in text.split("\n"):
        start = 0
        for i in range(1, len(paragraph) + 1):
            if i == len(paragraph) or _may_break(paragraph[i - 1], paragraph[i]):
                if piece := paragraph[start:i].strip():
                    runs.append(piece)
                start = i
    return runs


def heading_lines(text: str, font: str, size: float, width: float) -> tuple[float, list[str]]:
    """The size and the lines of a column heading `width` points wide (see the module's
    docstring): one line when it fits at HEADING_SHRINK of `size`; else the size at which its
    longest word fits (not below WORD_SHRINK of `size`, where a word is cut as in wrap_lines),
    wrapped into balanced lines."""
    if "\n" not in text:
        one = fit_size(text, font, size, width, smallest=size * HEADING_SHRINK)
        if text_width(text, font, one) <= width:
            return one, [text]
    runs = unbreakable_runs(text)
    widest = max((text_width(run, font, size) for run in runs), default=0.0)
    if widest > width:
        size = max(size * WORD_SHRINK, math.floor(size * width / widest * 100) / 100)
        widest = max(text_width(run, font, size) for run in runs)
    lines = wrap_lines(text, font, size, width)
    if len(lines) < 2 or len(unbreakable_runs(lines[-1])) > 1:
        return size, lines
    # One piece alone on the last line: the lines balanced instead — the narrowest width
    # (not below the longest word) that needs no more lines.
    low, high = min(widest, width), width
    for _ in range(10):
        middle = (low + high) / 2
        if len(wrap_lines(text, font, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return size, wrap_lines(text, font, size, high)
