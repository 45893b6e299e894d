"""What hand entry refuses on the spot (issue 10 §2), where an import only warns (§1): the
person typing can fix a value at once, so a phone that is no phone (an extension such as
分機 12 is part of a phone), an e-mail without a domain, an ID failing its check digit and an
event date out of range are refused, every problem at once and each tied to its field, for the
dialog to show beside it. A *missing* value is never refused here: it is a completeness problem
of the file (R-DQ-1), as for an import. Only a change's changed fields are checked, so a value
already on a file (an imported one, listed in data quality) never blocks another change."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from records_desk.domain.common.errors import DateOutOfRange, DomainError, PhoneInvalid
from records_desk.domain.common.identifiers import check_email, check_id_number, parse_phone
from records_desk.domain.customers.files import (
    EditableField,
    normalise_changes,
    normalise_field,
)

EARLIEST_EVENT = date(1900, 1, 1)


@dataclass(frozen=True)
class FieldProblem:
    field: str  # an EditableField value
    error: DomainError


@dataclass
class EntryInvalid(DomainError):
    """Every field typed wrong, in the form's order; the dialog shows each beside its field."""

    problems: tuple[FieldProblem, ...]

    def __str__(self) -> str:
        return "; ".join(f"{p.field}: {p.error}" for p in self.problems)


def _value_problems(field: EditableField, stored: Any, latest: date | None) -> list[DomainError]:
    found: list[DomainError] = []
    if field is EditableField.PHONES:
        for phone in stored:
            try:
                parse_phone(phone)  # an extension (分機 12, #12, ext 12) is part of a phone
            except PhoneInvalid as invalid:
                found.append(invalid)
    elif field is EditableField.EMAIL:
        try:
            check_email(stored)
        except DomainError as invalid:
            found.append(invalid)
    elif field is EditableField.ID_NUMBER:
        try:
            check_id_number(stored)
        except DomainError as invalid:
            found.append(invalid)
    elif field is EditableField.EVENT_DATE and stored is not None:
        day = date.fromisoformat(stored)
        if day < EARLIEST_EVENT or (latest is not None and day > latest):
            found.append(DateOutOfRange(text=stored, earliest=EARLIEST_EVENT, latest=latest))
    return found


def entry_problems(
    changes: Mapping[str, object], latest_event: date | None
) -> tuple[FieldProblem, ...]:
    """What hand entry refuses in `changes` (raw or stored values), every field checked:
    unreadable or too long values, a missing name, and the checks above. `latest_event` is
    the last day the event may be on (today for a new file, its entry's day for a change)."""
    problems: list[FieldProblem] = []
    for name, value in changes.items():
        try:
            field = EditableField(name)
            stored = normalise_field(field, value)
        except DomainError as invalid:
            problems.append(FieldProblem(name, invalid))
            continue
        problems.extend(FieldProblem(name, e) for e in _value_problems(field, stored, latest_event))
    return tuple(problems)


def check_entry(changes: Mapping[str, object], latest_event: date | None) -> dict[str, Any]:
    """The changes in stored form, or EntryInvalid naming every problem at once."""
    problems = entry_problems(changes, latest_event)
    if problems:
        raise EntryInvalid(problems)
    return normalise_changes(changes)


def check_changed_entry(
    changes: Mapping[str, object], current: Mapping[str, Any], latest_event: date | None
) -> None:
    """check_entry for a change: only the fields it really changes, so a value already on the
    file (an imported phone listed in data quality) does not block changing another field."""
    problems = [
        p for p in entry_problems(changes, latest_event) if p.field not in _same(changes, current)
    ]
    if problems:
        raise EntryInvalid(tuple(problems))


def _same(changes: Mapping[str, object], current: Mapping[str, Any]) -> set[str]:
    same = set()
    for name, value in changes.items():
        try:
            if normalise_field(EditableField(name), value) == current.get(name):
                same.add(name)
        except (DomainError, ValueError):
            continue
    return same
