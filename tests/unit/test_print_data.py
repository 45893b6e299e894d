"""Fill data for printed forms (forms/README.md, "Data"): bad data is refused before anything
is drawn, with the path of the field; good data is printed the way an office writes it."""

from __future__ import annotations

from typing import Any

import pytest

from records_desk.printing.data import FormDataError, validate
from records_desk.printing.definitions import FormDefinition, list_forms, parse
from records_desk.printing.samples import sample_data

SLIP: dict[str, Any] = {
    "id": "test_slip",
    "title_zh": "借閱單",
    "title_en": "File loan slip",
    "record_number": "loan_no",
    "header": [
        {"key": "loan_no", "label_zh": "借閱單號", "label_en": "Loan no.", "required": True},
        {"key": "borrower", "label_zh": "借閱人", "label_en": "Borrower", "required": True},
        {"key": "loan_date", "label_zh": "借閱日期", "label_en": "Loan date", "type": "date"},
        {"key": "loan_time", "label_zh": "借閱時間", "label_en": "Time", "type": "datetime"},
        {"key": "fine", "label_zh": "罰款", "label_en": "Fine", "type": "money"},
        {"key": "copies", "label_zh": "需複印", "label_en": "Copies", "type": "bool"},
        {"key": "pages", "label_zh": "頁數", "label_en": "Pages", "type": "integer"},
        {"key": "score", "label_zh": "得分", "label_en": "Score", "type": "number"},
        {
            "key": "kind",
            "label_zh": "借閱人類別",
            "label_en": "Kind",
            "type": "choice",
            "choices": ["內部", "外部"],
        },
    ],
    "table": {
        "columns": [
            {"key": "archive_no", "label_zh": "檔案編號", "label_en": "No.", "required": True},
            {"key": "due", "label_zh": "歸還期限", "label_en": "Due", "type": "date"},
        ]
    },
    "sections": [{"key": "purpose", "label_zh": "借閱用途", "label_en": "Purpose"}],
}


@pytest.fixture(scope="module")
def slip() -> FormDefinition:
    return parse(SLIP, "test_slip.toml")


def filled(**header: Any) -> dict[str, Any]:
    return {"header": {"loan_no": "L-1", "borrower": "陳大文", **header}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"header": {"loan_no": "L-1"}}, "header.borrower: required"),
        ({"header": {"loan_no": "L-1", "borrower": "  "}}, "header.borrower: required"),
        (filled(borower="x"), "header.borower: unknown field"),
        ({**filled(), "footer": {}}, "footer: unknown key (header, rows or sections)"),
        (filled(loan_date="2026/11/27"), "header.loan_date: not a date (YYYY-MM-DD)"),
        (filled(loan_date="2026-02-30"), "header.loan_date: not a date (YYYY-MM-DD)"),
        (filled(loan_time="2026-11-27"), "header.loan_time: not a date and time"),
        (filled(loan_time="2026-11-27 24:00"), "header.loan_time: not a date and time"),
        (filled(fine="五百"), "header.fine: not an amount of money"),
        (filled(fine=True), "header.fine: not an amount of money"),
        (filled(copies="yes"), "header.copies: not true or false"),
        (filled(pages=2.5), "header.pages: not a whole number"),
        (filled(score="1e5"), "header.score: not a number"),
        (filled(kind="訪客"), "header.kind: not one of: 內部, 外部"),
        (filled(borrower=["陳"]), "header.borrower: not text"),
        ({**filled(), "rows": {"archive_no": "x"}}, "rows: not a list"),
        ({**filled(), "rows": ["CS-1"]}, "rows[0]: not an object"),
        ({**filled(), "rows": [{"archive_no": "A"}, {"due": "2026-12-04"}]}, "rows[1].archive_no: required"),
        (
            {**filled(), "rows": [{"archive_no": "A"}] * 3 + [{"archive_no": "B", "due": "12/4"}]},
            "rows[3].due: not a date (YYYY-MM-DD)",
        ),
        ({**filled(), "rows": [{"archive_no": "A", "note": "x"}]}, "rows[0].note: unknown field"),
        ({**filled(), "sections": {"purpose": 3}}, "sections.purpose: not text"),
        ({**filled(), "sections": {"purposes": "x"}}, "sections.purposes: unknown section"),
        (["not", "a", "dict"], "data: not an object"),
    ],
)  # fmt: skip
def test_bad_data_is_refused_naming_the_field(
    slip: FormDefinition, data: Any, message: str
) -> None:
    with pytest.raises(FormDataError) as refused:
        validate(slip, data)
    assert str(refused.value).startswith(message)
    assert str(refused.value) == f"{refused.value.path}: {refused.value.message}"


def test_a_form_without_a_table_refuses_rows() -> None:
    note = parse({"id": "note", "title_zh": "便條", "title_en": "Note"}, "note.toml")
    with pytest.raises(FormDataError, match=r"^rows: this form has no table"):
        validate(note, {"rows": [{}]})


def test_values_are_printed_the_way_an_office_writes_them(slip: FormDefinition) -> None:
    data = validate(
        slip,
        filled(
            loan_date="2026-11-27",
            loan_time="2026-11-27 14:05",
            fine=1234567.5,
            copies=True,
            pages="0012",
            score=0.1,
            kind="外部",
        ),
    )
    h = data.header
    assert h["fine"] == "1,234,567.50"  # two decimals, thousands separators
    assert (h["loan_date"], h["loan_time"]) == ("2026-11-27", "2026-11-27 14:05")  # as given
    assert (h["copies"], h["pages"], h["score"], h["kind"]) == ("是", "12", "0.1", "外部")
    assert validate(slip, filled(copies=False)).header["copies"] == "否"
    assert validate(slip, filled(fine="500")).header["fine"] == "500.00"
    assert validate(slip, filled(fine=0.005)).header["fine"] == "0.01"  # rounded half up


def test_missing_optional_values_print_empty_and_blank_is_none(slip: FormDefinition) -> None:
    data = validate(slip, {**filled(), "rows": [{"archive_no": "CS-1"}]})
    assert data.blank is False
    assert data.header["loan_date"] == "" and data.rows == [{"archive_no": "CS-1", "due": ""}]
    assert data.record_number(slip) == "L-1"
    blank = validate(slip, None)
    assert blank.blank and blank.header == {} and blank.rows == []


@pytest.mark.parametrize("definition", list_forms(), ids=lambda d: d.id)
def test_sample_data_fits_every_form(definition: FormDefinition) -> None:
    """The generator the engine tests and the benchmark use makes valid data for every form."""
    data = validate(definition, sample_data(definition, rows=3))
    if definition.table is not None:
        assert len(data.rows) == 3
    assert any("\u4e00" <= ch <= "\u9fff" for v in data.header.values() for ch in v) or not (
        definition.header
    )
