"""The label calibration page: printed on plain paper and held over the label stock against the
light, it shows how far the printer shifts the labels, and what offset corrects it."""

from __future__ import annotations

import io

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from records_desk.printing.context import PrintContext
from records_desk.printing.fonts import register_font
from records_desk.printing.label_layout import PAPER_MM, LabelLayout
from records_desk.printing.labels import _CROSS, _GREY, _GUIDE, _SMALL, _canvas
from records_desk.printing.wrapping import wrap_lines


def render_calibration(layout: LabelLayout, context: PrintContext) -> bytes:
    """A page to print on plain paper and hold over the label stock against the light: every
    label outlined and numbered, crosshairs at the corners, millimetre rulers along the top and
    left edges, the grid and the offsets in use, and what to do about a misfit."""
    font = register_font()
    buffer = io.BytesIO()
    c = _canvas(buffer, layout, font, "標籤校準頁", context)
    page_h = layout.page_size[1]
    number_size = max(8.0, min(20.0, layout.box(0).height * 0.22))
    arm = 3 * mm
    for position in range(layout.per_sheet):
        box = layout.box(position)
        c.setStrokeColor(_GUIDE)
        c.setLineWidth(0.6)
        c.rect(box.left, page_h - box.bottom, box.width, box.height, stroke=1, fill=0)
        c.setStrokeColor(_CROSS)
        c.setLineWidth(0.3)
        for x in (box.left, box.right):
            for y in (page_h - box.top, page_h - box.bottom):
                c.line(x - arm, y, x + arm, y)
                c.line(x, y - arm, x, y + arm)
        c.setFillColor(_GUIDE)
        c.setFont(font, number_size)
        middle = page_h - box.top - box.height / 2 - number_size * 0.35
        c.drawCentredString(box.left + box.width / 2, middle, str(position + 1))
    _rulers(c, layout, font)
    _notes(c, layout, font, number_size, _calibration_text(layout, context))
    c.showPage()
    c.save()
    return buffer.getvalue()


_RULER_MM = 10.0  # the ticks and figures along the top and left edges take this much paper


def _calibration_text(layout: LabelLayout, context: PrintContext) -> list[str]:
    return [
        f"標籤校準頁：{layout.columns}×{layout.rows}，每張 {layout.per_sheet} 格，"
        f"標籤 {layout.label_width_mm:g} × {layout.label_height_mm:g} 毫米，{layout.paper} 紙",
        f"目前偏移：水平 {layout.offset_x_mm:+.1f} 毫米，垂直 {layout.offset_y_mm:+.1f} 毫米"
        "（正數向右、向下）",
        "1. 將此頁印在普通紙上，列印時選「實際大小」，不要選「符合頁面大小」。",
        "2. 疊在標籤紙上對光檢查：藍框應與每張標籤的邊緣重合，尺規的 0 應對齊紙張邊緣。",
        "3. 若框線偏右 2 毫米，請把水平偏移設為 -2；若偏下 3 毫米，請把垂直偏移設為 -3"
        "（偏移已不是 0 時，在目前數值上加減）。",
        "4. 改好偏移後再印一次此頁確認，框線重合後才印標籤。",
        f"列印人：{context.printed_by}　{context.printed_at_local}",
    ]


def _rulers(c: Canvas, layout: LabelLayout, font: str) -> None:
    paper_w, paper_h = PAPER_MM[layout.paper]
    c.setStrokeColor(black)
    c.setFillColor(black)
    c.setLineWidth(0.25)
    c.setFont(font, 5)
    for n in range(int(max(paper_w, paper_h)) + 1):
        tick = 5.0 if n % 10 == 0 else 3.5 if n % 5 == 0 else 2.0
        if n <= paper_w:
            c.line(*layout.point(n, 0), *layout.point(n, tick))
            if n % 10 == 0 and n:
                c.drawCentredString(*layout.point(n, 7.2), str(n))
        if n <= paper_h:
            c.line(*layout.point(0, n), *layout.point(tick, n))
            if n % 10 == 0 and n:
                c.drawString(*layout.point(5.6, n + 0.6), str(n))
    c.drawString(*layout.point(1.2, 7.2), "毫米")


def _notes(
    c: Canvas, layout: LabelLayout, font: str, number_size: float, paragraphs: list[str]
) -> None:
    """Write the notes under the numbers of the first labels, a paragraph moving on to the
    next label when it does not fit: full-face stock has no margin to write in, and the
    outlines must stay whole."""
    page_h, line_h = layout.page_size[1], _SMALL * 1.3
    queue = [(text, index < 2) for index, text in enumerate(paragraphs)]  # grid, offsets: black
    ruler_left, ruler_top = _RULER_MM * mm + layout.offset_x_mm * mm, _RULER_MM * mm
    c.setFont(font, _SMALL)
    for position in range(layout.per_sheet):
        box = layout.box(position)
        left, right = max(box.left + 2 * mm, ruler_left), box.right - 2 * mm
        top = max(box.top + box.height / 2 + number_size * 0.6, ruler_top + layout.offset_y_mm * mm)
        fits = int((box.bottom - 1.5 * mm - top) // line_h)
        used = 0
        while queue and used < fits:
            text, strong = queue[0]
            lines = wrap_lines(text, font, _SMALL, right - left)
            if used and len(lines) > fits - used:
                break  # the whole paragraph on the next label
            shown = lines[: fits - used]
            c.setFillColor(black if strong else _GREY)
            for line in shown:
                used += 1
                c.drawString(left, page_h - top - used * line_h + 0.3 * _SMALL, line)
            rest = "".join(lines[len(shown) :])
            queue[0:1] = [(rest, strong)] if rest else []
        if not queue:
            return
