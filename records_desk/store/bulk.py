"""Writing many rows in one transaction (the import's and the demo's bulk paths, issue 10 §3):
the connection's settings while it writes, and rows inserted as plain tuples.

- `bulk_write(session)`: a larger page cache for the caller's transaction (SQLite's default is
  2 MiB). A bulk write inserts into a dozen indexes at random places; every page evicted and
  read again is decrypted again (SQLCipher), and a cache too small for the transaction's dirty
  pages spills them to the WAL before the commit. Put back as it was afterwards: the
  connection goes back to the pool. Temporary B-trees (sorts, the FTS5 merge's) in memory.
- `insert_rows(session, table, columns, rows)`: one executemany of tuples on the session's
  connection, each value converted by the column's own type exactly as a Core insert would
  (JSON text, UTC date-times, dates), a value repeated down a column converted once; no
  per-row dictionaries or compiled parameters.
- `reading_cache(session, kib)`: a larger page cache for the rest of the connection's use (a
  look that reads tens of MiB and will read them again).
- `background_inserts(session)`: while it is open, `insert_rows` and `insert_tuples` hand
  their rows to a thread that runs the INSERTs on the session's connection, in the order
  given, while the caller builds the next rows (a second core). Each batch is ONE statement,
  `INSERT … SELECT value->>0, value->>1 … FROM jsonb_each(?)` of the rows as one JSON text
  (a column holding one value down the batch bound once as a parameter instead), so SQLite
  steps through the whole batch with the GIL let go; an executemany takes the GIL back
  after every row and, with the caller's thread busy, waits for it each time (why a thread
  running executemany overlapped nothing: bench/README.md). JSON carries texts (control
  characters and NUL included), integers, booleans (stored as 1/0, as bound) and NULL
  exactly; a table with float or binary columns (none in the store today) is bound as
  before, once the thread has caught up. A statement of several rows makes every FTS5 index
  written in the transaction flush its pending terms, so an FTS5 index's rows are gathered
  (`gather`) and written in one statement when the caller says (`release_gathered`) or the
  block ends: the same segments as rows bound one by one. Any other statement on the
  connection meanwhile waits for the thread first (a `before_cursor_execute` hook), so reads
  see every row handed over; an error of the thread is raised in the caller at its next
  insert or when the block ends, later batches are not run, and the block always waits for
  the thread before it is left (the transaction is the caller's: rolled back on an error,
  all-or-nothing).

On a PostgreSQL server (issue 15 §2) the server keeps its own cache: `bulk_write` and
`reading_cache` change nothing there, and `insert_rows` sends the rows with COPY (the same
converted values), then moves the table's id sequence past the ids it was given, as an
INSERT of explicit ids does not.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    LargeBinary,
    Numeric,
    PickleType,
    Table,
    TypeDecorator,
    event,
    text,
)
from sqlalchemy.orm import Session

BULK_CACHE_KIB = 256 * 1024  # SQLite allocates it only as pages are used


@contextmanager
def bulk_write(session: Session) -> Iterator[None]:
    """The connection set for writing many rows, then put back (module docstring)."""
    dialect = session.get_bind().dialect.name
    if dialect != "sqlite":
        yield
        return
    # On the driver's connection: put back even when the transaction failed (the session may
    # refuse statements until it is rolled back).
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    temp = raw.execute("PRAGMA temp_store").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    raw.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(cache)}")
        raw.execute(f"PRAGMA temp_store = {int(temp)}")


def reading_cache(session: Session, kib: int) -> None:
    """The page cache of the session's connection at least `kib` KiB (SQLite; the server
    keeps its own)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = {-int(kib)}"))


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT the rows (tuples of the columns' values, in `columns` order) in one executemany
    on the session's connection (module docstring); SQLite's `?` parameters, as the store is
    SQLCipher's (the search index's FTS5 tables are SQLite's too)."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    converters = []
    for name in columns:
        process = table.c[name].type._cached_bind_processor(dialect)  # noqa: SLF001
        converters.append(process)
    if any(converters):
        cols = list(zip(*rows, strict=True))
        for i, process in enumerate(converters):
            if process is not None:
                cols[i] = _converted(cols[i], process)
        rows = list(zip(*cols, strict=True))
    names = ", ".join(dialect.identifier_preparer.quote(n) for n in columns)
    if dialect.name != "sqlite":
        _copy(session, table, columns, names, rows)
        return
    exact = _json_exact(table, columns)
    insert_tuples(session, table.name, names, len(columns), rows, json_exact=exact)


def insert_tuples(
    session: Session | Connection,
    table: str,
    names: str,
    width: int,
    rows: Sequence[Sequence[Any]],
    *,
    json_exact: bool = True,
    gather: bool = False,
) -> None:
    """INSERT INTO `table` (`names`) the rows (tuples of `width` values, as stored) on SQLite:
    one executemany, or the background writer's batch when one is open (module docstring).
    `json_exact` False: values JSON may not carry exactly (floats, bytes): bound as they are.
    `gather` (with a background writer): the rows kept until `release_gathered`, then
    written with the table's other gathered rows in ONE statement (an FTS5 index: module
    docstring)."""
    if not rows:
        return
    conn = session.connection() if isinstance(session, Session) else session
    writer = _writers.get(id(conn))
    if writer is not None and writer.conn is conn:
        if gather and json_exact:
            writer.gathered.setdefault((table, names, width), []).extend(rows)
        else:
            writer.insert(table, names, width, rows, json_exact)
        return
    _bound_insert(conn, table, names, width, rows)


def _bound_insert(
    conn: Connection, table: str, names: str, width: int, rows: Sequence[Sequence[Any]]
) -> None:
    """One executemany of the rows, bound as they are."""
    marks = ", ".join(["?"] * width)
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


class _Writer:
    """The thread of `background_inserts`: one INSERT … SELECT … FROM jsonb_each(?) per batch,
    in the order handed over, on the caller's connection and transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        # A few batches ahead at most: the caller waits rather than hold every row as JSON.
        self.batches: queue.Queue[tuple[str, tuple[Any, ...]] | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.abandoned = False  # the caller failed: what is left is not written
        self.thread = threading.Thread(target=self._run, name="bulk-insert", daemon=True)
        self.encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
        # (table, names, width) -> rows kept for one statement (insert_tuples's `gather`)
        self.gathered: dict[tuple[str, str, int], list[Sequence[Any]]] = {}

    def _run(self) -> None:
        while True:
            batch = self.batches.get()
            try:
                if batch is None:
                    return
                if self.error is None and not self.abandoned:
                    self.conn.exec_driver_sql(*batch)
            except BaseException as error:  # raised in the caller's thread (check)
                self.error = error
            finally:
                self.batches.task_done()

    def insert(
        self, table: str, names: str, width: int, rows: Sequence[Sequence[Any]], exact: bool
    ) -> None:
        self.check()
        payload = None
        if exact:
            # A column holding one value down the batch (a status, a version, the batch's
            # moment …) is bound once as a parameter; the others travel as JSON.
            cols = list(zip(*rows, strict=True))
            same = [c.count(c[0]) == len(c) for c in cols]
            varying = [c for c, s in zip(cols, same, strict=True) if not s]
            try:
                payload = self.encode(
                    list(zip(*varying, strict=True)) if varying else [()] * len(rows)
                )
            except (TypeError, ValueError):  # not JSON's: bound as they are
                payload = None
        if payload is None:
            self.wait()
            _bound_insert(self.conn, table, names, width, rows)
            return
        fixed = [c[0] for c, s in zip(cols, same, strict=True) if s]
        picks, n = [], 0
        for s in same:
            if s:
                picks.append("?")
            else:
                picks.append(f"value->>{n}")
                n += 1
        self.batches.put(
            (
                f"INSERT INTO {table} ({names}) SELECT {', '.join(picks)} FROM jsonb_each(?)",
                (*fixed, payload),
            )
        )

    def release(self) -> None:
        """The gathered rows handed over, each table's in one batch."""
        gathered, self.gathered = self.gathered, {}
        for (table, names, width), rows in gathered.items():
            self.insert(table, names, width, rows, True)

    def wait(self) -> None:
        """Until every batch handed over is written; its error, if any, raised here."""
        if threading.get_ident() != self.thread.ident:
            self.batches.join()
            self.check()

    def check(self) -> None:
        if self.error is not None:  # the later batches stay unwritten: the caller rolls back
            raise self.error

    def before_execute(self, *_args: Any) -> None:
        """Another statement on the connection: the thread's batches first."""
        if threading.get_ident() != self.thread.ident:
            self.batches.join()


_writers: dict[int, _Writer] = {}
# Column types whose values JSON may not carry exactly (a float's text need not come back as
# the same float; bytes are no JSON): their tables' rows are bound as they are.
_NOT_JSON = (Float, Numeric, LargeBinary, PickleType)


def _json_exact(table: Table, columns: Sequence[str]) -> bool:
    for name in columns:
        kind = table.c[name].type
        if isinstance(kind, TypeDecorator):
            kind = kind.impl_instance
        if isinstance(kind, _NOT_JSON):
            return False
    return True


def release_gathered(session: Session) -> None:
    """Hand the rows gathered so far (insert_tuples's `gather`) to the background writer,
    each table's as one statement; nothing to do without one."""
    writer = _writers.get(id(session.connection()))
    if writer is not None:
        writer.release()


@contextmanager
def background_inserts(session: Session) -> Iterator[None]:
    """Inserts of this block written by a thread (module docstring); SQLite only (a server
    gets the rows by COPY as before)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite" or id(conn) in _writers:
        yield
        return
    writer = _Writer(conn)
    event.listen(conn, "before_cursor_execute", writer.before_execute)
    _writers[id(conn)] = writer
    writer.thread.start()
    try:
        yield
        writer.release()
        writer.wait()
    except BaseException:
        writer.abandoned = True
        raise
    finally:
        writer.batches.put(None)
        writer.thread.join()
        del _writers[id(conn)]
        event.remove(conn, "before_cursor_execute", writer.before_execute)


def _copy(
    session: Session,
    table: Table,
    columns: Sequence[str],
    names: str,
    rows: Sequence[Sequence[Any]],
) -> None:
    """insert_rows on a PostgreSQL server: COPY, then the id sequence past the ids given."""
    conn = session.connection()
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:  # type: ignore[attr-defined]
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    key = table.autoincrement_column
    if key is not None and key.name in columns:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'),"
                f" (SELECT max({key.name}) FROM {table.name}))"
            )
        )


def _converted(values: Sequence[Any], process: Any) -> tuple[Any, ...]:
    """The column's values converted; a hashable value met again is converted once."""
    if values and isinstance(values[0], dict | list):  # a document per row (a snapshot)
        return tuple(process(value) for value in values)
    done: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        key = (type(value), value)  # 1 and True are equal keys, but not the same value
        try:
            stored = done.get(key, _MISSING)
        except TypeError:  # a list or a dict: converted each time
            out.append(process(value))
            continue
        if stored is _MISSING:
            stored = done[key] = process(value)
        out.append(stored)
    return tuple(out)


_MISSING = object()
