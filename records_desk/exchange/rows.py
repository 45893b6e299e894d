"""One imported row read into a `CustomerDraft`, or the problems of its cells.

Every cell is converted by `cells` and the row checked with the domain: the fields its record
type requires (R-DQ-1 completeness, `missing_fields`), phones, IDs, e-mail, dates not in the
future (validity) and, when the file says, the admission checklist (R-GRD-1). A field whose
conversion failed is reported once, not again as missing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from records_desk.domain.customers import (
    REQUIRED_FIELDS,
    AdmissionChecklist,
    CustomerField,
    Grade,
    ProspectLevel,
    RecordType,
    check_admission,
    missing_fields,
)
from records_desk.domain.errors import DomainError
from records_desk.domain.quality import DuplicateProbe
from records_desk.exchange import cells
from records_desk.exchange.cells import FieldRequired, RowProblem
from records_desk.exchange.columns import ColumnMapping, ImportField

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


class RowOutcome(NamedTuple):
    draft: CustomerDraft | None
    problems: list[CellProblem]
    probe: DuplicateProbe | None  # for duplicates within the file
    record_type: RecordType | None
    missing_columns: tuple[ImportField, ...]  # required by this row's type, absent from the file


_TEXT_FIELDS = (
    _I.NAME, _I.CONTACT_PERSON, _I.ADDRESS, _I.DEPARTMENT, _I.CONSULTANT, _I.SHELF_LOCATION,
    _I.NOTE,
)  # fmt: skip
_NOT_CUSTOMER_FIELDS = (_I.SHELF_LOCATION, _I.NOTE)


class RowReader:
    """Reads the rows of one file laid out by one mapping (and remembers its archive
    numbers: a number used by two rows is an error of the second, R-CUS-2)."""

    def __init__(
        self, mapping: ColumnMapping, default_record_type: RecordType | None, today: date
    ) -> None:
        self._column = {f: mapping.column_of(f) for f in ImportField}
        self._phone_columns = mapping.columns_of(_I.PHONE)
        self._default_type = default_record_type
        self._today = today
        self._archive_rows: dict[str, int] = {}
        self._absent = {
            record_type: tuple(
                _I(f.value) for f in sorted(required) if self._column[_I(f.value)] is None
            )
            for record_type, required in REQUIRED_FIELDS.items()
        }

    def read(self, number: int, row: Sequence[object]) -> RowOutcome:
        problems: list[CellProblem] = []
        failed: set[ImportField] = set()
        width = len(row)
        column = self._column

        def raw(f: ImportField) -> object:
            index = column[f]
            return row[index] if index is not None and index < width else None

        def convert(f: ImportField, reader: Callable[[object], object]) -> object:
            value = raw(f)
            if value is None:
                return None
            try:
                return reader(value)
            except DomainError as problem:
                problems.append(CellProblem(column[f], cells.shown(value), problem))  # type: ignore[arg-type]
                failed.add(f)
                return None

        texts = {f: cells.text(raw(f)) for f in _TEXT_FIELDS}
        record_type = convert(
            _I.RECORD_TYPE, lambda v: cells.choice(_I.RECORD_TYPE, v, cells.RECORD_TYPE_WORDS)
        )
        if record_type is None and _I.RECORD_TYPE not in failed:
            record_type = self._default_type
            if record_type is None:
                self._required(problems, _I.RECORD_TYPE, None)
        phones: list[str] = []
        for index in self._phone_columns:
            value = row[index] if index < width else None
            try:
                phones.extend(cells.phones(value))
            except DomainError as problem:
                problems.append(CellProblem(index, cells.shown(value), problem))  # type: ignore[arg-type]
                failed.add(_I.PHONE)
        id_number = convert(_I.ID_NUMBER, cells.id_number)
        email = convert(_I.EMAIL, cells.email)
        event_date = convert(_I.EVENT_DATE, lambda v: cells.event_date(v, self._today))
        grade = convert(_I.GRADE, lambda v: cells.choice(_I.GRADE, v, cells.GRADE_WORDS))
        prospect = convert(
            _I.PROSPECT_LEVEL,
            lambda v: cells.choice(_I.PROSPECT_LEVEL, v, cells.PROSPECT_WORDS),
        )
        admitted = convert(_I.ADMISSION, lambda v: cells.yes_no(_I.ADMISSION, v))
        product_lines = cells.text_list(raw(_I.PRODUCT_LINES))
        archive_number = convert(_I.ARCHIVE_NUMBER, cells.archive_number)
        if isinstance(archive_number, str):
            first = self._archive_rows.setdefault(archive_number, number)
            if first != number:
                problem = cells.ArchiveNumberRepeated(archive_number, first)
                value = cells.shown(raw(_I.ARCHIVE_NUMBER))
                problems.append(CellProblem(self._index(_I.ARCHIVE_NUMBER), value, problem))

        checklist = None
        absent: tuple[ImportField, ...] = ()
        if isinstance(record_type, RecordType):
            if admitted is not None:
                checklist = AdmissionChecklist.all_met() if admitted else AdmissionChecklist()
                try:
                    check_admission(record_type, checklist)
                except DomainError as problem:
                    value = cells.shown(raw(_I.ADMISSION))
                    problems.append(CellProblem(self._index(_I.ADMISSION), value, problem))  # type: ignore[arg-type]
            absent = self._absent[record_type]
            values: dict[CustomerField, object] = {
                CustomerField(f.value): texts[f]
                for f in _TEXT_FIELDS
                if f not in _NOT_CUSTOMER_FIELDS
            }
            values |= {
                CustomerField.PHONE: phones,
                CustomerField.EMAIL: email,
                CustomerField.ID_NUMBER: id_number,
                CustomerField.PRODUCT_LINES: product_lines,
                CustomerField.EVENT_DATE: event_date,
            }
            for missing in missing_fields(record_type, values):
                wanted = _I(missing.value)
                if wanted not in failed and wanted not in absent:
                    self._required(problems, wanted, record_type)

        elif not texts[_I.NAME]:
            self._required(problems, _I.NAME, None)  # every record type needs a name

        name = texts[_I.NAME]
        probe = None
        if name:
            probe = DuplicateProbe(number, name, tuple(phones), id_number)  # type: ignore[arg-type]
        if problems or absent or not isinstance(record_type, RecordType) or not name:
            return RowOutcome(None, problems, probe, record_type, absent)  # type: ignore[arg-type]
        draft = CustomerDraft(
            row=number,
            record_type=record_type,
            name=name,
            contact_person=texts[_I.CONTACT_PERSON],
            phones=tuple(phones),
            email=email,  # type: ignore[arg-type]
            address=texts[_I.ADDRESS],
            id_number=id_number,  # type: ignore[arg-type]
            department=texts[_I.DEPARTMENT],
            product_lines=product_lines,
            consultant=texts[_I.CONSULTANT],
            event_date=event_date,  # type: ignore[arg-type]
            grade=grade,  # type: ignore[arg-type]
            prospect_level=prospect,  # type: ignore[arg-type]
            admission=checklist,
            archive_number=archive_number,  # type: ignore[arg-type]
            shelf_location=texts[_I.SHELF_LOCATION],
            note=texts[_I.NOTE],
        )
        return RowOutcome(draft, problems, probe, record_type, absent)

    def _index(self, f: ImportField) -> int:
        index = self._column[f]
        return -1 if index is None else index

    def _required(
        self, problems: list[CellProblem], f: ImportField, record_type: RecordType | None
    ) -> None:
        problems.append(CellProblem(self._index(f), "", FieldRequired(f, record_type)))
