"""Excel import column mapping (issue 4 item 10: headers matched in Chinese or English
automatically, adjustable) and the reading of single cells (R-DQ-1 validity of what is read)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from records_desk.domain.common.errors import OfficeDateInvalid, PhoneInvalid
from records_desk.domain.customers.vocabulary import Grade, RecordType
from records_desk.exchange.customers import cells
from records_desk.exchange.customers.cells import ChoiceUnknown, IdNumberInvalid
from records_desk.exchange.customers.columns import (
    ColumnMapping,
    ImportField,
    column_index,
    column_letter,
    match_header,
    recognised_count,
)

F = ImportField


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("客戶名稱", F.NAME),
        ("姓名", F.NAME),
        ("公司名稱", F.NAME),
        ("Name", F.NAME),
        ("CUSTOMER", F.NAME),
        ("客户名称", F.NAME),  # simplified
        ("電話", F.PHONE),
        ("聯絡電話", F.PHONE),
        ("手機", F.PHONE),
        ("Mobile", F.PHONE),
        ("Phone", F.PHONE),
        ("統一編號", F.ID_NUMBER),
        ("身分證字號", F.ID_NUMBER),
        ("證號", F.ID_NUMBER),
        ("ID", F.ID_NUMBER),
        ("電子郵件", F.EMAIL),
        ("E-mail", F.EMAIL),
        ("地址", F.ADDRESS),
        ("Department", F.DEPARTMENT),
        ("部門", F.DEPARTMENT),
        ("產品線", F.PRODUCT_LINES),
        ("Product line", F.PRODUCT_LINES),
        ("錄入資料類型", F.RECORD_TYPE),
        ("類型", F.RECORD_TYPE),
        ("Record type", F.RECORD_TYPE),
        ("等級", F.GRADE),
        ("Grade", F.GRADE),
        ("事件日期", F.EVENT_DATE),
        ("日期", F.EVENT_DATE),
        ("Event date", F.EVENT_DATE),
        ("聯絡人", F.CONTACT_PERSON),
        ("Contact", F.CONTACT_PERSON),
        ("Contact name", F.CONTACT_PERSON),
        ("顧問", F.CONSULTANT),
        ("備註", F.NOTE),
        ("檔案編號", F.ARCHIVE_NUMBER),
        ("Archive no.", F.ARCHIVE_NUMBER),
        ("存放位置", F.SHELF_LOCATION),
        ("Shelf", F.SHELF_LOCATION),
    ],
)
def test_headers_in_chinese_or_english_name_their_field(header: str, field: ImportField) -> None:
    assert match_header(header) is field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ＮＡＭＥ", F.NAME),  # full-width letters
        ("Ｅｍａｉｌ", F.EMAIL),
        ("  客戶 名稱 ", F.NAME),  # stray spaces
        ("客戶　名稱", F.NAME),  # ideographic space
        ("＊電話", F.PHONE),  # required-field star
        ("電話：", F.PHONE),
        ("電話 (必填)", F.PHONE),  # a note in brackets
        ("電話（手機）", F.PHONE),
        ("電話2", F.PHONE),
        ("event_date", F.EVENT_DATE),
        ("E_MAIL", F.EMAIL),
        ("主要聯絡電話", F.PHONE),  # ends with a phone alias
        ("客戶地址", F.ADDRESS),
        ("Contact Phone", F.PHONE),
        ("統一編號/身分證字號", F.ID_NUMBER),
    ],
)
def test_headers_tolerate_full_width_spaces_punctuation_and_case(
    header: str, field: ImportField
) -> None:
    assert match_header(header) is field


@pytest.mark.parametrize("header", ["出生日期", "序號", "Customer ID", "客戶編號", "", "   ", None])
def test_general_words_do_not_decide_a_column(header: str) -> None:
    # A birthday is no event date, a customer's serial number no national ID.
    assert match_header(header) is None


def test_auto_mapping_reports_unknown_and_repeated_columns_without_failing() -> None:
    mapping = ColumnMapping.auto(["姓名", "電話", "手機", "生肖", "名稱", None, "Email"])
    assert mapping.fields == (F.NAME, F.PHONE, F.PHONE, None, None, None, F.EMAIL)
    assert mapping.unknown == ("D",)
    assert mapping.repeated == ("E",)  # a second name column is not used
    assert mapping.columns_of(F.PHONE) == (1, 2)  # phones may come from several columns
    assert mapping.mapped[F.EMAIL] == ("G",)
    assert mapping.missing([F.NAME, F.RECORD_TYPE, F.PHONE]) == (F.RECORD_TYPE,)


def test_a_user_can_adjust_the_mapping_by_column_letter() -> None:
    mapping = ColumnMapping.auto(["姓名", "代號", "名稱"], overrides={"B": F.ID_NUMBER})
    assert mapping.fields == (F.NAME, F.ID_NUMBER, None)
    moved = mapping.override({"C": F.NAME, "A": None})
    assert moved.fields == (None, F.ID_NUMBER, F.NAME)
    assert moved.unknown == () and moved.repeated == ()
    # giving a single-column field to another column takes it from the first one
    assert mapping.override({"C": F.NAME}).fields == (None, F.ID_NUMBER, F.NAME)


def test_column_letters_as_excel_writes_them() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    assert column_index("AA") == 26 and column_index(" b ") == 1


def test_header_row_detection_counts_recognised_headers() -> None:
    assert recognised_count(["客戶名單 2026", None]) == 0
    assert recognised_count(["客戶名稱", "電話", "生肖", 3]) == 2


def test_mapping_recognises_its_own_header_row() -> None:
    mapping = ColumnMapping.auto(["代號", "全名"], overrides={"A": F.ID_NUMBER, "B": F.NAME})
    assert mapping.matches(["代號", " 全名 "]) and not mapping.matches(["全名", "代號"])


# --- cells -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (912345678, ("0912345678",)),  # Excel dropped the leading 0 of a Taiwan mobile
        (912345678.0, ("0912345678",)),
        ("912345678", ("0912345678",)),  # the same number after the column became text
        (223456789, ("0223456789",)),  # Taipei landline
        (13812345678, ("13812345678",)),  # mainland mobile: no 0 to restore
        (886912345678, ("886912345678",)),  # country code typed without +
        ("０９１２－３４５－６７８", ("0912-345-678",)),  # full-width
        (" 0912 345 678 ", ("0912 345 678",)),
        ("0912345678 / 02-2345-6789", ("0912345678", "02-2345-6789")),
        ("02-2345-6789#123", ("02-2345-6789#123",)),
        (None, ()),
        ("  ", ()),
    ],
)
def test_phones_as_numbers_or_text_get_their_leading_zero_back(
    value: object, expected: tuple[str, ...]
) -> None:
    assert cells.phones(value) == expected


@pytest.mark.parametrize("value", [12345, 91234567.5, "0912-ABC-678", "+1 415 555 0100"])
def test_a_phone_that_is_not_one_stays_an_error(value: object) -> None:
    with pytest.raises(PhoneInvalid):
        cells.phones(value)


def test_ids_are_compacted_and_checked() -> None:
    assert cells.id_number(" a123-456-789 ") == "A123456789"
    assert cells.id_number("Ａ１２３４５６７８９") == "A123456789"
    assert cells.id_number(22099131) == "22099131"  # 統一編號 as a number
    assert cells.id_number(4595257) == "04595257"  # its leading 0 lost by Excel
    with pytest.raises(IdNumberInvalid) as bad:
        cells.id_number("A123456788")
    assert bad.value.kind is not None
    with pytest.raises(IdNumberInvalid):
        cells.id_number("hello")


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 1, 5, 0, 0),
        date(2026, 1, 5),
        "2026-01-05",
        "2026/1/5",
        "2026/01/05",
        "115/01/05",
        "115/1/5",
        "民國115年1月5日",
        "民國１１５年１月５日",  # full-width digits
        "２０２６－０１－０５",
        " 2026-01-05 00:00:00 ",
        20260105,
        1150105,  # ROC compact as a number
        46027,  # an Excel serial that lost its date format
    ],
)
def test_dates_in_every_office_form_parse(value: object) -> None:
    assert cells.event_date(value, today=date(2026, 6, 1)) == date(2026, 1, 5)


@pytest.mark.parametrize("value", ["2026-02-30", "05/01/2026", "soon", "2026/07/01", True])
def test_bad_or_future_dates_are_errors(value: object) -> None:
    with pytest.raises(OfficeDateInvalid):
        cells.event_date(value, today=date(2026, 6, 1))


def test_record_types_and_grades_in_chinese_or_english() -> None:
    words = cells.RECORD_TYPE_WORDS
    assert cells.choice(F.RECORD_TYPE, "成交銷售客戶資料", words) is RecordType.CLOSED_SALES
    assert cells.choice(F.RECORD_TYPE, "售後維修", words) is RecordType.AFTER_SALES
    assert cells.choice(F.RECORD_TYPE, "Key customer", words) is RecordType.KEY_CUSTOMER
    assert cells.choice(F.RECORD_TYPE, "campaign", words) is RecordType.CAMPAIGN
    assert cells.choice(F.GRADE, "優選類客戶", cells.GRADE_WORDS) is Grade.PREFERRED
    assert cells.choice(F.GRADE, "vip", cells.GRADE_WORDS) is Grade.VIP
    assert cells.choice(F.GRADE, "Qualified", cells.GRADE_WORDS) is Grade.QUALIFIED
    assert cells.choice(F.GRADE, "  ", cells.GRADE_WORDS) is None
    with pytest.raises(ChoiceUnknown):
        cells.choice(F.GRADE, "金牌", cells.GRADE_WORDS)


def test_text_is_half_width_with_single_spaces_and_numbers_as_excel_shows_them() -> None:
    assert cells.text("  台北市　信義區  市府路 1 號 ") == "台北市 信義區 市府路 1 號"
    assert cells.text("ＡＢＣ有限公司") == "ABC有限公司"
    assert cells.text(12.0) == "12" and cells.text(None) is None and cells.text(" ") is None
    assert cells.text_list("冷氣、除濕機, 空氣清淨機") == ("冷氣", "除濕機", "空氣清淨機")


def test_a_person_beside_a_company_is_its_contact_and_the_name_of_rows_without_one() -> None:
    mapping = ColumnMapping.auto(["姓名", "公司名稱", "手機"])
    assert mapping.fields[:2] == (ImportField.CONTACT_PERSON, ImportField.NAME)
    assert mapping.name_fallback == 0 and mapping.repeated == ()
    with_contact = ColumnMapping.auto(["姓名", "公司名稱", "聯絡人"])  # the file says who
    assert with_contact.name_fallback is None and with_contact.repeated == ("B",)
    adjusted = mapping.override({"A": ImportField.NOTE})  # the user decides otherwise
    assert adjusted.name_fallback is None
