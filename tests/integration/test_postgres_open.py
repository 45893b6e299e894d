"""Issue 15 §1-§3: opening a records office on a PostgreSQL server (store/database.py
open_server): an empty database becomes an office, desks started at once migrate it once, a
newer version's database is refused untouched, and writers take turns (the audit chain's
append lock) while readers do not wait. On the throwaway cluster of tests/pg.py."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.domain.common.errors import NewerDatabase
from records_desk.store import migrate
from records_desk.store.backends import make_server_engine, parse_server_url
from records_desk.store.database import ServerDatabase, open_server
from records_desk.store.keystore import KeyStore


def test_an_empty_server_database_becomes_an_office_when_opened(
    pg_empty_url: str, tmp_path: Path
) -> None:
    database = open_server(pg_empty_url, KeyStore(tmp_path))
    try:
        assert migrate.current_heads(database.engine) == migrate.expected_heads()
        assert database.address.startswith("postgresql://postgres@/")
    finally:
        database.dispose()
    again = open_server(pg_empty_url, KeyStore(tmp_path))  # current: nothing to do
    again.dispose()


def test_desks_opening_a_new_server_database_at_once_migrate_it_once(
    pg_empty_url: str, tmp_path: Path
) -> None:
    desks = 4
    barrier = threading.Barrier(desks)
    opened: list[ServerDatabase] = []
    failures: list[BaseException] = []

    def desk() -> None:
        barrier.wait()
        try:
            opened.append(open_server(pg_empty_url, KeyStore(tmp_path)))
        except BaseException as e:  # noqa: BLE001 - reported below
            failures.append(e)

    threads = [threading.Thread(target=desk) for _ in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert failures == []
        assert len(opened) == desks
        assert migrate.current_heads(opened[0].engine) == migrate.expected_heads()
    finally:
        for database in opened:
            database.dispose()


def test_a_server_database_of_a_newer_version_is_refused_untouched(
    pg_url: str, tmp_path: Path
) -> None:
    engine = make_server_engine(parse_server_url(pg_url))
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
        before = migrate.current_heads(engine)
        with pytest.raises(NewerDatabase) as refused:
            open_server(pg_url, KeyStore(tmp_path))
        assert "9999_from_the_future" in refused.value.revisions
        assert str(refused.value.db_path).startswith("postgresql://postgres@/")
        assert migrate.current_heads(engine) == before
    finally:
        engine.dispose()


def test_writers_on_the_server_take_turns_and_readers_do_not_wait(pg_url: str) -> None:
    """The audit chain's "read the head, append" holds the writers' lock (PostgreSQL's
    counterpart of SQLite's BEGIN IMMEDIATE) from the first statement to the commit."""
    engine = make_server_engine(parse_server_url(pg_url))
    writer = engine.execution_options(writer=True)
    order: list[str] = []
    second_started = threading.Event()

    def second_writer() -> None:
        second_started.set()
        with writer.begin() as conn:
            order.append("second writer in")
            conn.execute(text("SELECT 1"))

    try:
        with writer.begin() as first:
            first.execute(text("SELECT 1"))
            thread = threading.Thread(target=second_writer)
            thread.start()
            second_started.wait(10)
            with engine.connect() as reader:  # not a writer: no lock, no wait
                assert reader.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0
                reader.commit()
            time.sleep(0.3)
            order.append("first writer commits")
        thread.join(10)
        assert order == ["first writer commits", "second writer in"]
    finally:
        engine.dispose()
