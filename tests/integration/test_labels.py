"""Label sheets (R-MED-8, R-PRN): labels land in their rectangles on the stock, calibration
offsets move the print, a part-used sheet starts further on, long values stay on their label,
barcodes stay on theirs, the calibration page shows every position, and only the bundled CJK
font is embedded. Positions are read back from the PDF with pdfplumber."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm

from records_desk.printing.context import PrintContext
from records_desk.printing.definitions import FormDefinition, UnknownForm, load_form, parse
from records_desk.printing.fonts import FONT_NAME
from records_desk.printing.label_calibration import render_calibration
from records_desk.printing.label_layout import STANDARD_A4_STOCK, Box, LabelLayout
from records_desk.printing.labels import LabelDataError, render_labels

CONTEXT = PrintContext(
    "王大明 (wang.dm)", datetime(2026, 11, 27, 1, 30, tzinfo=UTC), 42, "ab12" * 16
)
TOLERANCE = 0.01  # points: reportlab writes coordinates to a few decimals


def media_labels() -> FormDefinition:
    column = [
        ("medium_no", "介質編號", "Medium no."),
        ("classification", "密級", "Classification"),
        ("department", "使用部門", "Department"),
        ("holder", "保管人", "Holder"),
    ]
    raw: dict[str, Any] = {
        "id": "test_media_labels",
        "title_zh": "移動存儲介質標籤",
        "title_en": "Media labels",
        "kind": "labels",
        "table": {"columns": [{"key": k, "label_zh": z, "label_en": e} for k, z, e in column]},
        "labels": {
            "fields": ["medium_no", "classification", "department", "holder"],
            "barcode_field": "medium_no",
        },
    }
    return parse(raw, "test_media_labels")


def medium(n: int, **changes: str) -> dict[str, str]:
    row = {"medium_no": f"MD-{n:05d}", "classification": "機密", "department": "業務部"}
    return row | {"holder": f"保管人{n}號"} | changes


def pages(pdf: bytes) -> list[Any]:
    return pdfplumber.open(io.BytesIO(pdf)).pages


def inside(obj: dict[str, Any], box: Box) -> bool:
    return (
        obj["x0"] >= box.left - TOLERANCE
        and obj["x1"] <= box.right + TOLERANCE
        and obj["top"] >= box.top - TOLERANCE
        and obj["bottom"] <= box.bottom + TOLERANCE
    )


def label_chars(page: Any, layout: LabelLayout) -> list[dict[str, Any]]:
    """The characters on the labels: everything but the footer in the margin under the grid."""
    grid_bottom = layout.box(layout.per_sheet - 1).bottom
    return [ch for ch in page.chars if ch["top"] < grid_bottom]


def text_in(page: Any, box: Box) -> str:
    return "".join(ch["text"] for ch in page.chars if inside(ch, box))


@pytest.mark.parametrize(("columns", "rows", "sheets"), [(3, 8, 2), (2, 7, 3)])
def test_each_label_prints_inside_its_rectangle_sheet_after_sheet(
    columns: int, rows: int, sheets: int
) -> None:
    layout = LabelLayout.standard(columns, rows)
    data = [medium(n) for n in range(1, 31)]
    printed = pages(render_labels(media_labels(), data, layout, CONTEXT))
    assert len(printed) == sheets
    for n, row in enumerate(data):
        page = printed[n // layout.per_sheet]
        box = layout.box(n % layout.per_sheet)
        text = text_in(page, box)
        assert row["medium_no"] in text and row["holder"] in text, f"label {n + 1}"
    for page in printed:  # and nothing strays outside the rectangles
        boxes = [layout.box(p) for p in range(layout.per_sheet)]
        assert all(any(inside(ch, b) for b in boxes) for ch in label_chars(page, layout))


def test_standard_stock_fills_the_sheet_as_sold() -> None:
    three_by_eight = LabelLayout.standard(3, 8)
    assert (three_by_eight.label_width_mm, three_by_eight.label_height_mm) == (70, 37)
    assert three_by_eight.gap_x_mm == three_by_eight.gap_y_mm == 0
    assert three_by_eight.box(23).bottom == pytest.approx((297 - 0.5) * mm)
    two_by_seven = LabelLayout.standard(2, 7)
    assert (two_by_seven.label_width_mm, two_by_seven.label_height_mm) == (99.1, 38.1)
    assert two_by_seven.margin_top_mm == pytest.approx(15.15)
    assert two_by_seven.margin_left_mm == pytest.approx(4.65)
    assert two_by_seven.box(1).right == pytest.approx((210 - 4.65) * mm)
    for columns, rows in STANDARD_A4_STOCK:
        LabelLayout.standard(columns, rows)  # every listed stock fits A4


@pytest.mark.parametrize(("columns", "rows"), sorted(STANDARD_A4_STOCK))
def test_ordinary_values_print_whole_on_every_standard_stock(columns: int, rows: int) -> None:
    layout = LabelLayout.standard(columns, rows)
    row = medium(1, medium_no="CS-2026-00042", department="產品資質證明")
    page = pages(render_labels(media_labels(), [row], layout, CONTEXT))[0]
    text = text_in(page, layout.box(0))
    assert "介質編號：CS-2026-00042" in text and "使用部門：產品資質證明" in text
    assert "…" not in text


def test_calibration_offsets_move_every_text_by_that_many_points() -> None:
    data = [medium(n) for n in range(1, 11)]
    plain = pages(render_labels(media_labels(), data, LabelLayout.standard(2, 7), CONTEXT))[0]
    moved_layout = LabelLayout.standard(2, 7, offset_x_mm=2, offset_y_mm=3)
    moved = pages(render_labels(media_labels(), data, moved_layout, CONTEXT))[0]
    assert len(plain.chars) == len(moved.chars) > 100
    for before, after in zip(plain.chars, moved.chars, strict=True):
        assert after["text"] == before["text"]
        assert after["x0"] - before["x0"] == pytest.approx(5.669, abs=0.001)  # 2 mm right
        assert after["top"] - before["top"] == pytest.approx(8.504, abs=0.001)  # 3 mm down
    for before, after in zip(plain.rects, moved.rects, strict=True):  # the barcodes too
        assert (after["x0"] - before["x0"], after["top"] - before["top"]) == pytest.approx(
            (2 * mm, 3 * mm), abs=TOLERANCE
        )


def test_a_part_used_sheet_starts_at_the_next_free_position() -> None:
    layout = LabelLayout.standard(3, 8)
    page = pages(render_labels(media_labels(), [medium(1), medium(2)], layout, CONTEXT, 5))[0]
    assert all(text_in(page, layout.box(p)) == "" for p in range(5))
    assert "MD-00001" in text_in(page, layout.box(5))  # position 6 on paper
    assert "MD-00002" in text_in(page, layout.box(6))
    assert not any(inside(r, layout.box(p)) for r in page.rects for p in range(5))


def test_a_60_character_chinese_value_stays_on_its_label() -> None:
    layout = LabelLayout.standard(3, 8)
    long_value = "資訊管理部門暨檔案室與客戶服務中心聯合辦公室臨時借用區" * 3
    assert len(long_value) >= 60
    page = pages(
        render_labels(media_labels(), [medium(1, department=long_value)], layout, CONTEXT)
    )[0]
    box = layout.box(0)
    assert page.chars and all(inside(ch, box) for ch in page.chars)
    text = text_in(page, box)
    assert "使用部門：資訊管理部門" in text and "…" in text  # shrunk, then cut with an ellipsis
    assert long_value not in text


def test_each_barcode_is_drawn_inside_its_label_across_most_of_its_width() -> None:
    layout = LabelLayout.standard(3, 8)
    page = pages(render_labels(media_labels(), [medium(n) for n in range(1, 25)], layout, CONTEXT))[
        0
    ]
    assert page.rects
    for position in range(layout.per_sheet):
        box = layout.box(position)
        bars = [r for r in page.rects if inside(r, box)]
        assert len(bars) >= 20, f"label {position + 1} has no barcode"
        span = max(r["x1"] for r in bars) - min(r["x0"] for r in bars)
        assert span > 0.6 * box.width
    assert all(any(inside(r, layout.box(p)) for p in range(24)) for r in page.rects + page.lines)


def test_a_value_a_barcode_cannot_hold_is_refused_naming_the_row() -> None:
    layout = LabelLayout.standard(3, 8)
    with pytest.raises(LabelDataError, match=r"rows\[1\]\.medium_no"):
        render_labels(media_labels(), [medium(1), medium(2, medium_no="介質二")], layout, CONTEXT)


def test_no_rows_prints_a_sheet_of_blank_labels_to_fill_by_hand() -> None:
    layout = LabelLayout.standard(2, 7)
    page = pages(render_labels(media_labels(), [], layout, CONTEXT))[0]
    for position in range(layout.per_sheet):
        assert text_in(page, layout.box(position)) == "介質編號：密級：使用部門：保管人："
    assert not page.rects  # no barcode without a value
    assert len([line for line in page.lines if inside(line, layout.box(0))]) == 4


def test_the_footer_names_printer_time_audit_head_and_page_outside_the_labels() -> None:
    layout = LabelLayout.standard(2, 7)
    printed = pages(
        render_labels(media_labels(), [medium(n) for n in range(1, 16)], layout, CONTEXT)
    )
    for number, page in enumerate(printed, 1):
        below = layout.box(layout.per_sheet - 1).bottom
        footer = "".join(ch["text"] for ch in page.chars if ch["top"] > below)
        assert "王大明 (wang.dm)" in footer and CONTEXT.audit_head in footer
        assert f"第 {number} 頁，共 2 頁" in footer
        assert all(ch["bottom"] < page.height for ch in page.chars)
    # Edge-to-edge stock has no margin to print in: the same facts go in the PDF's properties.
    edge = pdfplumber.open(
        io.BytesIO(render_labels(media_labels(), [medium(1)], LabelLayout.standard(3, 8), CONTEXT))
    )
    assert CONTEXT.audit_head in edge.metadata["Subject"]
    assert edge.metadata["Author"] == "王大明 (wang.dm)"


def test_calibration_page_outlines_and_numbers_every_position_and_shows_the_offsets() -> None:
    layout = LabelLayout.standard(3, 8, offset_x_mm=2, offset_y_mm=-1.5)
    (page,) = pages(render_calibration(layout, CONTEXT))
    outlines = [r for r in page.rects if r["stroke"] and not r["fill"]]
    assert len(outlines) == layout.per_sheet == 24
    for position, outline in enumerate(sorted(outlines, key=lambda r: (round(r["top"]), r["x0"]))):
        box = layout.box(position)
        assert (outline["x0"], outline["top"], outline["x1"], outline["bottom"]) == pytest.approx(
            (box.left, box.top, box.right, box.bottom), abs=TOLERANCE
        )
        centre = [ch for ch in page.chars if ch["size"] > 10 and inside(ch, box)]
        assert "".join(ch["text"] for ch in centre) == str(position + 1)
    text = page.extract_text()
    assert "水平 +2.0 毫米" in text and "垂直 -1.5 毫米" in text
    assert "3×8" in text and "70 × 37 毫米" in text
    assert "偏右 2 毫米" in text  # the instructions, in Traditional Chinese
    assert len(page.lines) > 2 * 210  # a tick every millimetre along the top and the left edge


def test_a_grid_that_does_not_fit_the_paper_is_refused_saying_so() -> None:
    with pytest.raises(ValueError, match="does not fit") as refused:
        LabelLayout(columns=10, rows=8, label_width_mm=70, label_height_mm=37)
    assert "10 columns" in str(refused.value) and "210 mm wide" in str(refused.value)
    with pytest.raises(ValueError, match="does not fit.*9 rows.*297 mm tall"):
        LabelLayout(columns=3, rows=9, label_width_mm=70, label_height_mm=37)
    with pytest.raises(ValueError, match="too small"):
        LabelLayout.standard(30, 8)
    with pytest.raises(ValueError, match="at least 1"):
        LabelLayout.standard(0, 8)
    with pytest.raises(ValueError, match="horizontal offset 21 mm is outside ±20 mm"):
        LabelLayout.standard(3, 8, offset_x_mm=21)
    with pytest.raises(ValueError, match="vertical offset"):
        LabelLayout.standard(3, 8, offset_y_mm=-20.5)


@pytest.mark.parametrize("render", ["labels", "calibration"])
def test_only_the_bundled_cjk_font_is_embedded_as_a_subset(render: str, tmp_path: Any) -> None:
    layout = LabelLayout.standard(2, 7)
    pdf = (
        render_labels(media_labels(), [medium(1)], layout, CONTEXT)
        if render == "labels"
        else render_calibration(layout, CONTEXT)
    )
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = listing.stdout.splitlines()[2:]
    assert fonts
    for line in fonts:
        name, *_, emb, sub, _uni, _obj, _gen = line.split()
        assert name.split("+")[1].startswith(FONT_NAME) and (emb, sub) == ("yes", "yes"), line


@pytest.mark.parametrize("form_id", ["media_labels", "folder_labels"])
def test_the_office_label_forms_print(form_id: str) -> None:
    try:
        definition = load_form(form_id)
    except UnknownForm:
        pytest.skip(f"forms/{form_id}.toml is not written yet")
    assert definition.table and definition.labels
    samples = {"date": "2026-11-27", "datetime": "2026-11-27 09:30", "integer": "12"}
    row = {
        c.key: samples.get(c.type, c.choices[0] if c.choices else "測試")
        for c in definition.table.columns
    }
    if definition.labels.barcode_field:
        row[definition.labels.barcode_field] = "RD-2026-00042"
    layout = LabelLayout.standard(3, 8)
    page = pages(render_labels(definition, [row] * 3, layout, CONTEXT))[0]
    for position in range(3):
        assert text_in(page, layout.box(position))
    assert all(any(inside(ch, layout.box(p)) for p in range(3)) for ch in label_chars(page, layout))
