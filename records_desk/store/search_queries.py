"""The SQL that answers a customer search from the index (store/search_index.py): how many
customers match, and which ids fill a ranked page.

A page is ranked in tiers (domain.search_text.Tier), each ordered by archive number. Each
tier is read one of two ways, whichever touches fewer rows: fetch every candidate of the tier
from an index and sort them (cheap when the tier is small), or walk the archive-number index
in order, testing each row, until the page is full (cheap when most rows match — "0" or "09"
matches nearly every phone). Either way no query sorts a large result.

A SearchPlan holds what the counts cost to learn (the total, the exact matches, the tier
sizes); the service keeps recent plans while the data is unchanged, so the count and every
page of one query learn them once.

On a PostgreSQL server (issue 15 §2) the same plan and pages are read with the same SQL, less
SQLite's index hints (the server's planner chooses; `_Sql`), and with the server's index in
place of the FTS5 tables (store/search_server.py): the same answers in the same order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from records_desk.domain.common import search_text as st
from records_desk.store import search_index as si
from records_desk.store import search_server as ss

TABLE = si.TABLE
_BY_ARCHIVE = f"ix_{TABLE}_archive"
_BY_NAME = f"ix_{TABLE}_name_key"
_BY_ID = f"ix_{TABLE}_by_id"
# How many rows a walk down the covering archive-number index tests in the time one
# candidate is fetched by id (measured at 200,000 customers: under 1 us against 25 us, most
# of it decrypting the index page each fetch lands on).
WALK_SPEEDUP = 25


class _Sql:
    """What differs between the backends' SQL: SQLite's index hints (the server's planner
    chooses its own), the substring test, and "no limit"."""

    def __init__(self, session: Session) -> None:
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.no_limit: int | None = -1 if self.sqlite else None

    def by(self, index: str) -> str:
        return f"INDEXED BY {index}" if self.sqlite else ""

    def no_index(self) -> str:
        return "NOT INDEXED" if self.sqlite else ""

    def contains(self, param: str) -> str:
        return f"{'instr' if self.sqlite else 'strpos'}(s.text, :{param}) > 0"

    def order(self, walk: bool) -> str:
        """ORDER BY archive number. When the rows are fetched rather than walked, the server
        is kept off the archive-number index (an expression it cannot read from the index):
        given a LIMIT it would walk that index testing every row, against the choice made
        here (`_tier_sql`); SQLite is told with INDEXED BY instead. The same order: the
        column's collation is "C" (search_server.py)."""
        if walk or self.sqlite:
            return "s.archive_number"
        return "(s.archive_number || '') COLLATE \"C\""


@dataclass(frozen=True)
class SearchFilter:
    """The filters beside the text; `only_ids` restricts to a set (blacklisted today)."""

    department: str | None = None
    record_type: str | None = None
    grade: str | None = None
    include_void: bool = False
    only_ids: frozenset[int] | None = None

    @property
    def plain(self) -> bool:
        """Only the void filter: counts come from the indexes alone."""
        return (
            self.department is None
            and self.record_type is None
            and self.grade is None
            and self.only_ids is None
        )

    def tokens(self) -> list[str]:
        """The filters as words of the gram index (domain.search_text.filter_token)."""
        chosen = (("d", self.department), ("t", self.record_type), ("g", self.grade))
        return [st.filter_token(kind, value) for kind, value in chosen if value is not None]

    def sql(self, params: dict[str, Any]) -> str:
        parts = ["1 = 1"]
        if not self.include_void:
            parts.append("s.void = 0")
        for column in ("department", "record_type", "grade"):
            value = getattr(self, column)
            if value is not None:
                parts.append(f"s.{column} = :f_{column}")
                params[f"f_{column}"] = value
        if self.only_ids is not None:
            ids = ",".join(str(int(i)) for i in sorted(self.only_ids)) or "NULL"
            parts.append(f"s.customer_id IN ({ids})")
        return " AND ".join(parts)


class _Terms:
    """The SQL pieces for one query's terms, with their bound parameters."""

    def __init__(self, terms: Sequence[str], where: SearchFilter, sql: _Sql) -> None:
        self.sql = sql
        self.terms = tuple(terms)
        self.params: dict[str, Any] = {}
        # Which terms the gram index answers: up to 2 characters on SQLite, 3 on a server.
        # On a server a term holding another ("3)" holds "3", a phone's digits) adds no
        # match, so the other is looked for alone: one gram's count instead of a union.
        top = st.SHORT_QUERY if sql.sqlite else ss.GRAM_MAX
        matched = self.terms if sql.sqlite else _needed(self.terms)
        short = [t for t in matched if len(t) <= top]
        long = [t for t in matched if len(t) > top]
        # Short terms only, filtered by department, type or grade: the gram index applies
        # the filters itself, so its count is the answer.
        tokens = where.tokens() if short and not long else []
        self.filtered = bool(tokens)
        self.short = short
        # One short term alone: its count is the index's count of its gram.
        self.one_gram = len(matched) == 1 and bool(short) and not self.filtered
        # Per index set (active files; void ones too when asked): the ids matching.
        self.sets: list[str] = []
        self.vocab: list[str] = []  # a gram's count, per set (bound :token)
        voids = (0, 1) if where.include_void else (0,)
        if sql.sqlite:
            self._sqlite_sets(voids, tokens)
        else:
            self._server_sets(voids, short, long, tokens)
        self.candidates = " UNION ALL ".join(self.sets)  # the sets are disjoint
        exact, prefix, contains = [], [], []
        for i, term in enumerate(self.terms):
            self.params[f"t{i}"] = term
            self.params[f"hi{i}"] = term + st.TOP
            exact.append(f"s.name_key = :t{i} OR s.archive_key = :t{i}")
            prefix.append(f"(s.name_key >= :t{i} AND s.name_key < :hi{i})")
            contains.append(sql.contains(f"t{i}"))
        self.exact = " OR ".join(exact)
        self.in_terms = ", ".join(f":t{i}" for i in range(len(self.terms)))
        self.prefix = " OR ".join(prefix)
        self.contains = " OR ".join(contains)

    def _server_sets(
        self, voids: Sequence[int], short: list[str], long: list[str], tokens: list[str]
    ) -> None:
        if short:
            self.params["m_grams"] = [st.gram_token(t) for t in short]
            self.params["m_filters"] = tokens
        for i, term in enumerate(long):
            self.params[f"l{i}"] = ss.like_pattern(term)
        for void in voids:
            self.sets.append(" UNION ".join(ss.matching(void, bool(short), long, self.filtered)))
            self.vocab.append(ss.gram_count(void))

    def _sqlite_sets(self, voids: Sequence[int], tokens: list[str]) -> None:
        short, long = st.match_expression(self.terms)
        if short:
            self.params["m_gram"] = " AND ".join([f"({short})", *tokens])
        if long:
            self.params["m_tri"] = long
        indexes = [
            (si.GRAM, si.TRIGRAM, si.GRAM_VOCAB),
            (si.VOID_GRAM, si.VOID_TRIGRAM, si.VOID_GRAM_VOCAB),
        ]
        for gram, trigram, vocab in (indexes[void] for void in voids):
            selects = []
            if short:
                selects.append(f"SELECT rowid FROM {gram} WHERE {gram} MATCH :m_gram")
            if long:
                selects.append(f"SELECT rowid FROM {trigram} WHERE {trigram} MATCH :m_tri")
            self.sets.append(" UNION ".join(selects))
            self.vocab.append(f"SELECT doc FROM {vocab} WHERE term = :token")

    def count_set(self, session: Session, index: int) -> int:
        select = self.sets[index]
        if self.one_gram:
            # One gram: its document count, straight from the index.
            token = st.gram_token(self.short[0])
            return _scalar(session, self.vocab[index], {"token": token})
        if " UNION " in select:
            return _scalar(session, f"SELECT count(*) FROM ({select}) AS m", self.params)
        first = select.split(" FROM ", 1)[0]  # SELECT rowid, or SELECT customer_id
        return _scalar(session, select.replace(first, "SELECT count(*)", 1), self.params)


def _needed(terms: Sequence[str]) -> tuple[str, ...]:
    """The terms whose matches the others' do not already include: a file holding a term
    holds every part of it."""
    return tuple(t for t in terms if not any(o != t and o in t for o in terms))


def _scalar(session: Session, sql: str, params: dict[str, Any]) -> int:
    return int(session.execute(text(sql), params).scalar() or 0)


@dataclass
class SearchPlan:
    """What one query's counts cost to learn; pages are read with `page_ids`."""

    terms: tuple[str, ...]
    where: SearchFilter
    total: int
    candidates: int = 0  # matches before the filters other than void
    size: int = 0  # rows in the index: what a walk in archive order may visit
    exact_ids: tuple[int, ...] = ()
    prefix_candidates: int = 0  # names starting with a term, the exact ones included
    prefix_count: int = 0
    other_count: int = 0


def plan(session: Session, terms: Sequence[str], where: SearchFilter) -> SearchPlan:
    terms = tuple(terms)
    params: dict[str, Any] = {}
    dialect = _Sql(session)
    if not terms:
        hint = dialect.by(f"ix_{TABLE}_filters") if where.only_ids is None else ""
        sql = f"SELECT count(*) FROM {TABLE} s {hint} WHERE {where.sql(params)}"
        return SearchPlan(terms, where, _scalar(session, sql, params))
    q = _Terms(terms, where, dialect)
    params.update(q.params)
    condition = where.sql(params)
    size = max(_scalar(session, f"SELECT max(customer_id) FROM {TABLE}", {}), 1)
    candidates = sum(q.count_set(session, i) for i in range(len(q.sets)))
    total = candidates
    if not where.plain and not (q.filtered and where.only_ids is None):
        # Whichever reads least: the chosen few by id (blacklisted today), the matches by
        # id, or every file down the covering index (when most match).
        chosen = len(where.only_ids) if where.only_ids is not None else size
        if chosen <= candidates and chosen * WALK_SPEEDUP <= size:
            sql = f"SELECT count(*) FROM {TABLE} s {dialect.no_index()} WHERE ({q.contains})"
        elif candidates * WALK_SPEEDUP > size:
            hint = dialect.by(_BY_ARCHIVE)
            sql = f"SELECT count(*) FROM {TABLE} s {hint} WHERE ({q.contains})"
        else:
            sql = f"SELECT count(*) FROM {TABLE} s WHERE s.customer_id IN ({q.candidates})"
        total = _scalar(session, f"{sql} AND {condition}", params)
    # Exact matches are few (whole names, one archive number): read them whole, each
    # column through its own index, sorted here.
    rows = list(
        session.execute(
            text(
                " UNION ".join(
                    f"SELECT s.customer_id, s.name_key, s.archive_number FROM {TABLE} s "
                    f"{dialect.by(f'ix_{TABLE}_{column}')} WHERE s.{column} IN ({q.in_terms}) "
                    f"AND {condition}"
                    for column in ("name_key", "archive_key")
                )
            ),
            params,
        )
    )
    rows.sort(key=lambda r: r[2])
    exact_prefixed = sum(1 for r in rows if any(r[1].startswith(t) for t in terms))
    prefix_candidates = _scalar(
        session,
        f"SELECT count(*) FROM {TABLE} s {dialect.by(_BY_NAME)} WHERE ({q.prefix}) AND {condition}",
        params,
    )
    prefix_count = prefix_candidates - exact_prefixed
    return SearchPlan(
        terms=terms,
        where=where,
        total=total,
        candidates=candidates,
        size=size,
        exact_ids=tuple(r[0] for r in rows),
        prefix_candidates=prefix_candidates,
        prefix_count=prefix_count,
        other_count=total - len(rows) - prefix_count,
    )


def page_ids(session: Session, p: SearchPlan, offset: int, limit: int | None) -> list[int]:
    """Ids of the ranked rows [offset, offset + limit); limit None: to the end."""
    if limit is not None and limit <= 0:
        return []
    params: dict[str, Any] = {}
    condition = p.where.sql(params)
    dialect = _Sql(session)
    if not p.terms:
        # A few chosen files (blacklisted today) are fetched and sorted; else a walk.
        hint = dialect.no_index() if p.where.only_ids is not None else dialect.by(_BY_ARCHIVE)
        sql = (
            f"SELECT s.customer_id FROM {TABLE} s {hint} "
            f"WHERE {condition} ORDER BY {dialect.order(walk=p.where.only_ids is None)}"
        )
        return _window(session, sql, params, offset, limit, dialect)
    q = _Terms(p.terms, p.where, dialect)
    params.update(q.params)
    end = None if limit is None else offset + limit
    out = list(p.exact_ids[offset:end])
    start = max(offset - len(p.exact_ids), 0)
    for tier in (st.Tier.PREFIX, st.Tier.OTHER):
        size = p.prefix_count if tier is st.Tier.PREFIX else p.other_count
        want = None if limit is None else limit - len(out)
        if want is not None and want <= 0:
            break
        if start < size:
            wanted = size - start if want is None else min(want, size - start)
            sql, walk = _tier_sql(p, q, tier, size, start + wanted)
            out += _window(session, f"{sql} AND {condition} ORDER BY {dialect.order(walk)}",
                           params, start, wanted, dialect)  # fmt: skip
        start = max(start - size, 0)
    return out


def _tier_sql(p: SearchPlan, q: _Terms, tier: st.Tier, size: int, reach: int) -> tuple[str, bool]:
    """The rows of a tier, read whichever way touches fewer rows to reach `reach` of them;
    and whether that is the walk down the archive-number index."""
    not_exact = f"NOT ({q.exact})"
    by = q.sql.by
    if tier is st.Tier.PREFIX:
        predicate = f"({q.prefix}) AND {not_exact}"
        fetch = f"SELECT s.customer_id FROM {TABLE} s {by(_BY_NAME)} WHERE 1 = 1"
        fetch_cost = p.prefix_candidates
    else:
        predicate = f"({q.contains}) AND {not_exact} AND NOT ({q.prefix})"
        fetch = (
            f"SELECT s.customer_id FROM {TABLE} s {by(_BY_ID)} "
            f"WHERE s.customer_id IN ({q.candidates})"
        )
        fetch_cost = p.candidates
    if p.where.only_ids is not None and len(p.where.only_ids) < fetch_cost:
        # The chosen few (blacklisted today) by id, each tested.
        predicate = f"({q.contains}) AND {predicate}"
        fetch = f"SELECT s.customer_id FROM {TABLE} s {q.sql.no_index()} WHERE 1 = 1"
        fetch_cost = len(p.where.only_ids)
    walk_cost = reach * p.size / max(size, 1)
    if tier is st.Tier.OTHER:
        # Fetched candidates are read by id in no order; the walk reads the covering index
        # in order (the prefix tier's fetch is an index range too).
        walk_cost /= WALK_SPEEDUP
    walk = fetch_cost > walk_cost
    if walk:
        fetch = f"SELECT s.customer_id FROM {TABLE} s {by(_BY_ARCHIVE)} WHERE 1 = 1"
    return f"{fetch} AND {predicate}", walk


def _window(
    session: Session,
    sql: str,
    params: dict[str, Any],
    offset: int,
    limit: int | None,
    dialect: _Sql,
) -> list[int]:
    params = {**params, "lim": dialect.no_limit if limit is None else limit, "off": offset}
    rows = session.execute(text(sql + " LIMIT :lim OFFSET :off"), params)
    return [r[0] for r in rows]


def data_version(session: Session) -> int:
    """Changes whenever the index may have: every index write comes with a new revision of
    the file (services.customer_records.new_versions)."""
    return _scalar(session, "SELECT max(id) FROM customer_revision", {})
