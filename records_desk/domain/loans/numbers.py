"""Loan numbers (R-LOAN-1): L-YYYY-NNNNNN, the year the loan was registered and a sequence of
that year. A number is never reused: the store keeps the highest issued per year and only
raises it (store/loans.py LoanSequence), so a refused loan keeps its number."""

from __future__ import annotations

import re

from records_desk.domain.common.identifiers import to_half_width
from records_desk.domain.loans.errors import LoanNumberInvalid

MAX_SEQUENCE = 999_999
_PATTERN = re.compile(r"L-(\d{4})-(\d{6})")


def format_loan_number(year: int, sequence: int) -> str:
    if not 1 <= sequence <= MAX_SEQUENCE or not 1 <= year <= 9999:
        raise LoanNumberInvalid(f"L-{year}-{sequence}")
    return f"L-{year:04d}-{sequence:06d}"


def parse_loan_number(text: str) -> tuple[int, int]:
    """(year, sequence) of a loan number as typed or scanned (spaces, lower case and
    full-width characters tolerated)."""
    found = _PATTERN.fullmatch(to_half_width(text).strip().upper())
    if found is None or int(found.group(2)) == 0:
        raise LoanNumberInvalid(text)
    return int(found.group(1)), int(found.group(2))


def normalise_loan_number(text: str) -> str:
    return format_loan_number(*parse_loan_number(text))
