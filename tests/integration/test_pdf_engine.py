"""The PDF engine (R-PRN): what a user sees on the printed page, read back from the PDF with
poppler's tools (pdftotext, pdffonts) and pdfplumber (positions of characters and bars)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm

from records_desk.printing import engine
from records_desk.printing.context import PrintContext
from records_desk.printing.definitions import FormDefinition, list_forms, load_form, parse
from records_desk.printing.pagination import page_label
from records_desk.printing.samples import sample_data

CONTEXT = PrintContext("王總 (boss)", datetime(2026, 11, 27, 9, 0, tzinfo=UTC), 42, "ab12" * 16)
NOTE = "甲乙丙丁戊己庚辛壬癸" * 20  # 200 characters that appear nowhere else on the page

REGISTER: dict[str, Any] = {
    "id": "test_register",
    "title_zh": "測試借閱登記表",
    "title_en": "Test loan register",
    "blank_rows": 12,
    "header": [
        {"key": "borrower", "label_zh": "借閱人", "label_en": "Borrower", "required": True},
        {"key": "loan_date", "label_zh": "借閱日期", "label_en": "Loan date", "type": "date"},
    ],
    "table": {
        "columns": [
            {"key": "no", "label_zh": "序號", "label_en": "No.", "width": 0.6, "type": "integer"},
            {"key": "content", "label_zh": "借閱內容", "label_en": "Content", "width": 3},
            {
                "key": "note",
                "label_zh": "備註",
                "label_en": "Note",
                "width": 0.8,
                "max_length": 2000,
            },
            {"key": "due", "label_zh": "歸還期限", "label_en": "Due", "width": 1.2, "type": "date"},
        ]
    },
    "signatures": [{"key": "borrower", "label_zh": "借閱人簽名", "label_en": "Borrower"}],
}

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="poppler-utils missing"
)


def register(**changes: Any) -> FormDefinition:
    return parse({**REGISTER, **changes}, "test_register.toml")


def rows(n: int) -> list[dict[str, Any]]:
    return [
        {"no": i + 1, "content": f"CS-2026-{i + 1:05d} 客戶檔案第{i + 1}號", "due": "2026-12-04"}
        for i in range(n)
    ]


def loan_data(n: int) -> dict[str, Any]:
    return {"header": {"borrower": "陳大文", "loan_date": "2026-11-27"}, "rows": rows(n)}


def page_texts(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> list[str]:
    """pdftotext of every page (quick, also for a thousand rows)."""
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


@needs_poppler
@pytest.mark.parametrize("count", [None, 1, 50, 1000], ids=["blank", "1", "50", "1000"])
def test_page_count_header_row_and_page_numbers_on_every_page_R_PRN(
    count: int | None, tmp_path: Path
) -> None:
    data = None if count is None else loan_data(count)
    pdf = engine.render(register(), data, CONTEXT)
    pages = page_texts(pdf, tmp_path)
    assert engine.page_count(pdf) == len(pages)
    for number, text in enumerate(pages, start=1):
        assert page_label(number, len(pages)) in text  # 「第 x 頁，共 y 頁」
        if "CS-2026" in text or number == 1:
            assert "借閱內容" in text and "歸還期限" in text  # the header row repeats
    if count is None:
        assert len(pages) == 1 and "CS-2026" not in pages[0]
        return
    on_page = rows_per_page(pages)
    found = re.findall(r"CS-2026-(\d{5})", "".join(pages))
    assert sorted(int(n) for n in found) == list(range(1, count + 1))  # each row exactly once
    # Every page but the last is full (the fewest pages possible): as many rows as on the
    # pages of a 1,000-row register, which has many full pages to learn from.
    first, full = capacity(tmp_path)
    expected = [min(count, first)]
    while sum(expected) < count:
        expected.append(min(full, count - sum(expected)))
    assert on_page == expected


def rows_per_page(pages: list[str]) -> list[int]:
    on_page = [len(re.findall(r"CS-2026-\d{5}", text)) for text in pages]
    while on_page and on_page[-1] == 0:  # the signature boxes may have a last page alone
        on_page.pop()
    return on_page


_capacity: list[tuple[int, int]] = []


def capacity(tmp_path: Path) -> tuple[int, int]:
    """Rows on the first page and on a full later page of the test register."""
    if not _capacity:
        on_page = rows_per_page(
            page_texts(engine.render(register(), loan_data(1000), CONTEXT), tmp_path)
        )
        middle = set(on_page[1:-1])
        assert len(middle) == 1 and on_page[0] < on_page[1]  # the title takes room on page 1
        _capacity.append((on_page[0], middle.pop()))
    return _capacity[0]


def test_page_label_reads_as_in_the_spec() -> None:
    assert page_label(1, 3) == "第 1 頁，共 3 頁"


@needs_poppler
def test_only_the_bundled_cjk_font_embedded_as_subset_R_PRN(tmp_path: Path) -> None:
    d = load_form("loan_slip")
    for data in (None, sample_data(d, rows=3)):
        listed = fonts(engine.render(d, data, CONTEXT), tmp_path)
        assert listed, "no font at all"
        for name, *rest in listed:
            assert re.fullmatch(r"[A-Z]{6}\+WenQuanYiMicroHei(-\d+)?", name), name
            emb, sub = rest[-5], rest[-4]
            assert (emb, sub) == ("yes", "yes"), (name, rest)


@needs_poppler
def test_pdftotext_gives_back_the_chinese_title_and_a_cell_value(tmp_path: Path) -> None:
    text = "".join(page_texts(engine.render(register(), loan_data(12), CONTEXT), tmp_path))
    assert "測試借閱登記表" in text
    assert "CS-2026-00007 客戶檔案第7號" in text
    assert "陳大文" in text


def column_span(d: FormDefinition, key: str) -> tuple[float, float]:
    assert d.table is not None
    width = engine.page_size(d)[0] - 2 * engine.SIDE_MARGIN
    total = sum(c.width for c in d.table.columns)
    left = engine.SIDE_MARGIN
    for c in d.table.columns:
        right = left + width * c.width / total
        if c.key == key:
            return left, right
        left = right
    raise KeyError(key)


def test_a_long_chinese_value_wraps_inside_its_narrow_column_R_PRN() -> None:
    d = register()
    data = loan_data(3)
    data["rows"][1]["note"] = NOTE
    pdf = engine.render(d, data, CONTEXT)
    left, right = column_span(d, "note")
    assert right - left < 40 * mm  # a narrow column
    with pdfplumber.open(BytesIO(pdf)) as doc:
        chars = [c for page in doc.pages for c in page.chars if c["text"] in NOTE]
    assert len(chars) == len(NOTE)  # nothing lost
    assert all(left < c["x0"] and c["x1"] < right for c in chars)  # never over the rule
    assert len({round(c["top"]) for c in chars}) >= 10  # many lines within the cell


def test_the_footer_says_who_printed_when_and_the_audit_head_R_AUD(tmp_path: Path) -> None:
    pdf = engine.render(register(), loan_data(80), CONTEXT)
    local = CONTEXT.printed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    with pdfplumber.open(BytesIO(pdf)) as doc:
        assert len(doc.pages) > 1
        for page in doc.pages:
            text = page.extract_text()
            assert "王總 (boss)" in text and local in text and "#42 ab12ab12ab12" in text
        assert doc.metadata["Title"] == "測試借閱登記表"
        assert doc.metadata["Author"] == "王總 (boss)"
        assert doc.metadata["Creator"] == "Records Desk"


def bars_top_right(pdf: bytes) -> int:
    with pdfplumber.open(BytesIO(pdf)) as doc:
        page = doc.pages[0]
        return sum(
            1
            for r in page.rects
            if r["x0"] > page.width * 0.6 and r["bottom"] < 45 * mm and r["fill"]
        )


@pytest.mark.parametrize("kind", ["code128", "qr"])
def test_record_number_printed_as_a_barcode_top_right(kind: str) -> None:
    d = register(
        record_number="slip_no",
        barcode=kind,
        header=[*REGISTER["header"], {"key": "slip_no", "label_zh": "單號", "label_en": "No."}],
    )
    data = loan_data(2)
    data["header"]["slip_no"] = "L-2026-00042"
    filled = engine.render(d, data, CONTEXT)
    assert bars_top_right(filled) > 20
    with pdfplumber.open(BytesIO(filled)) as doc:
        assert "L-2026-00042" in doc.pages[0].extract_text()
    assert bars_top_right(engine.render(d, None, CONTEXT)) == 0  # blank: no number, no bars


@pytest.mark.parametrize(
    ("paper", "orientation", "size_mm"),
    [
        ("A4", "portrait", (210, 297)),
        ("A5", "landscape", (210, 148)),
        ("A3", "landscape", (420, 297)),
        ("letter", "portrait", (215.9, 279.4)),
    ],
)
def test_paper_size_and_orientation(paper: str, orientation: str, size_mm: tuple) -> None:
    pdf = engine.render(register(paper=paper, orientation=orientation), loan_data(3), CONTEXT)
    with pdfplumber.open(BytesIO(pdf)) as doc:
        page = doc.pages[0]
        assert page.width == pytest.approx(size_mm[0] * mm, abs=1)
        assert page.height == pytest.approx(size_mm[1] * mm, abs=1)


def test_blank_form_has_its_empty_rows_with_room_to_write() -> None:
    d = register(blank_rows=12)
    left, right = engine.SIDE_MARGIN, engine.page_size(d)[0] - engine.SIDE_MARGIN
    with pdfplumber.open(BytesIO(engine.render(d, None, CONTEXT))) as doc:
        page = doc.pages[0]
        rules = sorted(
            {
                round(e["top"], 1)
                for e in page.horizontal_edges
                if abs(e["x0"] - left) < 2 and abs(e["x1"] - right) < 2
            }
        )
    gaps = [b - a for a, b in zip(rules, rules[1:], strict=False)]
    writing_rows = [g for g in gaps if g >= 7 * mm]
    assert len(writing_rows) >= 12  # blank_rows lines, each a pen's height or more


@needs_poppler
def test_loan_slip_has_signature_boxes_with_date_lines_R_LOAN_9(tmp_path: Path) -> None:
    d = load_form("loan_slip")
    text = "".join(page_texts(engine.render(d, sample_data(d, 1), CONTEXT), tmp_path))
    for signature in d.signatures:
        assert signature.label_zh in text
    assert text.count("日期 Date") == sum(1 for s in d.signatures if s.date)


def test_a_cell_taller_than_a_page_runs_on_instead_of_failing() -> None:
    data = loan_data(3)
    data["rows"][1]["note"] = NOTE * 5  # 1,000 characters in a narrow column
    pdf = engine.render(register(), data, CONTEXT)
    with pdfplumber.open(BytesIO(pdf)) as doc:
        chars = [c for page in doc.pages for c in page.chars if c["text"] in NOTE]
    assert len(chars) == 1000 and engine.page_count(pdf) > 1


def test_label_sheets_are_drawn_by_the_label_module_R_MED_8() -> None:
    labels = pytest.importorskip("records_desk.printing.labels")
    d = load_form("media_labels")
    pdf = engine.render(d, sample_data(d, 30), CONTEXT, labels.LabelLayout(3, 8))
    assert pdf.startswith(b"%PDF") and engine.page_count(pdf) == 2  # 30 labels, 24 a sheet


# ---- every form in forms/ ----------------------------------------------------------------

FORMS = list_forms()


def _cases() -> list[Any]:
    """Every form blank and filled with 1, 50 and 1,000 rows (the issue's wording); a form
    without a table has one filled case."""
    cases = []
    for d in FORMS:
        counts: list[int | None] = [None, 1, 50, 1000] if d.table else [None, 1]
        cases += [pytest.param(d, n, id=f"{d.id}-{'blank' if n is None else n}") for n in counts]
    return cases


@needs_poppler
@pytest.mark.parametrize(("definition", "count"), _cases())
def test_every_form_renders_blank_and_filled_R_PRN(
    definition: FormDefinition, count: int | None, tmp_path: Path
) -> None:
    data = None if count is None else sample_data(definition, count, seed=count)
    pdf = engine.render(definition, data, CONTEXT)
    pages = page_texts(pdf, tmp_path)
    assert len(pages) == engine.page_count(pdf) >= 1
    if definition.kind == "labels":  # the label module's own tests say what a sheet shows
        return
    assert definition.title_zh in pages[0]
    for number, text in enumerate(pages, start=1):
        assert page_label(number, len(pages)) in text
    if definition.table is not None:
        heading = definition.table.columns[0].label_zh
        table_pages = pages if count in (None, 1) else pages[: -1 if len(pages) > 1 else None]
        # the header row repeats (a last page may hold only the signature boxes)
        assert all(heading in text for text in table_pages)
    if data is not None and definition.table is not None:
        key = definition.table.columns[0].key
        first, last = data["rows"][0][key], data["rows"][-1][key]
        joined = "".join(pages)
        assert str(first) in joined and str(last) in joined
