"""The look shared by every printed form: the CJK font at a few sizes, the greys of shaded
cells and rules, bilingual labels (Chinese, the English small beneath) and the column heading
cell. Paragraph styles are made once per font, not per cell."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from records_desk.printing.wrapping import heading_lines, text_width

SHADE = colors.HexColor("#E6E6E6")  # label cells and the table's header row
RULE = colors.HexColor("#222222")
FAINT = colors.HexColor("#9A9A9A")
EN_COLOUR = "#5A5A5A"
_EN_GREY = HexColor(EN_COLOUR)
_BLACK = black

CELL_SIZE, CELL_LEADING = 9.0, 11.5
HEAD_SIZE, HEAD_EN_SIZE = 9.0, 6.5
MIN_CELL_SIZE = 6.0
PAD_X, PAD_Y = 3.0, 2.0


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    title_en: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    hint: ParagraphStyle
    text: ParagraphStyle
    code: ParagraphStyle
    note: ParagraphStyle


@cache
def styles(font: str) -> Styles:
    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw
        )

    return Styles(
        font=font,
        title=style("title", 18, 23, alignment=TA_CENTER),
        title_en=style("title_en", 9, 12, alignment=TA_CENTER, textColor=EN_COLOUR),
        label=style("label", 9, 10.5),
        value=style("value", 10, 13),
        hint=style("hint", 9, 12, textColor=FAINT),
        text=style("text", 10, 14),
        code=style("code", 8, 10, alignment=TA_RIGHT),
        note=style("note", 7, 9, textColor=EN_COLOUR),
    )


def markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def bilingual(zh: str, en: str, en_size: float = 6.5) -> str:
    if not en:
        return escape(zh)
    return f"{escape(zh)}<br/><font size={en_size} color='{EN_COLOUR}'>{escape(en)}</font>"


def gap(n: int) -> str:
    """Space a paragraph keeps (it collapses ordinary runs of spaces)."""
    return "&nbsp;" * n


DATE_LINE = f"{gap(10)}年{gap(6)}月{gap(6)}日"


def styled(table: Table, st: Styles, commands: list[tuple[Any, ...]]) -> Table:
    """Every table names the CJK font, even for empty cells: the table would otherwise set
    Helvetica for them, and a second (unembedded) font would appear in the PDF."""
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), st.font), *commands])
    return table


class HeadCell(Flowable):
    """A column heading: Chinese, and the English small beneath, centred and wrapped. Cheaper
    than a Paragraph, which matters because the heading is laid out again on every page."""

    def __init__(self, zh: str, en: str, font: str) -> None:
        super().__init__()
        self.zh, self.en, self.font = zh, en, font
        self._for_width = -1.0
        self._lines: list[tuple[str, float, Color]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width != self._for_width:
            self._for_width = avail_width
            self._lines = self._fitted(self.zh, HEAD_SIZE, _BLACK)
            self._lines += self._fitted(self.en, HEAD_EN_SIZE, _EN_GREY)
            self.width = avail_width
            self.height = sum(size * 1.2 for _, size, _ in self._lines)
        return self.width, self.height

    def _fitted(self, text: str, size: float, colour: Color) -> list[tuple[str, float, Color]]:
        if not text:
            return []
        fitted, lines = heading_lines(text, self.font, size, self._for_width)
        return [(line, fitted, colour) for line in lines]

    def draw(self) -> None:
        # Drawn on every page of a register: one text object per heading, not one per line.
        text = self.canv.beginText()
        y = self.height
        for line, size, colour in self._lines:
            y -= size * 1.2
            text.setFont(self.font, size)
            text.setFillColor(colour)
            width = text_width(line, self.font, size)
            text.setTextOrigin((self.width - width) / 2, y + size * 0.25)
            text.textOut(line)
        self.canv.drawText(text)
