"""Office-wide settings: what every desk on one database shares, declared once with its key,
its type (the stored JSON form and back) and its default — as settings.py declares each
user's own. A feature declares its options beside the service that changes them
(services/customers/office_settings.py) and reads and writes them through here.

Decisions:
- Stored in office_setting, one row per key with who changed it last and when; the history is
  the operation log, written by the feature's service in the same transaction.
- Nothing stored is the declared default: one source for it, and a new option needs no
  migration.
- Read in one query with the author's name joined: the services read them on every use, so a
  change made at another desk applies at once, with no cache to refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.services.common.dto import Principal
from records_desk.store.models import Account, OfficeSetting

T = TypeVar("T")


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True, eq=False)  # each declaration is its own key (hashed by identity)
class OfficeOption(Generic[T]):
    key: str
    default: T
    decode: Callable[[Any], T] = _same  # stored JSON -> value
    encode: Callable[[T], Any] = _same  # value -> JSON


@dataclass(frozen=True)
class StoredOptions:
    """The stored values by key, and the last change to any of them."""

    values: Mapping[str, Any]
    changed_by: str | None = None  # None: nothing stored, the defaults in force
    changed_at: datetime | None = None

    def get(self, option: OfficeOption[T]) -> T:
        if option.key not in self.values:
            return option.default
        return option.decode(self.values[option.key])


def read_options(session: Session, options: tuple[OfficeOption[Any], ...]) -> StoredOptions:
    """The stored values of `options` (the others' rows are not read)."""
    keys = [o.key for o in options]
    found = session.execute(
        select(OfficeSetting, Account.username)
        .outerjoin(Account, Account.id == OfficeSetting.changed_by_id)
        .where(OfficeSetting.key.in_(keys))
    ).all()
    latest = max(found, key=lambda f: f[0].changed_at, default=None)
    return StoredOptions(
        values={row.key: row.value for row, _ in found},
        changed_by=latest[1] if latest is not None else None,
        changed_at=latest[0].changed_at if latest is not None else None,
    )


def write_options(
    session: Session, actor: Principal, now: datetime, values: Mapping[OfficeOption[Any], Any]
) -> None:
    """Store each value (encoded) as changed by `actor` at `now`; the caller audits and commits."""
    for option, value in values.items():
        row = session.get(OfficeSetting, option.key)
        if row is None:
            row = OfficeSetting(key=option.key)
            session.add(row)
        row.value = option.encode(value)
        row.changed_by_id = actor.account_id
        row.changed_at = now
