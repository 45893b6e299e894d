"""Column headings as a reader sees them on every page of a register (printing/wrapping.py
`heading_lines`): an English word is never cut across two lines ("Capacit / y", "Departmen / t"
were printed), and no Chinese heading ends with one character alone on its last line
("借閱人姓 / 名")."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO

import pdfplumber
import pytest

from records_desk.printing import engine
from records_desk.printing.context import PrintContext
from records_desk.printing.definitions import FormDefinition, list_forms
from records_desk.printing.fonts import register_font
from records_desk.printing.wrapping import heading_lines, wrap_lines

CONTEXT = PrintContext("王總 (boss)", datetime(2026, 11, 27, 1, 0, tzinfo=UTC), 42, "ab" * 32)
TABLE_FORMS = [f for f in list_forms() if f.table is not None and f.kind == "form"]


def first_page_words(form: FormDefinition) -> set[str]:
    pdf = engine.render(form, None, CONTEXT)
    with pdfplumber.open(BytesIO(pdf)) as doc:
        return {w["text"] for w in doc.pages[0].extract_words(keep_blank_chars=False)}


@pytest.mark.parametrize("form", TABLE_FORMS, ids=lambda f: f.id)
def test_no_english_column_heading_word_is_cut_across_lines(form: FormDefinition) -> None:
    assert form.table is not None
    words = first_page_words(form)
    cut = [
        word
        for column in form.table.columns
        for word in column.label_en.split()
        if word.isalpha() and len(word) > 2 and word not in words
    ]
    assert not cut, f"{form.id}: heading words cut across lines: {cut}"


def test_a_word_wider_than_its_column_is_set_smaller_not_cut() -> None:
    font = register_font()
    assert wrap_lines("Capacity", font, 6.5, 22) == ["Capacit", "y"]  # as plain wrapping does
    size, lines = heading_lines("Capacity", font, 6.5, 22)
    assert lines == ["Capacity"] and size < 6.5


def test_a_heading_does_not_end_with_one_character_alone() -> None:
    font = register_font()
    assert wrap_lines("借閱人姓名", font, 9, 37) == ["借閱人姓", "名"]
    assert heading_lines("借閱人姓名", font, 9, 37) == (9, ["借閱人", "姓名"])


def test_a_heading_a_little_too_wide_is_set_smaller_on_one_line() -> None:
    font = register_font()
    size, lines = heading_lines("借閱人姓名", font, 9, 40)
    assert lines == ["借閱人姓名"] and 9 * 0.85 <= size < 9


def test_a_heading_whose_last_line_holds_two_pieces_keeps_its_natural_breaks() -> None:
    """「歸還（歸檔） / 時間」 stays so: balancing would split the bracketed word."""
    font = register_font()
    assert heading_lines("歸還（歸檔）時間", font, 9, 55) == (9, ["歸還（歸檔）", "時間"])
