"""The media list import's preview (issue 13 §7): the file's own check (exchange/media/imports.py)
and the check against the records, before anything is written.

Against the records:
- a number kept from the list that is on record is refused (R-MED-1: never reused, not even a
  disposed medium's) — the row's error names its row and column;
- a serial number on record is refused: the device is in the inventory already, and a list
  imported twice would otherwise register every unnumbered row again under new numbers;
- a custodian is matched to an active account by user name, then by full name; a name no
  account has is a warning, and the medium is imported without a custodian (the office's old
  list names people who may have left; the custodian is recorded later, by hand);
- a department no medium on record belongs to is a warning, not an error: the office keeps no
  list of departments here (a medium's department is written as the office writes it, as
  `media register` takes it), so an unknown one cannot be told from a new one — but a
  misspelt one splits the inventory's filters, so the preview names it for a look. A first
  import (nothing on record) has no warning of the kind.

Errors stop the commit (all or nothing); warnings do not, unless the import is strict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from records_desk.domain.common.errors import DomainError
from records_desk.exchange.media.columns import MediaField
from records_desk.exchange.media.imports import CellProblem, MediaImportResult, MediumImport
from records_desk.exchange.media.problems import (
    CustodianUnknown,
    DepartmentNew,
    MediumNumberTaken,
    SerialOnRecord,
)
from records_desk.store.media import Medium
from records_desk.store.models import Account
from records_desk.wording import describe
from records_desk.wording.exchange import ERROR, WARNING, problem_rows, write_report

BATCH = 500  # values per IN (...) look-up: well under SQLite's variable limit


@dataclass
class MediaImportPreview:
    """What the user sees before anything is written; `commit` takes it as it is."""

    result: MediaImportResult
    record_errors: list[CellProblem] = field(default_factory=list)  # against the records
    warnings: list[CellProblem] = field(default_factory=list)
    custodian_ids: dict[str, int] = field(default_factory=dict)  # name as typed -> account
    strict: bool = False  # warnings stop the commit as errors do

    @property
    def rows(self) -> int:
        return self.result.rows_read

    @property
    def errors(self) -> list[CellProblem]:
        """Every row error, by row and column (the file's and the records')."""
        found = [*self.result.errors, *self.record_errors]
        if self.strict:
            found += self.warnings
        return sorted(found, key=lambda e: (e.row, len(e.column), e.column))

    def error_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    @property
    def drafts(self) -> list[MediumImport]:
        """The rows that will be registered: those with no error."""
        refused = set(self.error_rows())
        return [d for d in self.result.drafts if d.row not in refused]

    @property
    def valid(self) -> int:
        return len(self.drafts)

    @property
    def refused(self) -> int:
        """Rows with an error: with `valid`, every row read (`rows`)."""
        return len(self.error_rows())

    @property
    def ok(self) -> bool:
        """The whole file read and no row wrong: a commit may write it."""
        return self.result.ok and not self.errors

    def error_lines(self) -> list[dict[str, object]]:
        """File problems, then row errors, worded: {"row", "column", "value", "problem"}."""
        files: list[dict[str, object]] = [{"row": None, "column": "", "value": "", "problem": describe(p)}
                 for p in self.result.file_errors]  # fmt: skip
        return files + problem_rows(self.errors)

    def warning_lines(self) -> list[dict[str, object]]:
        return [] if self.strict else problem_rows(self.warnings)

    def save_report(self, path: str | Path) -> int:
        """Every problem as xlsx (errors first, then warnings); its line count."""
        lines = [{"kind": ERROR, **line} for line in self.error_lines()]
        lines += ({"kind": WARNING, **line} for line in self.warning_lines())
        return write_report(lines, path)


def check_against_records(session: Session, preview: MediaImportPreview) -> None:
    """Fill the preview's record errors, warnings and custodians (module docstring)."""
    drafts = preview.result.drafts
    letters = preview.result.columns

    def problem(draft: MediumImport, f: MediaField, value: str, found: DomainError) -> CellProblem:
        return CellProblem(draft.row, letters.get(f, ""), value, found)

    numbers = _numbers_on_record(session, [d.number for d in drafts if d.number])
    preview.record_errors += (
        problem(d, MediaField.NUMBER, d.number, MediumNumberTaken(d.number))
        for d in drafts
        if d.number and d.number in numbers
    )
    serials = _serials_on_record(session, [d.serial for d in drafts if d.serial])
    preview.record_errors += (
        problem(
            d, MediaField.SERIAL, d.serial, SerialOnRecord(d.serial, serials[d.serial.casefold()])
        )
        for d in drafts
        if d.serial and d.serial.casefold() in serials
    )
    names = {d.custodian for d in drafts if d.custodian}
    preview.custodian_ids = _accounts_named(session, names)
    told: set[str] = set()
    for d in drafts:
        if d.custodian and d.custodian not in preview.custodian_ids and d.custodian not in told:
            told.add(d.custodian)
            preview.warnings.append(
                problem(d, MediaField.CUSTODIAN, d.custodian, CustodianUnknown(d.custodian))
            )
    known = set(session.scalars(select(Medium.department).distinct()))
    if known:
        new: set[str] = set()
        for d in drafts:
            if d.department not in known and d.department not in new:
                new.add(d.department)
                preview.warnings.append(
                    problem(d, MediaField.DEPARTMENT, d.department, DepartmentNew(d.department))
                )
    preview.warnings.sort(key=lambda w: w.row)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]


def _numbers_on_record(session: Session, numbers: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(numbers):
        found.update(session.scalars(select(Medium.number).where(Medium.number.in_(chunk))))
    return found


def _serials_on_record(session: Session, serials: list[str]) -> dict[str, str]:
    """Serial (case-folded) -> the number of the medium on record with it."""
    found: dict[str, str] = {}
    for chunk in _chunks([s.casefold() for s in serials]):
        query = select(func.lower(Medium.serial), Medium.number).where(
            func.lower(Medium.serial).in_(chunk)
        )
        found.update({serial: number for serial, number in session.execute(query)})
    return found


def _accounts_named(session: Session, names: set[str]) -> dict[str, int]:
    """Name as typed -> the active account with that user name or, else, that full name (when
    one account alone has it)."""
    if not names:
        return {}
    wanted = list(names)
    found: dict[str, int] = {}
    by_full_name: dict[str, list[int]] = {}
    for chunk in _chunks(wanted):
        query = select(Account.id, Account.username, Account.full_name).where(
            Account.active.is_(True),
            or_(Account.username.in_(chunk), Account.full_name.in_(chunk)),
        )
        for account_id, username, full_name in session.execute(query):
            if username in names:
                found[username] = account_id
            if full_name in names:
                by_full_name.setdefault(full_name, []).append(account_id)
    for name, ids in by_full_name.items():
        if name not in found and len(ids) == 1:
            found[name] = ids[0]
    return found
