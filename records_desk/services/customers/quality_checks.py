"""The data-quality checks of many files in one run (R-DQ-1, issue 10 §3), for
services/customers/quality_upkeep.py: each file's state, stored problems (with the office days
on which a time-dependent one holds) and duplicate keys, as the rows the upkeep writes. The
checks are the domain's (domain/customers/quality.py, timeliness.py, reviews.py,
duplicates.py), each asked once per distinct input: a list's files share record types, event
days, entry moments and admission days."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from records_desk.domain.common.identifiers import is_valid_email, is_valid_id_number
from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers import reviews as rv
from records_desk.domain.customers.errors import EntryBeforeEvent
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.timeliness import EntryKind, lateness
from records_desk.domain.customers.vocabulary import REQUIRED_FIELDS, CustomerField, RecordType
from records_desk.services.common.clock import office_day

_F = CustomerField
_POLICY = dq.QualityPolicy()
_REVIEWS = rv.ReviewPolicy()
_KEY_SEP = "\x1f"  # between a duplicate key's basis and value, in known keys
# The state, problem and key rows of some files (quality_upkeep.py writes them).
Rows = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def group_of(department: str, record_type: str) -> str:
    """Files pair up as duplicates only within a department and record type (五4.4)."""
    return f"{department}|{record_type}"


# A problem without its file: (dimension, rule, field, message), keyed per file by
# dq.problem_key_of. None of the messages below names the file.
_Found = tuple[str, str, str | None, str]


def _parts(problems: Iterable[dq.Problem]) -> tuple[_Found, ...]:
    return tuple((p.dimension.value, p.rule_id, p.field, p.message) for p in problems)


class QualityChecks:
    """One run of the domain's checks over many files (R-DQ-1), each check's answer for a
    value met before remembered: a list's files share record types, event days, entry
    moments, admission days; the checks themselves are the domain's (domain/customers/
    quality.py, timeliness.py, reviews.py, duplicates.py), called once per distinct input."""

    def __init__(self, phone_facts: dq.PhoneFacts | None = None) -> None:
        self.phones = phone_facts if phone_facts is not None else dq.PhoneFacts()
        self._complete: dict[tuple[str, tuple[bool, ...]], tuple[_Found, ...]] = {}
        self._phone: dict[str, tuple[_Found, ...]] = {}
        self._days: dict[datetime, date] = {}
        self._ahead: dict[tuple[date, date], tuple[_Found, ...]] = {}
        self._late: dict[tuple[str, date, datetime], tuple[tuple[_Found, ...], date | None]] = {}
        self._review: dict[tuple[date | None, date], tuple[tuple[_Found, ...], date | None]] = {}
        self._rests: dict[_Found, bytes] = {}

    def rows(
        self,
        files: Iterable[Mapping[Any, Any]],
        last_review: Mapping[int, date],
        known_keys: Sequence[Sequence[str] | None] = (),
    ) -> Rows:
        """The files' state, problem and key rows; `known_keys` (record_new_files): each
        file's duplicate keys as "basis\x1fvalue" strings, when known (None: worked out)."""
        states: list[tuple[Any, ...]] = []
        problems: list[tuple[Any, ...]] = []
        keys: list[tuple[Any, ...]] = []
        key_for, rests = dq.problem_key_for, self._rests
        for n, f in enumerate(files):
            cid = f["id"]
            active = f["status"] == _ACTIVE
            states.append(
                (cid, f["version"], active, f["maintainer_id"], f["department"],
                 f["archive_number"], f["name"], f["grade"])
            )  # fmt: skip
            if not active:  # a voided file is kept for history, not maintained
                continue
            for found, holds_from, holds_until in self.problems(f, last_review.get(cid)):
                rest = rests.get(found)
                if rest is None:  # dq.problem_key_of's text after the id, encoded once
                    rest = rests[found] = dq.problem_key_rest(*found)
                problems.append((cid, key_for(cid, rest), *found, holds_from, holds_until))
            group = group_of(f["department"], f["record_type"])
            known = known_keys[n] if n < len(known_keys) else None
            if known is not None:
                keys.extend((cid, group, *key.split(_KEY_SEP, 1)) for key in known)
                continue
            probe = dup.DuplicateProbe(cid, f["name"], tuple(f["phones"]), f["id_number"])
            keys.extend(
                (cid, group, basis.value, value)
                for basis, value in dup.duplicate_keys(probe, self.phones)
            )
        return states, problems, keys

    def _day(self, at: datetime) -> date:
        day = self._days.get(at)
        if day is None:
            day = self._days[at] = office_day(at)
        return day

    def problems(
        self, f: Mapping[Any, Any], last_review: date | None
    ) -> list[tuple[_Found, date | None, date | None]]:
        """One active file's problems, each with the days on which it holds."""
        kind = f["record_type"]
        required, blank = _REQUIRED_NAMES[kind], dq.looks_blank
        blanks = tuple(  # dq.looks_blank of each; a text's inline (most values are)
            [
                not v.strip() if v.__class__ is str else blank(v)
                for v in map(f.__getitem__, required)
            ]
        )
        complete = self._complete.get((kind, blanks))
        if complete is None:
            values = {field: f[name] for field, name in _FIELD_NAMES}
            complete = self._complete[(kind, blanks)] = _parts(
                dq.completeness_problems(0, RecordType(kind), values)
            )
        found: list[tuple[_Found, date | None, date | None]] = [(p, None, None) for p in complete]
        # validity (dq.validity_problems): asked of the domain only for a value that fails
        # its check, the usual file's values costing one check each
        facts = self.phones
        for phone in f["phones"]:
            if facts(phone)[0] or not phone.strip():
                continue
            wrong = self._phone.get(phone)
            if wrong is None:
                wrong = self._phone[phone] = _parts(
                    dq.validity_problems(0, (phone,), phone_facts=facts)
                )
            found.extend((p, None, None) for p in wrong)
        email, id_number = f["email"], f["id_number"]
        if email and not is_valid_email(email) and email.strip():
            found.extend((p, None, None) for p in _parts(dq.validity_problems(0, email=email)))
        if id_number and not is_valid_id_number(id_number) and id_number.strip():
            wrong = _parts(dq.validity_problems(0, id_number=id_number))
            found.extend((p, None, None) for p in wrong)
        event_on: date | None = f["event_date"]
        entered_at: datetime = f["entered_at"]
        entered_on = self._day(entered_at)
        if event_on is not None:
            written_on = self._day(f["updated_at"])
            if event_on > written_on:
                ahead = self._ahead.get((event_on, written_on))
                if ahead is None:
                    ahead = self._ahead[(event_on, written_on)] = _parts(
                        dq.validity_problems(0, event_on=event_on, today=written_on)
                    )
                found.extend((p, None, event_on) for p in ahead)  # while the day is ahead
            timing = (f["entry_kind"], event_on, entered_at)
            late = self._late.get(timing)
            if late is None:
                late = self._late[timing] = self._lateness(*timing, entered_on)
            found.extend((p, None, late[1]) for p in late[0])
        if f["grade"] is not None:
            admitted = f["readmitted_on"] or entered_on
            review = self._review.get((last_review, admitted))
            if review is None:
                review = self._review[(last_review, admitted)] = self._overdue(
                    last_review, admitted
                )
            found.extend((p, review[1], None) for p in review[0])
        return found

    @staticmethod
    def _lateness(
        kind: str, event_on: date, entered_at: datetime, entered_on: date
    ) -> tuple[tuple[_Found, ...], date | None]:
        """A late entry's problems and the day until which they hold."""
        try:
            late = lateness(EntryKind(kind), event_on, entered_at.astimezone())
        except EntryBeforeEvent:  # refused on entry; an imported oddity
            late = timedelta(0)
        if not late:
            return (), None
        until = entered_on + timedelta(days=_POLICY.late_entry_days)
        return _parts(dq.timeliness_problems(0, late_by=late, entered_on=entered_on)), until

    @staticmethod
    def _overdue(
        last_review: date | None, admitted: date
    ) -> tuple[tuple[_Found, ...], date | None]:
        """The periodic review's problem (R-GRD-3) and the day from which it holds."""
        due_on = rv.review_due_on(rv.ReviewSubject(0, last_review, admitted), _REVIEWS)
        if due_on is None:
            return (), None
        overdue_from = due_on + timedelta(days=_REVIEWS.grace_days + 1)
        return (
            _parts(dq.timeliness_problems(0, review_due_on=due_on, review_overdue=True)),
            overdue_from,
        )


# The customer columns each checked field is read from; each type's required ones.
_FIELD_NAMES = (
    (_F.NAME, "name"),
    (_F.CONTACT_PERSON, "contact_person"),
    (_F.PHONE, "phones"),
    (_F.EMAIL, "email"),
    (_F.ADDRESS, "address"),
    (_F.ID_NUMBER, "id_number"),
    (_F.DEPARTMENT, "department"),
    (_F.PRODUCT_LINES, "product_lines"),
    (_F.CONSULTANT, "consultant_id"),
    (_F.EVENT_DATE, "event_date"),
    (_F.SHELF_LOCATION, "shelf_location"),
    (_F.ADMISSION, "admission"),  # R-GRD-1 not recorded (an imported list without it)
)
_REQUIRED_NAMES = {
    t.value: tuple(name for field, name in _FIELD_NAMES if field in REQUIRED_FIELDS[t])
    for t in RecordType
}
_ACTIVE = CustomerStatus.ACTIVE.value
