"""The data a form is filled from (forms/README.md, "Data"): a plain dict of header values, row
dicts and section texts, checked against the definition before anything is drawn and turned
into the strings that are printed. A misspelt key or a wrong type is refused with the path of
the field, so nothing silently prints as empty.

Text longer than a form's place for it can hold is cut with an ellipsis here, before layout
(issue 9, finding 8: a 10,000,000-character name kept printing for more than 5 minutes, as
reportlab's line breaking costs more than linear time). The entry of every text is limited
(domain/customers/limits.py: the longest field 254 characters, free text 2,000, a survey
section 4,000), so only a value an older version let in is ever cut: FIELD_TEXT_LIMIT for a
header field or a table cell, SECTION_TEXT_LIMIT for a section, each above any entry limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from records_desk.domain.common.errors import DomainError
from records_desk.printing.definitions import Field, FormDefinition

TOP_LEVEL = ("header", "rows", "sections")
YES, NO = "是", "否"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_CENTS = Decimal("0.01")
FIELD_TEXT_LIMIT = 2000
SECTION_TEXT_LIMIT = 4000
ELLIPSIS = "…"


def clipped(text: str, limit: int) -> str:
    """`text`, or its start and an ellipsis in `limit` characters."""
    return text if len(text) <= limit else text[: limit - len(ELLIPSIS)] + ELLIPSIS


class FormDataError(DomainError, ValueError):
    """Bad fill data; `path` names the field the way the JSON spells it (rows[3].due)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path, self.message = path, message


class LabelDataError(DomainError, ValueError):
    """A value the label cannot print, named by its place in the data (rows[3].medium_no)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where, self.message = where, message


@dataclass(frozen=True)
class FilledData:
    """What gets printed: every value already a string; empty strings where nothing was given.
    blank=True is the form printed to be filled by hand."""

    blank: bool
    header: dict[str, str] = field(default_factory=dict)
    rows: list[dict[str, str]] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)

    def record_number(self, definition: FormDefinition) -> str:
        key = definition.record_number
        return self.header.get(key, "") if key else ""


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _decimal(value: Any, path: str, what: str) -> Decimal:
    if isinstance(value, bool):
        raise FormDataError(path, what)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise FormDataError(path, what)
        return Decimal(str(value))
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern already ruled it out
            raise FormDataError(path, what) from None
    raise FormDataError(path, what)


def format_value(f: Field, value: Any, path: str) -> str:
    """Check one non-empty value against its field type and return its printed form."""
    kind = f.type
    if kind == "text":
        if isinstance(value, str):
            return clipped(value, FIELD_TEXT_LIMIT)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise FormDataError(path, "not text")
    if kind == "date":
        if not (isinstance(value, str) and _DATE.match(value)):
            raise FormDataError(path, "not a date (YYYY-MM-DD)")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise FormDataError(path, "not a date (YYYY-MM-DD)") from None
        return value
    if kind == "datetime":
        if not (isinstance(value, str) and _DATETIME.match(value)):
            raise FormDataError(path, "not a date and time (YYYY-MM-DD HH:MM)")
        try:  # fromisoformat is strict enough with the pattern above, and quick
            datetime.fromisoformat(value)
        except ValueError:
            raise FormDataError(path, "not a date and time (YYYY-MM-DD HH:MM)") from None
        return value
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and _INTEGER.match(value.strip()):
            return str(int(value.strip()))
        raise FormDataError(path, "not a whole number")
    if kind == "number":
        return format(_decimal(value, path, "not a number"), "f")
    if kind == "money":
        amount = _decimal(value, path, "not an amount of money")
        return f"{amount.quantize(_CENTS, rounding=ROUND_HALF_UP):,.2f}"
    if kind == "bool":
        if not isinstance(value, bool):
            raise FormDataError(path, "not true or false")
        return YES if value else NO
    if kind == "choice":
        if not isinstance(value, str) or value not in f.choices:
            raise FormDataError(path, f"not one of: {', '.join(f.choices)}")
        return value
    raise FormDataError(path, f"unknown field type {kind!r}")  # pragma: no cover


def _fields(fields: tuple[Field, ...], raw: Any, path: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise FormDataError(path, "not an object")
    known = {f.key: f for f in fields}
    for key in raw:
        if key not in known:
            raise FormDataError(f"{path}.{key}", "unknown field")
    out: dict[str, str] = {}
    for f in fields:
        value = raw.get(f.key)
        where = f"{path}.{f.key}"
        if _empty(value):
            if f.required:
                raise FormDataError(where, "required")
            out[f.key] = ""
        else:
            out[f.key] = format_value(f, value, where)
    return out


def validate(definition: FormDefinition, data: object) -> FilledData:
    """Check `data` against the definition; None means the form is printed blank. It takes
    any parsed JSON (the command line passes its file's unchecked), and rejects what is not
    an object."""
    if data is None:
        return FilledData(blank=True)
    if not isinstance(data, dict):
        raise FormDataError("data", "not an object with header, rows and sections")
    for key in data:
        if key not in TOP_LEVEL:
            raise FormDataError(str(key), "unknown key (header, rows or sections)")
    header = _fields(definition.header, data.get("header") or {}, "header")

    raw_rows = data.get("rows") or []
    if not isinstance(raw_rows, list):
        raise FormDataError("rows", "not a list")
    columns = definition.table.columns if definition.table else ()
    if raw_rows and not columns:
        raise FormDataError("rows", "this form has no table")
    rows = [_fields(columns, row, f"rows[{i}]") for i, row in enumerate(raw_rows)]

    raw_sections = data.get("sections") or {}
    if not isinstance(raw_sections, dict):
        raise FormDataError("sections", "not an object")
    known = {s.key for s in definition.sections}
    sections: dict[str, str] = {}
    for key, value in raw_sections.items():
        where = f"sections.{key}"
        if key not in known:
            raise FormDataError(where, "unknown section")
        if value is not None and not isinstance(value, str):
            raise FormDataError(where, "not text")
        sections[key] = clipped(value or "", SECTION_TEXT_LIMIT)
    return FilledData(blank=False, header=header, rows=rows, sections=sections)
