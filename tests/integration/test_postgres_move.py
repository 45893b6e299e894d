"""Issue 15 §5: `move-to` copies a demo office from its database file onto an empty database on
the throwaway PostgreSQL cluster (tests/pg.py): the same rows per table, the audit chain intact
under the same key, the same search answers and forms; a non-empty target, or a failure in the
middle, leaves the server database as it was; the file is only read."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.move_errors import MoveStopped, ServerNotEmpty
from records_desk.domain.common.roles import Role
from records_desk.features import features
from records_desk.services.common.dto import Principal
from records_desk.services.common.move import MoveService, MoveSummary
from records_desk.services.container import Services
from records_desk.store import move
from records_desk.store.file_keystore import FileKeyStore
from records_desk.wording import describe
from tests.conftest import GM_PASSWORD, make_user
from tests.pg import PgCluster, server_desk

# A move starts from a database file: its source office is the SQLite one on either backend run.
pytestmark = pytest.mark.sqlite_only


def demo_office(services: Services, gm: Principal) -> None:
    """The `demo` command's sample office: customer files, loans, media, reception days."""
    from records_desk.services.customers.demo import DemoData, ensure_demo_accounts

    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 150, 3)
    args = argparse.Namespace(loans=40, media=15, reception=3, seed=3)
    for feature in features():
        if feature.demo and feature.name != "customers":
            importlib.import_module(feature.demo).run(services, gm, args)


def file_counts(services: Services) -> dict[str, int]:
    with services.database.engine.connect() as conn:
        return move.row_counts(conn, move.office_tables())


def shown(url: str) -> str:
    """The address as the app shows and keeps it (never with a password)."""
    from records_desk.store.backends import keyring_entry, parse_server_url, readable_address

    return readable_address(keyring_entry(parse_server_url(url)))


def kept_as(url: str) -> str:
    """The address as the key store keeps it (store/backends.py keyring_entry)."""
    from records_desk.store.backends import keyring_entry, parse_server_url

    return keyring_entry(parse_server_url(url))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mover(services: Services, tmp_path: Path) -> MoveService:
    return MoveService(services.ctx, services.database, FileKeyStore(tmp_path / "desk"))


def server_is_empty(url: str) -> bool:
    from records_desk.store.backends import make_server_engine, parse_server_url

    engine = make_server_engine(parse_server_url(url))
    try:
        with engine.connect() as conn:
            counts = move.row_counts(conn, move.office_tables())
            comment = "SELECT obj_description('audit_log'::regclass, 'pg_class')"
            return not any(counts.values()) and conn.execute(text(comment)).scalar() is None
    finally:
        engine.dispose()


@contextlib.contextmanager
def on_the_server(url: str, folder: Path) -> Iterator[tuple[Services, Principal]]:
    """A desk on the server office at URL (its key and audit head under FOLDER), signed in as
    the moved office's general manager; closed afterwards."""
    server = server_desk(url, folder)
    try:
        yield server, server.auth.login("boss", GM_PASSWORD)
    finally:
        server.close()


@pytest.fixture
def demo(services: Services, gm: Principal) -> Services:
    demo_office(services, gm)
    return services


@pytest.fixture
def moved(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> Iterator[tuple[Services, Principal]]:
    """The demo office moved onto the server by this desk, and this desk on the server."""
    mover(demo, tmp_path).move_to(gm, pg_url)
    with on_the_server(pg_url, tmp_path / "desk") as desk:
        yield desk


def test_a_demo_office_moves_onto_the_server_with_every_row_and_its_audit_chain(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> None:
    db_path = demo.database.path
    before = file_counts(demo)
    demo.database.dispose()  # every connection closed: the file as it stands on disk
    digest = sha256(db_path)
    summary = mover(demo, tmp_path).move_to(gm, pg_url)
    demo.database.dispose()
    assert sha256(db_path) == digest  # only read: the backup of the move
    assert file_counts(demo) == before
    assert summary.tables == {**before, "audit_log": before["audit_log"] + 1}
    assert summary.audit_intact and summary.audit_entries == before["audit_log"] + 1
    assert summary.target == shown(pg_url) and summary.source == str(db_path)
    assert before["customer"] == 150 and before["loan"] and before["medium"]
    assert before["reception_event"] and before["reception_day_close"]
    server = server_desk(pg_url, tmp_path / "desk")  # this desk: the key moved with it
    try:
        assert server.database.key.hex == demo.database.key.hex
        with server.database.engine.connect() as conn:
            assert move.row_counts(conn, move.office_tables()) == summary.tables
        boss = server.auth.login("boss", GM_PASSWORD)
        report = server.audit.verify(boss)
        assert report.intact and report.alarms == ()
        moved = server.audit.page(boss, _action("office.moved"), 0, 1)[0]
        assert moved.account == "boss" and moved.details["to"] == shown(pg_url)
        assert moved.details["from"] == str(db_path)
    finally:
        server.close()


def _action(name: str):  # type: ignore[no-untyped-def]
    from records_desk.services.common.dto import AuditFilter

    return AuditFilter(action=name)


def test_the_moved_office_verifies_on_another_desk_with_the_same_key(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> None:
    mover(demo, tmp_path).move_to(gm, pg_url)
    other = server_desk(pg_url, tmp_path / "other", office_key=demo.database.key.hex)
    try:
        report = other.audit.verify(other.auth.login("boss", GM_PASSWORD))
        assert report.intact and report.alarms == ()
    finally:
        other.close()


def test_new_rows_on_the_server_get_ids_past_the_copied_ones(
    demo: Services, moved: tuple[Services, Principal]
) -> None:
    server, boss = moved
    new = make_user(server, boss, "newcomer", Role.STAFF)
    with demo.database.engine.connect() as conn:
        largest = conn.execute(text("SELECT max(id) FROM account")).scalar()
    assert new.account_id == largest + 1


def test_the_moved_office_prints_the_same_forms(
    demo: Services, gm: Principal, moved: tuple[Services, Principal]
) -> None:
    from records_desk.services.customers.forms import REGISTRATION

    server, boss = moved
    with demo.database.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM customer ORDER BY id LIMIT 5")).scalars())
    for customer_id in ids:
        here = demo.customers.forms.data_for(gm, REGISTRATION, customer_id)
        there = server.customers.forms.data_for(boss, REGISTRATION, customer_id)
        assert there == here


def test_the_moved_office_gives_the_same_search_answers(
    demo: Services, gm: Principal, moved: tuple[Services, Principal]
) -> None:
    from records_desk.services.customers.search import CustomerQuery

    server, boss = moved
    with demo.database.engine.connect() as conn:
        name = conn.execute(text("SELECT name FROM customer ORDER BY id LIMIT 1")).scalar()
    queries = [CustomerQuery(), CustomerQuery(text=name[:1]), CustomerQuery(text=name[:2]),
               CustomerQuery(text=name[:3]), CustomerQuery(text=name)]  # fmt: skip
    for query in queries:
        here = [r.archive_number for r in demo.customers.search.page(gm, query, 0, 50)]
        there = [r.archive_number for r in server.customers.search.page(boss, query, 0, 50)]
        assert there == here, query
        assert server.customers.search.count(boss, query) == demo.customers.search.count(gm, query)


def test_a_non_empty_server_database_is_refused_untouched(
    services: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> None:
    other = server_desk(pg_url, tmp_path / "other")  # another office there already
    other.auth.create_first_manager("chief", "林總", GM_PASSWORD)
    with other.database.engine.connect() as conn:
        before = move.row_counts(conn, move.office_tables())
    other.close()
    with pytest.raises(ServerNotEmpty):
        mover(services, tmp_path).move_to(gm, pg_url)
    check = server_desk(pg_url, tmp_path / "other")
    try:
        with check.database.engine.connect() as conn:
            assert move.row_counts(conn, move.office_tables()) == before
    finally:
        check.close()


def test_a_server_database_with_rows_but_no_log_is_refused_untouched(
    services: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> None:
    from records_desk.store.backends import make_server_engine, parse_server_url

    engine = make_server_engine(parse_server_url(pg_url))
    with engine.begin() as conn:  # someone's rows, no audit entry
        conn.execute(text("INSERT INTO archive_sequence (code, year, last) VALUES ('A', 2026, 7)"))
    with pytest.raises(ServerNotEmpty) as refused:
        mover(services, tmp_path).move_to(gm, pg_url)
    assert refused.value.tables == ("archive_sequence",)
    with engine.connect() as conn:
        counts = move.row_counts(conn, move.office_tables())
    engine.dispose()
    assert {n: c for n, c in counts.items() if c} == {"archive_sequence": 1}


def test_a_failure_in_the_middle_leaves_the_server_database_empty(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = move.insert_batch
    calls = {"n": 0}

    def failing(dst, table, rows):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 12:
            raise KeyboardInterrupt  # Ctrl-C half-way
        real(dst, table, rows)

    monkeypatch.setattr(move, "insert_batch", failing)
    with pytest.raises(KeyboardInterrupt):
        mover(demo, tmp_path).move_to(gm, pg_url, progress=None)
    assert calls["n"] == 12
    assert server_is_empty(pg_url)
    monkeypatch.setattr(move, "insert_batch", real)  # and the move can be run again
    summary = mover(demo, tmp_path).move_to(gm, pg_url)
    assert summary.audit_intact


def test_only_the_general_manager_moves_the_office(
    services: Services, principals: dict[Role, Principal], pg_url: str, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        mover(services, tmp_path).move_to(principals[Role.CUSTOMER_DIRECTOR], pg_url)
    assert server_is_empty(pg_url)


def test_progress_is_told_per_table_and_batch(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, int, int]] = []
    monkeypatch.setattr(move, "BATCH", 50)
    summary: MoveSummary = mover(demo, tmp_path).move_to(
        gm, pg_url, progress=lambda t, d, n: told.append((t, d, n))
    )
    customers = [(d, n) for t, d, n in told if t == "customer"]
    assert customers[0] == (0, 150) and customers[-1] == (150, 150) and len(customers) > 2
    assert {t for t, _d, _n in told} == set(summary.tables)


def test_a_key_this_desk_kept_for_the_empty_database_is_replaced_by_the_offices(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> None:
    keystore = FileKeyStore(tmp_path / "desk")
    # An earlier look at the empty database made this desk a key of its own for it.
    wrong = keystore.get_or_create(kept_as(pg_url), create=True)
    assert wrong.hex != demo.database.key.hex
    MoveService(demo.ctx, demo.database, keystore).move_to(gm, pg_url)
    assert keystore.get_or_create(kept_as(pg_url), create=False).hex == demo.database.key.hex


def test_the_file_used_again_on_the_moving_desk_raises_no_alarm_on_either_office(
    services: Services, gm: Principal, pg_url: str
) -> None:
    """The server office keeps the file's key on the desk that moved it; each keeps its own
    audit head all the same (store/audit_anchor.py anchor_name), so signing in to the file
    left behind is no tamper alarm on the server, nor the server's entries on the file."""
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.store.database import open_server
    from records_desk.store.keystore import KeyStore
    from tests.conftest import Clock, cheap_settings

    keystore = KeyStore(config_dir())  # this desk's: the file's key is in its keyring too
    MoveService(services.ctx, services.database, keystore).move_to(gm, pg_url)
    server = build_services(open_server(pg_url, keystore), cheap_settings(), clock=Clock())
    try:
        assert server.database.key == services.database.key
        server.auth.login("boss", GM_PASSWORD)
        services.auth.login("boss", GM_PASSWORD)  # the old file, opened again
        for office in (server, services):
            report = office.audit.verify(office.auth.login("boss", GM_PASSWORD))
            assert report.intact and report.alarms == (), office.database.name
    finally:
        server.close()


def test_moments_keep_their_instant_on_a_server_in_another_time_zone(
    demo: Services, gm: Principal, pg_url: str, pg_cluster: object, tmp_path: Path
) -> None:
    """A server set up in Taipei has TimeZone Asia/Taipei; every desk's session is UTC, so the
    moments copied (and written later) are the same instants, not eight hours off."""
    from records_desk.store.backends import parse_server_url

    database = parse_server_url(pg_url).database
    pg_cluster.admin(f"ALTER DATABASE \"{database}\" SET timezone = 'Asia/Taipei'")  # type: ignore[attr-defined]
    mover(demo, tmp_path).move_to(gm, pg_url)
    with on_the_server(pg_url, tmp_path / "desk") as (server, boss):
        here = {a.username: a.created_at for a in demo.accounts.list(gm)}
        assert {a.username: a.created_at for a in server.accounts.list(boss)} == here
        with demo.database.engine.connect() as conn:
            numbers = conn.execute(text("SELECT number FROM loan ORDER BY id LIMIT 5")).scalars()
            numbers = list(numbers)
        assert numbers
        for number in numbers:
            assert server.loans.register.get(boss, number) == demo.loans.register.get(gm, number)


def test_a_role_that_does_not_own_the_tables_is_told_so_and_nothing_is_kept(
    services: Services, gm: Principal, pg_url: str, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    """The server's administrator built the tables as the superuser and gave the office's role
    rights on the rows only: the copy cannot switch the tables' triggers off, and says why."""
    from records_desk.store.backends import parse_server_url

    database = parse_server_url(pg_url).database
    role = f"rd_move_{database}"
    pg_cluster.admin(f'CREATE ROLE "{role}" LOGIN')
    try:
        for grant in (
            f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"',
            f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
        ):
            _admin_in(pg_cluster, database, grant)
        address = pg_cluster.url(database, user=role)
        with pytest.raises(MoveStopped) as stopped:
            mover(services, tmp_path).move_to(gm, address)
        assert stopped.value.reason == "privileges"
        assert "several-desks.md" in describe(stopped.value)
        assert server_is_empty(pg_url)
    finally:
        _admin_in(pg_cluster, database, f'DROP OWNED BY "{role}"')
        pg_cluster.admin(f'DROP ROLE "{role}"')


def _admin_in(cluster: PgCluster, database: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(
        host=str(cluster.socket_dir), user="postgres", dbname=database, autocommit=True
    ) as conn:
        conn.execute(statement)  # type: ignore[arg-type]


def test_a_connection_lost_in_the_middle_is_told_and_nothing_is_kept(
    demo: Services, gm: Principal, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = move.insert_batch
    calls = {"n": 0}

    def cut(dst, table, rows):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 5:  # the server goes away: this connection is ended from outside
            dst.exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")
        real(dst, table, rows)

    monkeypatch.setattr(move, "insert_batch", cut)
    with pytest.raises(MoveStopped) as stopped:
        mover(demo, tmp_path).move_to(gm, pg_url)
    assert stopped.value.reason == "connection"
    assert server_is_empty(pg_url)


def test_a_password_typed_in_the_address_is_neither_shown_nor_logged(
    services: Services, gm: Principal, pg_url: str, tmp_path: Path
) -> None:
    typed = pg_url.replace("postgres@", "postgres:s3cret-pw@", 1)  # trust: the server ignores it
    summary = mover(services, tmp_path).move_to(gm, typed)
    assert "s3cret" not in summary.target and summary.target == shown(pg_url)
    with on_the_server(pg_url, tmp_path / "desk") as (server, boss):
        moved = server.audit.page(boss, _action("office.moved"), 0, 1)[0]
        assert "s3cret" not in f"{moved.summary} {moved.details}"
    with pytest.raises(ServerNotEmpty) as refused:
        mover(services, tmp_path).move_to(gm, typed)
    assert "s3cret" not in str(refused.value) and "s3cret" not in describe(refused.value)
