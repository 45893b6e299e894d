"""The weekly accuracy spot check (R-CUS-6): the director draws a random sample of a week's
entries, then marks each entry passed or failed with a note. Failures are accuracy problems
of their files (R-DQ-1; data_quality.py reads them from spot_check_item).

Decisions:
- "The week's entries" are the active files registered or changed (any new version) from
  Monday to Sunday of the office's week: 第三篇2 第十八條 checks 增、刪、改 alike.
- One draw per week (SpotCheckAlreadyDrawn): drawing again until the sample looks comfortable
  would defeat the check. A week that has not begun cannot be drawn; a week without entries
  is refused (NoEntriesToCheck) rather than stored empty, so it can still be drawn later.
- The draw's random seed is stored, so anyone can repeat it (domain.spot_check.draw_sample
  sorts the population first). The sample size comes from the settings unless given.
- A mark may be changed (a second look); every mark is audited with the previous result.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import DateProblem, OfficeDateInvalid
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers import spot_check as sc
from records_desk.domain.customers.errors import SampleSizeInvalid
from records_desk.domain.customers.files import CustomerStatus
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.quality_dto import SpotCheckInfo, SpotCheckItemInfo
from records_desk.services.customers.records import customer_ref, usernames
from records_desk.store.customers import Customer, CustomerRevision, SpotCheck, SpotCheckItem
from records_desk.store.models import Account


def _local_midnight(day: date) -> datetime:
    """The office's midnight starting `day`, as an aware moment (office_day's inverse)."""
    return datetime.combine(day, time.min).astimezone()


def _item_info(row: SpotCheckItem, customer: Customer, names: dict[int, str]) -> SpotCheckItemInfo:
    return SpotCheckItemInfo(
        id=row.id,
        spot_check_id=row.spot_check_id,
        customer=customer_ref(customer),
        result=sc.SpotResult(row.result),
        note=row.note,
        marked_by=names.get(row.marked_by_id) if row.marked_by_id else None,
        marked_at=row.marked_at,
    )


def _check_info(session: Session, check: SpotCheck) -> SpotCheckInfo:
    rows = session.execute(
        select(SpotCheckItem, Customer)
        .join(Customer, Customer.id == SpotCheckItem.customer_id)
        .where(SpotCheckItem.spot_check_id == check.id)
        .order_by(SpotCheckItem.id)
    ).all()
    names = usernames(session, [check.drawn_by_id] + [item.marked_by_id for item, _ in rows])
    return SpotCheckInfo(
        id=check.id,
        week_start=check.week_start,
        week_end=check.week_start + timedelta(days=6),
        drawn_by=names.get(check.drawn_by_id, ""),
        drawn_at=check.drawn_at,
        sample_size=check.sample_size,
        population=check.population,
        items=tuple(_item_info(item, customer, names) for item, customer in rows),
        drawn_by_name=session.scalar(
            select(Account.full_name).where(Account.id == check.drawn_by_id)
        )
        or "",
    )


class SpotCheckService:
    def __init__(
        self,
        ctx: ServiceContext,
        sample_size: int | Callable[[], int] = sc.DEFAULT_SAMPLE_SIZE,
        new_seed: Callable[[], str] = lambda: secrets.token_hex(8),
    ) -> None:
        self.ctx = ctx
        # R-CUS-6: fixed, or the office settings read on each use (office_settings.py)
        self._sample_size = sample_size
        self.new_seed = new_seed

    @property
    def sample_size(self) -> int:
        size = self._sample_size
        return size if isinstance(size, int) else size()

    def draw(self, actor: Principal, week_day: date, size: int | None = None) -> SpotCheckInfo:
        """R-CUS-6: a random sample of the entries of the week holding `week_day`."""
        actor = self.ctx.authorize(actor, Action.SPOT_CHECK)
        size = self.sample_size if size is None else size
        if size < 1:
            raise SampleSizeInvalid(size=size)
        now = self.ctx.now()
        monday, next_monday = sc.week_of(week_day)
        if monday > office_day(now):
            raise OfficeDateInvalid(week_day.isoformat(), DateProblem.IN_FUTURE)
        with self.ctx.uow.write() as uow:
            session = uow.session
            earlier = session.scalar(select(SpotCheck.id).where(SpotCheck.week_start == monday))
            if earlier is not None:
                raise sc.SpotCheckAlreadyDrawn(monday, earlier)
            entries = session.scalars(
                select(CustomerRevision.customer_id)
                .join(Customer, Customer.id == CustomerRevision.customer_id)
                .where(
                    CustomerRevision.at >= _local_midnight(monday),
                    CustomerRevision.at < _local_midnight(next_monday),
                    Customer.status == CustomerStatus.ACTIVE.value,
                )
                .distinct()
            ).all()
            if not entries:
                raise sc.NoEntriesToCheck(monday)
            seed = self.new_seed()
            sample = sc.draw_sample(entries, size, random.Random(seed))
            check = SpotCheck(
                week_start=monday,
                drawn_by_id=actor.account_id,
                drawn_at=now,
                sample_size=size,
                population=len(set(entries)),
                seed=seed,
            )
            session.add(check)
            session.flush()
            session.add_all(
                SpotCheckItem(
                    spot_check_id=check.id,
                    customer_id=customer_id,
                    result=sc.SpotResult.PENDING.value,
                    note="",
                )
                for customer_id in sample
            )
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.SPOT_CHECK_DRAW,
                f"drew {len(sample)} of {check.population} entries of the week of {monday}",
                entity_type=AuditTarget.SPOT_CHECK,
                entity_id=check.id,
                details={
                    "week_start": monday.isoformat(),
                    "sample_size": size,
                    "population": check.population,
                    "customers": list(sample),
                    "seed": seed,
                },
            )
            uow.commit()
            return _check_info(session, check)

    def mark(
        self, actor: Principal, item_id: int, passed: bool, note: str = ""
    ) -> SpotCheckItemInfo:
        """R-CUS-6: an entry found right, or wrong with a note saying what (ReasonRequired)."""
        actor = self.ctx.authorize(actor, Action.SPOT_CHECK)
        now = self.ctx.now()
        result = sc.record_result(item_id, passed, note, actor.username, office_day(now))
        with self.ctx.uow.write() as uow:
            session = uow.session
            row = session.get(SpotCheckItem, item_id, with_for_update=True)
            if row is None:
                raise sc.SpotCheckItemNotFound(item_id)
            previous = row.result
            row.result = (sc.SpotResult.PASSED if passed else sc.SpotResult.FAILED).value
            row.note = result.note
            row.marked_by_id = actor.account_id
            row.marked_at = now
            customer = session.get(Customer, row.customer_id)
            assert customer is not None  # a foreign key
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.SPOT_CHECK_MARK,
                f"spot check of {customer.archive_number}: {row.result}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "spot_check_id": row.spot_check_id,
                    "item_id": row.id,
                    "result": row.result,
                    "previous": previous,
                    "note": row.note,
                },
            )
            uow.commit()
            return _item_info(row, customer, {actor.account_id: actor.username})

    def list(self, actor: Principal) -> list[SpotCheckInfo]:
        """Every draw, newest week first."""
        self.ctx.authorize(actor, Action.SPOT_CHECK)
        with self.ctx.uow.read() as uow:
            checks = uow.session.scalars(select(SpotCheck).order_by(SpotCheck.week_start.desc()))
            return [_check_info(uow.session, check) for check in checks]

    def get(self, actor: Principal, spot_check_id: int) -> SpotCheckInfo:
        self.ctx.authorize(actor, Action.SPOT_CHECK)
        with self.ctx.uow.read() as uow:
            check = uow.session.get(SpotCheck, spot_check_id)
            if check is None:
                raise LookupError(spot_check_id)
            return _check_info(uow.session, check)
