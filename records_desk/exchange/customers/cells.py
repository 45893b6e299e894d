"""One imported cell read as the value of its field, or the typed problem that stops it.

What Excel does to office data, and how it is undone here:

- Text is made half-width (full-width digits and letters, the ideographic space) and its runs of
  spaces become one; Chinese stays as typed.
- Numbers stored as text are read like typed text; text in a number column is text.
- A phone typed into a cell formatted as a number lost its leading 0: 0912345678 is stored as
  912345678 (often as the float 912345678.0). A phone that does not parse as it stands but does
  with a 0 in front gets that 0 back. This applies to numeric cells and to digit-only text (the
  same number after someone turned the column to text); the 0 is added only when the result is
  a valid number, so nothing invalid is ever made valid by guessing.
- A 統一編號 that starts with 0 (04595257) likewise comes back from a numeric cell with 7 digits.
- Dates: real date cells, text in every form `parse_office_date` reads (ISO, 2026/11/27, ROC
  115/11/27, 民國115年11月27日, full-width digits), and numbers: 8 digits 20261127, 7 digits
  1151127 (ROC), or an Excel day serial whose date format was lost.

The domain errors (PhoneInvalid, OfficeDateInvalid, AdmissionIncomplete) carry their data; the
other problems an import finds are defined here. wording/customers/import_report.py words them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from functools import lru_cache

from openpyxl.utils.datetime import from_excel

from records_desk.domain.common.dates import check_not_after, parse_office_date
from records_desk.domain.common.errors import (
    DateProblem,
    OfficeDateInvalid,
    PhoneInvalid,
    PhoneProblem,
)
from records_desk.domain.common.identifiers import (
    PhoneRegion,
    id_kind,
    is_valid_email,
    is_valid_id_number,
    is_valid_tw_business_number,
    is_valid_tw_national_id,
    normalise_email,
    normalise_id_number,
    parse_phone,
)
from records_desk.domain.customers.archive_numbers import parse_archive_number
from records_desk.domain.customers.errors import ArchiveNumberInvalid, ArchiveNumberProblem
from records_desk.domain.customers.quality import PhoneFacts
from records_desk.domain.customers.vocabulary import (
    GRADE_TERMS,
    RECORD_TYPE_TERMS,
    Grade,
    ProspectLevel,
    RecordType,
)
from records_desk.exchange.common.cells import shown, text
from records_desk.exchange.customers.columns import ImportField, normalise_header
from records_desk.exchange.customers.problems import (  # noqa: F401 - re-exported for the row reader
    ArchiveNumberRepeated,
    ChoiceUnknown,
    EmailInvalid,
    FieldRequired,
    GradeForUngradedType,
    IdNumberInvalid,
    RowProblem,
)

# --- text (shown, text: exchange/common/cells.py) ---------------------------------------------

_LIST_SEPARATORS = re.compile(r"[,;/、，；\n]+")


def text_list(value: object) -> tuple[str, ...]:
    """Several names in one cell (product lines): 冷氣、除濕機 / 冷氣, 除濕機."""
    whole = text(value) if not isinstance(value, str) else value
    if not whole:
        return ()
    return tuple(part for part in (text(p) for p in _LIST_SEPARATORS.split(whole)) if part)


# --- phones and numbers ----------------------------------------------------------------------

_TW_MOBILE_LOST = re.compile(r"9\d{8}")  # 0912345678 kept in a number cell
_TW_MOBILE_TYPED = re.compile(r"09\d\d([- ]?)\d{3}\1\d{3}")  # 0912345678, 0912-345-678


def _integral_digits(value: int | float) -> str | None:
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            return None
        value = int(value)
    return str(value) if value >= 0 else None


_TW = PhoneRegion.TW  # parse_phone's default region: the one the cells are read in


def _one_phone(typed: str, *, zero_lost: bool, facts: PhoneFacts | None = None) -> str:
    if _TW_MOBILE_TYPED.fullmatch(typed):  # most office numbers: no need for the full parser
        return typed
    if zero_lost and _TW_MOBILE_LOST.fullmatch(typed):
        return "0" + typed
    try:
        parsed = parse_phone(typed, _TW)
    except PhoneInvalid:
        if not (zero_lost or (typed.isdigit() and typed.isascii())):
            raise
        repaired = "0" + typed
        try:
            parsed = parse_phone(repaired, _TW)
        except PhoneInvalid:
            raise PhoneInvalid(text=typed, problem=PhoneProblem.BAD_FORMAT) from None
        if facts is not None:
            facts.learn(repaired, parsed, _TW)
        return repaired
    if facts is not None:
        facts.learn(typed, parsed, _TW)
    return typed


def phones(value: object, facts: PhoneFacts | None = None) -> tuple[str, ...]:
    """Every phone in a cell (several may be separated by / , ; 、 or new lines), each valid.
    `facts`: the file's phone facts, told each phone parsed here (data quality and the
    duplicate keys read the same phones again: PhoneFacts.learn)."""
    if value is None or isinstance(value, bool):
        return ()
    if isinstance(value, int | float):
        digits = _integral_digits(value)
        if digits is None:
            raise PhoneInvalid(text=shown(value), problem=PhoneProblem.NOT_A_NUMBER)
        return (_one_phone(digits, zero_lost=True, facts=facts),)
    whole = text(value)
    if not whole:
        return ()
    if _TW_MOBILE_TYPED.fullmatch(whole):
        return (whole,)
    parts = [p.strip() for p in _LIST_SEPARATORS.split(whole)]
    return tuple(_one_phone(p, zero_lost=False, facts=facts) for p in parts if p)


def phones_as_typed(value: object) -> tuple[str, ...]:
    """The phones of a cell `phones` refused, kept for the file (a warning, not an error:
    R-DQ-1 validity lists them in data quality): each valid one in its repaired form, each
    other as typed."""
    if value is None or isinstance(value, bool):
        return ()
    if isinstance(value, int | float):
        return (shown(value),)
    whole = text(value)
    if not whole:
        return ()
    kept = []
    for part in (p.strip() for p in _LIST_SEPARATORS.split(whole)):
        if part:
            try:
                kept.append(_one_phone(part, zero_lost=False))
            except PhoneInvalid:
                kept.append(part)
    return tuple(kept)


_TW_ID = re.compile(r"[A-Z][1289]\d{8}")
_UBN = re.compile(r"\d{8}")


def id_number(value: object) -> str | None:
    """A national/resident ID or 統一編號, compacted and upper-case, with a valid check digit."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        digits = _integral_digits(value)
        if digits is None:
            raise IdNumberInvalid(text=shown(value), kind=None)
        if len(digits) == 7 and is_valid_id_number(digits.zfill(8)):
            return digits.zfill(8)  # a 統一編號 starting with 0 in a numeric cell
        compact = digits
    else:
        typed = text(value)
        if typed is None:
            return None
        if _TW_ID.fullmatch(typed):  # the usual shapes, already compact: check them directly
            if is_valid_tw_national_id(typed):
                return typed
        elif _UBN.fullmatch(typed):
            if is_valid_tw_business_number(typed):
                return typed
        compact = normalise_id_number(typed)
    if not is_valid_id_number(compact):
        raise IdNumberInvalid(text=shown(value), kind=id_kind(compact))
    return compact


def email(value: object) -> str | None:
    typed = text(value)
    if typed is None:
        return None
    address = normalise_email(typed)
    if not is_valid_email(address):
        raise EmailInvalid(text=shown(value))
    return address


def id_number_as_typed(value: object) -> str | None:
    """An ID `id_number` refused, compacted and upper-case as the file keeps IDs."""
    typed = text(value)
    return normalise_id_number(typed) if typed else None


def email_as_typed(value: object) -> str | None:
    """An e-mail `email` refused, as the file keeps e-mail addresses."""
    typed = text(value)
    return normalise_email(typed) if typed else None


def archive_number(value: object) -> str | None:
    """An old file's archive number. CS-2026-00042 in any case or width comes out in its
    standard form; a number in the office's format that cannot be issued (year 0000, sequence
    00000) is an error; a legacy number of another shape is kept as typed, since it can never
    collide with a number the office issues."""
    typed = text(value)
    if typed is None:
        return None
    try:
        return str(parse_archive_number(typed))
    except ArchiveNumberInvalid as invalid:
        if invalid.problem is not ArchiveNumberProblem.BAD_FORMAT:
            raise
        return typed


# --- dates -----------------------------------------------------------------------------------

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_LAST_SERIAL = 2958465  # 9999-12-31


def event_date(value: object, today: date | None) -> date | None:
    """The day a cell holds; `today` refuses later days (R-DQ-1: dates not in the future)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return check_not_after(value.date(), today, shown(value))
    if isinstance(value, date):
        return check_not_after(value, today, shown(value))
    if isinstance(value, str):
        if _ISO.fullmatch(value):
            try:
                return check_not_after(date.fromisoformat(value), today, value)
            except ValueError:
                pass  # 2026-02-30: let the office parser say what is wrong
        if not value.strip():
            return None
        return parse_office_date(value, not_after=today)
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = _integral_digits(value)
        if digits is not None and len(digits) in (7, 8):
            return parse_office_date(digits, not_after=today)  # 20261127, ROC 1151127
        if digits is not None and 0 < int(digits) <= _LAST_SERIAL:
            return check_not_after(from_excel(int(digits)).date(), today, shown(value))
    raise OfficeDateInvalid(text=shown(value), problem=DateProblem.UNRECOGNISED)


# --- choices ---------------------------------------------------------------------------------


def _table(pairs: Mapping[str, Enum]) -> dict[str, Enum]:
    return {normalise_header(word): choice for word, choice in pairs.items()}


_R = RecordType
RECORD_TYPE_WORDS = _table(
    {term: rt for rt, term in RECORD_TYPE_TERMS.items()}
    | {rt.value: rt for rt in RecordType}
    | {
        "成交銷售": _R.CLOSED_SALES, "成交": _R.CLOSED_SALES, "銷售": _R.CLOSED_SALES,
        "成交銷售客戶": _R.CLOSED_SALES, "Closed sales": _R.CLOSED_SALES, "Sales": _R.CLOSED_SALES,
        "售后維修": _R.AFTER_SALES, "售後維修": _R.AFTER_SALES, "售后維修客戶資料": _R.AFTER_SALES,
        "售后": _R.AFTER_SALES, "售後": _R.AFTER_SALES, "維修": _R.AFTER_SALES,
        "After sales": _R.AFTER_SALES, "After-sales service": _R.AFTER_SALES,
        "After-sales repair": _R.AFTER_SALES, "Campaign database": _R.CAMPAIGN,
        "公司內部": _R.INTERNAL, "內部": _R.INTERNAL, "內部資料": _R.INTERNAL,
        "重點客戶": _R.KEY_CUSTOMER, "重點": _R.KEY_CUSTOMER, "Key customer": _R.KEY_CUSTOMER,
        "Key customers": _R.KEY_CUSTOMER, "Key": _R.KEY_CUSTOMER,
        "活動資料庫": _R.CAMPAIGN, "活動": _R.CAMPAIGN, "活動資料": _R.CAMPAIGN,
    }
)  # fmt: skip
GRADE_WORDS = _table(
    {term: grade for grade, term in GRADE_TERMS.items()}
    | {grade.value: grade for grade in Grade}
    | {
        "VIP": Grade.VIP, "優選": Grade.PREFERRED, "優選類": Grade.PREFERRED,
        "优选": Grade.PREFERRED, "合格": Grade.QUALIFIED, "合格類": Grade.QUALIFIED,
    }
)  # fmt: skip
PROSPECT_WORDS = _table(
    {level.value: level for level in ProspectLevel}
    | {f"{level.value}{suffix}": level for level in ProspectLevel for suffix in ("級", "類", "级")}
)
YES_WORDS = frozenset(
    normalise_header(w) for w in ("是", "Y", "Yes", "True", "1", "符合", "已確認", "有", "OK")
) | {"✓", "✔", "v", "○"}
NO_WORDS = frozenset(
    normalise_header(w) for w in ("否", "N", "No", "False", "0", "不符合", "未確認", "無")
) | {"✗", "✘", "×", "x"}


@lru_cache(maxsize=1024)
def _choice_key(typed: str) -> str:
    """How choices are compared; a column holds few distinct words, so each is worked out once."""
    return normalise_header(typed) or typed.strip().casefold()


def choice(field: ImportField, value: object, words: Mapping[str, Enum]) -> Enum | None:
    typed = text(value)
    if typed is None:
        return None
    found = words.get(_choice_key(typed))
    if found is None:
        raise ChoiceUnknown(field=field, text=shown(value))
    return found


def yes_no(field: ImportField, value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    typed = text(value)
    if typed is None:
        return None
    key = _choice_key(typed)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise ChoiceUnknown(field=field, text=shown(value))
