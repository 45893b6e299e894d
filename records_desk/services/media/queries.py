"""Reading the inventory: one medium with its timeline, and the list the tab pages through
(count + page, filtered by state, type, classification, department and being due for a
stocktake), newest number last within a type.

Decisions:
- Paged by offset over the order (type, number): the numbers of one type sort as they were
  issued (four digits at least, and at most a handful of types pass 9,999), and the filters'
  indexes (store/media.py) serve both the count and the page.
- The holder's user name is joined for the page only (a few dozen rows), never for the count.
"""

from __future__ import annotations

from typing import TypeVarTuple

from sqlalchemy import func, or_, select
from sqlalchemy.sql import Select

from records_desk.domain.common.permissions import Action
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.media.dto import MediaFilter, MediumInfo, MediumRow
from records_desk.services.media.records import load_medium, medium_info, medium_row
from records_desk.services.media.stocktakes import due_cutoff
from records_desk.store.media import Medium
from records_desk.store.models import Account

_Ts = TypeVarTuple("_Ts")


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
            query = self.filtered(select(Medium, Account.username), flt)
            query = query.outerjoin(Account, Account.id == Medium.holder_account_id)
            query = query.order_by(Medium.media_type, Medium.number).offset(offset).limit(limit)
            return [medium_row(m, holder) for m, holder in uow.session.execute(query)]

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
        return query
