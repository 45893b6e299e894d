"""Line breaking for table cells, done once before the table is laid out, so a wrapped cell
is a plain multi-line string the table draws itself instead of a Paragraph (laying out a
thousand paragraphs is most of the cost of a long register).

Breaks may fall between any two CJK characters and at spaces between Latin words; a line
never starts with closing punctuation (，。、）」 …) and never ends with an opening one
(（「 …) when another break is possible; a word longer than the line is cut. No line is
ever wider than the width asked for."""

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
