"""The customer search index in the database: migration 0003 fills it from the customers
already on file, and on realistic data (the demo's zh_TW customers) every answer — count,
ranked order, any page, either way a tier is read — equals a plain scan of the customers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from records_desk.domain.common import search_text as st
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.services.customers.search import CustomerQuery
from records_desk.store import migrate
from records_desk.store.customers import Customer
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, cheap_settings
from tests.unit.customer_fixtures import draft


def expected(
    services: Services,
    text: str,
    include_void: bool = False,
    department: str | None = None,
    grade: str | None = None,
) -> list[int]:
    """The ranked ids by brute force: every customer read, compared in Python."""
    terms = st.query_terms(text)
    with services.ctx.uow.read() as uow:
        customers = list(
            uow.session.execute(
                select(
                    Customer.id,
                    Customer.name,
                    Customer.contact_person,
                    Customer.phone_digits,
                    Customer.email,
                    Customer.archive_number,
                    Customer.status,
                    Customer.department,
                    Customer.grade,
                )
            )
        )
    found = []
    for c in customers:
        if c.status != "active" and not include_void:
            continue
        if department is not None and c.department != department:
            continue
        if grade is not None and c.grade != grade:
            continue
        fields = st.search_fields(
            c.name, c.contact_person, c.phone_digits, c.email, c.archive_number
        )
        if st.matches(st.search_text(fields), terms):
            tier = st.tier(st.normalise(c.name), st.normalise(c.archive_number), terms)
            found.append((tier, c.archive_number, c.id))
    return [i for _, _, i in sorted(found)]


@pytest.fixture
def demo(services: Services, gm: Principal) -> Services:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 400, seed=3)
    return services


def queries(services: Services, rnd: random.Random) -> list[str]:
    """Substrings of 1-4 characters of real names and phones, a few archive numbers and
    e-mails, and things that match nothing or nearly everything."""
    with services.ctx.uow.read() as uow:
        rows = list(uow.session.execute(select(Customer.name, Customer.phones, Customer.email)))
    out = ["0", "09", "091", "0912", "-", "@", "cs-", "龍龍龍", "zzz", "陳", "林", "公司"]
    for name, phones, email in rnd.sample(rows, 25):
        for source in (name, phones[0] if phones else "", email):
            for length in (1, 2, 3, 4):
                if len(source) >= length:
                    start = rnd.randrange(len(source) - length + 1)
                    out.append(source[start : start + length])
    return out


def test_every_query_answers_like_a_plain_scan(demo: Services, gm: Principal) -> None:
    rnd = random.Random(7)
    for text in queries(demo, rnd):
        want = expected(demo, text)
        query = CustomerQuery(text=text)
        assert demo.customers.search.count(gm, query) == len(want), text
        assert [r.id for r in demo.customers.search.page(gm, query, 0, 30)] == want[:30], text
        offset = rnd.randrange(max(len(want), 1))
        got = [r.id for r in demo.customers.search.page(gm, query, offset, 17)]
        assert got == want[offset : offset + 17], (text, offset)


def test_void_files_answer_like_a_plain_scan_when_asked_for(demo: Services, gm: Principal) -> None:
    for text in ("0", "陳", "09", "公司", "cs-"):
        want = expected(demo, text, include_void=True)
        query = CustomerQuery(text=text, include_void=True)
        assert demo.customers.search.count(gm, query) == len(want)
        assert [r.id for r in demo.customers.search.iter_rows(gm, query, batch=97)] == want


def test_a_department_filter_answers_like_a_plain_scan(demo: Services, gm: Principal) -> None:
    department = demo.customers.search.departments(gm)[0]
    for text in ("0", "09", "陳", "公司", "cs-", "0912", "@", "林"):
        want = expected(demo, text, department=department)
        query = CustomerQuery(text=text, department=department)
        assert demo.customers.search.count(gm, query) == len(want), text
        assert [r.id for r in demo.customers.search.page(gm, query, 0, 25)] == want[:25], text
        assert [r.id for r in demo.customers.search.page(gm, query, 7, 9)] == want[7:16], text


def test_department_and_grade_filters_together_answer_like_a_plain_scan(
    demo: Services, gm: Principal
) -> None:
    department = demo.customers.search.departments(gm)[-1]
    for text in ("0", "陳", "09", "公司", "0912"):
        want = expected(demo, text, department=department, grade=Grade.QUALIFIED.value)
        query = CustomerQuery(text=text, department=department, grade=Grade.QUALIFIED)
        assert demo.customers.search.count(gm, query) == len(want), text
        assert [r.id for r in demo.customers.search.iter_rows(gm, query, batch=50)] == want, text


def test_migration_fills_the_index_with_customers_registered_before_it(
    db_path: Path, tmp_path: Path
) -> None:
    store = KeyStore(tmp_path / "config")
    services = build_services(open_database(db_path, store), cheap_settings())
    gm = services.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    first = services.customers.files.register(gm, draft(name="陳大文", phones=("0912-345-678",)))
    services.customers.files.register(
        gm, draft(name="王美玲", email="mei@example.tw", phones=("02-2700-1111",))
    )
    # Back to the schema before search existed: the customers stay, the index goes.
    with services.database.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002_customer_files")
    services.close()

    services = build_services(open_database(db_path, store), cheap_settings())
    try:
        assert migrate.current_heads(services.database.engine) == migrate.expected_heads()
        assert services.database.migration_backup is not None
        gm = services.auth.login("boss", GM_PASSWORD)
        found = services.customers.search.page(gm, CustomerQuery(text="陳"), 0, 10)
        assert [r.id for r in found] == [first.id]
        assert services.customers.search.count(gm, CustomerQuery(text="345-678")) == 1
        assert services.customers.search.count(gm, CustomerQuery(text="mei@")) == 1
        assert services.customers.search.count(gm, CustomerQuery()) == 2
    finally:
        services.close()
