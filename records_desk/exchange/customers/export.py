"""Writing customer lists to Excel (the generic writer: exchange/common/xlsx.py): the current
view of the customers table, and the holiday SMS list (第四篇 六3).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from records_desk.domain.common.errors import PhoneInvalid
from records_desk.domain.common.identifiers import PhoneKind, parse_phone
from records_desk.exchange.common.xlsx import (
    ColumnKind,
    ExportColumn,
    display_width,
    is_formula_like,
    write_table,
)

__all__ = ["ColumnKind", "ExportColumn", "display_width", "is_formula_like", "write_customers"]


def write_customers(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[ExportColumn],
    path: str | Path,
    sheet_title: str = "客戶",
    before_publish: Callable[[int], None] | None = None,
) -> int:
    """A customer list: `write_table` with the customer sheet's name."""
    return write_table(rows, columns, path, sheet_title, before_publish)


# --- the holiday SMS list (第四篇 六3) ----------------------------------------------------------


@dataclass(frozen=True)
class SmsCandidate:
    """A selected customer with what the SMS list must know about it."""

    name: str
    phones: Sequence[str]
    blacklisted: bool = False
    void: bool = False


@dataclass(frozen=True)
class SmsListResult:
    written: int
    blacklisted: int = 0  # left out: on the blacklist (R-GRD-5)
    void: int = 0  # left out: voided file
    no_mobile: int = 0  # left out: no phone that is a mobile
    repeated: int = 0  # left out: a mobile already on the list (one message per phone)


SMS_COLUMNS = (ExportColumn("name", "姓名"), ExportColumn("mobile", "手機"))


def first_mobile(phones: Iterable[str]) -> tuple[str, str] | None:
    """(national number, E.164) of the first phone that is a Taiwan or mainland mobile."""
    for phone in phones:
        try:
            number = parse_phone(phone)
        except PhoneInvalid:
            continue
        if number.kind is PhoneKind.MOBILE:
            return number.national, number.e164
    return None


def write_sms_contacts(
    candidates: Iterable[SmsCandidate],
    path: str | Path,
    sheet_title: str = "節日簡訊名單",
    before_publish: Callable[[SmsListResult], None] | None = None,
) -> SmsListResult:
    """Name and mobile of the selected customers, leaving out the blacklisted and the void;
    `before_publish` as write_table's, given the result."""
    counts = {"blacklisted": 0, "void": 0, "no_mobile": 0, "repeated": 0}
    seen: set[str] = set()

    def rows() -> Iterable[dict[str, str]]:
        for candidate in candidates:
            if candidate.void:
                counts["void"] += 1
                continue
            if candidate.blacklisted:
                counts["blacklisted"] += 1
                continue
            mobile = first_mobile(candidate.phones)
            if mobile is None:
                counts["no_mobile"] += 1
                continue
            if mobile[1] in seen:
                counts["repeated"] += 1
                continue
            seen.add(mobile[1])
            yield {"name": candidate.name, "mobile": mobile[0]}

    publish = None
    if before_publish is not None:
        publish = lambda written: before_publish(SmsListResult(written, **counts))  # noqa: E731
    written = write_customers(rows(), SMS_COLUMNS, path, sheet_title, publish)
    return SmsListResult(written, **counts)
