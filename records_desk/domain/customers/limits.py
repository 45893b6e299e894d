"""How long each piece of text of a customer file and of its records may be (issue 9, finding
8): declared once here, checked at entry (the services, through the domain's normalising
functions), at import (a too-long cell is an error of its row and column, never stored) and
cut at print (printing/data.py) when an older database holds a longer one.

Decisions:
- The limits are what a records office writes by hand on its forms, with room to spare, and
  never above the store's column (store/customers.py: name String(200), contact person and
  department String(100), e-mail String(254), address String(300), ID String(32), archive
  number String(32), shelf String(100)); free text kept in Text columns gets 2,000 characters
  (a page of handwriting), a survey section 4,000 (附件4's sections are the long ones).
- A list (phones, product lines) limits each item and the number of items, so the JSON column
  stays small as well.
- Characters are counted as Python counts them (code points), after surrounding spaces are
  trimmed: 100 Chinese characters are 100, as a user counts them.
- A value is checked before anything else looks at it (a pattern, a normalisation), so a
  10,000,000-character cell costs one len().
"""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass
from enum import StrEnum

from records_desk.domain.common.errors import DomainError


class LimitedText(StrEnum):
    """Every piece of text a customer file or one of its records keeps. The values of the
    file's own fields are the snapshot's field names (domain.files.EditableField)."""

    NAME = "name"
    CONTACT_PERSON = "contact_person"
    DEPARTMENT = "department"
    PRODUCT_LINE = "product_line"  # one item of product_lines
    PHONE = "phone"  # one item of phones
    EMAIL = "email"
    ADDRESS = "address"
    ID_NUMBER = "id_number"
    SHELF_LOCATION = "shelf_location"
    ARCHIVE_NUMBER = "archive_number"
    CONSULTANT = "consultant"  # a consultant named in an imported list
    NOTE = "note"  # an imported row's note, a spot check's note, a decision's note
    REASON = "reason"  # why: a change, a voiding, a refusal, a grade, a blacklist entry …
    VISIT_SUMMARY = "visit_summary"
    VISIT_DETAIL = "visit_detail"  # the visit report's needs, opinions, suggestions
    REVIEW_PROBLEMS = "review_problems"
    OPINION = "opinion"  # 附件1's evaluation opinion
    SURVEY_TEXT = "survey_text"  # a section, the assessment or a fact of 附件4


_FREE_TEXT = 2000

LIMITS: dict[LimitedText, int] = {
    LimitedText.NAME: 100,
    LimitedText.CONTACT_PERSON: 50,
    LimitedText.DEPARTMENT: 50,
    LimitedText.PRODUCT_LINE: 50,
    LimitedText.PHONE: 30,
    LimitedText.EMAIL: 254,
    LimitedText.ADDRESS: 200,
    LimitedText.ID_NUMBER: 32,
    LimitedText.SHELF_LOCATION: 50,
    LimitedText.ARCHIVE_NUMBER: 32,
    LimitedText.CONSULTANT: 100,
    LimitedText.NOTE: _FREE_TEXT,
    LimitedText.REASON: _FREE_TEXT,
    LimitedText.VISIT_SUMMARY: _FREE_TEXT,
    LimitedText.VISIT_DETAIL: _FREE_TEXT,
    LimitedText.REVIEW_PROBLEMS: _FREE_TEXT,
    LimitedText.OPINION: _FREE_TEXT,
    LimitedText.SURVEY_TEXT: 4000,
}

# How many items a list field holds at most.
MAX_ITEMS: dict[LimitedText, int] = {LimitedText.PHONE: 10, LimitedText.PRODUCT_LINE: 20}


@dataclass
class TextTooLong(DomainError):
    """A text longer than its field's limit; `length` is the text's (trimmed) length. `field`
    is a LimitedText, or an imported column's field (a choice or a date, exchange.rows)."""

    field: str
    length: int
    limit: int

    def __str__(self) -> str:
        return f"{self.field} too long ({self.length} characters, at most {self.limit})"


@dataclass
class TooManyItems(DomainError):
    """A list field (phones, product lines) with more items than it may hold."""

    field: LimitedText
    count: int
    limit: int

    def __str__(self) -> str:
        return f"too many {self.field} ({self.count}, at most {self.limit})"


def limit_of(field: LimitedText | str) -> int:
    return LIMITS[LimitedText(field)]


def check_length(field: LimitedText, text: str) -> str:
    """`text` trimmed, or TextTooLong. Measured before trimming first (one len() for a huge
    value), then after (surrounding spaces do not count)."""
    limit = LIMITS[field]
    if len(text) > limit:
        trimmed = text.strip()
        if len(trimmed) > limit:
            raise TextTooLong(field, len(trimmed), limit)
        return trimmed
    return text.strip()


def check_optional(field: LimitedText, text: str | None) -> str | None:
    """check_length for an optional text: None stays None."""
    return None if text is None else check_length(field, text)


def check_items(field: LimitedText, items: Sized) -> None:
    """TooManyItems when a list field holds more than MAX_ITEMS[field]."""
    limit = MAX_ITEMS[field]
    if len(items) > limit:
        raise TooManyItems(field, len(items), limit)


def check_texts(*values: tuple[LimitedText, str | None]) -> None:
    """check_length of several optional texts at once (a record's free-text fields)."""
    for field, text in values:
        if text is not None:
            check_length(field, text)
