"""Label sheets (R-MED-8, R-PRN): one label per data row on a grid of sheet label stock, with a
calibration offset in millimetres and a calibration page, because label stock never lines up
with a printer by default. No Qt; only the bundled CJK font is used, embedded as a subset.

The sheet's geometry (paper, grid, stock sizes, offsets, positions) is
printing/label_layout.py's.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from records_desk.printing.context import PrintContext
from records_desk.printing.data import DataProblem, LabelDataError
from records_desk.printing.definitions import FormDefinition, LabelSpec
from records_desk.printing.fonts import register_font
from records_desk.printing.label_layout import (
    PAPER_MM,
    Box,
    LabelLayout,
)
from records_desk.printing.wrapping import ellipsize, fit_size

_GREY = Color(0.35, 0.35, 0.35)
_LIGHT = Color(0.6, 0.6, 0.6)
_GUIDE = Color(0.1, 0.3, 0.75)
_CROSS = Color(0.8, 0.1, 0.1)
_MARK_RED = Color(0.78, 0.0, 0.0)


def render_labels(
    definition: FormDefinition,
    rows: Sequence[Mapping[str, object]],
    layout: LabelLayout,
    context: PrintContext,
    start_at: int | None = None,
) -> bytes:
    """One label per row, in reading order, as many sheets as needed, the first `start_at`
    positions of the first sheet left empty (a part-used sheet; default: the layout's). No
    rows prints the rest of one sheet as blank labels: field names and a line to write on,
    the boxes of a choice to tick."""
    spec = definition.labels
    if definition.kind != "labels" or spec is None:
        raise ValueError(f'{definition.id} is not a label sheet (kind = "labels")')
    if start_at is None:
        start_at = layout.start_at
    if not 0 <= start_at < layout.per_sheet:
        raise ValueError(f"start_at must be 0 to {layout.per_sheet - 1} on a {layout.describe()}")
    items = list(rows) or [{}] * (layout.per_sheet - start_at)
    for i, row in enumerate(items):
        _check_barcode(spec, row, f"rows[{i}]")
    font = register_font()
    # parse() has checked that every label field is a table column.
    captions = tuple(getattr(definition.column(k), "label_zh", k) + "：" for k in spec.fields)
    choices = tuple(getattr(definition.column(k), "choices", ()) for k in spec.fields)
    style = _LabelStyle.for_layout(layout, spec, captions, font, blank=not rows, choices=choices)
    sheets = math.ceil((start_at + len(items)) / layout.per_sheet)
    buffer = io.BytesIO()
    c = _canvas(buffer, layout, font, definition.title_zh, context)
    for sheet in range(sheets):
        for position in range(start_at if sheet == 0 else 0, layout.per_sheet):
            index = sheet * layout.per_sheet + position - start_at
            if index < len(items):
                style.draw(c, layout.box(position), items[index])
        footer = (
            f"{definition.title_zh}　列印人：{context.printed_by}　列印時間：{context.printed_at_local}　"
            f"稽核記錄：{context.audit_head}　第 {sheet + 1} 頁，共 {sheets} 頁"
        )
        _footer(c, layout, font, footer)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _check_barcode(spec: LabelSpec, row: Mapping[str, object], where: str) -> None:
    value = str(row.get(spec.barcode_field) or "") if spec.barcode_field else ""
    if value and not (value.isascii() and value.isprintable()):
        raise LabelDataError(
            f"{where}.{spec.barcode_field}",
            DataProblem.NOT_BARCODE,
        )


@dataclass(frozen=True)
class _LabelStyle:
    """Sizes shared by every label of a sheet, worked out once from the label size."""

    page_h: float
    font: str
    fields: tuple[str, ...]
    captions: tuple[str, ...]  # "介質編號：" — they keep their size while a long value shrinks
    barcode_field: str | None
    pad_x: float
    pad_y: float
    size: float
    line_h: float
    bar_height: float  # 0: no barcode (none defined, or a blank sheet)
    value_under_bars: bool  # the barcode's value in words, unless it is a field already
    choices: tuple[tuple[str, ...], ...] = ()  # per field: boxes to tick on a blank label
    mark_field: str | None = None
    mark_value: str = ""
    qr: bool = False

    @classmethod
    def for_layout(
        cls,
        layout: LabelLayout,
        spec: LabelSpec,
        captions: tuple[str, ...],
        font: str,
        blank: bool,
        choices: tuple[tuple[str, ...], ...] = (),
    ) -> _LabelStyle:
        box = layout.box(0)
        pad_x, pad_y = min(3 * mm, box.width * 0.06), min(2.5 * mm, box.height * 0.08)
        text_h = box.height - 2 * pad_y
        lines = max(1, len(spec.fields))
        barcode = None if blank else spec.barcode_field
        under = bool(barcode and barcode not in spec.fields)
        bar_height = min(15 * mm, max(4 * mm, text_h * 0.34)) if barcode else 0.0
        if barcode:
            text_h -= bar_height + 1 * mm + (_SMALL * 1.2 if under else 0)
        if blank:  # lines to write on, as far apart as the label allows
            line_h = min(10 * mm, text_h / lines)
            size = min(12.0, line_h / 1.6)
        else:  # on a tall label the lines spread out a little rather than leave a hole
            size = max(4.0, min(14.0, text_h / lines / 1.25))
            line_h = min(text_h / lines, size * 1.6)
        return cls(
            layout.page_size[1], font, spec.fields, captions, barcode,
            pad_x, pad_y, size, line_h, bar_height, under,
            choices or tuple(() for _ in spec.fields), spec.mark_field, spec.mark_value,
            bool(barcode and spec.qr),
        )  # fmt: skip

    def draw(self, c: Canvas, box: Box, row: Mapping[str, object]) -> None:
        left, right = box.left + self.pad_x, box.right - self.pad_x
        # Baselines measured down from the paper's top; the text sits at the top of its line.
        baseline = box.top + self.pad_y + self.line_h - 0.28 * self.size
        for key, caption, options in zip(self.fields, self.captions, self.choices, strict=True):
            value = "" if row.get(key) is None else str(row.get(key))
            y = self.page_h - baseline
            caption_w = stringWidth(caption, self.font, self.size)
            c.setFont(self.font, self.size)
            c.setFillColor(_GREY)
            c.drawString(left, y, ellipsize(caption, self.font, self.size, right - left))
            room = right - left - caption_w
            if value and room > 0:
                size = fit_size(value, self.font, self.size, room, max(5.0, self.size * 0.6))
                c.setFont(self.font, size)
                c.setFillColor(black)
                c.drawString(left + caption_w, y, ellipsize(value, self.font, size, room))
            elif not value and options:  # the choices, each with a box to tick
                c.setFont(self.font, self.size)
                c.setFillColor(black)
                boxes = "　".join(f"□{o}" for o in options)
                c.drawString(left + caption_w, y, ellipsize(boxes, self.font, self.size, room))
            elif not value:  # a line to write on
                c.setStrokeColor(_LIGHT)
                c.setLineWidth(0.4)
                c.line(left + caption_w, y - 1.5, right, y - 1.5)
            baseline += self.line_h
        code = str(row.get(self.barcode_field) or "") if self.barcode_field else ""
        if code:
            self._barcode(c, box, code, left, right)
        if self.mark_field and self.mark_value and row.get(self.mark_field) == self.mark_value:
            self._mark(c, box)

    def _mark(self, c: Canvas, box: Box) -> None:
        """The mark value (涉密) large, white on red, in the label's top right corner."""
        size = max(8.0, min(22.0, box.height * 0.3))
        text_w = stringWidth(self.mark_value, self.font, size)
        w, h = text_w + size * 0.6, size * 1.35
        x = box.right - self.pad_x - w
        y = self.page_h - box.top - self.pad_y - h
        c.setFillColor(_MARK_RED)
        c.setStrokeColor(_MARK_RED)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(white)
        c.setFont(self.font, size)
        c.drawCentredString(x + w / 2, y + h * 0.27, self.mark_value)

    def _barcode(self, c: Canvas, box: Box, value: str, left: float, right: float) -> None:
        bottom = self.page_h - box.bottom + self.pad_y  # reportlab's y, upwards
        if self.qr:  # a square as tall as the bars (and the words under them), at the right
            side = self.bar_height + (_SMALL * 1.2 if self.value_under_bars else 0)
            QrCode(value, x=right - side, y=bottom, width=side, height=side, qrLevel="M",
                   qrBorder=1).drawOn(c, right - side, bottom)  # fmt: skip
            right -= side + 1.5 * mm
        if self.value_under_bars:
            size = fit_size(value, self.font, _SMALL, right - left)
            c.setFont(self.font, size)
            c.setFillColor(black)
            text = ellipsize(value, self.font, size, right - left)
            c.drawCentredString((left + right) / 2, bottom + 0.25 * size, text)
            bottom += _SMALL * 1.2
        # Quiet zones of ten modules each side are part of the width the bars are scaled to.
        modules = Code128(value, barWidth=1, quiet=0).width
        bar = (right - left) / (modules + 20)
        Code128(
            value, barWidth=bar, barHeight=self.bar_height, humanReadable=False,
            lquiet=10 * bar, rquiet=10 * bar,
        ).drawOn(c, left, bottom)  # fmt: skip


_SMALL = 6.5  # points: the value under a barcode, calibration notes


def _canvas(
    buffer: io.BytesIO, layout: LabelLayout, font: str, title: str, context: PrintContext
) -> Canvas:
    # initialFontName: otherwise reportlab puts Helvetica in the page preamble.
    c = Canvas(buffer, pagesize=layout.page_size, initialFontName=font, initialFontSize=8)
    c.setTitle(title)
    c.setAuthor(context.printed_by)
    c.setSubject(
        f"{layout.describe()}; printed {context.printed_at_local}; audit {context.audit_head}"
    )
    c.setCreator("Records Desk")
    return c


def _footer(c: Canvas, layout: LabelLayout, font: str, text: str) -> None:
    """Tiny, centred in whichever margin has room. Full-face stock has none: then the same
    facts are only in the PDF's document properties (set by _canvas)."""
    paper_w, paper_h = PAPER_MM[layout.paper]
    grid_top = layout.box(0).top / mm - layout.offset_y_mm  # as on the stock, before offsets
    below = paper_h - layout.box(layout.per_sheet - 1).bottom / mm + layout.offset_y_mm
    if below >= 3.5:
        middle = paper_h - below / 2
    elif grid_top >= 3.5:
        middle = grid_top / 2
    else:
        return
    width = (paper_w - 2 * max(layout.margin_left_mm or 0.0, 4.0)) * mm
    size = fit_size(text, font, 6.0, width)
    c.setFont(font, size)
    c.setFillColor(_GREY)
    x, y = layout.point(paper_w / 2, middle)
    c.drawCentredString(x, y - size * 0.3, ellipsize(text, font, size, width))
