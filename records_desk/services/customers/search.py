"""Customer search (issue item 7): the customers table, the export and the CLI ask this
service how many customers a query matches and for one ranked page of them at a time.

A query is a substring of the name, contact person, phones (separators ignored), e-mail or
archive number, full- and half-width alike (domain.search_text), plus filters. Ranking: the
whole name or archive number, then names starting with the query, then every other match,
ties by archive number; an empty query lists by archive number. The index behind it lives in
store/search_index.py and store/search_queries.py. Searching is not audited."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common import search_text as st
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.vocabulary import Grade, ProspectLevel, RecordType
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.records import (
    blacklist_rows,
    domain_entry,
    usernames,
)
from records_desk.store import search_queries as sq
from records_desk.store.customers import BlacklistEntry, Customer


@dataclass(frozen=True)
class CustomerQuery:
    """What the customers table shows: the search box and the filters."""

    text: str = ""  # "" = everything
    department: str | None = None
    record_type: RecordType | None = None
    grade: Grade | None = None
    include_void: bool = False
    blacklisted_only: bool = False


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers table or of the export."""

    id: int
    archive_number: str
    name: str
    contact_person: str
    phones: tuple[str, ...]
    email: str
    address: str
    department: str
    product_lines: tuple[str, ...]
    record_type: RecordType
    grade: Grade | None
    prospect_level: ProspectLevel | None
    status: CustomerStatus
    shelf_location: str
    consultant: str | None  # user name
    entered_at: datetime
    event_date: date | None
    blacklisted_until: date | None  # R-GRD-5 in force today: the red badge
    id_number: str = ""  # ID or business registration number (exported, not shown)

    @property
    def blacklisted(self) -> bool:
        return self.blacklisted_until is not None


class CustomerSearchService:
    PLANS_KEPT = 16

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        # Recent queries' counts, valid while no file has changed: the tab asks the count,
        # then page after page of the same query.
        self._plans: OrderedDict[tuple[object, ...], sq.SearchPlan] = OrderedDict()
        self._lock = threading.Lock()

    def count(self, actor: Principal, query: CustomerQuery) -> int:
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            return self._plan(uow.session, query).total

    def page(
        self, actor: Principal, query: CustomerQuery, offset: int, limit: int
    ) -> list[CustomerRow]:
        """Rows [offset, offset + limit) in ranked order."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            ids = self._ids(uow.session, query, max(offset, 0), limit)
            return self._rows(uow.session, ids)

    def iter_rows(
        self, actor: Principal, query: CustomerQuery, batch: int = 1000
    ) -> Iterator[CustomerRow]:
        """Every matching row in page order, batch by batch (the export, the SMS list). The
        ranked ids are read once, so a long export never re-ranks."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            ids = self._ids(uow.session, query, 0, None)
        for start in range(0, len(ids), batch):
            with self.ctx.uow.read() as uow:
                rows = self._rows(uow.session, ids[start : start + batch])
            yield from rows

    def rows_of(
        self, actor: Principal, ids: Sequence[int], batch: int = 1000
    ) -> Iterator[CustomerRow]:
        """The rows of these files (void ones included), in the order given, batch by batch:
        a selection is read by id, not found by walking every file."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        for start in range(0, len(ids), batch):
            with self.ctx.uow.read() as uow:
                rows = self._rows(uow.session, ids[start : start + batch])
            yield from rows

    def departments(self, actor: Principal) -> list[str]:
        """Every department on file, for the filter box."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            found = uow.session.scalars(select(Customer.department).distinct())
            return sorted(d for d in found if d)

    # --- inside a unit of work ---------------------------------------------------------------

    def _ids(
        self, session: Session, query: CustomerQuery, offset: int, limit: int | None
    ) -> list[int]:
        return sq.page_ids(session, self._plan(session, query), offset, limit)

    def _plan(self, session: Session, query: CustomerQuery) -> sq.SearchPlan:
        terms = st.query_terms(query.text)
        where = self._filter(session, query)
        key = (terms, where, sq.data_version(session))
        with self._lock:
            found = self._plans.get(key)
            if found is not None:
                self._plans.move_to_end(key)
                return found
        made = sq.plan(session, terms, where)
        with self._lock:
            self._plans[key] = made
            while len(self._plans) > self.PLANS_KEPT:
                self._plans.popitem(last=False)
        return made

    def _filter(self, session: Session, query: CustomerQuery) -> sq.SearchFilter:
        only: frozenset[int] | None = None
        if query.blacklisted_only:
            today = office_day(self.ctx.now())
            # Only entries that may be in force today; the domain decides (lifting, scope).
            # Columns, not ORM objects: the domain reads them by the same names.
            rows: Iterable[Any] = session.execute(
                select(*BlacklistEntry.__table__.columns).where(
                    BlacklistEntry.starts_on <= today, BlacklistEntry.expires_on > today
                )
            )
            entries = (domain_entry(r, {}) for r in rows)
            only = frozenset(e.customer_id for e in entries if e.in_force(today))
        return sq.SearchFilter(
            department=query.department,
            record_type=query.record_type.value if query.record_type else None,
            grade=query.grade.value if query.grade else None,
            include_void=query.include_void,
            only_ids=only,
        )

    def _rows(self, session: Session, ids: Sequence[int]) -> list[CustomerRow]:
        if not ids:
            return []
        # Columns, not ORM objects: a page is read often and never written back.
        found = {
            r.id: r for r in session.execute(select(*_ROW_COLUMNS).where(Customer.id.in_(ids)))
        }
        rows = [found[i] for i in ids if i in found]
        names = usernames(session, [r.consultant_id for r in rows])
        today = office_day(self.ctx.now())
        until: dict[int, date] = {}
        # In force or not is all a row shows: the deciders' names are not looked up.
        for e in (domain_entry(r, {}) for r in blacklist_rows(session, ids)):
            if e.in_force(today):
                until[e.customer_id] = max(until.get(e.customer_id, e.last_day), e.last_day)
        return [
            CustomerRow(
                id=r.id,
                archive_number=r.archive_number,
                name=r.name,
                contact_person=r.contact_person,
                phones=tuple(r.phones),
                email=r.email,
                address=r.address,
                department=r.department,
                product_lines=tuple(r.product_lines),
                record_type=RecordType(r.record_type),
                grade=Grade(r.grade) if r.grade else None,
                prospect_level=ProspectLevel(r.prospect_level) if r.prospect_level else None,
                status=CustomerStatus(r.status),
                shelf_location=r.shelf_location,
                consultant=names.get(r.consultant_id) if r.consultant_id else None,
                entered_at=r.entered_at,
                event_date=r.event_date,
                blacklisted_until=until.get(r.id),
                id_number=r.id_number,
            )
            for r in rows
        ]


_ROW_COLUMNS = (
    Customer.id,
    Customer.archive_number,
    Customer.name,
    Customer.contact_person,
    Customer.phones,
    Customer.email,
    Customer.address,
    Customer.department,
    Customer.product_lines,
    Customer.record_type,
    Customer.grade,
    Customer.prospect_level,
    Customer.status,
    Customer.shelf_location,
    Customer.consultant_id,
    Customer.entered_at,
    Customer.event_date,
    Customer.id_number,
)
