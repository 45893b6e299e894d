"""Changing a customer file (R-CUS-3, R-CUS-4): which fields a change may touch, their one
stored form, the difference between two versions, and when a change request may be decided.

Seed: 第一篇 第四章1-2 (changes approved by the general manager, the customer director as
deputy; 數據的延續性和歷史數據的可用性), 第二章2 (staff ask the customer department for a change).

- A file is kept as a *snapshot*: a plain dict of JSON values (dates as ISO text, enums as their
  values). Every version of a file is such a snapshot, so any two can be compared field by field.
- A change request or a direct change names only editable fields. The record type and archive
  number never change (the number is derived from the type, R-CUS-2); grade, prospect level,
  status and re-admission have their own actions with their own rules.
- A request is decided once. Its requester cannot approve it (the point of an approval is a
  second person); withdrawing one's own request by refusing it is allowed. A request made
  against an older version than the file's current one is refused as stale: the approver
  would otherwise sign off a change against data nobody looked at.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from records_desk.domain.common.identifiers import normalise_email, normalise_id_number
from records_desk.domain.customers.file_errors import (
    ChangeReasonRequired,
    ChangeRequestDecided,
    FieldNotEditable,
    FieldRequired,
    FieldValueInvalid,
    OwnRequestApproval,
    ReasonKind,
    StaleVersion,
)
from records_desk.domain.customers.limits import (
    LimitedText,
    check_items,
    check_length,
)
from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    AdmissionCriterion,
)


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    VOID = "void"  # 作廢: kept for ever, with its reason (R-CUS-3)


class ChangeStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


class RevisionKind(StrEnum):
    """How a version of a file came about (the approval on record, R-CUS-4)."""

    REGISTERED = "registered"
    CHANGE_REQUEST = "change_request"  # approved request: requester and approver on record
    DIRECT = "direct"  # changed directly by the general manager or customer director
    VOID = "void"
    GRADE = "grade"
    PROSPECT = "prospect"
    READMISSION = "readmission"


class EditableField(StrEnum):
    DEPARTMENT = "department"
    PRODUCT_LINES = "product_lines"
    NAME = "name"
    CONTACT_PERSON = "contact_person"
    PHONES = "phones"
    EMAIL = "email"
    ADDRESS = "address"
    ID_NUMBER = "id_number"
    CONSULTANT_ID = "consultant_id"
    SHELF_LOCATION = "shelf_location"
    EVENT_DATE = "event_date"
    ADMISSION = "admission"


# Every field of a snapshot, in the order a side-by-side view lists them.
SNAPSHOT_FIELDS: tuple[str, ...] = (
    "archive_number",
    "record_type",
    "status",
    "void_reason",
    *(f.value for f in EditableField),
    "grade",
    "prospect_level",
    "entry_kind",
    "entered_at",
    "maintainer_id",
    "readmitted_on",
)


# --- errors ---------------------------------------------------------------------------------


# --- one stored form per field ---------------------------------------------------------------


def _text(value: object, field: str) -> str:
    """Text as typed, without surrounding spaces (search matches full- and half-width), and
    not longer than its field's limit (TextTooLong, domain.limits)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldValueInvalid(field, value)
    return check_length(_LIMITED[field], value)


# The limit (domain.limits) of each editable text field; of each item for a list.
_LIMITED: dict[str, LimitedText] = {
    **{f.value: LimitedText(f.value) for f in (
        EditableField.DEPARTMENT, EditableField.NAME, EditableField.CONTACT_PERSON,
        EditableField.EMAIL, EditableField.ADDRESS, EditableField.ID_NUMBER,
        EditableField.SHELF_LOCATION,
    )},
    EditableField.PRODUCT_LINES.value: LimitedText.PRODUCT_LINE,
    EditableField.PHONES.value: LimitedText.PHONE,
}  # fmt: skip


def _texts(value: object, field: str) -> list[str]:
    """Trimmed, non-blank, first occurrence kept, in the given order; each item and their
    number within the limits (TextTooLong, TooManyItems)."""
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise FieldValueInvalid(field, value)
    found: list[str] = []
    for item in value:
        text = _text(item, field)
        if text and text not in found:
            found.append(text)
            check_items(_LIMITED[field], found)
    return found


def _admission(value: object) -> list[str]:
    if isinstance(value, AdmissionChecklist):
        met: Iterable[object] = value.met
    elif isinstance(value, Iterable) and not isinstance(value, str):
        met = value
    else:
        raise FieldValueInvalid("admission", value)
    try:
        criteria = {AdmissionCriterion(str(c)) for c in met}
    except ValueError:
        raise FieldValueInvalid("admission", value) from None
    return [c.value for c in AdmissionCriterion if c in criteria]


def checklist_of(stored: Iterable[str]) -> AdmissionChecklist:
    return AdmissionChecklist(frozenset(AdmissionCriterion(c) for c in stored))


def normalise_field(field: EditableField, value: object) -> Any:
    """The stored (snapshot) form of one editable field; raises FieldValueInvalid or
    FieldRequired (a file always has a name)."""
    if field is EditableField.NAME:
        name = _text(value, field)
        if not name:
            raise FieldRequired(field.value)
        return name
    if field in (EditableField.PRODUCT_LINES, EditableField.PHONES):
        return _texts(value, field)
    if field is EditableField.EMAIL:
        return normalise_email(_text(value, field))
    if field is EditableField.ID_NUMBER:
        return normalise_id_number(_text(value, field))
    if field is EditableField.CONSULTANT_ID:
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise FieldValueInvalid(field, value)
        return value
    if field is EditableField.EVENT_DATE:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()  # the office keeps the day of the event (R-CUS-5)
        if isinstance(value, date):
            return value.isoformat()
        raise FieldValueInvalid(field, value)
    if field is EditableField.ADMISSION:
        return _admission(value)
    return _text(value, field)


def normalise_changes(changes: Mapping[str, object]) -> dict[str, Any]:
    """Snapshot form of the changes; FieldNotEditable for any other name."""
    stored: dict[str, Any] = {}
    for name, value in changes.items():
        try:
            field = EditableField(name)
        except ValueError:
            raise FieldNotEditable(name) from None
        stored[field.value] = normalise_field(field, value)
    return stored


def effective_changes(current: Mapping[str, Any], proposed: Mapping[str, Any]) -> dict[str, Any]:
    """The proposed values that differ from the current snapshot."""
    return {k: v for k, v in proposed.items() if current.get(k) != v}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


def diff_snapshots(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """R-CUS-3: the fields that differ between two versions, in the view's order (fields not in
    SNAPSHOT_FIELDS, from a later schema, come last)."""
    names = [*SNAPSHOT_FIELDS, *sorted((set(old) | set(new)) - set(SNAPSHOT_FIELDS))]
    return tuple(FieldChange(n, old.get(n), new.get(n)) for n in names if old.get(n) != new.get(n))


def check_reason(reason: str, kind: ReasonKind) -> str:
    """The reason trimmed: required (ChangeReasonRequired) and within its limit
    (TextTooLong)."""
    if not reason.strip():
        raise ChangeReasonRequired(kind)
    return check_length(LimitedText.REASON, reason)


def check_version(
    customer_id: int, expected: int, current: int, request_id: int | None = None
) -> None:
    if expected != current:
        raise StaleVersion(customer_id, expected, current, request_id)


def check_decision(
    request_id: int,
    status: ChangeStatus,
    requested_by: str,
    decided_by: str,
    *,
    approving: bool,
) -> None:
    """R-CUS-4: a pending request only; an approval by someone other than its requester."""
    if status is not ChangeStatus.PENDING:
        raise ChangeRequestDecided(request_id, status)
    if approving and requested_by == decided_by:
        raise OwnRequestApproval(request_id, decided_by)
