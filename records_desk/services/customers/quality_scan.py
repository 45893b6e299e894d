"""The data-quality look's reading (R-DQ-1), fast at 200,000 files: which files were never
checked, and the few checks that involve other records, made now (the stored problems that
hold today are read in SQL by quality_list.py). The decisions are quality.py's and
quality_upkeep.py's docstrings; the checks are the domain's.

How it stays fast: nothing here walks the files. Likely duplicates are the groups of duplicate
keys held by two files or more (an indexed GROUP BY); the blacklist and the spot-check failures
are small.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from records_desk.domain.customers import blacklist as bl
from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.spot_check import SpotResult
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.customers.records import cleared_customers, domain_entries
from records_desk.store.bulk import reading_cache
from records_desk.store.customers import (
    Customer,
    DuplicateDismissal,
    QualityKey,
    QualityState,
    SpotCheck,
    SpotCheckItem,
)

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
LOOK_CACHE_KIB = 64 * 1024


def moment(raw: Any) -> datetime:
    """A stored UTC moment (naive text on SQLite, a datetime elsewhere) as an aware one."""
    value = raw if isinstance(raw, datetime) else datetime.fromisoformat(str(raw))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def stale_ids(session: Session) -> list[int]:
    """Files never checked (no quality_state row): an old database's, or a bulk insert's
    whose writer did not refresh them. Every state row is a file's (customers are never
    deleted), so equal counts mean none; the counts read an index, the search would not."""
    files = session.scalar(select(func.count(Customer.id))) or 0
    if files == (session.scalar(select(func.count(QualityState.customer_id))) or 0):
        return []
    checked = select(QualityState.customer_id).where(QualityState.customer_id == Customer.id)
    return list(session.scalars(select(Customer.id).where(~checked.exists())))


@dataclass(frozen=True)
class LookTime:
    """What a look finds itself: the problems that involve other records (the blacklist's
    consistency, likely duplicates, spot-check failures), the customers a blacklist cleared
    today (they owe no periodic review, 五3.3) and every customer with a blacklist entry
    (whose clearing may have changed since the last look)."""

    problems: list[dq.Problem]
    cleared: set[int]
    blacklisted: set[int]


def look_time(session: Session, today: date) -> LookTime:
    # The tables a look reads (tens of MiB at 200,000 files) stay in this connection's page
    # cache for the next look instead of being read and decrypted again (default: 2 MiB).
    reading_cache(session, LOOK_CACHE_KIB)
    every_entry = domain_entries(session)  # read once for both uses
    cleared = cleared_customers(session, today, every_entry)
    later = [
        *_blacklisted_but_graded(session, every_entry, today),
        *_likely_duplicates(session),
        *_spot_check_failures(session),
        *_voided_but_out(session),
    ]
    return LookTime(later, cleared, {e.customer_id for e in every_entry})


def _blacklisted_but_graded(
    session: Session, entries: list[bl.BlacklistEntry], today: date
) -> list[dq.Problem]:
    """R-GRD-5 → consistency: on a blacklist in force for its department, still VIP/優選."""
    by_customer: dict[int, list[bl.BlacklistEntry]] = defaultdict(list)
    for entry in entries:
        by_customer[entry.customer_id].append(entry)
    found: list[dq.Problem] = []
    for chunk in _chunks(sorted(by_customer)):
        for cid, department, grade in session.execute(
            select(Customer.id, Customer.department, Customer.grade).where(
                Customer.id.in_(chunk),
                Customer.status == CustomerStatus.ACTIVE.value,
                Customer.grade.is_not(None),
            )
        ):
            blacklisted = bl.is_blacklisted(by_customer[cid], cid, department, today)
            found.extend(dq.consistency_problems(cid, Grade(str(grade)), blacklisted, False, False))
    return found


def _voided_but_out(session: Session) -> list[dq.Problem]:
    """R-DQ-1 consistency (R-CUS-3): a voided file still out of the archive, e.g. on loan.
    Which files are out is each feature's (records_desk/features.py `customer_files`): few."""
    from records_desk.features import features

    out: set[int] = set()
    for feature in features():
        if feature.customer_files:
            out.update(importlib.import_module(feature.customer_files).files_out(session))
    found: list[dq.Problem] = []
    for chunk in _chunks(sorted(out)):
        for (cid,) in session.execute(
            select(Customer.id).where(
                Customer.id.in_(chunk), Customer.status == CustomerStatus.VOID.value
            )
        ):
            found.extend(dq.consistency_problems(cid, None, False, True, True))
    return found


def _likely_duplicates(session: Session) -> tuple[dq.Problem, ...]:
    """R-DQ-1 uniqueness: files sharing a duplicate key within their group, less the pairs
    marked "not a duplicate"."""
    shared = (
        select(QualityKey.grp, QualityKey.basis, QualityKey.value)
        .group_by(QualityKey.grp, QualityKey.basis, QualityKey.value)
        .having(func.count() > 1)
    )
    keyed: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for cid, group, basis, value in session.execute(
        select(QualityKey.customer_id, QualityKey.grp, QualityKey.basis, QualityKey.value).where(
            tuple_(QualityKey.grp, QualityKey.basis, QualityKey.value).in_(shared)
        )
    ):
        keyed.setdefault(cid, (group, []))[1].append((basis, value))
    dismissed = [
        dup.pair_key(a, b)
        for a, b in session.execute(
            select(DuplicateDismissal.first_id, DuplicateDismissal.second_id)
        )
    ]
    pairs = dup.pairs_sharing_keys(
        ((cid, group, keys) for cid, (group, keys) in keyed.items()), dismissed
    )
    return dup.duplicate_problems(pairs)


def _spot_check_failures(session: Session) -> list[dq.Problem]:
    """R-CUS-6 → accuracy: failures of active files not followed by a change of the file."""
    rows = session.execute(
        select(
            SpotCheckItem.id,
            SpotCheckItem.customer_id,
            SpotCheckItem.note,
            SpotCheckItem.marked_at,
            SpotCheck.week_start,
            Customer.updated_at,
        )
        .join(SpotCheck, SpotCheck.id == SpotCheckItem.spot_check_id)
        .join(Customer, Customer.id == SpotCheckItem.customer_id)
        .where(
            SpotCheckItem.result == SpotResult.FAILED.value,
            Customer.status == CustomerStatus.ACTIVE.value,
        )
    )
    return [
        dq.Problem(
            customer_id,
            dq.Dimension.ACCURACY,
            "R-CUS-6",
            f"spot check of the week of {week} failed (entry {item_id}): {note}",
        )
        for item_id, customer_id, note, marked_at, week, updated_at in rows
        if marked_at is not None and updated_at <= marked_at
    ]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
