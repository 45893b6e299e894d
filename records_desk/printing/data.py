"""The data a form is filled from (forms/README.md, "Data"): a plain dict of header values, row
dicts and section texts, checked against the definition before anything is drawn and turned
into the strings that are printed. A misspelt key or a wrong type is refused with the path of
the field, so nothing silently prints as empty.

Every value has a longest length in its definition (Field.max_length, Section.max_length:
forms/README.md), and a longer one is refused naming the field and the limit (issue 10 §4: a
10,000-character value printed a 14-page slip, a 10,000-character record number a black
block). A column with a `total` (weights: 100) is refused when its values add up otherwise.
`void` marks the paper of a voided file: every page carries a large 作廢.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from records_desk.domain.common.errors import DomainError
from records_desk.printing.definitions import Column, Field, FormDefinition

TOP_LEVEL = ("header", "rows", "sections", "void")
YES, NO = "是", "否"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_CENTS = Decimal("0.01")


class DataProblem(StrEnum):
    """What is wrong with a value to print; worded in the user's language by
    records_desk/wording/common.py (the English `message` is the command line's and the log's)."""

    TOO_LONG = "too_long"  # values: length, label, limit
    NOT_TEXT = "not_text"
    NOT_DATE = "not_date"
    NOT_DATETIME = "not_datetime"
    NOT_INTEGER = "not_integer"
    NOT_NUMBER = "not_number"
    NOT_MONEY = "not_money"
    NOT_BOOL = "not_bool"
    NOT_CHOICE = "not_choice"  # values: the choices, joined
    UNKNOWN_FIELD = "unknown_field"
    NOT_OBJECT = "not_object"
    REQUIRED = "required"
    NOT_DATA = "not_data"
    UNKNOWN_KEY = "unknown_key"
    NOT_LIST = "not_list"
    NO_TABLE = "no_table"
    UNKNOWN_SECTION = "unknown_section"
    WRONG_TOTAL = "wrong_total"  # values: label, total, expected
    NOT_BARCODE = "not_barcode"
    OTHER = "other"


_MESSAGES = {
    DataProblem.TOO_LONG: "{0} characters; {1} takes at most {2}",
    DataProblem.NOT_TEXT: "not text",
    DataProblem.NOT_DATE: "not a date (YYYY-MM-DD)",
    DataProblem.NOT_DATETIME: "not a date and time (YYYY-MM-DD HH:MM)",
    DataProblem.NOT_INTEGER: "not a whole number",
    DataProblem.NOT_NUMBER: "not a number",
    DataProblem.NOT_MONEY: "not an amount of money",
    DataProblem.NOT_BOOL: "not true or false",
    DataProblem.NOT_CHOICE: "not one of: {0}",
    DataProblem.UNKNOWN_FIELD: "unknown field",
    DataProblem.NOT_OBJECT: "not an object",
    DataProblem.REQUIRED: "required",
    DataProblem.NOT_DATA: "not an object with header, rows and sections",
    DataProblem.UNKNOWN_KEY: "unknown key (header, rows or sections)",
    DataProblem.NOT_LIST: "not a list",
    DataProblem.NO_TABLE: "this form has no table",
    DataProblem.UNKNOWN_SECTION: "unknown section",
    DataProblem.WRONG_TOTAL: "{0} adds up to {1}, not {2}",
    DataProblem.NOT_BARCODE: "a Code128 barcode takes only ASCII letters, digits and punctuation",
}


class FormDataError(DomainError, ValueError):
    """Bad fill data; `path` names the field the way the JSON spells it (rows[3].due),
    `problem` and `values` say what is wrong, `message` in English."""

    def __init__(self, path: str, problem: DataProblem, *values: object) -> None:
        self.path, self.problem = path, problem
        self.values = tuple(str(v) for v in values)
        self.message = _MESSAGES.get(problem, "{0}").format(*self.values)
        super().__init__(f"{path}: {self.message}")


def too_long(path: str, length: int, label: str, limit: int) -> FormDataError:
    return FormDataError(path, DataProblem.TOO_LONG, f"{length:,}", label, f"{limit:,}")


class LabelDataError(FormDataError):
    """A value the label cannot print, named by its place in the data (rows[3].medium_no)."""

    def __init__(self, where: str, problem: DataProblem, *values: object) -> None:
        super().__init__(where, problem, *values)
        self.where = where


@dataclass(frozen=True)
class FilledData:
    """What gets printed: every value already a string; empty strings where nothing was given.
    blank=True is the form printed to be filled by hand."""

    blank: bool
    header: dict[str, str] = field(default_factory=dict)
    rows: list[dict[str, str]] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    void: bool = False

    def record_number(self, definition: FormDefinition) -> str:
        key = definition.record_number
        return self.header.get(key, "") if key else ""


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _decimal(value: Any, path: str, what: DataProblem) -> Decimal:
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
    if isinstance(value, str) and len(value) > f.max_length:
        raise too_long(path, len(value), f.label_zh, f.max_length)
    if kind == "text":
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise FormDataError(path, DataProblem.NOT_TEXT)
    if kind == "date":
        if not (isinstance(value, str) and _DATE.match(value)):
            raise FormDataError(path, DataProblem.NOT_DATE)
        try:
            date.fromisoformat(value)
        except ValueError:
            raise FormDataError(path, DataProblem.NOT_DATE) from None
        return value
    if kind == "datetime":
        if not (isinstance(value, str) and _DATETIME.match(value)):
            raise FormDataError(path, DataProblem.NOT_DATETIME)
        try:  # fromisoformat is strict enough with the pattern above, and quick
            datetime.fromisoformat(value)
        except ValueError:
            raise FormDataError(path, DataProblem.NOT_DATETIME) from None
        return value
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and _INTEGER.match(value.strip()):
            return str(int(value.strip()))
        raise FormDataError(path, DataProblem.NOT_INTEGER)
    if kind == "number":
        return format(_decimal(value, path, DataProblem.NOT_NUMBER), "f")
    if kind == "money":
        amount = _decimal(value, path, DataProblem.NOT_MONEY)
        return f"{amount.quantize(_CENTS, rounding=ROUND_HALF_UP):,.2f}"
    if kind == "bool":
        if not isinstance(value, bool):
            raise FormDataError(path, DataProblem.NOT_BOOL)
        return YES if value else NO
    if kind == "choice":
        if not isinstance(value, str) or value not in f.choices:
            raise FormDataError(path, DataProblem.NOT_CHOICE, ", ".join(f.choices))
        return value
    raise FormDataError(path, DataProblem.OTHER, f"unknown field type {kind!r}")  # pragma: no cover


def _fields(fields: tuple[Field, ...], raw: Any, path: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise FormDataError(path, DataProblem.NOT_OBJECT)
    known = {f.key: f for f in fields}
    for key in raw:
        if key not in known:
            raise FormDataError(f"{path}.{key}", DataProblem.UNKNOWN_FIELD)
    out: dict[str, str] = {}
    for f in fields:
        value = raw.get(f.key)
        where = f"{path}.{f.key}"
        if _empty(value):
            if f.required:
                raise FormDataError(where, DataProblem.REQUIRED)
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
        raise FormDataError("data", DataProblem.NOT_DATA)
    for key in data:
        if key not in TOP_LEVEL:
            raise FormDataError(str(key), DataProblem.UNKNOWN_KEY)
    header = _fields(definition.header, data.get("header") or {}, "header")

    raw_rows = data.get("rows") or []
    if not isinstance(raw_rows, list):
        raise FormDataError("rows", DataProblem.NOT_LIST)
    columns = definition.table.columns if definition.table else ()
    if raw_rows and not columns:
        raise FormDataError("rows", DataProblem.NO_TABLE)
    rows = [_fields(columns, row, f"rows[{i}]") for i, row in enumerate(raw_rows)]
    _check_totals(columns, rows)

    raw_sections = data.get("sections") or {}
    if not isinstance(raw_sections, dict):
        raise FormDataError("sections", DataProblem.NOT_OBJECT)
    known = {s.key: s for s in definition.sections}
    sections: dict[str, str] = {}
    for key, value in raw_sections.items():
        where = f"sections.{key}"
        if key not in known:
            raise FormDataError(where, DataProblem.UNKNOWN_SECTION)
        if value is not None and not isinstance(value, str):
            raise FormDataError(where, DataProblem.NOT_TEXT)
        limit = known[key].max_length
        if value and len(value) > limit:
            raise too_long(where, len(value), known[key].label_zh, limit)
        sections[key] = value or ""
    void = data.get("void", False)
    if not isinstance(void, bool):
        raise FormDataError("void", DataProblem.NOT_BOOL)
    return FilledData(blank=False, header=header, rows=rows, sections=sections, void=void)


def _check_totals(columns: tuple[Column, ...], rows: list[dict[str, str]]) -> None:
    """A column with a total (the weights of an evaluation: 100 %) adds up to it."""
    for c in columns:
        if c.total is None or not any(row[c.key] for row in rows):
            continue
        total = sum(Decimal(row[c.key].replace(",", "")) for row in rows if row[c.key])
        if total != c.total:
            raise FormDataError(
                f"rows[].{c.key}", DataProblem.WRONG_TOTAL, c.label_zh, f"{total:f}", c.total
            )
