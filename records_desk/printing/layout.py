"""The parts of a printed form as platypus flowables: title (with the record-number barcode),
the header grid of label/value pairs, the ruled table whose header row repeats on every page,
the boxed free-text sections and the signature boxes, kept together. Long text wraps inside
its cell and never runs over the rule.

Speed matters for registers of a thousand rows: table cells are plain strings, pre-wrapped by
wrapping.py, which the table draws directly; paragraphs are kept for the few header values,
section texts and labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from records_desk.printing.barcodes import barcode_flowables
from records_desk.printing.data import FilledData
from records_desk.printing.definitions import Column, Field, FormDefinition, Section, Signature
from records_desk.printing.styles import (
    CELL_LEADING,
    CELL_SIZE,
    DATE_LINE,
    FAINT,
    MIN_CELL_SIZE,
    PAD_X,
    PAD_Y,
    RULE,
    SHADE,
    HeadCell,
    Styles,
    bilingual,
    gap,
    markup,
    styled,
)
from records_desk.printing.wrapping import text_width, wrap_lines


@dataclass(frozen=True)
class Room:
    """Heights of the places left to write by hand. A blank form that runs a little over a
    page is printed again with these a little smaller (engine.py), down to what a pen needs."""

    blank_row: float = 8 * mm
    blank_field: float = 9 * mm
    section_line: float = 8 * mm
    sign: float = 15 * mm
    preset_row: float = 6.5 * mm  # a pre-printed row: a tick or a score to write
    filled_row: float = 5.5 * mm
    filled_field: float = 7 * mm

    def tighter(self, factor: float) -> Room:
        return replace(
            self,
            blank_row=self.blank_row * factor,
            blank_field=self.blank_field * factor,
            section_line=self.section_line * factor,
            sign=self.sign * factor,
            preset_row=max(self.filled_row, self.preset_row * factor),
        )


# The font's □ is drawn small; at this size it is a box a tick fits in.
TICK_BOX = "<font size=13>□</font>"


def blank_hint(f: Field) -> str:
    """Markup an empty field shows so the hand-written answer has a shape."""
    if f.type == "choice":
        return gap(4).join(f"{TICK_BOX} {escape(c)}" for c in f.choices)
    if f.type == "bool":
        return f"{TICK_BOX} 是{gap(4)}{TICK_BOX} 否"
    if f.type == "date":
        return DATE_LINE
    if f.type == "datetime":
        return f"{DATE_LINE}{gap(6)}時{gap(6)}分"
    return ""


ATOMIC = ("date", "datetime", "integer", "number", "money", "choice", "bool")


def column_cells(
    column: Column, texts: list[str], room: float, font: str
) -> tuple[list[str], float]:
    """A column's cells, pre-wrapped so nothing is ever drawn over the rule, and their font
    size: the normal size, or a little smaller (never below MIN_CELL_SIZE) for a column of
    dates, amounts or codes, or one marked wrap = false, whose widest value would otherwise
    break over two lines. Each text is measured once."""
    widths = [text_width(t, font, CELL_SIZE) if "\n" not in t else room * 99 for t in texts]
    size = CELL_SIZE
    if not column.wrap or column.type in ATOMIC:
        widest = max((w for w in widths if w < room * 99), default=0.0)
        if widest > room:
            size = max(MIN_CELL_SIZE, CELL_SIZE * room / widest * 0.999)
    fits = room * CELL_SIZE / size
    cells = [
        t if w <= fits else "\n".join(wrap_lines(t, font, size, room))
        for t, w in zip(texts, widths, strict=True)
    ]
    return cells, size


class FormLayout:
    """One form, one set of data, one frame (width, height): story() gives the flowables."""

    def __init__(
        self,
        d: FormDefinition,
        filled: FilledData,
        st: Styles,
        room: Room,
        frame: tuple[float, float],
    ) -> None:
        self.d, self.filled, self.st, self.room = d, filled, st, room
        self.width, self.frame_height = frame

    def story(self) -> list[Flowable]:
        parts = self.title_block()
        if self.d.header:
            parts += [self.header_grid(), Spacer(1, 4 * mm)]
        if self.d.table is not None:
            parts += [*self.register_table(), Spacer(1, 4 * mm)]
        for s in self.d.sections:
            parts += [self.section_box(s, self.filled.sections.get(s.key, "")), Spacer(1, 3 * mm)]
        if self.d.signatures:
            if parts and isinstance(parts[-1], Spacer):
                parts.pop()  # the signature block brings its own space above it
            signatures = self.signature_blocks(self.d.signatures)
            if self.d.sections:
                # Signature boxes alone on a page sign nothing: they go over with the section
                # above them (a long section still splits, carrying its label over).
                parts[-1] = KeepTogether([parts[-1], *signatures])
            else:
                parts.append(KeepTogether(signatures))
        return parts

    def title_block(self) -> list[Flowable]:
        d, st, width = self.d, self.st, self.width
        title: list[Flowable] = [
            Paragraph(escape(d.title_zh), st.title),
            Paragraph(escape(d.title_en), st.title_en),
        ]
        number = self.filled.record_number(d)
        if not number:
            return [*title, Spacer(1, 4 * mm)]
        side = min(58 * mm, width * 0.3)
        code = [*barcode_flowables(number, d.barcode, side), Paragraph(escape(number), st.code)]
        block = Table([["", title, code]], colWidths=[side, width - 2 * side, side])
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
        return [styled(block, st, commands), Spacer(1, 3 * mm)]

    def header_grid(self) -> Table:
        """Label/value pairs, header_columns to a line; a field may span several pairs, and
        the last value of a line runs to the right edge."""
        d, st = self.d, self.st
        n = max(1, d.header_columns)
        pair = self.width / n
        label_w = min(max(pair * 0.34, 20 * mm), 30 * mm)
        lines: list[list[Any]] = []
        placed: list[list[list[int]]] = []  # per line: [label column, last value column]
        pos = n  # the first field starts a line
        for f in d.header:
            span = min(max(1, f.span), n)
            if pos + span > n:
                lines.append([""] * (2 * n))
                placed.append([])
                pos = 0
            value = self.filled.header.get(f.key, "")
            if value:
                cell: Any = Paragraph(markup(value), st.value)
            else:  # an empty field on paper is there to be filled by hand
                hint = blank_hint(f)
                cell = Paragraph(hint, st.hint) if hint else ""
            lines[-1][2 * pos] = Paragraph(bilingual(f.label_zh, f.label_en), st.label)
            lines[-1][2 * pos + 1] = cell
            placed[-1].append([2 * pos, 2 * (pos + span) - 1])
            pos += span
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X + 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
        ]
        for r, fields in enumerate(placed):
            fields[-1][1] = 2 * n - 1
            for label_col, end in fields:
                commands.append(("BACKGROUND", (label_col, r), (label_col, r), SHADE))
                if end > label_col + 1:
                    commands.append(("SPAN", (label_col + 1, r), (end, r)))
        height = self.room.blank_field if self.filled.blank else self.room.filled_field
        grid = Table(
            lines,
            colWidths=[label_w, pair - label_w] * n,
            minRowHeights=[height] * len(lines),
            splitInRow=1,
        )
        return styled(grid, st, commands)

    def register_table(self) -> list[Flowable]:
        d, filled, st = self.d, self.filled, self.st
        assert d.table is not None
        columns = d.table.columns
        total = sum(c.width for c in columns) or 1.0
        widths = [self.width * c.width / total for c in columns]
        data: list[Sequence[Any]] = [[HeadCell(c.label_zh, c.label_en, st.font) for c in columns]]
        commands: list[tuple[Any, ...]] = []
        # The form's own rows (criteria, a checklist) stand when the data brings none.
        rows = filled.rows if (filled.rows and not filled.blank) else list(d.table.preset)
        if not rows:
            data += [[""] * len(columns) for _ in range(d.blank_rows)]
            heights = [0.0] + [self.room.blank_row] * d.blank_rows
        else:
            by_column = []
            for i, (c, w) in enumerate(zip(columns, widths, strict=True)):
                texts = [row.get(c.key, "") for row in rows]
                cells, size = column_cells(c, texts, w - 2 * PAD_X, st.font)
                by_column.append(cells)
                if size != CELL_SIZE:
                    commands += [
                        ("FONTSIZE", (i, 1), (i, -1), size),
                        ("LEADING", (i, 1), (i, -1), size * 1.25),
                    ]
            # A row taller than a page is carried on in continuation rows (a table row cannot
            # break across pages here: the register keeps each ordinary row in one piece);
            # each continuation repeats the row's identifying cells, marked （續）.
            most = max(3, int((self.frame_height - 60) // CELL_LEADING))
            identifying = [c.identifies for c in columns]
            for cells in map(list, zip(*by_column, strict=True)):
                first = len(data)
                if not any("\n" in text for text in cells):
                    data.append(cells)
                    continue
                lines = [text.split("\n") for text in cells]
                tallest = max(len(ls) for ls in lines)
                if tallest <= most:
                    data.append(cells)
                    continue
                for start in range(0, tallest, most):
                    piece = ["\n".join(ls[start : start + most]) for ls in lines]
                    if start:
                        for i, ls in enumerate(lines):
                            if identifying[i] and ls[0]:
                                ident = ls if len(ls) < most else ls[:1]
                                piece[i] = "\n".join([*ident, "（續）"])
                    data.append(piece)
                last = len(data) - 1
                commands += [  # no rule between a row and its continuation
                    ("LINEBELOW", (0, first), (-1, last - 1), 0.6, colors.white),
                    ("LINEBEFORE", (0, first), (0, last), 0.9, RULE),
                    ("LINEBEFORE", (1, first), (-1, last), 0.4, RULE),
                    ("LINEAFTER", (-1, first), (-1, last), 0.9, RULE),
                ]
            row_height = self.room.filled_row if filled.rows else self.room.preset_row
            heights = [0.0] + [row_height] * (len(data) - 1)
        table = Table(
            data,
            colWidths=widths,
            minRowHeights=heights,
            repeatRows=1 if d.table.repeat_header else 0,
        )
        commands[:0] = [
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ]
        for i, c in enumerate(columns):
            if c.align != "left":
                commands.insert(0, ("ALIGN", (i, 1), (i, -1), c.align.upper()))
        parts: list[Flowable] = [styled(table, st, commands)]
        if d.table.legend_zh or d.table.legend_en:
            legend = bilingual(d.table.legend_zh, d.table.legend_en, 7)
            parts += [Spacer(1, 1.5 * mm), Paragraph(legend, st.label)]
        return parts

    def section_box(self, s: Section, text: str) -> Table:
        """A boxed free-text area: the label on a shaded bar, then the text, or ruled lines to
        write on. The label never stays behind at the foot of a page."""
        label = Paragraph(bilingual(s.label_zh, s.label_en), self.st.label)
        lines = max(1, s.lines)
        commands: list[tuple[Any, ...]] = [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (0, 0), SHADE),
            ("LINEBELOW", (0, 0), (0, 0), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X + 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X + 1),
        ]
        if not text and s.items:  # a checklist: each item pre-printed with its box
            text = "\n".join(f"{item}　□" for item in s.items)
        if text:
            boxed = markup(text).replace("□", TICK_BOX)  # a box a tick fits in
            rows: list[list[Any]] = [[label], [Paragraph(boxed, self.st.text)]]
            heights = [0.0, min(lines, 3) * 14.0 + 2 * PAD_Y]
        else:
            rows = [[label]] + [[""] for _ in range(lines)]
            heights = [0.0] + [self.room.section_line] * lines
            commands.append(("NOSPLIT", (0, 0), (0, -1)))
            if lines > 1:
                commands.append(("LINEBELOW", (0, 1), (0, -2), 0.3, FAINT))
        # Only a long text may split inside its row (across pages); ruled lines stay together.
        # The label is the box's repeated row: a page never ends on it (a table is not split
        # before its repeated rows), and the text carried over is labelled again.
        split_in_row = 30 if text else 0  # at least two lines of it on the first page
        box = Table(
            rows,
            colWidths=[self.width],
            minRowHeights=heights,
            splitInRow=split_in_row,
            repeatRows=1,
        )
        return styled(box, self.st, commands)

    def signature_blocks(self, signatures: Sequence[Signature]) -> list[Flowable]:
        """Boxes side by side (as many as fit): who signs, room to sign, a date line."""
        per_row = max(1, min(4, int(self.width // (55 * mm))))
        space = 6 * mm
        block = (self.width - space * (per_row - 1)) / per_row
        col_widths: list[float] = []
        for i in range(per_row):
            col_widths += [block] if i == 0 else [space, block]
        parts: list[Flowable] = [Spacer(1, 3 * mm)]
        for start in range(0, len(signatures), per_row):
            chunk = signatures[start : start + per_row]
            with_date = any(s.date for s in chunk)
            rows: list[list[Any]] = [[""] * len(col_widths) for _ in range(3 if with_date else 2)]
            commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD_X + 1),
            ]
            for i, s in enumerate(chunk):
                c = 2 * i
                rows[0][c] = Paragraph(bilingual(s.label_zh, s.label_en), self.st.label)
                if s.date:
                    rows[2][c] = Paragraph(f"日期 Date：{DATE_LINE}", self.st.label)
                commands += [
                    ("BOX", (c, 0), (c, -1), 0.6, RULE),
                    ("BACKGROUND", (c, 0), (c, 0), SHADE),
                    ("LINEBELOW", (c, 0), (c, 0), 0.5, RULE),
                    ("LINEBELOW", (c, 1), (c, 1), 0.8, RULE),
                ]
            heights = [0.0, self.room.sign] + ([7 * mm] if with_date else [])
            table = Table(rows, colWidths=col_widths, minRowHeights=heights, hAlign="LEFT")
            if len(parts) > 1:
                parts.append(Spacer(1, 3 * mm))
            parts.append(styled(table, self.st, commands))
        return parts  # no space below the last row: it is the foot of the page's writing
