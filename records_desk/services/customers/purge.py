"""What a purge of old data removes from the customer files (R-BAK-4), asked by the backup
feature without it importing customers (records_desk/features.py `Feature.purge`):

- `purgeable(session, cutoff, kept_files)`: the void files that would go, as
  [("customer_files", archive numbers)];
- `purge(session, cutoff, kept_files)`: removes them with every row that names them, in the
  caller's transaction, and returns the same;
- `keeps_files(session, cutoff)`: none (the customer files name no other feature's records).

Decisions:
- A file goes when it was voided before the cutoff (R-CUS-3 keeps a void file until then)
  and no record that stays names it (KEPT_FILES: a loan not purged, asked of the features).
- The rows that name a file are found by construction: every table whose foreign key points
  at customer.id (revisions, change requests, blacklist entries, grade changes, reviews,
  visits, evaluations, surveys, spot-check items, quality rows…), removed dependents first,
  then the search index's rows of the file, then the file. A new table of the customer
  feature is included without this module changing.
- Archive numbers stay burnt: archive_sequence keeps the highest number issued, so a purged
  number is never given again (R-CUS-2).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Table, delete, or_, select
from sqlalchemy.orm import Session

from records_desk.domain.customers.files import CustomerStatus
from records_desk.store import search_index
from records_desk.store.customers import Customer
from records_desk.store.models import Base

KIND = "customer_files"
_CHUNK = 500


def _going(session: Session, cutoff: datetime, kept_files: Iterable[int]) -> list[tuple[int, str]]:
    kept = set(kept_files)
    rows = session.execute(
        select(Customer.id, Customer.archive_number)
        .where(Customer.status == CustomerStatus.VOID.value, Customer.voided_at < cutoff)
        .order_by(Customer.archive_number)
    ).all()
    return [(file_id, number) for file_id, number in rows if file_id not in kept]


def keeps_files(session: Session, cutoff: datetime) -> set[int]:
    return set()


def purgeable(
    session: Session, cutoff: datetime, kept_files: Iterable[int] = ()
) -> list[tuple[str, list[str]]]:
    return [(KIND, [number for _id, number in _going(session, cutoff, kept_files)])]


def _dependents() -> list[Table]:
    """The tables with a foreign key to customer.id, those depending on others first."""
    customer = Customer.__table__
    return [
        t
        for t in reversed(Base.metadata.sorted_tables)
        if t is not customer and any(fk.column.table is customer for fk in t.foreign_keys)
    ]


def purge(
    session: Session, cutoff: datetime, kept_files: Iterable[int] = ()
) -> list[tuple[str, list[str]]]:
    going = _going(session, cutoff, kept_files)
    ids = [file_id for file_id, _number in going]
    customer = Customer.__table__
    dependents = _dependents()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for table in dependents:
            columns = [fk.parent for fk in table.foreign_keys if fk.column.table is customer]
            session.execute(delete(table).where(or_(*(c.in_(chunk) for c in columns))))
        search_index.forget(session, chunk)  # whichever backend's index (store/)
        session.execute(delete(Customer).where(Customer.id.in_(chunk)))
    return [(KIND, [number for _id, number in going])]
