"""The data-quality list as SQL over the tracked problems (R-DQ-1..3, issue 10 §3): a look
brings the tracking table (quality_problem) up to date with the problems that hold today, then
every count, score and page is an aggregate or a LIMITed query over its open rows, so no look
builds a Python object per problem.

- `sync`: the problems holding today are the stored ones (quality_upkeep.py) whose days
  include today, less the overdue reviews of customers a blacklist cleared (五3.3), plus the
  few found at look time (quality_scan.look_time). Those not tracked yet get a row first seen
  now; open rows no longer among them are stamped fixed now. Only the files that may have
  changed since the last look (quality_look's day) are examined: those written since
  (quality_state.synced is None), those with a stored problem starting or ending to hold
  after that day, those with a blacklist entry or with a problem found at look time; every
  file on the first look or when the clock went back. Each step is one set-based statement;
  the look-time keys, the cleared customers and the files examined go to temporary tables.
- After a sync the open tracking rows *are* today's problems, one per key: counts per
  dimension, per maintainer and per department are GROUP BYs of them joined to quality_state
  (who keeps the file, where, its archive number, name and grade).
- A page is the open rows in the list's order (archive number, dimension in R-DQ-1's order,
  message, row id) after a given row (keyset: a page deep in the list costs what the first
  does), read through quality_state's archive-number index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    exists,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    text,
    union,
    update,
)
from sqlalchemy.orm import Session

from records_desk.domain.customers import quality as dq
from records_desk.services.customers.quality_dto import QualityQuery
from records_desk.services.customers.quality_scan import LookTime
from records_desk.store.customers import QualityLook, QualityProblem, QualityState, StoredProblem
from records_desk.store.hints import indexed_by
from records_desk.store.models import Account, UTCDateTime

_CHUNK = 500  # values per IN (...) list or multi-row insert
_T = QualityProblem
_S = StoredProblem
_F = QualityState

# Per connection, emptied at each sync; never part of the schema (Base.metadata).
_TEMP = MetaData()
_LOOK_KEYS = Table(
    "quality_look_key", _TEMP, Column("key", String, primary_key=True), prefixes=["TEMPORARY"]
)
_CLEARED = Table(
    "quality_look_cleared",
    _TEMP,
    Column("customer_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)
_SCOPE = Table(
    "quality_look_customer",
    _TEMP,
    Column("customer_id", Integer, primary_key=True),
    prefixes=["TEMPORARY"],
)
# Found by the look itself, never stored: a file with one of these open is re-examined.
LOOK_DIMENSIONS = (dq.Dimension.ACCURACY, dq.Dimension.CONSISTENCY, dq.Dimension.UNIQUENESS)
_ORDER = {d.value: i for i, d in enumerate(dq.Dimension)}


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _holding(today: date) -> ColumnElement[bool]:
    """A stored problem holds today, and is no overdue review of a cleared customer."""
    return and_(
        or_(_S.holds_from.is_(None), _S.holds_from <= today),
        or_(_S.holds_until.is_(None), _S.holds_until > today),
        not_(
            and_(
                _S.rule_id == "R-GRD-3",
                _S.customer_id.in_(select(_CLEARED.c.customer_id)),
            )
        ),
    )


def _fill(session: Session, table: Table, values: Iterable[Any]) -> None:
    table.create(session.connection(), checkfirst=True)
    session.execute(table.delete())
    column = next(iter(table.c)).name
    for chunk in _chunks(sorted(set(values))):
        session.execute(insert(table), [{column: v} for v in chunk])


def sync(session: Session, now: datetime, today: date, found: LookTime) -> tuple[int, int]:
    """R-DQ-3: track today's problems (see the module's docstring); (new, fixed) counts.
    Only the files that may have changed since the last look are examined: those written
    since (quality_state.synced is None), those with a stored problem starting or ending to
    hold after the last look's day, those with a blacklist entry or a problem found at look
    time; every file when there was no last look or the clock went back."""
    later = {dq.problem_key(p): p for p in found.problems}
    _fill(session, _LOOK_KEYS, later)
    _fill(session, _CLEARED, found.cleared)
    last = session.scalar(select(QualityLook.synced_on))
    scope = None if last is None or today < last else _scope(session, last, today, found)
    seen = literal(now, UTCDateTime())
    tracked = select(_T.id).where(_T.fixed_at.is_(None), _T.key == _S.key)
    # One row per key (a phone typed twice is one problem): the rows of one key are alike,
    # min() picks one on either backend (PostgreSQL takes no bare column beside GROUP BY).
    holding = select(
        _S.key,
        *(func.min(c) for c in (_S.customer_id, _S.dimension, _S.rule_id, _S.field, _S.message)),
        seen,
    )
    if scope is not None:  # each file of the scope looked up by its index
        holding = holding.where(_S.customer_id.in_(select(scope.c.customer_id)))
    # Counted by what it returns: psycopg gives no rowcount for an INSERT … SELECT built by
    # SQLAlchemy (-1), SQLite does; RETURNING counts alike on both.
    new = len(
        session.execute(
            insert(_T)
            .from_select(
                ["key", "customer_id", "dimension", "rule_id", "field", "message", "first_seen_at"],
                holding.where(_holding(today), ~exists(tracked)).group_by(_S.key),
            )
            .returning(_T.id)
        ).all()
    )
    untracked = sorted(set(later) - _open_among(session, list(later)))
    for chunk in _chunks(untracked):
        session.execute(insert(_T), [_row(k, later[k], now) for k in chunk])
    still = select(_S.id).where(_S.customer_id == _T.customer_id, _S.key == _T.key, _holding(today))
    gone = update(_T).where(~exists(still), _T.key.not_in(select(_LOOK_KEYS.c.key)))
    if scope is None:
        gone = gone.where(_T.fixed_at.is_(None))
    else:  # a function of the column keeps SQLite on the scope's files, off the index of
        # every open row (as SQLite's unary + would; PostgreSQL has none for a moment)
        gone = gone.where(
            func.coalesce(_T.fixed_at, None).is_(None),
            _T.customer_id.in_(select(scope.c.customer_id)),
        )
    fixed = _count(
        session.execute(gone.values(fixed_at=now).execution_options(synchronize_session=False))
    )
    session.execute(update(_F).where(_F.synced.is_(None)).values(synced=True))
    if last is None:
        session.execute(insert(QualityLook).values(synced_on=today))
    else:
        session.execute(update(QualityLook).values(synced_on=today))
    return new + len(untracked), fixed


def _count(result: Any) -> int:
    """Rows an INSERT … SELECT or an UPDATE wrote (a CursorResult's rowcount)."""
    return int(result.rowcount)


def _scope(session: Session, last: date, today: date, found: LookTime) -> Table:
    """The files a look re-examines when the last look was on `last` (a temporary table)."""
    written = select(_F.customer_id).where(_F.synced.is_(None))
    looked = select(_T.customer_id).where(
        _T.fixed_at.is_(None), _T.dimension.in_([d.value for d in LOOK_DIMENSIONS])
    )
    others = {p.record_id for p in found.problems} | found.blacklisted
    _fill(session, _SCOPE, others)
    sources = [written, looked]
    if today > last:
        sources.append(
            select(_S.customer_id).where(
                or_(
                    and_(_S.holds_from > last, _S.holds_from <= today),
                    and_(_S.holds_until > last, _S.holds_until <= today),
                )
            )
        )
    every = union(*sources).subquery()
    added = select(every.c.customer_id).where(
        every.c.customer_id.not_in(select(_SCOPE.c.customer_id))  # those _fill put there
    )
    session.execute(insert(_SCOPE).from_select(["customer_id"], added))
    return _SCOPE


def _open_among(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(keys):
        found.update(
            session.scalars(select(_T.key).where(_T.fixed_at.is_(None), _T.key.in_(chunk)))
        )
    return found


def _row(key: str, p: dq.Problem, now: datetime) -> dict[str, Any]:
    return {
        "key": key,
        "customer_id": p.record_id,
        "dimension": p.dimension.value,
        "rule_id": p.rule_id,
        "field": p.field,
        "message": p.message,
        "first_seen_at": now,
    }


# --- counts -----------------------------------------------------------------------------------


def _open(query: Any, filters: QualityQuery, session: Session) -> Any:
    query = query.where(_T.fixed_at.is_(None))
    if filters.department is not None:
        query = query.where(_F.department == filters.department)
    if filters.maintainer is not None:
        ids = select(Account.id).where(Account.username == filters.maintainer)
        query = query.where(_F.maintainer_id.in_(ids))
    if filters.dimension is not None:
        query = query.where(_T.dimension == filters.dimension.value)
    return query


def open_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(_T.fixed_at.is_(None))) or 0


def by_dimension(session: Session, filters: QualityQuery) -> dict[dq.Dimension, int]:
    """Open problems per dimension within the maintainer and department filters."""
    within = QualityQuery(filters.maintainer, filters.department)
    query = select(_T.dimension, func.count()).select_from(_T)
    if within.maintainer is not None or within.department is not None:
        query = query.join(_F, _F.customer_id == _T.customer_id)
    rows = session.execute(_open(query, within, session).group_by(_T.dimension))
    counts = dict.fromkeys(dq.Dimension, 0)
    for dimension, count in rows:
        counts[dq.Dimension(dimension)] = count
    return counts


def open_by_owner(session: Session) -> tuple[dict[int, int], dict[str, int]]:
    """Open problems per maintainer (account id) and per department, in one pass."""
    per_maintainer: dict[int, int] = {}
    per_department: dict[str, int] = {}
    for maintainer_id, department, count in session.execute(
        select(_F.maintainer_id, _F.department, func.count())
        .select_from(_T)
        .join(_F, _F.customer_id == _T.customer_id)
        .where(_T.fixed_at.is_(None))
        .group_by(_F.maintainer_id, _F.department)
    ):
        per_maintainer[maintainer_id] = per_maintainer.get(maintainer_id, 0) + count
        per_department[department] = per_department.get(department, 0) + count
    return per_maintainer, per_department


def everyone(session: Session) -> tuple[set[int], set[str], int]:
    """Maintainers and departments with an active file (a score of 100 when no problem), and
    how many active files there are."""
    maintainers: set[int] = set()
    departments: set[str] = set()
    files = 0
    for maintainer_id, department, count in session.execute(
        select(_F.maintainer_id, _F.department, func.count())
        .where(_F.active.is_(True))
        .group_by(_F.maintainer_id, _F.department)
    ):
        maintainers.add(maintainer_id)
        departments.add(department)
        files += count
    return maintainers, departments, files


# --- pages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class After:
    """The last row of the page before: where the next page starts (keyset)."""

    archive_number: str
    dimension: dq.Dimension
    message: str
    row_id: int


_FILES = """
SELECT s.customer_id FROM quality_state AS s {by_number}
WHERE s.archive_number >= :number{where_s} AND EXISTS (
    SELECT 1 FROM quality_problem AS t {by_file}
    WHERE t.customer_id = s.customer_id AND t.fixed_at IS NULL{where_t})
ORDER BY s.archive_number LIMIT :files
"""
_ROWS = """
SELECT t.id, t.customer_id, t.dimension, t.rule_id, t.field, t.message,
       t.first_seen_at, s.archive_number, s.name, s.grade, s.department, s.maintainer_id
FROM quality_problem AS t{by_file} JOIN quality_state AS s ON s.customer_id = t.customer_id
WHERE t.fixed_at IS NULL{where_s}{where_t}{files}
"""
_FEW = 2_000  # one dimension's open problems up to this many are read whole, then sorted


def page(
    session: Session, filters: QualityQuery, after: After | None, limit: int | None
) -> list[Any]:
    """Open problems in the list's order after `after`; rows of (id, customer id, dimension,
    rule, field, message, first seen as stored, archive number, name, grade, department,
    maintainer id).

    A page walks the files in archive-number order (their index) to the next `limit` + 1
    that have a matching problem, then reads those files' problems and orders them: it
    costs what its rows do, however deep in the list. Left to itself SQLite would read every
    open problem and sort them for each page. One dimension's problems, when few, are read
    whole and sorted instead (walking the files to find 16 likely duplicates would read
    them all). The SQL is fixed text with bound values."""
    values: dict[str, Any] = {}
    where_s, where_t = "", ""
    if filters.department is not None:
        where_s += " AND s.department = :department"
        values["department"] = filters.department
    if filters.maintainer is not None:
        where_s += " AND s.maintainer_id IN (SELECT id FROM account WHERE username = :maintainer)"
        values["maintainer"] = filters.maintainer
    few = False
    if filters.dimension is not None:
        where_t = " AND t.dimension = :dimension"
        values["dimension"] = filters.dimension.value
        few = _dimension_count(session, filters.dimension) <= _FEW
    files = ""
    if limit is not None and not few:
        ids = list(
            session.scalars(
                text(
                    _FILES.format(
                        by_number=indexed_by(session, "ix_quality_state_archive_number"),
                        by_file=indexed_by(session, "ix_quality_problem_customer_id"),
                        where_s=where_s,
                        where_t=where_t,
                    )
                ),
                values | {"number": after.archive_number if after else "", "files": limit + 1},
            )
        )
        if not ids:
            return []
        files = f" AND t.customer_id IN ({', '.join(str(int(i)) for i in ids)})"
    by_file = " " + indexed_by(session, "ix_quality_problem_customer_id") if files else ""
    sql = _ROWS.format(by_file=by_file, where_s=where_s, where_t=where_t, files=files)
    rows = session.execute(text(sql), values)
    found = sorted(rows, key=_place)
    if after is not None:
        cursor = (after.archive_number, _ORDER[after.dimension.value], after.message, after.row_id)
        found = [r for r in found if _place(r) > cursor]
    return found if limit is None else found[:limit]


def _place(row: Any) -> tuple[str, int, str, int]:
    """Where a row stands in the list: archive number, dimension, message, row id."""
    return (row.archive_number, _ORDER.get(row.dimension, len(_ORDER)), row.message, row.id)


def _dimension_count(session: Session, dimension: dq.Dimension) -> int:
    query = select(func.count()).where(_T.fixed_at.is_(None), _T.dimension == dimension.value)
    return session.scalar(query) or 0
