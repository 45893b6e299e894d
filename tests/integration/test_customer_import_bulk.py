"""Issue 10 §3, "bulk-insert in one transaction with the search index built in bulk": the
import writes its files as rows (services/customers/import_bulk.py), and what it writes is
what registering them one by one writes — the file, its first version, its search-index rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st_
from sqlalchemy import select, text

from records_desk.domain.common import search_text as st
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.records import snapshot
from records_desk.services.customers.search import CustomerQuery
from records_desk.store import search_index
from records_desk.store.customers import Customer, CustomerRevision
from tests.integration.test_customer_import_office_list import (
    OFFICE_HEADERS,
    office_row,
    write_xlsx,
)


def test_bulk_insert_writes_each_file_its_first_version_and_its_search_rows(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [office_row(n) for n in range(40)]
    path = write_xlsx(tmp_path / "名單.xlsx", [OFFICE_HEADERS, *rows])
    done = services.customers.imports.commit(gm, services.customers.imports.preview(gm, path))
    assert done.written == 40 and len(done.customer_ids) == 40  # the new files, for hooks
    with services.ctx.uow.read() as uow:
        session = uow.session
        customers = session.scalars(select(Customer).order_by(Customer.id)).all()
        assert [c.id for c in customers] == list(done.customer_ids)
        revisions = {r.customer_id: r for r in session.scalars(select(CustomerRevision)).all()}
        for c in customers:  # R-CUS-3: the first version is the file as written
            assert c.version == 1 and revisions[c.id].version == 1
            assert revisions[c.id].snapshot == snapshot(c)
        indexed = dict(
            session.execute(text(f"SELECT customer_id, text FROM {search_index.TABLE}")).all()
        )
        expected = {
            c.id: st.search_text(
                st.search_fields(
                    c.name, c.contact_person, c.phone_digits, c.email, c.archive_number
                )
            )
            for c in customers
        }
        assert indexed == expected
    assert services.customers.search.count(gm, CustomerQuery(text="陳淑卿007")) == 1
    assert services.customers.search.count(gm, CustomerQuery(text="淑")) == 40  # gram index
    assert services.customers.search.count(gm, CustomerQuery(text="0900000003")) == 1


def test_the_batch_gram_documents_are_the_ones_a_single_registration_writes() -> None:
    from types import SimpleNamespace

    names = ("id", "archive_number", "name", "contact_person", "phone_digits", "email",
             "status", "department", "record_type", "grade")  # fmt: skip
    batch = []
    for n in range(50):
        args = (n, f"CS-2026-{n:05d}", f"陳淑卿{n}", "王小明", [f"09{n:08d}"], f"a{n}@x.tw",
                "active", f"業務{n % 3}部", "closed_sales", None if n % 2 else "vip")  # fmt: skip
        batch.append((SimpleNamespace(**dict(zip(names, args, strict=True))), args))
    bulk = search_index.index_rows_bulk([row for row, _ in batch])
    for made, (_, args) in zip(bulk, batch, strict=True):
        assert made == search_index.index_row(*args)


@settings(max_examples=300, deadline=None)
@given(
    fields=st_.lists(
        st_.text(max_size=12) | st_.text(alphabet="aZ09 @.-_\t\x1f　ＡＺ", max_size=12),
        min_size=5,
        max_size=5,
    ),
    digits=st_.lists(st_.text(alphabet="0123456789０１- ", max_size=10), max_size=3),
    active=st_.booleans(),
)
def test_the_bulk_index_row_is_index_row_for_any_text(
    fields: list[str], digits: list[str], active: bool
) -> None:
    """index_values_bulk spells a pair's token from its characters' tokens: the same rows as
    index_row for any characters (full-width, control, CJK, surrogate-free Unicode)."""
    name, contact, email, number, department = fields
    args = (7, number, name, contact, digits, email, "active" if active else "void",
            department, "closed_sales", None)  # fmt: skip
    assert search_index.index_values_bulk([args]) == [search_index.index_row(*args)]


@pytest.mark.sqlite_only(
    reason="SQLite's deferred foreign keys (the server's COPY: test_postgres_customer_bulk)"
)
def test_rows_inserted_as_tuples_are_stored_as_a_core_insert_stores_them(
    services: Services,
) -> None:
    """store.bulk.insert_rows converts each value by its column's type (JSON text, UTC
    date-times, dates): the stored text is a Core insert's, byte for byte."""
    from datetime import UTC, date, datetime, timedelta, timezone

    from sqlalchemy import Table, insert

    from records_desk.store.bulk import insert_rows
    from records_desk.store.customers import GradeChange

    table: Table = GradeChange.__table__  # type: ignore[assignment]
    at = datetime(2026, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    values = {
        "customer_id": 99, "from_grade": None, "to_grade": "vip", "at": at,
        "changed_on": date(2026, 5, 1), "by_id": 98, "reason": "匯入 x",
        "override_reason": None, "breaches": [{"scope": "業務一部", "cap": 0.2}],
    }  # fmt: skip
    with services.ctx.uow.write() as uow:
        session = uow.session
        session.execute(text("PRAGMA defer_foreign_keys = ON"))  # rolled back, never checked
        session.execute(insert(table), [{**values, "id": 1}])
        insert_rows(session, table, ("id", *values), [(2, *values.values())])
        insert_rows(session, table, ("id", *values), [(n, *values.values()) for n in (3, 4)])
        stored = session.execute(
            text("SELECT to_grade, at, changed_on, reason, breaches FROM grade_change ORDER BY id")
        ).all()  # not committed: the unit of work rolls back
    assert stored[0] == stored[1] == stored[2] == stored[3]
    assert at.astimezone(UTC).replace(tzinfo=None).isoformat(" ") in str(stored[1][1])
