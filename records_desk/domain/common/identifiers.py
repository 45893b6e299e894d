"""Validity of identifiers and contact data (R-DQ-1 "validity") and the normalisation that makes
office input comparable (search, duplicate keys R-DQ-1 "uniqueness").

- Taiwan national ID (身分證字號, also the 2021 uniform ID for foreign residents whose second
  character is 8 or 9; the old two-letter ARC format is not accepted).
- Taiwan business number (統一編號): weights 1,2,1,2,1,2,4,1, digit sums added; since the
  Ministry of Finance's 2023 change the sum must be divisible by 5 (it was 10; every old number
  still passes). When the 7th digit is 7, 7×4 = 28 → 10 may count as 1 or 0: either sum passes.
- Mainland resident ID (居民身份證): 18 characters, ISO 7064 MOD 11-2 check (X = 10), and the
  birth date inside it must be a real day.
- Phones of Taiwan and mainland China, e-mail addresses.

Normalisation: full-width ASCII (U+FF01–FF5E, 全形數字/字母) and the ideographic space become
half-width; nothing else is touched, so Chinese text stays as typed.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from records_desk.domain.common.errors import DomainError, PhoneInvalid, PhoneProblem

# Patterns compiled once (the import reads every cell through these).
_ID_NOISE = re.compile(r"[\s\-.]")
_EIGHT_DIGITS = re.compile(r"\d{8}")
_CN_ID_SHAPE = re.compile(r"[1-9]\d{16}[\dX]")
_TW_ID_SHAPE = re.compile(r"[A-Z]\d{9}")
_CN_ID_KIND = re.compile(r"\d{17}[\dX]")
_NOT_DIGIT = re.compile(r"\D")
_TW_MOBILE_DIGITS = re.compile(r"09\d{8}")
_TW_SERVICE_SHAPE = re.compile(r"080[09]\d{6}")
_CN_MOBILE_SHAPE = re.compile(r"1[3-9]\d{9}")
_CN_SERVICE_SHAPE = re.compile(r"[48]00\d{7}")
_CN_LANDLINE_SHAPE = re.compile(r"0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8}")
_BARE_COUNTRY_CODE = re.compile(r"886[1-9]\d{7,9}|861[3-9]\d{9}")
_INTL_PREFIX = re.compile(r"^(?:002|00)")
_CN_MOBILE_OR_SERVICE = re.compile(r"1[3-9]\d{9}|[48]00\d{7}")

_FULL_TO_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_half_width(text: str) -> str:
    """Full-width ASCII and the ideographic space to half-width (NFKC limited to that range)."""
    return text.translate(_FULL_TO_HALF)


def _compact(text: str) -> str:
    """Half-width, upper case, without spaces, dashes and dots (as people type IDs)."""
    if text.isascii() and text.isalnum():  # already compact (the usual stored number)
        return text.upper()
    return _ID_NOISE.sub("", to_half_width(text)).upper()


# --- identity numbers -----------------------------------------------------------------------

# Letter values 10..35 in this order (I, O, W, X, Y, Z were added later, hence the odd order).
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
_TW_ID = re.compile(r"^[A-Z][1289]\d{8}$")
_TW_ID_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def is_valid_tw_national_id(value: str) -> bool:
    """身分證字號 / 新式統一證號: letter, 1 or 2 (8 or 9 for foreign residents), 8 digits."""
    text = _compact(value)
    if not _TW_ID.match(text):
        return False
    # the letter's value (10..35) gives two digits, weighted 1 and 9
    total = _TW_LETTER_SUMS[text[0]] + sum(
        map(operator.mul, _TW_ID_WEIGHTS[2:], map(int, text[1:]))
    )
    return total % 10 == 0


_TW_LETTER_SUMS = {
    letter: (value // 10) * _TW_ID_WEIGHTS[0] + (value % 10) * _TW_ID_WEIGHTS[1]
    for value, letter in enumerate(_TW_LETTERS, 10)
}


_UBN_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def is_valid_tw_business_number(value: str, *, legacy_mod10: bool = False) -> bool:
    """統一編號. `legacy_mod10` applies the rule before 2023 (sum divisible by 10)."""
    text = _compact(value)
    if not _EIGHT_DIGITS.fullmatch(text):
        return False
    divisor = 10 if legacy_mod10 else 5
    total = 0
    for weight, char in zip(_UBN_WEIGHTS, text, strict=True):
        product = weight * int(char)
        total += product // 10 + product % 10
    if total % divisor == 0:
        return True
    # 7th digit 7: its "10" may count as 1 (total - 9) as well as 10 (≡ 0, counted above).
    return text[6] == "7" and (total - 9) % divisor == 0


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_CHECK = "10X98765432"


def cn_resident_id_check_char(first17: str) -> str:
    """The 18th character of a mainland resident ID for its first 17 digits."""
    total = sum(w * int(c) for w, c in zip(_CN_WEIGHTS, first17, strict=True))
    return _CN_CHECK[total % 11]


def is_valid_cn_resident_id(value: str) -> bool:
    """居民身份證號碼 (18 characters); the 15-digit first generation is not accepted."""
    text = _compact(value)
    if not _CN_ID_SHAPE.fullmatch(text):
        return False
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return False
    if born.year < 1900:
        return False
    return cn_resident_id_check_char(text[:17]) == text[17]


class IdKind(StrEnum):
    TW_NATIONAL_ID = "tw_national_id"  # 身分證字號
    TW_BUSINESS_NUMBER = "tw_business_number"  # 統一編號
    CN_RESIDENT_ID = "cn_resident_id"  # 居民身份證


def id_kind(value: str) -> IdKind | None:
    """Which kind of number this looks like by its shape (not whether it is valid)."""
    text = _compact(value)
    if _TW_ID_SHAPE.fullmatch(text):
        return IdKind.TW_NATIONAL_ID
    if _EIGHT_DIGITS.fullmatch(text):
        return IdKind.TW_BUSINESS_NUMBER
    if _CN_ID_KIND.fullmatch(text):
        return IdKind.CN_RESIDENT_ID
    return None


def is_valid_id_number(value: str) -> bool:
    """Valid as whichever kind its shape says; unknown shapes are invalid."""
    kind = id_kind(value)
    if kind is IdKind.TW_NATIONAL_ID:
        return is_valid_tw_national_id(value)
    if kind is IdKind.TW_BUSINESS_NUMBER:
        return is_valid_tw_business_number(value)
    if kind is IdKind.CN_RESIDENT_ID:
        return is_valid_cn_resident_id(value)
    return False


def normalise_id_number(value: str) -> str:
    return _compact(value)


@dataclass
class IdNumberCheckFailed(DomainError):
    """Hand entry: an ID or business number of a known shape whose check digit (or birth date)
    is wrong, or of no known shape at all (kind None)."""

    text: str
    kind: IdKind | None

    def __str__(self) -> str:
        return f"{self.text!r} fails its check ({self.kind or 'no known shape'})"


def check_id_number(value: str) -> None:
    """IdNumberCheckFailed unless `value` is empty or a valid number of its shape."""
    if value.strip() and not is_valid_id_number(value):
        raise IdNumberCheckFailed(text=value, kind=id_kind(value))


# --- phones ---------------------------------------------------------------------------------


class PhoneRegion(StrEnum):
    TW = "TW"
    CN = "CN"


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    SERVICE = "service"  # 0800 in Taiwan, 400/800 in mainland China


_COUNTRY_CODES = {PhoneRegion.TW: "886", PhoneRegion.CN: "86"}


@dataclass(frozen=True)
class PhoneNumber:
    region: PhoneRegion
    kind: PhoneKind
    national: str  # digits as dialled inside the region, e.g. 0223456789, 13812345678
    extension: str | None = None

    @property
    def e164(self) -> str:
        """+8862..., +86138...: one form per line, for duplicate keys."""
        national = self.national
        if not (self.region is PhoneRegion.CN and self.kind is not PhoneKind.LANDLINE):
            national = national[1:]  # drop the trunk 0
        return f"+{_COUNTRY_CODES[self.region]}{national}"


# Taiwan: area code -> total national length (the longest matching prefix wins).
_TW_AREAS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("0826", (9,)),  # 烏坵
    ("0836", (9,)),  # 馬祖
    ("037", (9,)),  # 苗栗
    ("049", (10,)),  # 南投
    ("082", (9,)),  # 金門
    ("089", (9,)),  # 臺東
    ("02", (10,)),  # 臺北 (8-digit numbers)
    ("03", (9,)),
    ("04", (9, 10)),  # 彰化 7 digits, 臺中 8 digits
    ("05", (9,)),
    ("06", (9,)),
    ("07", (9,)),
    ("08", (9,)),
)
_EXTENSION = re.compile(r"\s*(?:#|ext\.?|x|轉|分機)\s*(\d{1,6})\s*$", re.IGNORECASE)
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-().]+$")


def phone_digits(text: str) -> str:
    """Digits only (a leading + kept), ignoring spaces, dashes, dots and parentheses: the form
    search compares, so "0912-345 678" and "0912345678" match."""
    half = to_half_width(text).strip()
    digits = _NOT_DIGIT.sub("", half)
    return "+" + digits if half.startswith("+") else digits


def _classify_national(digits: str, region: PhoneRegion) -> PhoneKind | None:
    if region is PhoneRegion.TW:
        if _TW_MOBILE_DIGITS.fullmatch(digits):
            return PhoneKind.MOBILE
        if _TW_SERVICE_SHAPE.fullmatch(digits):
            return PhoneKind.SERVICE
        for prefix, lengths in _TW_AREAS:
            if digits.startswith(prefix):
                return PhoneKind.LANDLINE if len(digits) in lengths else None
        return None
    if _CN_MOBILE_SHAPE.fullmatch(digits):
        return PhoneKind.MOBILE
    if _CN_SERVICE_SHAPE.fullmatch(digits):
        return PhoneKind.SERVICE
    if _CN_LANDLINE_SHAPE.fullmatch(digits):
        return PhoneKind.LANDLINE
    return None


def parse_phone(text: str, default_region: PhoneRegion = PhoneRegion.TW) -> PhoneNumber:
    """A Taiwan or mainland phone number from office input.

    International forms (+886, 00886, 002886, 886…; +86, 0086, 86…) decide the region; a stray
    trunk 0 after the country code ("+886 (0)2 …") is tolerated. 09xxxxxxxx is a Taiwan mobile
    and 1[3-9]xxxxxxxxx a mainland mobile wherever typed; other national numbers starting with
    0 are read in `default_region`. An extension after #, ext, x, 轉 or 分機 is kept apart.
    """
    half = to_half_width(text).strip()
    if not half:
        raise PhoneInvalid(text=text, problem=PhoneProblem.EMPTY)
    extension = None
    found = _EXTENSION.search(half)
    if found:
        extension = found.group(1)
        half = half[: found.start()]
    if not _PHONE_CHARS.match(half):
        raise PhoneInvalid(text=text, problem=PhoneProblem.NOT_A_NUMBER)
    digits = _NOT_DIGIT.sub("", half)
    region, national = default_region, digits
    international = half.startswith("+") or digits.startswith("00")
    if not international and _BARE_COUNTRY_CODE.fullmatch(digits):
        international = True  # country code typed without + or 00
    if international:
        rest = _INTL_PREFIX.sub("", digits) if not half.startswith("+") else digits
        for candidate, code in _COUNTRY_CODES.items():
            if rest.startswith(code):
                region, national = candidate, rest[len(code) :]
                break
        else:
            raise PhoneInvalid(text=text, problem=PhoneProblem.UNSUPPORTED_COUNTRY)
        national = national.removeprefix("0")
        if not (region is PhoneRegion.CN and _CN_MOBILE_OR_SERVICE.fullmatch(national)):
            national = "0" + national
    elif _CN_MOBILE_SHAPE.fullmatch(digits):
        region = PhoneRegion.CN
    elif _TW_MOBILE_DIGITS.fullmatch(digits):
        region = PhoneRegion.TW
    kind = _classify_national(national, region)
    if kind is None:
        raise PhoneInvalid(text=text, problem=PhoneProblem.BAD_FORMAT)
    return PhoneNumber(region=region, kind=kind, national=national, extension=extension)


def is_valid_phone(text: str, default_region: PhoneRegion = PhoneRegion.TW) -> bool:
    try:
        parse_phone(text, default_region)
    except PhoneInvalid:
        return False
    return True


def phone_key(text: str, default_region: PhoneRegion = PhoneRegion.TW) -> str:
    """One comparable form of a phone: E.164 when it parses, else its bare digits."""
    try:
        return parse_phone(text, default_region).e164
    except PhoneInvalid:
        return phone_digits(text)


# --- e-mail and names -----------------------------------------------------------------------

_EMAIL = re.compile(
    r"^(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$"
)


def normalise_email(text: str) -> str:
    """Half-width, trimmed, lower case (offices never rely on case in the local part)."""
    return to_half_width(text).strip().lower()


def is_valid_email(text: str) -> bool:
    """A plain address: ASCII local part and a domain with a TLD of letters, at most 254 long."""
    address = normalise_email(text)
    return len(address) <= 254 and _EMAIL.match(address) is not None


@dataclass
class EmailAddressInvalid(DomainError):
    """Hand entry: not an address; `no_domain` when nothing (or no dotted domain) follows @."""

    text: str
    no_domain: bool

    def __str__(self) -> str:
        return f"{self.text!r} is not an e-mail address"


def check_email(text: str) -> None:
    """EmailAddressInvalid unless `text` is empty or a plain address with a domain."""
    if not text.strip() or is_valid_email(text):
        return
    _, at, domain = normalise_email(text).rpartition("@")
    raise EmailAddressInvalid(text=text, no_domain=not at or "." not in domain)


_NAME_NOISE = re.compile(r"[\s·・.,，、。()（）\-_'\"]+")


def normalise_name(text: str) -> str:
    """Name of a person or company for duplicate keys: half-width, case-folded, without spaces
    and punctuation, with 臺 written 台 (both are in everyday use for the same word)."""
    return _NAME_NOISE.sub("", to_half_width(text)).casefold().replace("臺", "台")
