"""Page furniture drawn once the page count is known: 「第 x 頁，共 y 頁」, who printed it and
when, the audit-log head (so a signed paper copy can be matched to the digital record, R-PRN),
the form's footer note and, from page 2 on, a running head naming the form and what identifies
the paper (its `identify` header fields: the visit date and clerk, the customer and archive
number), so a loose page is put back where it belongs. A voided file's paper carries a large
作廢 on every page.

The count needs the whole document laid out first. Instead of laying it out twice
(multiBuild), the canvas holds each finished page and draws the furniture on all of them when
the document is saved: one layout pass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from records_desk.printing.context import PrintContext
from records_desk.printing.wrapping import fit_size

FOOTER_SIZE = 7.0
PAGE_LABEL = "第 {page} 頁，共 {pages} 頁"  # a full-width comma, as Chinese text writes it
GREY = colors.HexColor("#555555")
VOID_RED = colors.HexColor("#C00000")
VOID_MARK = "作廢"


def page_label(page: int, pages: int) -> str:
    return PAGE_LABEL.format(page=page, pages=pages)


@dataclass(frozen=True)
class Furniture:
    font: str
    context: PrintContext
    title_zh: str
    form_id: str
    record_number: str
    left: float  # frame edges, in points
    right: float
    top: float  # top of the frame
    footer_y: float  # baseline of the footer line of text
    note: Flowable | None  # footer_zh/footer_en, already wrapped to the frame width
    note_height: float
    identity: str = ""  # "來訪日期：2026-11-27　銷售文員：王小美", repeated from page 2
    void: bool = False

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        font, y = self.font, self.footer_y
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.5)
        rule_y = y + FOOTER_SIZE + 1.5 * mm
        canvas.line(self.left, rule_y, self.right, rule_y)
        if self.note is not None:
            self.note.drawOn(canvas, self.left, rule_y + 1.2 * mm)
        canvas.setFillColor(GREY)
        canvas.setFont(font, FOOTER_SIZE)
        at = self.context.printed_at_local
        canvas.drawString(self.left, y, f"列印人：{self.context.printed_by}　列印時間：{at}")
        canvas.drawRightString(
            self.right, y, f"稽核紀錄：{self.context.audit_head}　表單：{self.form_id}"
        )
        canvas.setFillColor(colors.black)
        canvas.setFont(font, FOOTER_SIZE + 1)
        canvas.drawCentredString((self.left + self.right) / 2, y, page_label(page, pages))
        if page > 1:
            head = self.title_zh + (f"　{self.record_number}" if self.record_number else "")
            head = f"{head}（續）" + (f"　{self.identity}" if self.identity else "")
            canvas.setFont(font, FOOTER_SIZE + 1)
            canvas.setFillColor(GREY)
            size = fit_size(head, font, FOOTER_SIZE + 1, self.right - self.left)
            canvas.setFont(font, size)
            canvas.drawString(self.left, self.top + 3 * mm, head)
        if self.void:
            self._void_mark(canvas)
        canvas.restoreState()

    def _void_mark(self, canvas: Canvas) -> None:
        """作廢 across the page, large and red but light enough to read what is under it."""
        canvas.saveState()
        canvas.setFillColor(VOID_RED)
        canvas.setFillAlpha(0.35)
        middle_x = (self.left + self.right) / 2
        middle_y = (self.top + self.footer_y) / 2
        canvas.translate(middle_x, middle_y)
        canvas.rotate(30)
        canvas.setFont(self.font, 110)
        canvas.drawCentredString(0, -40, VOID_MARK)
        canvas.restoreState()
        canvas.setFillColor(VOID_RED)
        canvas.setFont(self.font, 16)
        middle = (self.left + self.right) / 2  # the barcode holds the right, the head the left
        canvas.drawCentredString(middle, self.top + 2 * mm, f"【{VOID_MARK}】")


def note_flowable(text: str, style: Any, width: float) -> tuple[Flowable | None, float]:
    if not text:
        return None, 0.0
    note = Paragraph(text, style)
    _, height = note.wrap(width, 1_000_000)
    return note, height


class DeferredCanvas(Canvas):
    """A canvas that keeps every page until save(), then decorates each with (page, pages)."""

    def __init__(
        self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, pages)
            super().showPage()
        # Page streams compressed but not also ASCII85-encoded (reportlab's default): a
        # quarter smaller and quicker to write; every PDF reader takes binary streams.
        saved, rl_config.useA85 = rl_config.useA85, 0
        try:
            super().save()
        finally:
            rl_config.useA85 = saved
