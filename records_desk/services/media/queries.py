"""Reading the inventory: one medium with its timeline, and the list the tab pages through
(count + page, filtered by state, type, classification, department, being due for a stocktake
and being overdue), in the order of a column (MediaSort): by default type, then number,
newest number last within a type.

Decisions:
- Paged by offset over the order: the numbers of one type sort as they were issued (four
  digits at least, and at most a handful of types pass 9,999), and the filters' indexes
  (store/media.py) serve both the count and the page.
- Sorting is the query's (every column of the tab), so the order holds for the rows not read
  yet; sorting only the rows read so far would lie about the rest. Equal keys go on in the
  list's own order (type, number) and then the medium's id, all turned round going down, so
  pages never overlap or skip.
- A type and a state sort in the order the filters offer them (a state along the life cycle:
  registered, ready, issued, returned, in repair, disposed, lost), not by their stored codes.
- An empty place, holder or due day (most media are in the cupboard) sorts last both ways, as
  the office's other lists put blanks; a medium never counted is the longest uncounted: first
  going up, last going down. Spelled out (NULLS FIRST/LAST), as PostgreSQL's default differs.
- The holder sorts by the name the list shows (the account's full name, else its user name).
- In the orders an index holds (type and number; department), a page is read in one query,
  walking the index. In the others a page first finds its media's ids in order (the ids and
  the sort key only), then reads those rows whole: a sort of 50,000 whole rows took about
  twice as long (bench figures in the commit).
- Overdue: issued and due before the office's day (services/common/clock.py), computed in the
  query so the filter pages from the database like the others.
- The holder's user name is joined for the page only (a few dozen rows), never for the count.
"""

from __future__ import annotations

from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.sql import Select

from records_desk.domain.common.permissions import Action
from records_desk.domain.media.vocabulary import MediumState, MediumType
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.media.dto import MediaFilter, MediaSort, MediumInfo, MediumRow
from records_desk.services.media.records import load_medium, medium_info, medium_row
from records_desk.services.media.stocktakes import due_cutoff
from records_desk.store.media import Medium
from records_desk.store.models import Account

_Ts = TypeVarTuple("_Ts")


def _rank(column: Any, values: list[str]) -> ColumnElement[int]:
    """COLUMN's value as its place in VALUES (the order the filters offer them)."""
    return case({value: place for place, value in enumerate(values)}, value=column, else_=99)


def _holder_name() -> ColumnElement[str]:
    return func.coalesce(func.nullif(Account.full_name, ""), Account.username)


# The orders an index holds whole (ix_medium_type_number, ix_medium_department_type_number).
_INDEXED = frozenset({MediaSort.NUMBER, MediaSort.DEPARTMENT})


def _order(flt: MediaFilter) -> list[Any]:
    """The ORDER BY of FLT's sort (see the module's Decisions)."""
    then: list[Any] = [Medium.media_type, Medium.number, Medium.id]
    keys: dict[MediaSort, Any] = {
        MediaSort.TYPE: _rank(Medium.media_type, [t.value for t in MediumType]),
        MediaSort.STATE: _rank(Medium.state, [s.value for s in MediumState]),
        MediaSort.CLASSIFIED: Medium.classified,
        MediaSort.DEPARTMENT: Medium.department,
        MediaSort.LOCATION: func.nullif(Medium.location, ""),
        MediaSort.HOLDER: _holder_name(),
        MediaSort.DUE: Medium.due_on,
        MediaSort.COUNTED: Medium.last_counted_on,
    }
    key = keys.get(flt.sort)
    down = flt.descending
    order = [c.desc() if down else c.asc() for c in then]
    if key is None:
        return order
    if flt.sort in (MediaSort.LOCATION, MediaSort.HOLDER, MediaSort.DUE):
        first = (key.desc() if down else key.asc()).nulls_last()
    elif flt.sort is MediaSort.COUNTED:  # never counted: the oldest
        first = key.desc().nulls_last() if down else key.asc().nulls_first()
    else:
        first = key.desc() if down else key.asc()
    return [first, *order]


class MediaQueryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def show(self, actor: Principal, number: str, with_events: bool = True) -> MediumInfo:
        """A medium with its history, oldest event first (the detail panel's timeline)."""
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            return medium_info(uow.session, load_medium(uow.session, number), with_events)

    def count(self, actor: Principal, flt: MediaFilter) -> int:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            query = self.filtered(select(func.count()).select_from(Medium), flt)
            return int(uow.session.execute(query).scalar_one())

    def page(self, actor: Principal, flt: MediaFilter, offset: int, limit: int) -> list[MediumRow]:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            rows = select(Medium, Account.username).outerjoin(
                Account, Account.id == Medium.holder_account_id
            )
            if flt.sort in _INDEXED:  # the index's order: the rows read as they are walked
                query = self.filtered(rows, flt).order_by(*_order(flt))
                found = uow.session.execute(query.offset(offset).limit(limit))
                return [medium_row(m, holder) for m, holder in found]
            ids = self.filtered(select(Medium.id), flt)
            if flt.sort is MediaSort.HOLDER:
                ids = ids.outerjoin(Account, Account.id == Medium.holder_account_id)
            ids = ids.order_by(*_order(flt)).offset(offset).limit(limit)
            wanted = list(uow.session.scalars(ids))
            if not wanted:
                return []
            by_id = {
                m.id: (m, holder)
                for m, holder in uow.session.execute(rows.where(Medium.id.in_(wanted)))
            }
            return [medium_row(*by_id[i]) for i in wanted if i in by_id]

    def filtered(self, query: Select[*_Ts], flt: MediaFilter) -> Select[*_Ts]:
        if flt.state is not None:
            query = query.where(Medium.state == flt.state.value)
        if flt.media_type is not None:
            query = query.where(Medium.media_type == flt.media_type.value)
        if flt.classified is not None:
            query = query.where(Medium.classified == flt.classified)
        if flt.department:
            query = query.where(Medium.department == flt.department)
        if flt.due_for_stocktake:
            from records_desk.domain.media.vocabulary import FINAL_STATES

            cutoff = due_cutoff(office_day(self.ctx.now()))
            query = query.where(
                Medium.state.not_in([s.value for s in FINAL_STATES]),
                or_(Medium.last_counted_on.is_(None), Medium.last_counted_on < cutoff),
            )
        if flt.overdue:
            query = query.where(
                Medium.state == MediumState.ISSUED.value,
                Medium.due_on < office_day(self.ctx.now()),
            )
        return query
