"""Issue 10 §4, bad data and part-used label sheets: every text field has a length limit in its
definition and a longer value is refused naming the field and the limit (no 14-page slip, no
black block of a barcode); weights that do not total 100 % are refused; a label sheet starts at
a given row and column. Checked on the PDF and on the command line's one-line answer."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest

from records_desk.domain.customers.limits import LIMITS, MAX_ITEMS, LimitedText
from records_desk.printing import engine
from records_desk.printing.context import PrintContext
from records_desk.printing.data import FormDataError, validate
from records_desk.printing.definitions import list_forms, load_form
from records_desk.printing.label_layout import LabelLayout
from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import run
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture

CONTEXT = PrintContext("王總 (boss)", datetime(2026, 11, 27, 1, 0, tzinfo=UTC), 42, "ab" * 32)


def test_every_text_field_has_a_length_limit_in_its_definition() -> None:
    for d in list_forms():
        fields = [*d.header, *(d.table.columns if d.table else ())]
        assert all(0 < f.max_length <= 4000 for f in fields), d.id
        assert all(0 < s.max_length <= 4000 for s in d.sections), d.id
        if d.record_number:  # a barcode stays a barcode
            number = next(f for f in d.header if f.key == d.record_number)
            # A QR code alone (the key-recovery sheet's 84-character key) reads at 24 mm.
            assert number.max_length <= (40 if "code128" in d.barcode else 100), d.id


def test_a_longer_value_is_refused_naming_the_field_and_its_limit() -> None:
    slip = load_form("loan_slip")
    base = {"loan_no": "LN-1", "borrower_type": "內部", "borrower": "陳大文", "place": "檔案室",
            "loan_time": "2026-11-27 09:00"}  # fmt: skip
    with pytest.raises(FormDataError) as refused:
        validate(slip, {"header": base, "sections": {"purpose": "查" * 10_000}})
    assert refused.value.path == "sections.purpose"
    assert refused.value.message == "10,000 characters; 借閱用途 takes at most 2,000"
    with pytest.raises(FormDataError) as refused:  # a record number that would be a black block
        validate(slip, {"header": {**base, "loan_no": "9" * 10_000}})
    assert refused.value.path == "header.loan_no" and "at most 40" in refused.value.message
    with pytest.raises(FormDataError) as refused:
        validate(slip, {"header": base, "rows": [{"archive_no": "CS-1", "title": "檔" * 201}]})
    assert refused.value.path == "rows[0].title" and "檔案名稱 takes at most 200" in str(
        refused.value
    )
    at_the_limit = validate(slip, {"header": base, "sections": {"purpose": "查" * 2000}})
    assert engine.page_count(engine.render(slip, {"header": base}, CONTEXT)) == 1
    assert at_the_limit.sections["purpose"] == "查" * 2000  # printed whole, never cut


def test_the_command_line_refuses_a_too_long_value_in_one_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "slip.json"
    data.write_text(json.dumps({"header": {"loan_no": "X" * 10_000}}), encoding="utf-8")
    out = tmp_path / "slip.pdf"
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, _, err = run(
        capsys, "--db", str(db_path), "print", "loan_slip", "--data", str(data), "-o", str(out)
    )
    assert code == 2 and err.count("\n") == 1
    assert "header.loan_no" in err and "借閱單號最多 40 個字" in err
    assert not out.exists()


def test_weights_that_do_not_total_100_percent_are_refused() -> None:
    d = load_form("appraisal_form")
    rows = [{"criterion": "業務合作量", "weight": 60}, {"criterion": "應收款情況", "weight": 35}]
    with pytest.raises(FormDataError) as refused:
        validate(d, {"header": {"customer": "林記"}, "rows": rows})
    assert refused.value.path == "rows[].weight"
    assert refused.value.message == "權重% adds up to 95, not 100"
    rows[1]["weight"] = 40
    assert validate(d, {"header": {"customer": "林記"}, "rows": rows}).rows[1]["weight"] == "40"
    review = load_form("periodic_review")
    with pytest.raises(FormDataError):
        validate(review, {"header": {"customer": "林記", "current_grade": "合格"},
                          "rows": [{"criterion": "合同履約情況", "weight": 50}]})  # fmt: skip


def test_every_printed_place_holds_what_entry_allows(services: Services, office: Office) -> None:
    """A file at every entry limit prints every customer form: the printed limits are never
    below what the services let in."""
    longest = {f: LIMITS[f] for f in LimitedText}
    [file] = register(
        services,
        office.archivist,
        name="名" * longest[LimitedText.NAME],
        contact_person="聯" * longest[LimitedText.CONTACT_PERSON],
        department="部" * longest[LimitedText.DEPARTMENT],
        product_lines=tuple(
            f"{i:02d}" + "品" * (longest[LimitedText.PRODUCT_LINE] - 2)
            for i in range(MAX_ITEMS[LimitedText.PRODUCT_LINE])
        ),
        phones=tuple(
            f"09{i:02d}" + "1" * (longest[LimitedText.PHONE] - 4)
            for i in range(MAX_ITEMS[LimitedText.PHONE])
        ),
        address="址" * longest[LimitedText.ADDRESS],
        shelf_location="S" * longest[LimitedText.SHELF_LOCATION],
    )
    forms = services.customers.forms
    for form in forms.printable(office.staff, file.id):
        assert forms.render(office.staff, form.form_id, file.id).startswith(b"%PDF"), form


# ---- label sheets start at a row and column ---------------------------------------------


def first_label_top_left(pdf: bytes) -> tuple[float, float]:
    with pdfplumber.open(BytesIO(pdf)) as doc:
        words = [w for w in doc.pages[0].extract_words() if w["text"].startswith("介質編號")]
    first = min(words, key=lambda w: (round(w["top"]), w["x0"]))
    return first["x0"], first["top"]


def test_a_label_sheet_starts_at_the_row_and_column_given() -> None:
    d = load_form("media_labels")
    layout = LabelLayout.standard(3, 8)
    rows = [{"medium_no": f"MD-{i:03d}", "classification": "非涉密"} for i in range(3)]
    pdf = engine.render(d, {"rows": rows}, CONTEXT, layout.start_position(2, 3))
    x, top = first_label_top_left(pdf)
    box = layout.box(5)  # row 2, column 3: the sixth label
    assert box.left <= x < box.right and box.top <= top < box.bottom
    with pdfplumber.open(BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        numbers = re.findall(r"MD-\d{3}", doc.pages[0].extract_text())
    assert numbers == ["MD-000", "MD-001", "MD-002"]  # labels 6, 7, 8: reading order
    with pytest.raises(ValueError, match="row 9, column 1 is not on a 3×8 sheet"):
        layout.start_position(9, 1)


def test_the_command_line_takes_the_start_position(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, _, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss")
    assert code == 0, err
    data = tmp_path / "labels.json"
    rows = [{"medium_no": "MD-001", "classification": "涉密"}]
    data.write_text(json.dumps({"rows": rows}), encoding="utf-8")
    out = tmp_path / "labels.pdf"
    base = ["--db", str(db_path), "--user", "boss", "print", "media_labels", "--data", str(data)]
    code, _, err = run(capsys, *base, "--grid", "3x8", "--start", "4,2", "-o", str(out))
    assert (code, err) == (0, "")
    x, top = first_label_top_left(out.read_bytes())
    box = LabelLayout.standard(3, 8).box(10)  # row 4, column 2
    assert box.left <= x < box.right and box.top <= top < box.bottom
    for bad, said in (("9,1", "不在 3×8 的標籤紙上"), ("two", "應寫成 列,欄")):
        code, _, err = run(capsys, *base, "--start", bad, "-o", str(tmp_path / "x.pdf"))
        assert code == 2 and said in err and err.count("\n") == 1


def test_a_refused_value_to_print_is_worded_in_the_users_language() -> None:
    """The window words a refused value in its language (the zh_TW window said "10,000
    characters; 借閱用途 takes at most 2,000"); the command line and the log keep the English."""
    from records_desk.wording import describe
    from records_desk.wording.language import set_language

    slip = load_form("loan_slip")
    base = {"loan_no": "LN-1", "borrower_type": "內部", "borrower": "陳大文", "place": "檔案室",
            "loan_time": "2026-11-27 09:00"}  # fmt: skip
    with pytest.raises(FormDataError) as too_long:
        validate(slip, {"header": base, "sections": {"purpose": "查" * 10_000}})
    with pytest.raises(FormDataError) as not_a_date:
        validate(slip, {"header": {**base, "loan_time": "tomorrow"}})
    try:
        set_language("zh_TW")
        assert describe(too_long.value) == (
            "列印資料有誤，位置 sections.purpose：10,000 個字；借閱用途最多 2,000 個字"
        )
        assert "不是日期時間" in describe(not_a_date.value)
        set_language("en")
        assert describe(too_long.value).endswith("10,000 characters; 借閱用途 takes at most 2,000")
    finally:
        set_language("en")
    assert too_long.value.message == "10,000 characters; 借閱用途 takes at most 2,000"
