"""One imported row read into a `CustomerDraft`, or the problems of its cells.

Every cell is converted by `cells` and the row checked with the domain (issue 10: hand entry
and import agree on gaps):

- a *missing* field is never a refusal: the draft is made with the gap, which the data-quality
  list shows as R-DQ-1 completeness once the file is written (only a name, and a record type
  when the file gives no default, are needed to make a file at all);
- an *unreadable or impossible* value is an error of the row (a date that is no date or in
  the future, a record type, grade or yes/no that is none, an archive number in a wrong format
  or repeated, a text over its limit, the admission checklist refused, R-GRD-1);
- a *suspicious* value — a phone, e-mail or ID that fails its check — is a warning: kept as
  typed (the phone's lost 0 still repaired when that makes it valid) and listed; data quality
  lists it again (R-DQ-1 validity) until someone fixes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any, NamedTuple

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.duplicates import DuplicateProbe
from records_desk.domain.customers.limits import (
    LIMITS,
    MAX_ITEMS,
    LimitedText,
    TextTooLong,
    TooManyItems,
)
from records_desk.domain.customers.quality import PhoneFacts
from records_desk.domain.customers.vocabulary import (
    REQUIRED_FIELDS,
    AdmissionChecklist,
    Grade,
    ProspectLevel,
    RecordType,
    admission_required,
    check_admission,
)
from records_desk.exchange.customers import cells
from records_desk.exchange.customers.cells import FieldRequired, RowProblem
from records_desk.exchange.customers.columns import ColumnMapping, ImportField

_I = ImportField


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """One valid row, ready for the customer service to register. `row` is kept so that a
    later refusal (a duplicate in the database, a quota) can still name the row."""

    row: int
    record_type: RecordType
    name: str
    contact_person: str | None = None
    phones: tuple[str, ...] = ()
    email: str | None = None
    address: str | None = None
    id_number: str | None = None
    department: str | None = None
    product_lines: tuple[str, ...] = ()
    consultant: str | None = None
    event_date: date | None = None
    grade: Grade | None = None
    prospect_level: ProspectLevel | None = None
    admission: AdmissionChecklist | None = None  # None: the file does not say
    archive_number: str | None = None  # an old file's own number; None: issue one
    shelf_location: str | None = None
    note: str | None = None


class CellProblem(NamedTuple):
    column: int  # 0-based; -1 when the field has no column
    value: str  # as Excel shows it
    problem: RowProblem


def _kept(problem: DomainError) -> RowProblem:
    """A caught problem fit to be kept in a report: without the traceback (and the exception
    it replaced), which would hold the frames of the row that raised it for as long as the
    report lives."""
    problem.__traceback__ = problem.__context__ = problem.__cause__ = None
    # Called with what the cell converters and check_admission raise: RowProblem kinds.
    return problem  # type: ignore[return-value]


class RowOutcome(NamedTuple):
    draft: CustomerDraft | None
    problems: list[CellProblem]
    probe: DuplicateProbe | None  # for duplicates within the file
    record_type: RecordType | None
    missing_columns: tuple[ImportField, ...]  # required by this row's type, absent from the file
    warnings: list[CellProblem]  # suspicious values, kept in the draft


# A cell naming a choice, a date or yes/no: longer than this it cannot be one (and is not
# converted, nor repeated whole in the report).
CHOICE_CELL_LIMIT = 100
# How much of a too-long cell the report repeats.
SHOWN_START = 50


_LIMITED_NAMES = frozenset(t.value for t in LimitedText)


def _cell_limit(f: ImportField) -> tuple[str, int]:
    """(name, limit) of one cell of a column of `f` (domain.limits): a list cell holds at
    most its items and their separators."""
    if f is _I.PHONE:
        item = LimitedText.PHONE
    elif f is _I.PRODUCT_LINES:
        item = LimitedText.PRODUCT_LINE
    elif f.value in _LIMITED_NAMES:
        return f.value, LIMITS[LimitedText(f.value)]
    else:
        return f.value, CHOICE_CELL_LIMIT
    return f.value, (LIMITS[item] + 2) * MAX_ITEMS[item]


def shown_start(value: str) -> str:
    """The start of a too-long cell, for the report."""
    return value[:SHOWN_START] + "…" if len(value) > SHOWN_START else value


def _items_problem(field: LimitedText, items: Sequence[str]) -> RowProblem | None:
    """TextTooLong for the first item over its limit, TooManyItems for too many."""
    limit = LIMITS[field]
    for item in items:
        if len(item) > limit:
            return TextTooLong(field, len(item), limit)
    if len(items) > MAX_ITEMS[field]:
        return TooManyItems(field, len(items), MAX_ITEMS[field])
    return None


# Fields whose refused value is suspicious rather than impossible: kept as typed, with a warning.
_AS_TYPED: dict[ImportField, Callable[[object], object]] = {
    _I.ID_NUMBER: cells.id_number_as_typed,
    _I.EMAIL: cells.email_as_typed,
}

_TEXT_FIELDS = (
    _I.NAME, _I.CONTACT_PERSON, _I.ADDRESS, _I.DEPARTMENT, _I.CONSULTANT, _I.SHELF_LOCATION,
    _I.NOTE,
)  # fmt: skip


_MISSING = object()
# Converted cells whose values repeat down a list; each converter a function of the cell
# alone (the day of the file's reading is fixed per reader).
_REPEATED = frozenset(
    (_I.RECORD_TYPE, _I.GRADE, _I.PROSPECT_LEVEL, _I.ADMISSION, _I.EVENT_DATE, _I.PRODUCT_LINES)
)


class RowReader:
    """Reads the rows of one file laid out by one mapping (and remembers its archive
    numbers: a number used by two rows is an error of the second, R-CUS-2).

    The columns and converters are worked out once, so a row costs one pass over its mapped
    cells (the import reads 100,000 rows within 2.5x of openpyxl's bare iteration)."""

    def __init__(
        self,
        mapping: ColumnMapping,
        default_record_type: RecordType | None,
        today: date,
        phone_facts: PhoneFacts | None = None,
    ) -> None:
        self._facts = phone_facts  # told each phone parsed (cells.phones)
        column = {f: mapping.column_of(f) for f in ImportField}
        self._column = column
        self._width = len(mapping.fields)
        self._texts = [(f, i) for f in _TEXT_FIELDS if (i := column[f]) is not None]
        self._phones = mapping.columns_of(_I.PHONE)
        self._limits = [
            (f, i, *_cell_limit(f))
            for f in ImportField
            for i in (mapping.columns_of(f) if f is _I.PHONE else (column[f],))
            if i is not None
        ]
        converters: dict[ImportField, Callable[[object], object]] = {
            _I.RECORD_TYPE: partial(cells.choice, _I.RECORD_TYPE, words=cells.RECORD_TYPE_WORDS),
            _I.ID_NUMBER: cells.id_number,
            _I.EMAIL: cells.email,
            _I.EVENT_DATE: partial(cells.event_date, today=today),
            _I.GRADE: partial(cells.choice, _I.GRADE, words=cells.GRADE_WORDS),
            _I.PROSPECT_LEVEL: partial(cells.choice, _I.PROSPECT_LEVEL, words=cells.PROSPECT_WORDS),
            _I.ADMISSION: partial(cells.yes_no, _I.ADMISSION),
            _I.ARCHIVE_NUMBER: cells.archive_number,
            _I.PRODUCT_LINES: cells.text_list,
        }
        # A value repeated down a column (a type, a grade, a day, product lines) is converted
        # once: its answer is remembered, unless it was a problem (raised again each time).
        self._converters: list[
            tuple[ImportField, int, Callable[[object], object], dict[Any, Any] | None]
        ] = [
            (f, i, convert, {} if f in _REPEATED else None)
            for f, convert in converters.items()
            if (i := column[f]) is not None
        ]
        self._default_type = default_record_type
        self._fallback = mapping.name_fallback
        self._archive_rows: dict[str, int] = {}
        self._absent = {
            record_type: tuple(_I(f.value) for f in sorted(required) if column[_I(f.value)] is None)
            for record_type, required in REQUIRED_FIELDS.items()
        }

    def read(self, number: int, row: Sequence[object]) -> RowOutcome:
        if len(row) < self._width:
            row = (*row, *(None,) * (self._width - len(row)))
        # Keyed by ImportField, whose values equal CustomerField's: both are StrEnums, so the
        # domain's missing_fields finds CustomerField.PHONE here as ImportField.PHONE.
        values: dict[ImportField, Any] = {}
        problems: list[CellProblem] = []
        warnings: list[CellProblem] = []
        failed: set[ImportField] = set()
        for f, index, what, limit in self._limits:  # before any other look at a cell
            value = row[index]
            if value.__class__ is str and len(value) > limit:
                length = len(value.strip() if len(value) > 10 * limit else cells.text(value) or "")
                if length > limit:
                    too_long = TextTooLong(what, length, limit)
                    problems.append(CellProblem(index, shown_start(value), too_long))
                    failed.add(f)
                    row = [*row[:index], None, *row[index + 1 :]]
        for f, index in self._texts:
            value = row[index]
            if value is not None:
                values[f] = cells.text(value)
        if self._fallback is not None and not values.get(_I.NAME) and _I.NAME not in failed:
            # No company on this row: the person is the customer (columns.py).
            values[_I.NAME] = values.pop(_I.CONTACT_PERSON, None)
        phones: list[str] = []
        for index in self._phones:
            value = row[index]
            if value is None:
                continue
            try:
                phones.extend(cells.phones(value, self._facts))
            except DomainError as problem:
                warnings.append(CellProblem(index, cells.shown(value), _kept(problem)))
                phones.extend(cells.phones_as_typed(value))
        if _I.PHONE not in failed and (over := _items_problem(LimitedText.PHONE, phones)):
            problems.append(CellProblem(self._index(_I.PHONE), "", over))
            failed.add(_I.PHONE)
        values[_I.PHONE] = phones
        for f, index, convert, memo in self._converters:
            value = row[index]
            if value is None:
                continue
            try:
                if memo is None:
                    values[f] = convert(value)
                else:
                    key = (value.__class__, value)  # 1 and True: equal keys, not one value
                    done = memo.get(key, _MISSING)
                    if done is _MISSING:
                        done = memo[key] = convert(value)
                    values[f] = done
            except DomainError as problem:
                kept = _AS_TYPED.get(f)
                if kept is None:
                    problems.append(CellProblem(index, cells.shown(value), _kept(problem)))
                    failed.add(f)
                else:  # suspicious, not impossible: kept and listed
                    warnings.append(CellProblem(index, cells.shown(value), _kept(problem)))
                    values[f] = kept(value)

        lines = values.get(_I.PRODUCT_LINES, ())
        if over := _items_problem(LimitedText.PRODUCT_LINE, lines):
            index = self._index(_I.PRODUCT_LINES)
            problems.append(CellProblem(index, shown_start(cells.shown(row[index])), over))
            failed.add(_I.PRODUCT_LINES)

        archive_number = values.get(_I.ARCHIVE_NUMBER)
        if archive_number is not None:
            first = self._archive_rows.setdefault(archive_number, number)
            if first != number:
                index = self._index(_I.ARCHIVE_NUMBER)
                repeated = cells.ArchiveNumberRepeated(archive_number, first)
                problems.append(CellProblem(index, cells.shown(row[index]), repeated))

        record_type = values.get(_I.RECORD_TYPE)
        if record_type is None and _I.RECORD_TYPE not in failed:
            record_type = self._default_type
            if record_type is None:
                self._required(problems, _I.RECORD_TYPE, None)
        name = values.get(_I.NAME)
        checklist = None
        absent: tuple[ImportField, ...] = ()
        if record_type is not None:
            admitted = values.get(_I.ADMISSION)
            if admitted is not None:
                checklist = AdmissionChecklist.all_met() if admitted else AdmissionChecklist()
                try:
                    check_admission(record_type, checklist)
                except DomainError as problem:
                    index = self._index(_I.ADMISSION)
                    problems.append(CellProblem(index, cells.shown(row[index]), _kept(problem)))
            if values.get(_I.GRADE) is not None and not admission_required(record_type):
                index = self._index(_I.GRADE)
                ungraded = cells.GradeForUngradedType(record_type, cells.shown(row[index]))
                problems.append(CellProblem(index, ungraded.text, ungraded))
            absent = self._absent[record_type]
        if not name and _I.NAME not in failed:
            self._required(problems, _I.NAME, record_type)  # a file always has a name

        id_number = values.get(_I.ID_NUMBER)
        probe = DuplicateProbe(number, name, tuple(phones), id_number) if name else None
        if problems or record_type is None or not name:
            return RowOutcome(None, problems, probe, record_type, absent, warnings)
        draft = CustomerDraft(
            row=number,
            record_type=record_type,
            name=name,
            contact_person=values.get(_I.CONTACT_PERSON),
            phones=tuple(phones),
            email=values.get(_I.EMAIL),
            address=values.get(_I.ADDRESS),
            id_number=id_number,
            department=values.get(_I.DEPARTMENT),
            product_lines=values.get(_I.PRODUCT_LINES, ()),
            consultant=values.get(_I.CONSULTANT),
            event_date=values.get(_I.EVENT_DATE),
            grade=values.get(_I.GRADE),
            prospect_level=values.get(_I.PROSPECT_LEVEL),
            admission=checklist,
            archive_number=archive_number,
            shelf_location=values.get(_I.SHELF_LOCATION),
            note=values.get(_I.NOTE),
        )
        return RowOutcome(draft, problems, probe, record_type, absent, warnings)

    def _index(self, f: ImportField) -> int:
        index = self._column[f]
        return -1 if index is None else index

    def _required(
        self, problems: list[CellProblem], f: ImportField, record_type: RecordType | None
    ) -> None:
        problems.append(CellProblem(self._index(f), "", FieldRequired(f, record_type)))
