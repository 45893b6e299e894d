"""Definition + data -> PDF bytes (R-PRN), with reportlab platypus and no Qt.

    render(definition, data, context)            data None prints the form blank

The data is checked first (data.validate; FormDataError names the field), then laid out by
layout.py, with the page furniture of pagination.py. The only font is the bundled CJK font,
embedded as a subset, so the page prints and searches the same on any PC. Label sheets
(kind = "labels") are drawn by printing/labels.py."""

from __future__ import annotations

import importlib
import re
from functools import partial
from io import BytesIO
from types import ModuleType
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A3, A4, A5, landscape, letter, portrait
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from records_desk.printing.context import PrintContext
from records_desk.printing.data import FilledData, validate
from records_desk.printing.definitions import FormDefinition
from records_desk.printing.fonts import register_font
from records_desk.printing.layout import FormLayout, Room
from records_desk.printing.pagination import DeferredCanvas, Furniture, note_flowable
from records_desk.printing.styles import EN_COLOUR, styles

CREATOR = "Records Desk"
PAPER_SIZES = {"A4": A4, "A5": A5, "A3": A3, "letter": letter}
SIDE_MARGIN = 15 * mm
TOP_MARGIN = 14 * mm
FOOTER_BASELINE = 8 * mm
FOOTER_ROOM = 17 * mm  # bottom margin without a footer note
TIGHTER = (0.85, 0.72)  # 8 mm rows become 6.8 mm, then 5.8 mm: still room for a pen
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class LabelsUnavailable(RuntimeError):
    """This build has no label-sheet renderer (printing/labels.py)."""

    def __init__(self) -> None:
        super().__init__("label sheets cannot be printed yet (printing/labels.py is missing)")


def page_size(definition: FormDefinition) -> tuple[float, float]:
    size = PAPER_SIZES[definition.paper]
    return landscape(size) if definition.orientation == "landscape" else portrait(size)


def page_count(pdf: bytes) -> int:
    """Pages of a PDF made by reportlab (its page objects are written uncompressed)."""
    return len(_PAGE.findall(pdf))


def render(
    definition: FormDefinition,
    data: dict[str, Any] | None,
    context: PrintContext,
    layout: Any = None,
) -> bytes:
    """The form as PDF bytes; `layout` (a label_layout.LabelLayout) only matters for label sheets."""
    filled = validate(definition, data)
    if definition.kind == "labels":
        return _render_labels(definition, filled, context, layout)
    pdf = _build(definition, filled, context, Room())
    if page_count(pdf) == 2:
        # A form that runs a little over one page (often only its signature boxes) is tried
        # again with its writing room a little smaller; it keeps the first try otherwise.
        for factor in TIGHTER:
            tighter = _build(definition, filled, context, Room().tighter(factor))
            if page_count(tighter) == 1:
                return tighter
    return pdf


def _build(
    definition: FormDefinition, filled: FilledData, context: PrintContext, room: Room
) -> bytes:
    font = register_font()
    st = styles(font)
    width, height = page_size(definition)
    frame_width = width - 2 * SIDE_MARGIN
    note_text = escape(definition.footer_zh)
    if definition.footer_en:
        english = f"<font color='{EN_COLOUR}'>{escape(definition.footer_en)}</font>"
        note_text = f"{note_text}<br/>{english}" if note_text else english
    note, note_height = note_flowable(note_text, st.note, frame_width)
    bottom = FOOTER_ROOM + (note_height + 2 * mm if note else 0)

    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(width, height),
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=bottom,
        title=definition.title_zh,
        subject=definition.title_en,
        author=context.printed_by,
        creator=CREATOR,
        keywords=[definition.id],
        lang="zh-TW",
        # The canvas preamble would otherwise select Helvetica: a second font, not embedded.
        initialFontName=font,
    )
    furniture = Furniture(
        font=font,
        context=context,
        title_zh=definition.title_zh,
        form_id=definition.id,
        record_number=filled.record_number(definition),
        left=SIDE_MARGIN,
        right=width - SIDE_MARGIN,
        top=height - TOP_MARGIN,
        footer_y=FOOTER_BASELINE,
        note=note,
        note_height=note_height,
        identity=identity(definition, filled),
        void=filled.void,
    )
    doc.build(
        FormLayout(
            definition, filled, st, room, (frame_width, height - TOP_MARGIN - bottom)
        ).story(),
        canvasmaker=partial(DeferredCanvas, decorate=furniture.draw),
    )
    return out.getvalue()


def identity(definition: FormDefinition, filled: FilledData) -> str:
    """What the running head of every later page repeats: the `identify` fields with their
    values (a line to write on when the form is blank)."""
    labels = {f.key: f.label_zh for f in definition.header}
    parts = []
    for key in definition.identify:
        value = filled.header.get(key, "") or "＿＿＿＿＿＿"
        parts.append(f"{labels[key]}：{value}")
    return "　".join(parts)


def labels_module() -> ModuleType:
    """printing/labels.py, imported when a label sheet is first asked for."""
    try:
        return importlib.import_module("records_desk.printing.labels")
    except ModuleNotFoundError as e:
        if e.name != "records_desk.printing.labels":
            raise
        raise LabelsUnavailable() from None


def default_label_layout(definition: FormDefinition | None = None, settings: Any = None) -> Any:
    """The label grid and offset of the user's settings (a settings.Settings), or of the
    declared defaults without one, on the form's paper."""
    from records_desk.settings import Options

    def value(option: Any) -> Any:
        return settings.get(option) if settings is not None else option.default

    return labels_module().LabelLayout(
        columns=value(Options.LABEL_COLUMNS),
        rows=value(Options.LABEL_ROWS),
        offset_x_mm=value(Options.LABEL_OFFSET_X_MM),
        offset_y_mm=value(Options.LABEL_OFFSET_Y_MM),
        paper=definition.paper if definition else "A4",
    )


def _render_labels(
    definition: FormDefinition, filled: FilledData, context: PrintContext, layout: Any
) -> bytes:
    labels = labels_module()
    chosen = layout if layout is not None else default_label_layout(definition)
    pdf: bytes = labels.render_labels(definition, filled.rows, chosen, context)
    return pdf


def render_calibration(context: PrintContext, layout: Any = None) -> bytes:
    """The label calibration page (a grid to hold against the label stock)."""
    chosen = layout if layout is not None else default_label_layout()
    labels_module()  # LabelsUnavailable where the label module is not shipped
    from records_desk.printing.label_calibration import render_calibration as render

    pdf: bytes = render(chosen, context)
    return pdf
