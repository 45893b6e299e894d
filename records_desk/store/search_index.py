"""The customer search index (issue item 7): its tables and keeping them current; the SQL
that answers a search is in store/search_queries.py.

- customer_search: one narrow row per customer (normalised name and archive number, the
  search text, the filter columns). Reading it is much cheaper than the wide, encrypted
  customer table, and its covering indexes answer the ranking tiers and the pages.
- customer_search_trigram: FTS5 trigram index of the search text, for 3+ characters.
- customer_search_gram: FTS5 index whose "words" are the 1- and 2-character grams of each
  field (domain.search_text.gram_token), for 1- and 2-character queries, which the trigram
  tokenizer cannot answer and a LIKE scan of the customer table answers only slowly; its
  fts5vocab table gives a gram's count at once.
- customer_search_void_trigram / _void_gram: the same for void files, kept apart.
The FTS tables are contentless (rowid = customer id, contentless_delete=1), kept here by
update_customers(), which services.customer_records.new_versions() calls on every version
write of every path (register, import, change, approve, void, grade, re-admit).

On a PostgreSQL server (issue 15 §2) the same functions write the same rows to the narrow
table and, in place of the FTS5 tables, to a table of search texts and gram arrays with GIN
indexes (pg_trgm for 3+ characters): store/search_server.py. They dispatch on the
connection's dialect; the callers are the same on both backends.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from records_desk.domain.common import search_text as st
from records_desk.store import search_server
from records_desk.store.bulk import insert_tuples

TABLE = "customer_search"
# FTS5 indexes of active files, and of void ones apart: a search leaves void files out
# unless asked, and a count is then one index's own count, with nothing to subtract.
TRIGRAM = "customer_search_trigram"
GRAM = "customer_search_gram"
VOID_TRIGRAM = "customer_search_void_trigram"
VOID_GRAM = "customer_search_void_gram"
# fts5vocab over a gram index: how many files hold a gram, read from the index's doclist
# without visiting each row (a 1-character query can match nearly every file).
GRAM_VOCAB = "customer_search_gram_vocab"
VOID_GRAM_VOCAB = "customer_search_void_gram_vocab"


def owns_table(name: str | None) -> bool:
    """Whether a table or index (FTS5 shadow tables included) belongs to the search index;
    the models do not declare them, so schema comparisons leave them out."""
    return bool(name) and (name == TABLE or TABLE + "_" in str(name))


def _fts(name: str, column: str, options: str) -> str:
    return f"CREATE VIRTUAL TABLE {name} USING fts5({column}, content='', contentless_delete=1, {options})"


CREATE = (
    f"""CREATE TABLE {TABLE} (
        customer_id INTEGER PRIMARY KEY,
        archive_number TEXT NOT NULL,
        archive_key TEXT NOT NULL,
        name_key TEXT NOT NULL,
        text TEXT NOT NULL,
        void INTEGER NOT NULL,
        department TEXT NOT NULL,
        record_type TEXT NOT NULL,
        grade TEXT
    )""",
    # Covering every test a page makes, in archive-number order: a walk down it to fill a
    # page never reads a table row (about 1 us a row, against 25 us to fetch one by id).
    f"""CREATE INDEX ix_{TABLE}_archive ON {TABLE} (archive_number, void, name_key, archive_key,
        department, record_type, grade, text)""",
    # Covering the prefix tier: names starting with the query, in archive-number order,
    # without reading a row.
    f"""CREATE INDEX ix_{TABLE}_name_key ON {TABLE} (name_key, void, archive_key, archive_number,
        department, record_type, grade)""",
    # The filters alone (an empty search box with a department chosen): counted here.
    f"CREATE INDEX ix_{TABLE}_filters ON {TABLE} (void, department, record_type, grade)",
    f"CREATE INDEX ix_{TABLE}_archive_key ON {TABLE} (archive_key, void)",
    # Covering the tests made on candidates fetched by id (the rest of a ranked page),
    # narrower than the rows, so fewer pages are read for the same candidates.
    f"""CREATE INDEX ix_{TABLE}_by_id ON {TABLE} (customer_id, void, archive_number, name_key,
        archive_key)""",
    _fts(TRIGRAM, "text", "tokenize='trigram'"),
    _fts(VOID_TRIGRAM, "text", "tokenize='trigram'"),
    _fts(GRAM, "grams", "detail=none, tokenize='ascii'"),
    _fts(VOID_GRAM, "grams", "detail=none, tokenize='ascii'"),
    f"CREATE VIRTUAL TABLE {GRAM_VOCAB} USING fts5vocab({GRAM}, 'row')",
    f"CREATE VIRTUAL TABLE {VOID_GRAM_VOCAB} USING fts5vocab({VOID_GRAM}, 'row')",
)
DROP = tuple(
    f"DROP TABLE IF EXISTS {name}"
    for name in (GRAM_VOCAB, VOID_GRAM_VOCAB, GRAM, VOID_GRAM, TRIGRAM, VOID_TRIGRAM, TABLE)
)

# What the index reads from a customer row (the migration's backfill reads the same).
SOURCE_COLUMNS = (
    "id, archive_number, name, contact_person, phone_digits, email, status, department, "
    "record_type, grade"
)


class IndexRow(NamedTuple):
    """One customer's row of the index: the narrow table's columns, then its gram document
    (written to the gram FTS5 index; the trigram one gets `text`)."""

    customer_id: int
    archive_number: str
    archive_key: str
    name_key: str
    text: str
    void: int
    department: str
    record_type: str
    grade: str | None
    grams: str


def index_row(
    customer_id: int,
    archive_number: str,
    name: str,
    contact_person: str,
    phone_digits: Sequence[str],
    email: str,
    status: str,
    department: str,
    record_type: str,
    grade: str | None,
) -> IndexRow:
    """The index's row of one customer (a batch: index_rows_bulk, which spells each gram once)."""
    fields = st.search_fields(name, contact_person, phone_digits, email, archive_number)
    filters = [
        st.filter_token("d", department),
        st.filter_token("t", record_type),
        st.filter_token("g", grade),
    ]
    grams = st.gram_document(fields, filters)
    return IndexRow(
        customer_id=customer_id,
        archive_number=archive_number,
        archive_key=st.normalise(archive_number),
        name_key=st.normalise(name),
        text=st.search_text(fields),
        grams=grams,
        void=0 if status == "active" else 1,
        department=department,
        record_type=record_type,
        grade=grade,
    )


_COLUMNS = IndexRow._fields[:-1]  # the narrow table's, in IndexRow's order
_MARKS = ", ".join("?" * len(_COLUMNS))
_NAMES = ", ".join(_COLUMNS)
_REPLACE_ROW = f"INSERT OR REPLACE INTO {TABLE} ({', '.join(_COLUMNS)}) VALUES ({_MARKS})"
_FTS_NAMES = {0: (TRIGRAM, GRAM), 1: (VOID_TRIGRAM, VOID_GRAM)}  # void -> its two indexes
_DELETE = [
    f"DELETE FROM {index} WHERE rowid = ?" for index in (TRIGRAM, GRAM, VOID_TRIGRAM, VOID_GRAM)
]
_TEXT, _VOID, _GRAMS = IndexRow._fields.index("text"), IndexRow._fields.index("void"), -1


def write_rows(
    conn: Connection | Session, rows: Iterable[IndexRow], *, fresh: bool = False
) -> None:
    """Index the rows, replacing what the index held for them. `fresh`: none is indexed yet
    (a backfill or a bulk registration), so nothing needs deleting first. Plain tuples, one
    executemany per table: no per-row parameter dictionaries."""
    rows = list(rows)
    if not rows:
        return
    raw = conn.connection() if isinstance(conn, Session) else conn
    if raw.dialect.name != "sqlite":
        search_server.write_rows(raw, rows, fresh=fresh)
        return
    if not fresh:
        ids = [(r[0],) for r in rows]
        for delete in _DELETE:  # the file may have been active or void until now
            raw.exec_driver_sql(delete, ids)
    if fresh:  # one executemany each, or store.bulk's background writer's batches
        insert_tuples(raw, TABLE, _NAMES, len(_COLUMNS), [r[:-1] for r in rows])
    else:
        raw.exec_driver_sql(_REPLACE_ROW, [r[:-1] for r in rows])
    for void in (0, 1):
        chosen = [r for r in rows if r[_VOID] == void]
        if chosen:
            for index, column, part in zip(
                _FTS_NAMES[void], ("text", "grams"), (_TEXT, _GRAMS), strict=True
            ):
                insert_tuples(
                    raw, index, f"rowid, {column}", 2, [(r[0], r[part]) for r in chosen],
                    gather=fresh,
                )  # fmt: skip


def update_customers(session: Session, customers: Sequence[Any]) -> None:
    """Re-index customer rows (store.models.Customer) in the caller's transaction. A file at
    version 1 is new, so nothing of it is indexed yet (the fast path of a bulk registration)."""
    rows = [
        (
            c.version == 1,
            index_row(
                c.id,
                c.archive_number,
                c.name,
                c.contact_person,
                c.phone_digits,
                c.email,
                c.status,
                c.department,
                c.record_type,
                c.grade,
            ),
        )
        for c in customers
    ]
    write_rows(session, [r for new, r in rows if new], fresh=True)
    write_rows(session, [r for new, r in rows if not new])


def index_rows_bulk(customers: Iterable[Any]) -> list[IndexRow]:
    """index_row of many customers (rows with the customer's attributes) at once: the same
    rows (index_values_bulk)."""
    return index_values_bulk(
        (c.id, c.archive_number, c.name, c.contact_person, c.phone_digits, c.email, c.status,
         c.department, c.record_type, c.grade)
        for c in customers
    )  # fmt: skip


def _normalise(text: str) -> str:
    """search_text.normalise, faster for text that is printable once NFKC-folded and has no
    run of spaces (nearly every name, phone, e-mail and number): such text holds no control
    character and its only white space is single ASCII spaces (str.isprintable is false for
    every other space and every control character), so the regular expressions would leave
    it as it is and only the trim remains. NFKC of plain ASCII is itself, casefold lower()."""
    if not text:
        return ""
    if text.isascii():
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKC", text).casefold()
    if folded.isprintable() and "  " not in folded:
        return folded.strip()
    return st.normalise(text)


class _Spelled(dict[str, str]):
    """A gram's token (search_text.gram_token), each spelled once: a 2-character gram's is
    its characters' tokens joined (gram_token spells character by character)."""

    def __missing__(self, gram: str) -> str:
        if len(gram) == 1:
            token = st.gram_token(gram)
        else:
            token = "".join([self[ch] for ch in gram])
        self[gram] = token
        return token


def index_values_bulk(values: Iterable[Sequence[Any]], *, ordered: bool = True) -> list[IndexRow]:
    """index_row of many customers, each given as index_row's arguments in its order, the
    same rows, faster: a row's grams (search_text.grams) are gathered as strings by set
    operations, then each distinct gram is spelled once per call (_Spelled); each filter
    word is spelled once per call. A bulk fill spells the same digits and characters
    millions of times, which was most of its indexing time.

    `ordered` False: each gram document's grams in no particular order (index_row sorts
    them) — for writing only: the gram indexes are FTS5 `detail=none` (a word's rows, not
    its places), so they store the same whatever the order (a 20,000-file import compared
    shadow table by shadow table: bench/README.md), and a batch is spared the sort."""
    spell = _Spelled().__getitem__
    filters: dict[tuple[str, str | None], str] = {}

    def word(kind: str, value: str | None) -> str:
        token = filters.get((kind, value))
        if token is None:
            token = filters[(kind, value)] = st.filter_token(kind, value)
        return token

    normalise, pair, sep = _normalise, operator.add, st.SEP
    rows: list[IndexRow] = []
    append = rows.append
    for cid, number, name, contact, digits, email, status, department, kind, grade in values:
        name_key, archive_key = normalise(name), normalise(number)
        # search_text.search_fields, with the name's and number's forms kept for their keys
        typed = (name_key, normalise(contact), *map(normalise, digits), normalise(email),
                 archive_key)  # fmt: skip
        fields = [f for f in typed if f]
        grams: set[str] = set()
        for field in fields:  # search_text.grams: each field's characters and pairs
            grams.update(field)
            grams.update(map(pair, field, field[1:]))
        document = sorted(map(spell, grams)) if ordered else list(map(spell, grams))
        document += (word("d", department), word("t", kind), word("g", grade))
        append(
            IndexRow(cid, number, archive_key, name_key, sep.join(fields),
                     0 if status == "active" else 1, department, kind, grade,
                     " ".join(document))
        )  # fmt: skip
    return rows


def index_new_customers(session: Session, customers: Sequence[Any]) -> None:
    """Index customers of which nothing is indexed yet (a bulk registration: the demo), in
    the caller's transaction; the same rows update_customers writes for them."""
    write_rows(session, index_rows_bulk(customers), fresh=True)


def add_new_files(session: Session, rows: Iterable[Sequence[Any]]) -> None:
    """Index a batch of files inserted as rows, none indexed yet (the import's bulk path,
    issue 10), each given as index_row's arguments (id, archive_number, name,
    contact_person, phone_digits, email, status, department, record_type, grade), in the
    caller's transaction."""
    write_rows(session, index_values_bulk(rows, ordered=False), fresh=True)


def rebuild(conn: Connection, batch: int = 5000) -> int:
    """Index every customer from scratch (the migration's backfill). Returns the count."""
    import json

    if conn.dialect.name != "sqlite":
        search_server.clear(conn)
    else:
        conn.execute(text(f"DELETE FROM {TABLE}"))
        for name in (TRIGRAM, GRAM, VOID_TRIGRAM, VOID_GRAM):
            conn.execute(text(f"INSERT INTO {name} ({name}) VALUES ('delete-all')"))
    result = conn.execute(text(f"SELECT {SOURCE_COLUMNS} FROM customer ORDER BY id"))
    total = 0
    while chunk := result.fetchmany(batch):
        rows = index_values_bulk(
            (*r[:4], r[4] if isinstance(r[4], list) else json.loads(r[4] or "[]"), *r[5:])
            for r in chunk
        )
        write_rows(conn, rows, fresh=True)
        total += len(rows)
    return total


def forget(session: Session, ids: Sequence[int]) -> None:
    """Remove these files from the index, in the caller's transaction (a purge)."""
    if not ids:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        search_server.forget(conn, ids)
        return
    params = [(i,) for i in ids]
    conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE customer_id = ?", params)
    for delete in _DELETE:
        conn.exec_driver_sql(delete, params)
