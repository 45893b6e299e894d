"""Moving an office from its database file onto a PostgreSQL server (issue 15 §5): every table
copied in one server transaction, checked there, the file only read. The services say who may
and what the log records (services/common/move.py); here is what is done to the data.

Decisions:
- Every table by construction: the tables of the models of every module in store/ (the
  metadata the migrations build: `office_tables`), copied in foreign-key order, each in
  primary-key order (a row naming an earlier row of its own table, an account's creator,
  comes after it). The file's own tables are held against that list first: a table no model
  declares would be left behind, so the move stops instead (`UnknownTables`). Not copied:
  the schema version (the server's migration wrote its own, the same: both databases are
  opened at this version's heads) and the search index, derived from the customers and
  built anew on the server in its own form there (SQLite's FTS5 tables are the file's only).
- One server transaction for everything, under the writers' advisory lock (no desk writes
  meanwhile): the target is found empty inside it (`TargetNotEmpty` otherwise: any row in
  any office table, accounts included), the rows copied in batches, the sequences set past
  the copied ids, the caller's last step written (the move's audit entry), the row counts
  and the audit chain checked under the office key (`CopyMismatch`) — committed only then.
  A failure, a refused check or Ctrl-C rolls it all back: the server database holds no row,
  as before (its tables, built when it was opened as any desk's first open builds them, stay
  empty), and the move can be run again.
- The file is read in one read transaction (one consistent snapshot), never written: its
  bytes are unchanged, and it stays the backup of the move.
- The server's refusing triggers guard what desks change (the audit log is append-only; a
  closed reception day takes no new row once its closing row exists, and the foreign-key
  order copies the closing rows before the day's events). Rows copied as they are were
  guarded where they were made, so the tables' own triggers are off for the copy (ALTER
  TABLE … DISABLE TRIGGER USER: the office role owns its tables; foreign keys stay checked)
  and on again before the commit, in the same transaction: nobody ever sees them off.
- Rows keep their ids, so every serial or identity sequence is set past its table's largest
  id afterwards (`pg_get_serial_sequence`): the next insert on the server does not collide.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from records_desk.domain.common import audit_chain
from records_desk.store import search_index
from records_desk.store.audit_rows import iter_chain
from records_desk.store.backends import writer_lock

log = logging.getLogger(__name__)

BATCH = 2000  # rows per read and per insert
SCHEMA_VERSION_TABLE = "alembic_version"

# progress(table, rows copied of it so far, its rows)
Progress = Callable[[str, int, int], None]
# The caller's last step inside the server transaction (the move's audit entry), given a
# session on it; it must not commit.
LastStep = Callable[[Session], None]


class TargetNotEmpty(Exception):
    """The server database already holds rows (TABLES): nothing was copied."""

    def __init__(self, tables: dict[str, int]) -> None:
        super().__init__(f"the target database holds rows in {sorted(tables)}")
        self.tables = tables


class UnknownTables(Exception):
    """The file has tables no model of this version declares: nothing was copied."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(f"tables no model declares: {tables}")
        self.tables = tables


class CopyMismatch(Exception):
    """The copy on the server did not check out (row counts or the audit chain); rolled back.
    WHAT: "rows" (TABLES: the tables whose counts differ) or "audit"."""

    def __init__(self, what: str, tables: tuple[str, ...] = ()) -> None:
        super().__init__(f"the copy on the server did not check out: {what} {list(tables)}")
        self.what = what
        self.tables = tables


class CopyFailed(Exception):
    """The server stopped the copy (KIND: "privileges", the role does not own the tables;
    "connection", lost; "other"); rolled back."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"the server stopped the copy: {kind}")
        self.kind = kind


@dataclass(frozen=True)
class Copied:
    """What the move copied and found on the server before committing."""

    tables: dict[str, int]  # rows per table, as on the server (the last step's included)
    audit_entries: int
    audit_intact: bool

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def office_tables() -> list[Table]:
    """Every model's table, in foreign-key order: the models of every module in store/ are
    imported first, so a feature's new table is copied without anyone listing it."""
    import records_desk.store as store_package
    from records_desk.store.models import Base

    for module in pkgutil.iter_modules(store_package.__path__):
        if module.name != "migrations" and not module.ispkg:
            importlib.import_module(f"{store_package.__name__}.{module.name}")
    return list(Base.metadata.sorted_tables)


def _derived(name: str) -> bool:
    """Tables that are not the office's data: the schema version, the search index."""
    return (
        name == SCHEMA_VERSION_TABLE or search_index.owns_table(name) or name.startswith("sqlite_")
    )


def row_counts(conn: Connection, tables: list[Table]) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables
    }


def move_office(
    source: Engine,
    target: Engine,
    key_hex: str,
    *,
    last_step: LastStep | None = None,
    progress: Progress | None = None,
    batch: int | None = None,
) -> Copied:
    """Copy every table of the office in SOURCE (a database file) into TARGET (an empty,
    migrated server database), in one server transaction; KEY_HEX, the office key, checks the
    audit chain there. Raises TargetNotEmpty, UnknownTables, CopyMismatch or CopyFailed with
    the server database holding no row, as before."""
    tables = office_tables()
    with source.connect() as src, src.begin():
        unknown = sorted(
            n
            for n in inspect(src).get_table_names()
            if not _derived(n) and n not in {t.name for t in tables}
        )
        if unknown:
            raise UnknownTables(unknown)
        expected = row_counts(src, tables)
        try:
            with target.connect() as dst, dst.begin():
                return _copy_into(
                    src, dst, tables, expected, key_hex, last_step, progress, batch or BATCH
                )
        except (DBAPIError, _driver_error()) as e:
            log.warning("the move onto the server stopped: %s", type(e).__name__)
            raise CopyFailed(failure_kind(e)) from None


def _copy_into(
    src: Connection,
    dst: Connection,
    tables: list[Table],
    expected: dict[str, int],
    key_hex: str,
    last_step: LastStep | None,
    progress: Progress | None,
    batch: int,
) -> Copied:
    """The server transaction's work (module docstring), in its order."""
    writer_lock(dst)
    found = {n: c for n, c in row_counts(dst, tables).items() if c}
    if found:
        raise TargetNotEmpty(found)
    _triggers(dst, tables, enable=False)
    for table in tables:
        _copy_table(src, dst, table, expected[table.name], batch, progress)
    _triggers(dst, tables, enable=True)
    _reset_sequences(dst, tables)
    _index_search(dst)
    session = Session(bind=dst)
    try:
        if last_step is not None:
            last_step(session)
            session.flush()
        return _checked(dst, session, tables, expected, key_hex, last_step is not None)
    finally:
        session.close()


def _driver_error() -> type[Exception]:
    import psycopg

    return psycopg.Error


def failure_kind(error: BaseException) -> str:
    """Why the server stopped the copy, in CopyFailed's words (psycopg's own go to the log
    only: they may quote a row)."""
    import psycopg

    cause = getattr(error, "orig", None) or error
    if isinstance(cause, psycopg.errors.InsufficientPrivilege):
        return "privileges"
    if isinstance(cause, psycopg.OperationalError):
        return "connection"
    return "other"


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    total: int,
    batch: int,
    progress: Progress | None,
) -> None:
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    if not total:
        return
    order = list(table.primary_key.columns) or list(table.columns)
    rows = src.execute(select(table).order_by(*order).execution_options(yield_per=batch))
    for chunk in rows.partitions(batch):
        insert_batch(dst, table, chunk)
        done += len(chunk)
        if progress is not None:
            progress(table.name, done, total)


def insert_batch(dst: Connection, table: Table, rows: Sequence[Sequence[Any]]) -> None:
    """One batch (rows in the table's column order, as Python values) into the server with
    COPY: each value through its column type's bind step first (a moment to naive UTC, a
    document to JSON text), as an INSERT would. A test stands in for a failure here."""
    quote = dst.dialect.identifier_preparer.quote
    converters = [c.type._cached_bind_processor(dst.dialect) for c in table.columns]  # noqa: SLF001
    names = ", ".join(quote(c.name) for c in table.columns)
    cursor = dst.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    [
                        v if p is None or v is None else p(v)
                        for v, p in zip(row, converters, strict=True)
                    ]
                )
    finally:
        cursor.close()


def _triggers(dst: Connection, tables: list[Table], *, enable: bool) -> None:
    verb = "ENABLE" if enable else "DISABLE"
    quote = dst.dialect.identifier_preparer.quote
    for table in tables:
        dst.exec_driver_sql(f"ALTER TABLE {quote(table.name)} {verb} TRIGGER USER")


def _reset_sequences(dst: Connection, tables: list[Table]) -> None:
    """Each serial or identity column's sequence set past the largest id copied."""
    quote = dst.dialect.identifier_preparer.quote
    for table in tables:
        for column in table.primary_key.columns:
            sequence = dst.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"),
                {"t": quote(table.name), "c": column.name},
            ).scalar()
            if sequence is None:
                continue
            largest = f"SELECT COALESCE(MAX({quote(column.name)}), 0) FROM {quote(table.name)}"
            dst.execute(
                text(f"SELECT setval(CAST(:s AS regclass), ({largest}) + 1, false)"),  # noqa: S608
                {"s": sequence},
            )


def _index_search(dst: Connection) -> None:
    """The search index of the customers copied, in the server's form (store/search_index.py
    rebuild: gram arrays and pg_trgm, issue 15 §2), in the move's transaction."""
    search_index.rebuild(dst)


def _checked(
    dst: Connection,
    session: Session,
    tables: list[Table],
    expected: dict[str, int],
    key_hex: str,
    added_entry: bool,
) -> Copied:
    counts = row_counts(dst, tables)
    wanted = dict(expected)
    if added_entry:
        wanted["audit_log"] += 1
    differ = tuple(n for n in counts if counts[n] != wanted[n])
    if differ:
        raise CopyMismatch("rows", differ)
    report = audit_chain.verify(iter_chain(session), audit_chain.chain_key(key_hex))
    if not report.intact or report.entries != counts["audit_log"]:
        raise CopyMismatch("audit")
    return Copied(tables=counts, audit_entries=report.entries, audit_intact=report.intact)
