"""Archive numbers [檔案編號] (R-CUS-2): `CODE-YYYY-NNNNN`, e.g. `CS-2026-00042`.

CODE is the category code of the record type (configurable, 第五篇 6.5b 根據客戶類別編制代碼),
YYYY the year of registration, NNNNN a sequence from 00001 per code and year. The next number is
one above the highest ever issued for that code and year, so a voided file's number, or a gap,
is never filled again: the caller passes every number ever issued, voided files included.
Two desks registering at once is the store's concern (a unique constraint and a retry); this
module only says which number comes next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from records_desk.domain.common.errors import DomainError
from records_desk.domain.common.identifiers import to_half_width
from records_desk.domain.customers.errors import (
    ArchiveNumberInvalid,
    ArchiveNumberProblem,
    ArchiveSequenceExhausted,
)
from records_desk.domain.customers.vocabulary import DEFAULT_ARCHIVE_CODES, RecordType

MAX_SEQUENCE = 99_999
_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,5}$")
_NUMBER = re.compile(r"^(?P<code>[A-Z0-9]+)-(?P<year>\d{4})-(?P<seq>\d{5})$")


@dataclass(frozen=True, order=True)
class ArchiveNumber:
    code: str
    year: int
    sequence: int

    def __post_init__(self) -> None:
        text = f"{self.code}-{self.year}-{self.sequence}"
        if not _CODE.match(self.code):
            raise ArchiveNumberInvalid(text=text, problem=ArchiveNumberProblem.BAD_CODE)
        if not 1900 <= self.year <= 9999:
            raise ArchiveNumberInvalid(text=text, problem=ArchiveNumberProblem.BAD_YEAR)
        if not 1 <= self.sequence <= MAX_SEQUENCE:
            raise ArchiveNumberInvalid(text=text, problem=ArchiveNumberProblem.BAD_SEQUENCE)

    def __str__(self) -> str:
        return f"{self.code}-{self.year:04d}-{self.sequence:05d}"


def parse_archive_number(text: str) -> ArchiveNumber:
    """Read `CODE-YYYY-NNNNN`; full-width characters, case and surrounding spaces are forgiven."""
    tidy = to_half_width(text).strip().upper()
    match = _NUMBER.match(tidy)
    if match is None:
        raise ArchiveNumberInvalid(text=text, problem=ArchiveNumberProblem.BAD_FORMAT)
    try:
        return ArchiveNumber(match["code"], int(match["year"]), int(match["seq"]))
    except ArchiveNumberInvalid as invalid:
        raise ArchiveNumberInvalid(text=text, problem=invalid.problem) from None


def _as_number(value: ArchiveNumber | str) -> ArchiveNumber | None:
    if isinstance(value, ArchiveNumber):
        return value
    try:
        return parse_archive_number(value)
    except ArchiveNumberInvalid:
        return None  # a legacy number in another format can never collide with this one


def next_archive_number(used: Iterable[ArchiveNumber | str], code: str, year: int) -> ArchiveNumber:
    """One above the highest number issued for (code, year); 00001 for the first."""
    highest = 0
    for value in used:
        number = _as_number(value)
        if number is not None and number.code == code and number.year == year:
            highest = max(highest, number.sequence)
    if highest >= MAX_SEQUENCE:
        raise ArchiveSequenceExhausted(code=code, year=year)
    return ArchiveNumber(code, year, highest + 1)


@dataclass(frozen=True)
class ArchiveCodes:
    """Category code per record type; every type has one and no two share one. `former`
    holds the codes a type had before the office changed it: numbers already issued with them
    stay valid and are still read as that type, and such a code never goes to another type."""

    codes: Mapping[RecordType, str] = field(default_factory=lambda: dict(DEFAULT_ARCHIVE_CODES))
    former: Mapping[str, RecordType] = field(default_factory=dict)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for record_type in RecordType:
            code = self.codes.get(record_type, "")
            if not _CODE.match(code):
                raise ArchiveNumberInvalid(text=code, problem=ArchiveNumberProblem.BAD_CODE)
            if code in seen:
                raise ArchiveNumberInvalid(text=code, problem=ArchiveNumberProblem.DUPLICATE_CODE)
            seen.add(code)
            if self.former.get(code, record_type) is not record_type:
                raise ArchiveNumberInvalid(text=code, problem=ArchiveNumberProblem.DUPLICATE_CODE)

    def code_for(self, record_type: RecordType) -> str:
        return self.codes[record_type]

    def record_type_of(self, number: ArchiveNumber) -> RecordType | None:
        current = next((t for t, c in self.codes.items() if c == number.code), None)
        return current or self.former.get(number.code)


def archive_number_for(
    record_type: RecordType,
    year: int,
    used: Iterable[ArchiveNumber | str],
    codes: ArchiveCodes | None = None,
) -> ArchiveNumber:
    """The number a new file of `record_type` registered in `year` gets."""
    codes = codes or ArchiveCodes()
    return next_archive_number(used, codes.code_for(record_type), year)


# --- shelf locations (R-CUS-2 "and a physical location") -------------------------------------
# A file goes into the box of its number: boxes hold `files_per_box` files of one category code
# and year, numbered from 1, so CS-2026-00042 with 50 files a box is in box 1 and CS-2026-00051
# in box 2. `pattern` says how the office writes a location, with {code}, {year} and {box}
# (three digits) in it; the default reads CS-2026-B001. The suggestion is only a suggestion:
# the person registering may write another, and a file without one is incomplete (R-DQ-1).

SHELF_TOKENS = ("{code}", "{year}", "{box}")
DEFAULT_PATTERN = "{code}-{year}-B{box}"
DEFAULT_FILES_PER_BOX = 50
MAX_FILES_PER_BOX = 10_000


@dataclass
class ShelvingSchemeInvalid(DomainError):
    """Files per box from 1 to MAX_FILES_PER_BOX; a pattern with {box} and no other braces."""

    record_type: RecordType
    files_per_box: int
    pattern: str

    def __str__(self) -> str:
        return (
            f"shelving scheme of {self.record_type} invalid: {self.files_per_box}, {self.pattern!r}"
        )


@dataclass(frozen=True)
class ShelvingScheme:
    files_per_box: int = DEFAULT_FILES_PER_BOX
    pattern: str = DEFAULT_PATTERN

    def check(self, record_type: RecordType) -> ShelvingScheme:
        bare = self.pattern
        for token in SHELF_TOKENS:
            bare = bare.replace(token, "")
        if (
            isinstance(self.files_per_box, bool)
            or not isinstance(self.files_per_box, int)
            or not 1 <= self.files_per_box <= MAX_FILES_PER_BOX
            or "{box}" not in self.pattern
            or "{" in bare
            or "}" in bare
            or len(self.pattern) > 40
        ):
            raise ShelvingSchemeInvalid(record_type, self.files_per_box, self.pattern)
        return self

    def location_for(self, number: ArchiveNumber) -> str:
        box = (number.sequence - 1) // self.files_per_box + 1
        return (
            self.pattern.replace("{code}", number.code)
            .replace("{year}", f"{number.year:04d}")
            .replace("{box}", f"{box:03d}")
        )


def suggested_shelf(scheme: ShelvingScheme, archive_number: str) -> str:
    """The scheme's location for a file numbered `archive_number`; "" for a legacy number of
    another form (its place is where the old office put it)."""
    number = _as_number(archive_number)
    return scheme.location_for(number) if number is not None else ""
