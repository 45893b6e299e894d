"""R-DQ-1 validity: Taiwan national ID, Taiwan business number (統一編號), mainland resident ID,
phones, e-mail; full-width/half-width normalisation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from records_desk.domain.common.errors import PhoneInvalid, PhoneProblem
from records_desk.domain.common.identifiers import (
    IdKind,
    PhoneKind,
    PhoneRegion,
    id_kind,
    is_valid_cn_resident_id,
    is_valid_email,
    is_valid_id_number,
    is_valid_phone,
    is_valid_tw_business_number,
    is_valid_tw_national_id,
    normalise_name,
    parse_phone,
    phone_digits,
    phone_key,
    to_half_width,
)

# Written out here rather than imported, so the tests do not share the module's table.
TW_LETTER_VALUES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
TW_WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def tw_id_digits(text: str) -> list[int]:
    value = TW_LETTER_VALUES[text[0]]
    return [value // 10, value % 10, *(int(c) for c in text[1:])]


@st.composite
def valid_tw_ids(draw: st.DrawFn) -> str:
    body = draw(st.sampled_from(sorted(TW_LETTER_VALUES))) + draw(st.sampled_from("1289"))
    body += "".join(str(draw(st.integers(0, 9))) for _ in range(7))
    partial = sum(w * d for w, d in zip(TW_WEIGHTS, tw_id_digits(body + "0"), strict=True))
    return body + str(-partial % 10)


def ubn_digit_sums(text: str) -> int:
    return sum(
        sum(divmod(w * int(c), 10)) for w, c in zip([1, 2, 1, 2, 1, 2, 4, 1], text, strict=True)
    )


@st.composite
def valid_ubns(draw: st.DrawFn) -> str:
    body = "".join(str(draw(st.integers(0, 9))) for _ in range(7))
    last = next(d for d in range(10) if ubn_digit_sums(body + str(d)) % 5 == 0)
    return body + str(last)


@st.composite
def valid_cn_ids(draw: st.DrawFn) -> str:
    region = str(draw(st.integers(110000, 829999)))
    born = draw(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
    body = region + born.strftime("%Y%m%d") + f"{draw(st.integers(0, 999)):03d}"
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    return body + "10X98765432"[sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 11]


# --- Taiwan national ID ---------------------------------------------------------------------


@pytest.mark.parametrize("value", ["A123456789", "a123456789", "F131104093", "A800000014"])
def test_known_taiwan_ids_are_valid_R_DQ_1(value: str) -> None:
    assert is_valid_tw_national_id(value)


@pytest.mark.parametrize("value", ["A123456788", "A323456789", "123456789", "AA23456789", ""])
def test_wrong_taiwan_ids_are_invalid_R_DQ_1(value: str) -> None:
    assert not is_valid_tw_national_id(value)


@given(valid_tw_ids(), st.integers(2, 9), st.integers(0, 9))
def test_taiwan_id_check_catches_a_changed_digit_unless_weight_times_change_is_0_mod_10_R_DQ_1(
    valid: str, index: int, digit: int
) -> None:
    old = int(valid[index])
    assume(digit != old)
    changed = valid[:index] + str(digit) + valid[index + 1 :]
    undetectable = TW_WEIGHTS[index + 1] * (digit - old) % 10 == 0
    assert is_valid_tw_national_id(valid)
    assert is_valid_tw_national_id(changed) == undetectable


def test_taiwan_id_check_digit_cannot_see_every_typo_R_DQ_1() -> None:
    # Weight 6 on the 4th character: +5 there changes the sum by 30. Valid is not "correct".
    assert is_valid_tw_national_id("A123456789") and is_valid_tw_national_id("A128456789")


@given(valid_tw_ids())
def test_taiwan_id_in_full_width_is_the_same_id_R_DQ_1(valid: str) -> None:
    assert is_valid_tw_national_id(full_width(valid))
    assert is_valid_tw_national_id(full_width(valid).lower())


# --- Taiwan business number 統一編號 ----------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["04595257", "10458575", "88117125", "53212539", "12345675", "00651474", "00238778"]
)
def test_known_business_numbers_are_valid_R_DQ_1(value: str) -> None:
    assert is_valid_tw_business_number(value)


def test_business_number_2023_rule_accepts_sums_divisible_by_5_R_DQ_1() -> None:
    # 12345601: digit sums 1+4+3+8+5+(1+2)+0+1 = 25, divisible by 5 but not by 10.
    assert ubn_digit_sums("12345601") == 25
    assert is_valid_tw_business_number("12345601")
    assert not is_valid_tw_business_number("12345601", legacy_mod10=True)
    assert not is_valid_tw_business_number("12345602")


def test_business_number_seventh_digit_7_counts_28_as_1_or_0_R_DQ_1() -> None:
    # 00238778: with 7*4 = 28 -> 2+8 = 10 the sum is 39; counting that 10 as 1 gives 30.
    assert ubn_digit_sums("00238778") == 39
    assert is_valid_tw_business_number("00238778")
    assert is_valid_tw_business_number("00238778", legacy_mod10=True)
    assert not is_valid_tw_business_number("00238776")  # 37 or 28: neither


@pytest.mark.parametrize("value", ["1234567", "123456789", "1234567A", "", "88117126"])
def test_malformed_business_numbers_are_invalid_R_DQ_1(value: str) -> None:
    assert not is_valid_tw_business_number(value)


@given(st.from_regex(r"\d{8}", fullmatch=True))
def test_every_number_valid_before_2023_is_still_valid_R_DQ_1(value: str) -> None:
    if is_valid_tw_business_number(value, legacy_mod10=True):
        assert is_valid_tw_business_number(value)


@given(valid_ubns(), st.integers(0, 9))
def test_business_number_check_digit_catches_changes_not_multiple_of_5_R_DQ_1(
    valid: str, digit: int
) -> None:
    assume(valid[6] != "7")  # the 7th-digit-7 case accepts two sums, so it sees less
    assert is_valid_tw_business_number(valid)
    changed = valid[:7] + str(digit)
    assert is_valid_tw_business_number(changed) == ((digit - int(valid[7])) % 5 == 0)


# --- mainland resident ID -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["11010519491231002X", "11010519491231002x", "440524200001010013"]
)
def test_known_mainland_ids_are_valid_R_DQ_1(value: str) -> None:
    assert is_valid_cn_resident_id(value)


def test_mainland_id_born_before_1900_is_refused_as_a_typo_R_DQ_1() -> None:
    # The standard's own example (GB 11643) is someone born in 1880: no living customer is.
    assert not is_valid_cn_resident_id("440524188001010014")


def test_mainland_id_birth_date_must_be_a_real_day_R_DQ_1() -> None:
    body = "110105" + "20230230" + "123"  # 30 February
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    check = "10X98765432"[sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 11]
    assert not is_valid_cn_resident_id(body + check)


@given(valid_cn_ids(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_mainland_id_check_catches_every_single_changed_character_R_DQ_1(
    valid: str, index: int, char: str
) -> None:
    assume(char != valid[index] and (char != "X" or index == 17))
    assert is_valid_cn_resident_id(valid)
    assert not is_valid_cn_resident_id(valid[:index] + char + valid[index + 1 :])


def test_id_kind_is_told_by_shape_R_DQ_1() -> None:
    assert id_kind("A123456789") is IdKind.TW_NATIONAL_ID
    assert id_kind("0459-5257") is IdKind.TW_BUSINESS_NUMBER
    assert id_kind("11010519491231002X") is IdKind.CN_RESIDENT_ID
    assert id_kind("abc") is None
    assert is_valid_id_number("１２３４５６７５") and not is_valid_id_number("abc")


# --- phones, e-mail, names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "e164", "kind"),
    [
        ("0912-345-678", "+886912345678", PhoneKind.MOBILE),
        ("+886 912 345 678", "+886912345678", PhoneKind.MOBILE),
        ("886912345678", "+886912345678", PhoneKind.MOBILE),
        ("(02) 2345-6789", "+886223456789", PhoneKind.LANDLINE),
        ("+886 (0)2 2345 6789", "+886223456789", PhoneKind.LANDLINE),
        ("04-2345-6789", "+886423456789", PhoneKind.LANDLINE),
        ("04-723-4567", "+88647234567", PhoneKind.LANDLINE),
        ("037-123456", "+88637123456", PhoneKind.LANDLINE),
        ("0836-22345", "+88683622345", PhoneKind.LANDLINE),
        ("0800-000-123", "+886800000123", PhoneKind.SERVICE),
    ],
)
def test_taiwan_phone_forms_are_valid_R_DQ_1(text: str, e164: str, kind: PhoneKind) -> None:
    number = parse_phone(text)
    assert (number.region, number.kind, number.e164) == (PhoneRegion.TW, kind, e164)


@pytest.mark.parametrize(
    ("text", "e164", "kind"),
    [
        ("138 1234 5678", "+8613812345678", PhoneKind.MOBILE),
        ("+86 138-1234-5678", "+8613812345678", PhoneKind.MOBILE),
        ("0086 13812345678", "+8613812345678", PhoneKind.MOBILE),
        ("+86 10 1234 5678", "+861012345678", PhoneKind.LANDLINE),
        ("+86-571-8765-4321", "+8657187654321", PhoneKind.LANDLINE),
        ("400-123-4567", "+864001234567", PhoneKind.SERVICE),
    ],
)
def test_mainland_phone_forms_are_valid_R_DQ_1(text: str, e164: str, kind: PhoneKind) -> None:
    number = parse_phone(text, default_region=PhoneRegion.CN)
    assert (number.region, number.kind, number.e164) == (PhoneRegion.CN, kind, e164)


def test_mobiles_are_recognised_whatever_the_default_region_R_DQ_1() -> None:
    assert parse_phone("13812345678").region is PhoneRegion.CN
    assert parse_phone("0912345678", PhoneRegion.CN).region is PhoneRegion.TW
    assert parse_phone("010-1234-5678", PhoneRegion.CN).kind is PhoneKind.LANDLINE
    assert not is_valid_phone("010-1234-5678")  # no Taiwan area code 01


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", PhoneProblem.EMPTY),
        ("   ", PhoneProblem.EMPTY),
        ("0912-ABC-678", PhoneProblem.NOT_A_NUMBER),
        ("+1 555 123 4567", PhoneProblem.UNSUPPORTED_COUNTRY),
        ("091234567", PhoneProblem.BAD_FORMAT),
        ("02-234-5678", PhoneProblem.BAD_FORMAT),
        ("12812345678", PhoneProblem.BAD_FORMAT),
    ],
)
def test_bad_phones_say_what_is_wrong_R_DQ_1(text: str, problem: PhoneProblem) -> None:
    with pytest.raises(PhoneInvalid) as refused:
        parse_phone(text)
    assert refused.value.problem is problem


def test_extensions_are_kept_apart_R_DQ_1() -> None:
    assert parse_phone("02-2345-6789 轉 12").extension == "12"
    assert parse_phone("02-2345-6789#305").extension == "305"
    assert parse_phone("02-2345-6789 ext. 7").e164 == "+886223456789"


def test_phone_digits_ignore_spaces_dashes_and_parentheses_R_DQ_1() -> None:
    assert phone_digits("(02) 2345-6789") == "0223456789"
    assert phone_digits("+886 912 345 678") == "+886912345678"
    assert phone_digits("０９１２－３４５　６７８") == "0912345678"
    assert phone_key("0912 345 678") == phone_key("+886-912-345-678")


@given(st.text(max_size=30))
def test_phone_parser_only_ever_refuses_with_phone_invalid_R_DQ_1(text: str) -> None:
    try:
        parse_phone(text)
    except PhoneInvalid:
        pass


@given(st.from_regex(r"09\d{8}|0[2-8]\d{7,8}|1[3-9]\d{9}", fullmatch=True))
def test_full_width_phone_equals_half_width_phone_R_DQ_1(digits: str) -> None:
    assert is_valid_phone(full_width(digits)) == is_valid_phone(digits)
    assert phone_key(full_width(digits)) == phone_key(digits)


@pytest.mark.parametrize(
    "text", ["a@b.tw", "wang.xm+tag@example.com.tw", " Lin@Example.COM ", "ｌｉｎ＠ｅｘ．ｔｗ"]
)
def test_plain_email_addresses_are_valid_R_DQ_1(text: str) -> None:
    assert is_valid_email(text)


@pytest.mark.parametrize(
    "text",
    ["", "a@b", "a@@b.tw", "a b@c.tw", ".a@b.tw", "a..b@c.tw", "a@-b.tw", "王@b.tw", "a@b.t"],
)
def test_malformed_email_addresses_are_invalid_R_DQ_1(text: str) -> None:
    assert not is_valid_email(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E)))
def test_full_width_ascii_becomes_half_width_R_DQ_1(text: str) -> None:
    assert to_half_width(full_width(text)) == text


@given(st.text())
def test_half_width_leaves_chinese_alone_and_is_idempotent_R_DQ_1(text: str) -> None:
    once = to_half_width(text)
    assert to_half_width(once) == once
    assert all(c == h for c, h in zip(text, once, strict=True) if "\u4e00" <= c <= "\u9fff")


def test_names_compare_without_spaces_punctuation_width_or_臺_R_DQ_1() -> None:
    assert normalise_name("臺灣 積體電路（股）") == normalise_name("台灣積體電路(股)")
    assert normalise_name("ＡＢＣ Trading") == normalise_name("abc trading")
    assert normalise_name("王小明") != normalise_name("王小名")
