"""Issue 15 §2: one set of Alembic revisions builds the same schema on PostgreSQL as on the
embedded SQLCipher store (tables, columns, nullability, keys, indexes), on the throwaway cluster
of tests/pg.py."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from records_desk.store import migrate, search_index
from records_desk.store.backends import make_server_engine, parse_server_url
from records_desk.store.engine import make_engine


def _compared(table: str) -> bool:
    """SQLite's FTS5 virtual tables and their shadow tables have no PostgreSQL counterpart
    (yet): the narrow customer_search table is compared, the rest of the index is not."""
    return not search_index.owns_table(table) or table == search_index.TABLE


def schema(engine: Engine) -> dict[str, dict[str, Any]]:
    """Per table: its columns (name, nullable, a coarse type), primary key, foreign keys,
    unique constraints (by columns: SQLite's are unnamed) and named indexes with their columns
    and uniqueness."""
    found: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in inspector.get_table_names():
            if not _compared(table):
                continue
            key = tuple(inspector.get_pk_constraint(table)["constrained_columns"])
            found[table] = {
                # SQLite reports an INTEGER PRIMARY KEY (the rowid, never null) as nullable.
                "columns": {
                    c["name"]: (c["nullable"] and c["name"] not in key, _kind(c["type"]))
                    for c in inspector.get_columns(table)
                },
                "primary_key": key,
                "foreign_keys": sorted(
                    (tuple(fk["constrained_columns"]), fk["referred_table"])
                    for fk in inspector.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                    for ix in inspector.get_indexes(table)
                    if ix["name"]
                    and not ix["name"].startswith("sqlite_autoindex")
                    and not ix.get("duplicates_constraint")  # PostgreSQL's UNIQUE's own
                ),
                "unique": sorted(
                    tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
                ),
            }
    return found


def _kind(type_: Any) -> str:
    """The type's family, which both backends report alike (VARCHAR(32) is a string on
    either; SQLite reflects BOOLEAN and DATETIME by name)."""
    try:
        python = type_.python_type
    except NotImplementedError:
        return type(type_).__name__
    return python.__name__


@pytest.fixture
def sqlite_schema(tmp_path: Path) -> dict[str, dict[str, Any]]:
    engine = make_engine(tmp_path / "schema.db", secrets.token_hex(32))
    try:
        migrate.upgrade(engine)
        return schema(engine)
    finally:
        engine.dispose()


def test_the_migrations_build_the_same_schema_on_postgresql(
    pg_empty_url: str, sqlite_schema: dict[str, dict[str, Any]]
) -> None:
    engine = make_server_engine(parse_server_url(pg_empty_url))
    try:
        migrate.upgrade(engine)
        assert migrate.current_heads(engine) == migrate.expected_heads()
        on_server = schema(engine)
    finally:
        engine.dispose()
    assert sorted(on_server) == sorted(sqlite_schema)
    for table, shape in sqlite_schema.items():
        assert on_server[table] == shape, table


def test_a_test_database_on_the_server_is_fresh_and_migrated(pg_url: str) -> None:
    engine = make_server_engine(parse_server_url(pg_url))
    try:
        assert migrate.current_heads(engine) == migrate.expected_heads()
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0
            conn.execute(text("CREATE TABLE scratch (id integer)"))  # gone for the next test
    finally:
        engine.dispose()


def test_a_second_test_database_does_not_see_the_first(pg_url: str) -> None:
    engine = make_server_engine(parse_server_url(pg_url))
    try:
        with engine.connect() as conn:
            assert not inspect(conn).has_table("scratch")
    finally:
        engine.dispose()


def sqlite_triggers(tmp_path: Path) -> set[str]:
    engine = make_engine(tmp_path / "triggers.db", secrets.token_hex(32))
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            return set(rows.scalars())
    finally:
        engine.dispose()


def server_triggers(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
        return set(rows.scalars())


def test_the_refusing_triggers_are_the_same_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    engine = make_server_engine(parse_server_url(pg_url))
    try:
        on_server = server_triggers(engine)
    finally:
        engine.dispose()
    expected = sqlite_triggers(tmp_path)
    assert "audit_log_no_update" in expected
    assert on_server == expected


def test_the_audit_log_is_append_only_on_postgresql(pg_url: str) -> None:
    engine = make_server_engine(parse_server_url(pg_url))
    row = {
        "seq": 1,
        "at": "2026-12-05 09:00:00",
        "action": "test",
        "summary": "s",
        "details": "{}",
        "prev_hash": "0" * 64,
        "hash": "1" * 64,
    }
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_log (seq, at, action, summary, details, prev_hash, hash)"
                    " VALUES (:seq, :at, :action, :summary, :details, :prev_hash, :hash)"
                ),
                row,
            )
        for statement in ("UPDATE audit_log SET summary = 'changed'", "DELETE FROM audit_log"):
            with pytest.raises(IntegrityError, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT summary FROM audit_log")).scalars().all() == ["s"]
    finally:
        engine.dispose()


def test_the_migrations_go_down_to_nothing_on_postgresql(pg_url: str) -> None:
    from alembic import command

    engine = make_server_engine(parse_server_url(pg_url))
    try:
        with engine.begin() as conn:
            # Each feature's branch first (their tables refer to the core's), then the core.
            config = migrate.alembic_config(conn)
            for feature in reversed(migrate.migrating_features()):
                command.downgrade(config, f"{feature.name}@base")
            command.downgrade(config, "base")
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == ["alembic_version"]
        assert server_triggers(engine) == set()
        with engine.connect() as conn:
            functions = (
                conn.execute(
                    text(
                        "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                        " WHERE n.nspname = 'public'"
                    )
                )
                .scalars()
                .all()
            )
        assert functions == []
        migrate.upgrade(engine)  # and up again
        assert migrate.current_heads(engine) == migrate.expected_heads()
    finally:
        engine.dispose()


def test_a_closed_reception_day_is_unalterable_on_postgresql(pg_url: str) -> None:
    engine = make_server_engine(parse_server_url(pg_url))
    now = "2026-12-05 09:00:00+00"
    event = (
        "INSERT INTO reception_event (day, seq, time, type, payload, recorded_by_id,"
        " recorded_at) VALUES (:day, :seq, '09:00', 'walk_in', '{}', 1, :now)"
    )
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO account (id, username, full_name, role, password_hash,"
                    " password_changed_at, must_change_password, failed_logins, active,"
                    " created_at) VALUES (1, 'boss', 'B', 'general_manager', 'x', :now,"
                    " false, 0, true, :now)"
                ),
                {"now": now},
            )
            conn.execute(text(event), {"day": "2026-12-04", "seq": 1, "now": now})
            conn.execute(
                text(
                    "INSERT INTO reception_day_close (day, reviewed_by_id, reviewed_at,"
                    " row_count, enquiry_count, event_count, digest)"
                    " VALUES ('2026-12-04', 1, :now, 0, 0, 1, 'd')"
                ),
                {"now": now},
            )
            conn.execute(text(event), {"day": "2026-12-05", "seq": 1, "now": now})  # open day
        refused = (
            (event, {"day": "2026-12-04", "seq": 2, "now": now}),
            ("UPDATE reception_event SET time = '10:00' WHERE day = '2026-12-04'", {}),
            ("DELETE FROM reception_event WHERE day = '2026-12-04'", {}),
            ("UPDATE reception_event SET day = '2026-12-04' WHERE day = '2026-12-05'", {}),
            ("DELETE FROM reception_day_close", {}),
        )
        for statement, values in refused:
            with pytest.raises(IntegrityError, match="R-REC-11"), engine.begin() as conn:
                conn.execute(text(statement), values)
        with engine.begin() as conn:  # the open day's rows still change
            conn.execute(
                text(
                    "UPDATE reception_event SET time = '10:00' WHERE seq = 1 AND day = '2026-12-05'"
                )
            )
    finally:
        engine.dispose()
