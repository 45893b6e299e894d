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
from typing import Any, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from records_desk.domain.customers import quality as dq
from records_desk.services.customers.quality_checks import QualityChecks, Rows
from records_desk.store import session_hooks
from records_desk.store.bulk import insert_rows
from records_desk.store.customers import (
    Customer,
    QualityKey,
    QualityState,
    Review,
    StoredProblem,
)
from records_desk.store.models import Base

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
_NOTED = "quality_upkeep.customer_ids"  # session.info: files written since the last refresh

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


def refresh_problems(session: Session, customer_ids: Iterable[int], *, fresh: bool = False) -> None:
    """Work out again the stored problems, duplicate keys and state of these files, in the
    caller's transaction. For writers that bypass the ORM (a Core bulk insert fires no
    session event): call it with the ids written, before the commit. `fresh`: none of the
    files has stored rows yet (just inserted), so nothing is deleted first."""
    ids = sorted(set(customer_ids))
    checks = QualityChecks()
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
        self.session, self.checks = session, QualityChecks(phone_facts)

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
_STATE_COLUMNS = (
    "customer_id", "version", "active", "maintainer_id", "department", "archive_number",
    "name", "grade",
)  # fmt: skip
_PROBLEM_COLUMNS = (
    "customer_id", "key", "dimension", "rule_id", "field", "message", "holds_from",
    "holds_until",
)  # fmt: skip
_KEY_COLUMNS = ("customer_id", "grp", "basis", "value")


def _write(session: Session, rows: Rows) -> None:
    """The state, problem and key rows as tuples, one executemany per table (store.bulk)."""
    states, problems, keys = rows
    insert_rows(session, _table(QualityState), _STATE_COLUMNS, states)
    insert_rows(session, _table(StoredProblem), _PROBLEM_COLUMNS, problems)
    insert_rows(session, _table(QualityKey), _KEY_COLUMNS, keys)


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
    """Hooks on every Session (idempotent): the unit of work's sessions and any other. Safe
    while another thread commits (store/session_hooks.py)."""
    session_hooks.add("after_flush", _note_written)
    session_hooks.add("before_commit", _refresh_noted)
    session_hooks.add("after_rollback", _forget)


install()
