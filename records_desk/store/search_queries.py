"""The SQL that answers a customer search from the index (store/search_index.py): how many
customers match, and which ids fill a ranked page.

A page is ranked in tiers (domain.search_text.Tier), each ordered by archive number. Each
tier is read one of two ways, whichever touches fewer rows: fetch every candidate of the tier
from an index and sort them (cheap when the tier is small), or walk the archive-number index
in order, testing each row, until the page is full (cheap when most rows match — "0" or "09"
matches nearly every phone). Either way no query sorts a large result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from records_desk.domain import search_text as st
from records_desk.store.search_index import GRAM, TABLE, TRIGRAM

_BY_ARCHIVE = f"ix_{TABLE}_archive"
_BY_NAME = f"ix_{TABLE}_name_key"


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

    def sql(self, params: dict[str, Any]) -> str:
        parts = ["1"]
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

    def __init__(self, terms: Sequence[str]) -> None:
        self.terms = tuple(terms)
        self.params: dict[str, Any] = {}
        short, long = st.match_expression(self.terms)
        selects = []
        if short:
            self.params["m_gram"] = short
            selects.append(f"SELECT rowid FROM {GRAM} WHERE {GRAM} MATCH :m_gram")
        if long:
            self.params["m_tri"] = long
            selects.append(f"SELECT rowid FROM {TRIGRAM} WHERE {TRIGRAM} MATCH :m_tri")
        self.candidates = " UNION ".join(selects)
        exact, prefix, contains = [], [], []
        for i, term in enumerate(self.terms):
            self.params[f"t{i}"] = term
            self.params[f"hi{i}"] = term + st.TOP
            exact.append(f"s.name_key = :t{i} OR s.archive_key = :t{i}")
            prefix.append(f"(s.name_key >= :t{i} AND s.name_key < :hi{i})")
            contains.append(f"instr(s.text, :t{i}) > 0")
        self.exact = " OR ".join(exact)
        self.prefix = " OR ".join(prefix)
        self.contains = " OR ".join(contains)


def _scalar(session: Session, sql: str, params: dict[str, Any]) -> int:
    return int(session.execute(text(sql), params).scalar() or 0)


def count(session: Session, terms: Sequence[str], where: SearchFilter) -> int:
    params: dict[str, Any] = {}
    if not terms:
        return _scalar(session, f"SELECT count(*) FROM {TABLE} s WHERE {where.sql(params)}", params)
    q = _Terms(terms)
    params.update(q.params)
    if not where.plain:
        sql = f"SELECT count(*) FROM {TABLE} s WHERE s.customer_id IN ({q.candidates}) AND "
        return _scalar(session, sql + where.sql(params), params)
    if " UNION " in q.candidates:
        matched = _scalar(session, f"SELECT count(*) FROM ({q.candidates})", params)
    else:  # one FTS table: its own count, without materialising the ids
        matched = _scalar(session, q.candidates.replace("SELECT rowid", "SELECT count(*)"), params)
    if where.include_void:
        return matched
    # Void files are few: count those matching and take them off.
    void_sql = f"SELECT count(*) FROM {TABLE} s WHERE s.void = 1 AND ({q.contains})"
    return matched - _scalar(session, void_sql, params)


def _table_size(session: Session) -> int:
    return _scalar(session, f"SELECT max(customer_id) FROM {TABLE}", {})


def page_ids(
    session: Session,
    terms: Sequence[str],
    where: SearchFilter,
    offset: int,
    limit: int | None,
) -> list[int]:
    """Ids of the ranked rows [offset, offset + limit); limit None: to the end."""
    if limit is not None and limit <= 0:
        return []
    if not terms:
        params: dict[str, Any] = {}
        sql = (
            f"SELECT s.customer_id FROM {TABLE} s INDEXED BY {_BY_ARCHIVE} "
            f"WHERE {where.sql(params)} ORDER BY s.archive_number"
        )
        return _window(session, sql, params, offset, limit)
    return _Ranked(session, _Terms(terms), where).page(offset, limit)


def _window(
    session: Session, sql: str, params: dict[str, Any], offset: int, limit: int | None
) -> list[int]:
    params = {**params, "lim": -1 if limit is None else limit, "off": offset}
    rows = session.execute(text(sql + " LIMIT :lim OFFSET :off"), params)
    return [r[0] for r in rows]


class _Ranked:
    def __init__(self, session: Session, q: _Terms, where: SearchFilter) -> None:
        self.session = session
        self.q = q
        self.params: dict[str, Any] = dict(q.params)
        self.where = where.sql(self.params)
        self.size = max(_table_size(session), 1)
        self.total = count(session, q.terms, where)
        # Tier 0 is small (whole names, one archive number): read it whole.
        rows = session.execute(
            text(
                f"SELECT s.customer_id, s.name_key FROM {TABLE} s WHERE ({q.exact}) "
                f"AND {self.where} ORDER BY s.archive_number"
            ),
            self.params,
        ).all()
        self.exact_ids = [r[0] for r in rows]
        exact_prefixed = sum(1 for r in rows if any(r[1].startswith(t) for t in q.terms))
        self.prefix_candidates = _scalar(
            session,
            f"SELECT count(*) FROM {TABLE} s INDEXED BY {_BY_NAME} "
            f"WHERE ({q.prefix}) AND {self.where}",
            self.params,
        )
        self.prefix_count = self.prefix_candidates - exact_prefixed
        self.other_count = self.total - len(self.exact_ids) - self.prefix_count

    def page(self, offset: int, limit: int | None) -> list[int]:
        out: list[int] = []
        end = None if limit is None else offset + limit
        out += self.exact_ids[offset:end]
        start = max(offset - len(self.exact_ids), 0)
        for tier in (st.Tier.PREFIX, st.Tier.OTHER):
            size = self.prefix_count if tier is st.Tier.PREFIX else self.other_count
            want = None if limit is None else limit - len(out)
            if want is not None and want <= 0:
                break
            if start < size:
                out += self._tier(tier, size, start, want)
            start = max(start - size, 0)
        return out

    def _tier(self, tier: st.Tier, size: int, start: int, want: int | None) -> list[int]:
        q = self.q
        not_exact = f"NOT ({q.exact})"
        if tier is st.Tier.PREFIX:
            predicate = f"({q.prefix}) AND {not_exact}"
            fetch_from = f"{TABLE} s INDEXED BY {_BY_NAME}"
            fetch_cost = self.prefix_candidates
        else:
            predicate = f"({q.contains}) AND {not_exact} AND NOT ({q.prefix})"
            fetch_from = f"{TABLE} s NOT INDEXED WHERE s.customer_id IN ({q.candidates})"
            fetch_cost = self.total
        wanted = size - start if want is None else min(want, size - start)
        scan_cost = (start + wanted) * self.size / max(size, 1)
        if fetch_cost <= scan_cost:
            head = f"SELECT s.customer_id FROM {fetch_from}"
            head += " WHERE 1" if tier is st.Tier.PREFIX else ""
        else:
            head = f"SELECT s.customer_id FROM {TABLE} s INDEXED BY {_BY_ARCHIVE} WHERE 1"
        sql = f"{head} AND {predicate} AND {self.where} ORDER BY s.archive_number"
        return _window(self.session, sql, self.params, start, wanted)
