"""R-DQ-1: the quality check's one-parse reading of a phone (domain.quality.PhoneFacts, with its
shortcut for the usual 09xx-xxx-xxx) says exactly what identifiers.is_valid_phone and
identifiers.phone_key say, for office forms and for anything typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.common.identifiers import is_valid_phone, phone_key
from records_desk.domain.customers.quality import PhoneFacts

FORMS = [
    "0912-345-678",
    "0912345678",
    "0912 345 678",
    "０９１２-３４５-６７８",  # full width: not the shortcut
    "0912-345-67",
    "09123456789",
    "02-2345-6789",
    "(02) 2345-6789 #123",
    "+886 912 345 678",
    "138 1234 5678",
    "12-34",
    "",
    "  ",
]


@pytest.mark.parametrize("phone", FORMS)
def test_phone_facts_agree_with_the_identifiers_R_DQ_1(phone: str) -> None:
    assert PhoneFacts()(phone) == (is_valid_phone(phone), phone_key(phone))


@given(st.text(alphabet="0123456789- +()#", max_size=16))
def test_phone_facts_agree_for_anything_typed_R_DQ_1(phone: str) -> None:
    assert PhoneFacts()(phone) == (is_valid_phone(phone), phone_key(phone))


@given(st.from_regex(r"09[0-9]{2}[- ]?[0-9]{3}[- ]?[0-9]{3}", fullmatch=True))
def test_the_mobile_shortcut_agrees_R_DQ_1(phone: str) -> None:
    assert PhoneFacts()(phone) == (is_valid_phone(phone), phone_key(phone))
