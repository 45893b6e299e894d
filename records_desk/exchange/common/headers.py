"""Naming a sheet's columns, for every feature's import: Excel's column letters, and a header
as the imports compare it (half-width, case-folded, without spaces and punctuation: "＊電話
(必填)" and "電話(必填)" alike), so each feature's own aliases match however an office typed
them (exchange/customers/columns.py, exchange/media/columns.py)."""

from __future__ import annotations

import re

from openpyxl.utils import column_index_from_string, get_column_letter

from records_desk.domain.common.identifiers import to_half_width

_NOISE = re.compile(r"[\W_]+")


def normalise_header(text: object) -> str:
    """Half-width, case-folded, without spaces and punctuation: how headers are compared."""
    if text is None:
        return ""
    return _NOISE.sub("", to_half_width(str(text))).casefold()


def column_letter(index: int) -> str:
    """Excel's letter of a 0-based column index: 0 -> A, 26 -> AA."""
    return get_column_letter(index + 1)


def column_index(letter: str) -> int:
    """0-based index of an Excel column letter."""
    return column_index_from_string(letter.strip().upper()) - 1
