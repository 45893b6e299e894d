"""The role an account acts in beyond its own (records_desk/features.py `acting_role`): on the
days of a deputy period the named account acts with the archivist's rights (R-ACC-5), in the
loan register and in all the archivist's other work, and its audit entries say so
(`as_deputy`: the period)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.roles import Role
from records_desk.store.loans import DeputyPeriod


def acting_role(
    session: Session, account_id: int, day: date
) -> tuple[Role, dict[str, object]] | None:
    period = session.scalars(
        select(DeputyPeriod.id)
        .where(
            DeputyPeriod.account_id == account_id,
            DeputyPeriod.starts_on <= day,
            DeputyPeriod.ends_on >= day,
        )
        .limit(1)
    ).first()
    return None if period is None else (Role.ARCHIVIST, {"as_deputy": period})
