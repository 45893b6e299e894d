"""Issue 10 §3, "bulk-insert in one transaction with the search index built in bulk": the
import writes its files as rows (services/customers/import_bulk.py), and what it writes is
what registering them one by one writes — the file, its first version, its search-index rows."""

from __future__ import annotations

from pathlib import Path

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
