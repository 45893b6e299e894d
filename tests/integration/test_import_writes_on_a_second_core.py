"""Issue 10 §3 (the whole import ≤ 20 s): the commit's INSERTs run on a second thread while
its Python builds the next rows (store.bulk.background_inserts: one INSERT … SELECT … FROM
jsonb_each(?) per batch, so SQLite steps through the batch with the GIL let go) — and what
is stored is what the same import stores with every insert bound row by row on the caller's
thread, table by table, the search indexes' FTS5 shadow tables included; an error of the
thread writes nothing (all-or-nothing), a cancelled commit leaves no thread behind."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from records_desk.domain.customers.errors import ImportCancelled
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.services.customers import import_write, imports
from records_desk.store import bulk
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import cheap_settings
from tests.integration.test_customer_import_office_list import write_xlsx
from tests.integration.test_import_quality_bulk import HEADERS, office_list

pytestmark = pytest.mark.sqlite_only


@contextmanager
def _bound_row_by_row(session: Session) -> Iterator[None]:
    yield  # no background writer: every insert an executemany on the caller's thread


def _tables(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, in rowid order (FTS5 shadow tables included)."""
    with services.ctx.uow.read() as uow:
        names = [
            r[0]
            for r in uow.session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        ]
        return {
            name: [tuple(r) for r in uow.session.execute(text(f'SELECT * FROM "{name}"'))]
            for name in names
        }


def test_import_stores_the_same_with_its_inserts_on_a_second_thread(
    services: Services,
    gm: Principal,
    tmp_path: Path,
    clock: Any,
    memory_keyring: Any,
    db_template: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Chunks of 100 files: several batches per table, the search indexes' rows gathered
    # across them (an FTS5 index flushes its pending terms whenever a statement of several
    # rows begins: written batch by batch, its segments would differ).
    monkeypatch.setattr(imports, "CHUNK", 20)
    path = write_xlsx(tmp_path / "名單.xlsx", [HEADERS, *office_list(random.Random(5), 450)])
    other_path = tmp_path / "other" / "records.db"
    db_template.copy_to(other_path, memory_keyring)
    other = build_services(
        open_database(other_path, KeyStore(tmp_path / "config")), cheap_settings(), clock=clock
    )
    try:
        threads: set[int] = set()

        def seen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            if statement.startswith("INSERT INTO customer "):
                threads.add(threading.get_ident())

        event.listen(services.database.engine, "before_cursor_execute", seen)
        preview = services.customers.imports.preview(gm, path)
        written = services.customers.imports.commit(gm, preview, override_reason="test")
        assert written.written == preview.valid > 400
        assert threads and threading.get_ident() not in threads  # on the writer's thread

        with monkeypatch.context() as plain:
            plain.setattr(import_write, "background_inserts", _bound_row_by_row)
            preview = other.customers.imports.preview(gm, path)
            other.customers.imports.commit(gm, preview, override_reason="test")
        mine, theirs = _tables(services), _tables(other)
    finally:
        other.close()
    assert mine.keys() == theirs.keys()
    assert len(mine["customer_search_gram_data"]) > 1
    for name in mine:
        if name != "audit_log":  # chained to each database's own key
            assert mine[name] == theirs[name], name
    assert len(mine["customer"]) == len(theirs["customer"]) > 400


def test_background_inserts_store_what_bound_rows_store(services: Services) -> None:
    rows = [
        ("a\x00b", 1, None, True),
        ('\x01\t\n"\\/', -(2**63), "x", False),
        ("😀中文", 2**62, "0912", 1),
        ("  0912 ", 0, "", None),
        ('{"a": 1}', 7, "null", 0),
    ]
    read = "SELECT hex(t), typeof(t), i, typeof(i), hex(v), typeof(v), b, typeof(b) FROM probe"
    stored = []
    for background in (False, True):
        with services.ctx.uow.write() as uow:
            session = uow.session
            session.execute(text("CREATE TEMP TABLE probe (t TEXT, i INTEGER, v, b BOOLEAN)"))
            with bulk.background_inserts(session) if background else _bound_row_by_row(session):
                bulk.insert_tuples(session, "probe", "t, i, v, b", 4, rows)
                # a column of one value down the batch: bound once, as it is (a float too)
                bulk.insert_tuples(
                    session, "probe", "t, i, v, b", 4, [(r[0], 5, 1.1, 0) for r in rows]
                )
                bulk.insert_tuples(
                    session, "probe", "t, i, v, b", 4, [("f", 1, 0.1 + 0.2, 1)], json_exact=False
                )
                seen = session.execute(text("SELECT count(*) FROM probe")).scalar()
                assert seen == 2 * len(rows) + 1  # a read waits for the rows handed over
            stored.append(session.execute(text(read)).all())
            session.execute(text("DROP TABLE probe"))
    assert stored[0] == stored[1]


def test_a_failed_background_insert_writes_nothing(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "名單.xlsx", [HEADERS, *office_list(random.Random(3), 80)])
    preview = services.customers.imports.preview(gm, path)
    made = import_write.grade_changes

    def broken(*args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        changes = list(made(*args, **kwargs))
        return [*changes, (999_999_999, *changes[0][1:])]  # a grade change of no file

    monkeypatch.setattr(import_write, "grade_changes", broken)
    before = _count(services)
    threads = threading.active_count()
    with pytest.raises(IntegrityError):
        services.customers.imports.commit(gm, preview, override_reason="test")
    assert _count(services) == before  # the files written before it: rolled back
    assert threading.active_count() == threads


def test_a_commit_cancelled_while_writing_leaves_nothing_and_no_thread(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports, "CHUNK", 10)
    path = write_xlsx(tmp_path / "名單.xlsx", [HEADERS, *office_list(random.Random(4), 200)])
    preview = services.customers.imports.preview(gm, path)
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > 25  # while the files are being written

    before = _count(services)
    threads = threading.active_count()
    with pytest.raises(ImportCancelled):
        services.customers.imports.commit(gm, preview, cancelled=cancelled, override_reason="test")
    assert calls[0] > 25
    assert _count(services) == before
    assert threading.active_count() == threads


def _count(services: Services) -> tuple[int, ...]:
    with services.ctx.uow.read() as uow:
        return tuple(
            uow.session.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
            for name in ("customer", "customer_revision", "customer_search", "quality_key")
        )
