"""Data-quality problems kept current on every write (R-DQ-1, issue 10 §3), so a look only
reads them (services/customers/quality_list.py) instead of checking 200,000 files.

What is stored per file, worked out from the file and its reviews alone:
- its version, whether it is active, its maintainer and department (quality_state);
- the problems of an active file (quality_stored_problem): completeness and validity of what
  it holds, and the time-dependent ones with the office days on which they hold, so that
  nothing needs recomputing as days pass:
  - an event day ahead of the entry (validity): holds until that day;
  - a late entry (R-CUS-5, timeliness): holds for `late_entry_days` (30) from the entry day;
  - a periodic review (R-GRD-3, timeliness): holds from the day it becomes overdue (the due
    day + the grace days; the due day moves when a review is recorded, which is a write);
- its duplicate keys (quality_key), paired at read time by one indexed self-join.
What involves other records and stays small is read at look time: likely duplicates (from
the keys), the blacklist (consistency, and customers cleared by it owe no review), spot-check
failures and dismissed pairs.

How it stays current:
- ORM writes: a Session `after_flush` hook notes the customer ids of every Customer and Review
  added, changed or deleted in the session; `before_commit` refreshes their rows in the same
  transaction, just before it commits (a rollback drops the notes). Every write service goes
  through the ORM for these (new_files, files, grading, reviews, blacklist re-admission).
- Core bulk inserts (which fire no ORM events, e.g. the import's and the demo's fast paths):
  the writer calls `refresh_problems(session, ids)` itself, before its commit; the import,
  whose new files have no reviews and no stored rows yet, calls `record_new_files` with the
  rows it wrote instead of reading them back (the same checks, the same rows).
- Old databases and anything missed: a file with no quality_state row is checked by the next
  look (`quality_scan.stale_ids`).

Decisions:
- The policies are the defaults (QualityPolicy, ReviewPolicy): they are not office settings
  yet; a release that changes them, a check or the duplicate keys must empty quality_state in a
  migration so the next look re-checks every file.
- An event day ahead is judged against the day of the file's last write (updated_at, the
  service's clock): a day not ahead then is never ahead later.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, delete, event, func, select
from sqlalchemy.orm import Session

from records_desk.domain.common.identifiers import is_valid_email, is_valid_id_number
from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers import reviews as rv
from records_desk.domain.customers.errors import EntryBeforeEvent
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.timeliness import EntryKind, lateness
from records_desk.domain.customers.vocabulary import REQUIRED_FIELDS, CustomerField, RecordType
from records_desk.services.common.clock import office_day
from records_desk.store.bulk import insert_rows
from records_desk.store.customers import (
    Customer,
    QualityKey,
    QualityState,
    Review,
    StoredProblem,
)
from records_desk.store.models import Base

_F = CustomerField
_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
_NOTED = "quality_upkeep.customer_ids"  # session.info: files written since the last refresh
_POLICY = dq.QualityPolicy()
_REVIEWS = rv.ReviewPolicy()

_COLUMNS = (
    Customer.id,
    Customer.version,
    Customer.record_type,
    Customer.name,
    Customer.contact_person,
    Customer.phones,
    Customer.email,
    Customer.address,
    Customer.id_number,
    Customer.department,
    Customer.product_lines,
    Customer.consultant_id,
    Customer.event_date,
    Customer.entry_kind,
    Customer.entered_at,
    Customer.updated_at,
    Customer.readmitted_on,
    Customer.grade,
    Customer.status,
    Customer.maintainer_id,
    Customer.archive_number,
    Customer.shelf_location,
    Customer.admission,
)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def group_of(department: str, record_type: str) -> str:
    """Files pair up as duplicates only within a department and record type (五4.4)."""
    return f"{department}|{record_type}"


def refresh_problems(session: Session, customer_ids: Iterable[int], *, fresh: bool = False) -> None:
    """Work out again the stored problems, duplicate keys and state of these files, in the
    caller's transaction. For writers that bypass the ORM (a Core bulk insert fires no
    session event): call it with the ids written, before the commit. `fresh`: none of the
    files has stored rows yet (just inserted), so nothing is deleted first."""
    ids = sorted(set(customer_ids))
    checks = _Checks()
    for chunk in _chunks(ids):
        if not fresh:
            for table in (StoredProblem, QualityKey, QualityState):
                session.execute(
                    delete(table)
                    .where(table.customer_id.in_(chunk))
                    .execution_options(synchronize_session=False)
                )
        last_review = dict(
            session.execute(
                select(Review.customer_id, func.max(Review.reviewed_on))
                .where(Review.customer_id.in_(chunk))
                .group_by(Review.customer_id)
            ).all()
        )
        files = session.execute(select(*_COLUMNS).where(Customer.id.in_(chunk))).mappings()
        _write(session, checks.rows(files, last_review))


def record_new_files(
    session: Session,
    files: Iterable[Mapping[Any, Any]],
    phone_facts: dq.PhoneFacts | None = None,
    known_keys: Iterable[Sequence[str] | None] | None = None,
) -> None:
    """What `refresh_problems(session, ids, fresh=True)` stores for files just inserted in
    bulk (the import), worked out from their rows as written — each a mapping of the customer
    table's columns, id and archive number included — instead of reading them back: new files
    have no reviews and no stored rows yet. Same checks, same rows. `phone_facts`: the
    phones already read (the import's preview read every phone of the list). `known_keys`:
    for each file, in order, its duplicate keys as "basis\x1fvalue" strings when the caller
    has worked them out already from the same name, phones and ID number (the preview
    did), else None: worked out here."""
    NewFiles(session, phone_facts).record(files, known_keys)


class NewFiles:
    """`record_new_files` part by part (the import records each part of its files as soon as
    they are written, while the writer's thread inserts the next): one run of the checks,
    the same rows as one call with every file."""

    def __init__(self, session: Session, phone_facts: dq.PhoneFacts | None = None) -> None:
        self.session, self.checks = session, _Checks(phone_facts)

    def record(
        self,
        files: Iterable[Mapping[Any, Any]],
        known_keys: Iterable[Sequence[str] | None] | None = None,
    ) -> None:
        """These files' rows (record_new_files's arguments)."""
        session, checks = self.session, self.checks
        batch: list[Mapping[Any, Any]] = []
        known = iter(known_keys) if known_keys is not None else None
        keys: list[Sequence[str] | None] = []
        for file in files:
            batch.append(file)
            keys.append(next(known) if known is not None else None)
            if len(batch) == _WRITE_CHUNK:
                _write(session, checks.rows(batch, {}, keys))
                batch, keys = [], []
        _write(session, checks.rows(batch, {}, keys))


_WRITE_CHUNK = 5000
_KEY_SEP = "\x1f"  # between a duplicate key's basis and value, in known keys
_STATE_COLUMNS = (
    "customer_id", "version", "active", "maintainer_id", "department", "archive_number",
    "name", "grade",
)  # fmt: skip
_PROBLEM_COLUMNS = (
    "customer_id", "key", "dimension", "rule_id", "field", "message", "holds_from",
    "holds_until",
)  # fmt: skip
_KEY_COLUMNS = ("customer_id", "grp", "basis", "value")
_Rows = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _write(session: Session, rows: _Rows) -> None:
    """The state, problem and key rows as tuples, one executemany per table (store.bulk)."""
    states, problems, keys = rows
    insert_rows(session, _table(QualityState), _STATE_COLUMNS, states)
    insert_rows(session, _table(StoredProblem), _PROBLEM_COLUMNS, problems)
    insert_rows(session, _table(QualityKey), _KEY_COLUMNS, keys)


# A problem without its file: (dimension, rule, field, message), keyed per file by
# dq.problem_key_of. None of the messages below names the file.
_Found = tuple[str, str, str | None, str]


def _parts(problems: Iterable[dq.Problem]) -> tuple[_Found, ...]:
    return tuple((p.dimension.value, p.rule_id, p.field, p.message) for p in problems)


class _Checks:
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
    ) -> _Rows:
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


# --- the hook on every ORM write -------------------------------------------------------------


def _note_written(session: Session, _flush_context: Any) -> None:
    """after_flush: the session's new, changed and deleted objects are still listed here."""
    noted: set[int] | None = None
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Customer):
            customer_id = obj.id
        elif isinstance(obj, Review):
            customer_id = obj.customer_id
        else:
            continue
        if customer_id is not None:
            if noted is None:
                noted = session.info.setdefault(_NOTED, set())
            noted.add(customer_id)


def _refresh_noted(session: Session) -> None:
    """before_commit: flush what is pending (noting its files), then refresh them."""
    if not session.info.get(_NOTED):
        if not (session.new or session.dirty or session.deleted):
            return
        session.flush()
    noted = session.info.pop(_NOTED, None)
    if noted:
        refresh_problems(session, noted)


def take_noted(session: Session) -> set[int]:
    """The files the hook noted and has not refreshed yet, no longer noted: for a bulk
    writer that refreshes every file it wrote itself (the demo), so none is done twice."""
    session.flush()
    noted: set[int] = session.info.pop(_NOTED, set())
    return noted


def _forget(session: Session, *_: Any) -> None:
    session.info.pop(_NOTED, None)


def install() -> None:
    """Listen on every Session (idempotent): the unit of work's sessions and any other."""
    for name, listener in (
        ("after_flush", _note_written),
        ("before_commit", _refresh_noted),
        ("after_rollback", _forget),
    ):
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)


install()
