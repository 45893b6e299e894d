"""Issue 10 §3 (the import's CPU): the checks the import's data-quality rows ask many times
were made cheaper — a problem's key hashes its kind's text encoded once per run, an ID's check
digit is summed without building a list, a phone the reader parsed is not parsed again for
its duplicate keys — and give the answers they gave before, for any
input (the former code is spelled out here)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from records_desk.domain.common.errors import PhoneInvalid
from records_desk.domain.common.identifiers import (
    PhoneRegion,
    _compact,
    is_valid_tw_national_id,
    parse_phone,
)
from records_desk.domain.customers.quality import (
    PhoneFacts,
    problem_key_for,
    problem_key_of,
    problem_key_rest,
)

_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def _former_id_check(value: str) -> bool:
    import re

    text = _compact(value)
    if not re.match(r"^[A-Z][1289]\d{8}$", text):
        return False
    letter = _LETTERS.index(text[0]) + 10
    digits = [letter // 10, letter % 10, *(int(c) for c in text[1:])]
    return sum(w * d for w, d in zip(_WEIGHTS, digits, strict=True)) % 10 == 0


@settings(max_examples=2000, deadline=None)
@given(
    st.builds(
        lambda letter, kind, digits: f"{letter}{kind}{digits}",
        st.sampled_from(_LETTERS + "a"),
        st.sampled_from("12890"),
        st.text(alphabet="0123456789٣", min_size=7, max_size=9),
    )
    | st.text(max_size=12)
)
def test_import_id_check_gives_the_former_answer(value: str) -> None:
    assert is_valid_tw_national_id(value) == _former_id_check(value)


@given(
    record_id=st.integers(min_value=0, max_value=10**12),
    dimension=st.text(max_size=8),
    rule=st.text(max_size=8),
    field=st.none() | st.text(max_size=8),
    message=st.text(max_size=30),
    other=st.none() | st.integers(min_value=0, max_value=10**6),
)
def test_import_problem_keys_are_the_former_keys(
    record_id: int, dimension: str, rule: str, field: str | None, message: str, other: int | None
) -> None:
    former = f"{record_id}|{dimension}|{rule}|{field or ''}|{other or ''}|{message}"
    try:
        expected = hashlib.sha1(former.encode("utf-8")).hexdigest()
    except UnicodeEncodeError:  # a lone surrogate: refused alike
        return
    assert problem_key_of(record_id, dimension, rule, field, message, other) == expected
    rest = problem_key_rest(dimension, rule, field, message, other)
    assert problem_key_for(record_id, rest) == expected


_PHONES = st.sampled_from(
    ["02-2345-6789", "(02)2345-6789", "0912-345-678", "+886 2 2345 6789", "07-123-4567",
     "0800-000-123", "12345", "02-2345-6789 分機 12", "+86 138 0013 8000", "912345678"]
) | st.text(alphabet="0123456789-+() ", max_size=14)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(phone=_PHONES, region=st.sampled_from(list(PhoneRegion)))
def test_import_phone_facts_told_a_parse_answer_as_they_would_read_it(
    phone: str, region: PhoneRegion
) -> None:
    told = PhoneFacts()
    try:
        told.learn(phone, parse_phone(phone, region), region)
    except PhoneInvalid:
        pass
    assert told(phone) == PhoneFacts()(phone)


def test_import_preview_parses_each_phone_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row reader parses a landline to check it; the duplicate keys read the same phone
    (PhoneFacts): told the answer, they do not parse it again."""
    from records_desk.domain.customers import quality
    from records_desk.exchange.customers.imports import read_customers

    path = tmp_path / "名單.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["客戶名稱", "錄入資料類型", "電話"])
    for n in range(20):
        sheet.append([f"陳淑卿{n}", "活動資料庫", f"02-2345-{6700 + n}"])
    book.save(path)
    asked: list[str] = []
    parse = quality.parse_phone
    monkeypatch.setattr(
        quality, "parse_phone", lambda text, *a: asked.append(text) or parse(text, *a)
    )
    result = read_customers(path)
    assert result.valid == 20 and len(result.duplicate_keys) == 20
    assert asked == []
