"""A cell of an imported sheet read as text, for every feature's import (the customer list:
exchange/customers/cells.py; the media list: exchange/media/imports.py): `shown` is the value
as Excel shows it (912345678, not 912345678.0) for error reports, `text` the value as tidy
half-width text with single spaces, or None when blank. Chinese stays as typed."""

from __future__ import annotations

import re
from datetime import date, datetime

from records_desk.domain.common.identifiers import to_half_width


def shown(value: object) -> str:
    """A cell value as Excel shows it, for error reports: 912345678 not 912345678.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_FULL_WIDTH = re.compile("[\u3000\uff01-\uff5e]")


def text(value: object) -> str | None:
    """Half-width text with single spaces, or None when blank."""
    if value is None:
        return None
    if value.__class__ is str:
        # Searching is cheaper than translating: most Chinese text has nothing full-width.
        tidy = value if value.isascii() or not _FULL_WIDTH.search(value) else to_half_width(value)
        return " ".join(tidy.split()) or None
    return shown(value) or None
