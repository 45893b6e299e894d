"""Issue 15 §2, "the search gives the same results on PostgreSQL for 1-, 2-, 3- and
4-character queries": the same customers filled into an office on the embedded store and one on
the throwaway PostgreSQL cluster (tests/pg.py) answer every query alike — count, ranked order,
any page — and the server's index stays current through edits, voids and a purge."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers import purge
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.services.customers.search import CustomerQuery
from records_desk.store import search_server
from records_desk.store.customers import Customer
from tests.conftest import GM_PASSWORD, Clock
from tests.pg import server_desk
from tests.unit.customer_fixtures import draft

FILES = 300
SEED = 3


def filled(services: Services, gm: Principal) -> Services:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, FILES, seed=SEED)
    return services


@pytest.fixture
def server(pg_url: str, tmp_path: Path, clock: Clock) -> Iterator[Services]:
    desk = server_desk(pg_url, tmp_path / "desk", clock=clock)
    yield desk
    desk.close()


@pytest.fixture
def server_gm(server: Services) -> Principal:
    return server.auth.create_first_manager("boss", "王總", GM_PASSWORD)


def numbers(services: Services, gm: Principal, query: CustomerQuery) -> list[str]:
    """The archive numbers of every match in ranked order (ids may differ between offices)."""
    return [r.archive_number for r in services.customers.search.iter_rows(gm, query, batch=97)]


def queries(services: Services, rnd: random.Random) -> list[str]:
    """1-4 characters of real names (Chinese), contact people, phones as stored and as typed,
    e-mails and archive numbers; and things that match nothing."""
    with services.ctx.uow.read() as uow:
        rows = list(
            uow.session.execute(
                select(
                    Customer.name, Customer.contact_person, Customer.phones, Customer.email,
                    Customer.archive_number,
                )
            )
        )  # fmt: skip
    out = [
        "0", "09", "091", "0912", "-", "@", "cs-", "公司", "陳", "林", "有限", "有限公司",
        "０９", "ＣＳ", "龍龍龍", "zzz", "qq9", "無此客戶", "x", "%", "_", "a_b", "10%",
        "3)", "(02)", "2)2", "2-34", "0912-3", "(0",
    ]  # fmt: skip
    for name, contact, phones, email, number in rnd.sample(rows, 12):
        sources = (name, contact, phones[0] if phones else "", email, number)
        for source in sources:
            for length in (1, 2, 3, 4):
                if len(source) >= length:
                    start = rnd.randrange(len(source) - length + 1)
                    out.append(source[start : start + length])
    return out


def test_the_search_gives_the_same_results_on_postgresql_for_1_to_4_characters(
    services: Services, gm: Principal, server: Services, server_gm: Principal
) -> None:
    filled(services, gm)
    filled(server, server_gm)
    everything = CustomerQuery(include_void=True)
    assert numbers(server, server_gm, everything) == numbers(services, gm, everything)
    texts = queries(services, random.Random(15))
    lengths = {len(t) for t in texts}
    assert lengths == {1, 2, 3, 4, 6}
    for query_text in texts:
        query = CustomerQuery(text=query_text)
        want = numbers(services, gm, query)
        assert server.customers.search.count(server_gm, query) == len(want), query_text
        assert numbers(server, server_gm, query) == want, query_text
        page = server.customers.search.page(server_gm, query, 5, 11)
        assert [r.archive_number for r in page] == want[5:16], query_text
    matched = [t for t in texts if numbers(services, gm, CustomerQuery(text=t))]
    assert len(matched) > len(texts) // 2  # the comparison is not of empty answers


def test_filters_and_void_files_answer_alike_on_postgresql(
    services: Services, gm: Principal, server: Services, server_gm: Principal
) -> None:
    filled(services, gm)
    filled(server, server_gm)
    department = services.customers.search.departments(gm)[0]
    assert server.customers.search.departments(server_gm)[0] == department
    for query_text in ("0", "09", "陳", "公司", "cs-", "0912", "@", "林", ""):
        for query in (
            CustomerQuery(text=query_text, include_void=True),
            CustomerQuery(text=query_text, department=department),
            CustomerQuery(text=query_text, department=department, grade=Grade.QUALIFIED),
            CustomerQuery(text=query_text, blacklisted_only=True),
        ):
            want = numbers(services, gm, query)
            assert server.customers.search.count(server_gm, query) == len(want), query
            assert numbers(server, server_gm, query) == want, query


def test_edits_voids_and_a_purge_keep_the_postgresql_index_current(
    server: Services, server_gm: Principal, clock: Clock
) -> None:
    search, files = server.customers.search, server.customers.files

    def found(query_text: str, include_void: bool = False) -> list[int]:
        query = CustomerQuery(text=query_text, include_void=include_void)
        ids = [r.id for r in search.iter_rows(server_gm, query)]
        assert search.count(server_gm, query) == len(ids)  # a gram's kept count too
        return ids

    one = files.register(server_gm, draft(name="陳大文", phones=("0912-345-678",)))
    other = files.register(
        server_gm, draft(name="王美玲", email="mei@example.tw", phones=("02-2700-1111",))
    )
    assert found("陳") == [one.id] and found("大文") == [one.id] and found("陳大文") == [one.id]
    assert found("345-678") == [one.id] and found("mei@") == [other.id]

    files.change_directly(server_gm, one.id, {"name": "黃小明"}, "typed wrong")
    assert found("陳") == [] and found("陳大文") == []
    assert found("黃") == [one.id] and found("小明") == [one.id] and found("黃小明") == [one.id]

    files.void(server_gm, other.id, "registered twice")
    assert found("mei@") == [] and found("王") == []
    assert found("mei@", include_void=True) == [other.id]
    assert found("王", include_void=True) == [other.id]

    clock.advance(days=365 * 4)
    with server.ctx.uow.write() as uow:
        gone = purge.purge(uow.session, clock(), ())
        uow.commit()
    assert gone == [("customer_files", [other.archive_number])]
    assert found("mei@", include_void=True) == [] and found("王", include_void=True) == []
    with server.database.engine.connect() as conn:
        for table in (search_server.TABLE, search_server.TERMS):
            ids = conn.execute(text(f"SELECT customer_id FROM {table}")).scalars().all()
            assert ids == [one.id], table
