"""Label sheets (R-MED-8, R-PRN): one label per data row on a grid of sheet label stock, with a
calibration offset in millimetres and a calibration page, because label stock never lines up
with a printer by default. No Qt; only the bundled CJK font is used, embedded as a subset.

Standard A4 stock (`LabelLayout.standard`; the grid is centred on the sheet):

    grid  label (mm)     gaps (mm)  per sheet  sold as (for example)
    3×8   70   × 37      0          24         Avery 3474, edge to edge
    2×7   99.1 × 38.1    2.5 across 14         Avery L7163 / J8163
    2×8   99.1 × 33.9    2.5 across 16         Avery L7162
    3×7   63.5 × 38.1    2.5 across 21         Avery L7160
    3×6   63.5 × 46.6    2.5 across 18         Avery L7161
    2×4   99.1 × 67.7    2.5 across 8          Avery L7165

Any other grid (or paper) divides the sheet evenly, edge to edge, as "full-face" stock does.
Positions are numbered in reading order (left to right, then down), from 0 in the API and from
1 on paper.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from records_desk.printing.context import PrintContext
from records_desk.printing.data import LabelDataError
from records_desk.printing.definitions import FormDefinition, LabelSpec
from records_desk.printing.fonts import register_font
from records_desk.printing.wrapping import ellipsize, fit_size

PAPER_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A3": (297.0, 420.0)}
PAPER_MM["letter"] = (215.9, 279.4)
MAX_OFFSET_MM = 20.0
MIN_LABEL_MM = (20.0, 10.0)  # narrower or lower than this holds neither text nor a barcode
_TOLERANCE_MM = 0.05  # stock sizes are rounded to 0.1 mm; their sums may exceed the sheet by that

# (columns, rows) -> label width, label height, gap across, gap down — all in mm, on A4.
STANDARD_A4_STOCK: dict[tuple[int, int], tuple[float, float, float, float]] = {
    (3, 8): (70.0, 37.0, 0.0, 0.0),
    (2, 7): (99.1, 38.1, 2.5, 0.0),
    (2, 8): (99.1, 33.9, 2.5, 0.0),
    (3, 7): (63.5, 38.1, 2.5, 0.0),
    (3, 6): (63.5, 46.6, 2.5, 0.0),
    (2, 4): (99.1, 67.7, 2.5, 0.0),
}

_GREY = Color(0.35, 0.35, 0.35)
_LIGHT = Color(0.6, 0.6, 0.6)
_GUIDE = Color(0.1, 0.3, 0.75)
_CROSS = Color(0.8, 0.1, 0.1)
_MARK_RED = Color(0.78, 0.0, 0.0)


class _Axis(NamedTuple):
    count_field: str
    size: str
    gap: str
    margin: str
    paper_index: int  # of the paper's (width, height)
    side: str
    direction: str
    extent: str


_AXES = (
    _Axis("columns", "label_width_mm", "gap_x_mm", "margin_left_mm", 0, "left", "across", "wide"),
    _Axis("rows", "label_height_mm", "gap_y_mm", "margin_top_mm", 1, "top", "down", "tall"),
)


class Box(NamedTuple):
    """A rectangle in points, measured from the paper's top-left corner (as PDF viewers and
    pdfplumber show it), calibration offsets included."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of label stock. Sizes left as None are filled in on construction: label size and
    gaps from STANDARD_A4_STOCK (or the sheet divided evenly), margins so the grid is centred.
    Offsets move everything printed; positive is right / down."""

    columns: int
    rows: int
    paper: str = "A4"
    label_width_mm: float | None = None
    label_height_mm: float | None = None
    margin_top_mm: float | None = None
    margin_left_mm: float | None = None
    gap_x_mm: float | None = None
    gap_y_mm: float | None = None
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    # The first free label of a part-used sheet, 0-based in reading order: the positions
    # before it are left empty on the first sheet (`start_position` from a row and column).
    start_at: int = 0

    @classmethod
    def standard(
        cls,
        columns: int,
        rows: int,
        offset_x_mm: float = 0.0,
        offset_y_mm: float = 0.0,
        paper: str = "A4",
    ) -> LabelLayout:
        return cls(columns, rows, paper, offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm)

    def __post_init__(self) -> None:
        for name in ("columns", "rows"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
        if self.paper not in PAPER_MM:
            raise ValueError(f"paper must be one of {', '.join(PAPER_MM)}, not {self.paper!r}")
        for name, value in (("horizontal", self.offset_x_mm), ("vertical", self.offset_y_mm)):
            if not abs(value) <= MAX_OFFSET_MM:
                raise ValueError(
                    f"the {name} offset {value:g} mm is outside ±{MAX_OFFSET_MM:g} mm; "
                    "check the paper size and the printer's scaling instead"
                )
        if isinstance(self.start_at, bool) or not 0 <= self.start_at < self.per_sheet:
            raise ValueError(
                f"the first label must be on the {self.columns}×{self.rows} sheet "
                f"(row 1–{self.rows}, column 1–{self.columns})"
            )
        stock = STANDARD_A4_STOCK.get((self.columns, self.rows)) if self.paper == "A4" else None
        for axis in _AXES:
            self._resolve(axis, stock)
        assert self.label_width_mm is not None and self.label_height_mm is not None  # resolved
        if self.label_width_mm < MIN_LABEL_MM[0] or self.label_height_mm < MIN_LABEL_MM[1]:
            raise ValueError(
                f"{self.columns}×{self.rows} labels of {self.label_width_mm:.1f} × "
                f"{self.label_height_mm:.1f} mm are too small; a label needs at least "
                f"{MIN_LABEL_MM[0]:g} × {MIN_LABEL_MM[1]:g} mm for its text and barcode"
            )

    def _resolve(self, axis: _Axis, stock: tuple[float, float, float, float] | None) -> None:
        """Fill in one axis's unset sizes (from the stock, else the paper divided evenly; the
        margin centres the grid) and refuse a grid that runs off the paper."""
        count, paper = getattr(self, axis.count_field), PAPER_MM[self.paper][axis.paper_index]
        gap = self._fill(axis.gap, stock[2 + axis.paper_index] if stock else 0.0)
        size = self._fill(
            axis.size, stock[axis.paper_index] if stock else (paper - (count - 1) * gap) / count
        )
        span = count * size + (count - 1) * gap
        margin = self._fill(axis.margin, round(max(0.0, (paper - span) / 2), 3))
        if size <= 0 or gap < 0 or margin < 0:
            raise ValueError(
                f"{axis.size} must be above 0, {axis.gap} and {axis.margin} at least 0 "
                f"(not {size:g}, {gap:g}, {margin:g})"
            )
        if margin + span > paper + _TOLERANCE_MM:
            extras = f" with {gap:g} mm gaps" if gap and count > 1 else ""
            extras += f" and a {margin:g} mm {axis.side} margin" if margin else ""
            raise ValueError(
                f"the grid does not fit the paper: {count} {axis.count_field} of {size:g} mm labels"
                f"{extras} need {margin + span:.1f} mm {axis.direction}, but {self.paper} paper "
                f"is {paper:g} mm {axis.extent}"
            )

    def _fill(self, name: str, default: float) -> float:
        value = getattr(self, name)
        if value is None:
            object.__setattr__(self, name, float(default))
            return float(default)
        return float(value)

    def start_position(self, row: int, column: int) -> LabelLayout:
        """This layout starting at label (row, column), both counted from 1 as on paper."""
        if not (1 <= row <= self.rows and 1 <= column <= self.columns):
            raise ValueError(
                f"row {row}, column {column} is not on a {self.columns}×{self.rows} sheet "
                f"(row 1–{self.rows}, column 1–{self.columns})"
            )
        return replace(self, start_at=(row - 1) * self.columns + (column - 1))

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        """The paper in points (portrait), as reportlab wants it."""
        w, h = PAPER_MM[self.paper]
        return w * mm, h * mm

    def describe(self) -> str:
        """'3×8, 70 × 37 mm, A4': the grid as the UI and the PDF's properties show it."""
        size = f"{self.label_width_mm:g} × {self.label_height_mm:g} mm"
        return f"{self.columns}×{self.rows}, {size}, {self.paper}"

    def box(self, position: int) -> Box:
        """Label `position` (0-based, reading order) with the offsets applied."""
        if not 0 <= position < self.per_sheet:
            raise IndexError(f"position {position} is not on a {self.columns}×{self.rows} sheet")
        row, col = divmod(position, self.columns)
        # All set by __post_init__; `or 0.0` only tells the type checker so.
        w, h = self.label_width_mm or 0.0, self.label_height_mm or 0.0
        left = (self.margin_left_mm or 0.0) + col * (w + (self.gap_x_mm or 0.0))
        top = (self.margin_top_mm or 0.0) + row * (h + (self.gap_y_mm or 0.0))
        x, y = left + self.offset_x_mm, top + self.offset_y_mm
        return Box(x * mm, y * mm, w * mm, h * mm)

    def point(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """A paper position in mm from the top-left, offsets applied, in reportlab coordinates."""
        return (x_mm + self.offset_x_mm) * mm, self.page_size[1] - (y_mm + self.offset_y_mm) * mm


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
            f"稽核記錄：{context.audit_head}　第 {sheet + 1} 頁,共 {sheets} 頁"
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
            "a Code128 barcode takes only ASCII letters, digits and punctuation",
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
