"""The customer search index (issue item 7): its tables, keeping them current, and the SQL
that answers a search.

- customer_search: one narrow row per customer (normalised name and archive number, the
  search text, the filter columns). Reading it is much cheaper than the wide, encrypted
  customer table, and its indexes answer the ranking tiers and empty-query pages.
- customer_search_trigram: FTS5 trigram index of the search text, for 3+ characters.
- customer_search_gram: FTS5 index whose "words" are the 1- and 2-character grams of each
  field (domain.search_text.gram_token), for 1- and 2-character queries, which the trigram
  tokenizer cannot answer and a LIKE scan answers only in 60-75 ms.
Both FTS tables are contentless (rowid = customer id, contentless_delete=1), kept here by
update_customer(), which services.customer_records.new_version() calls on every write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from records_desk.domain import search_text as st

TABLE = "customer_search"
TRIGRAM = "customer_search_trigram"
GRAM = "customer_search_gram"


def owns_table(name: str | None) -> bool:
    """Whether a table or index (FTS5 shadow tables included) belongs to the search index;
    the models do not declare them, so schema comparisons leave them out."""
    return bool(name) and (name == TABLE or TABLE + "_" in str(name))


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
    f"CREATE INDEX ix_{TABLE}_archive ON {TABLE} (archive_number, void)",
    f"CREATE INDEX ix_{TABLE}_name_key ON {TABLE} (name_key, void)",
    f"CREATE INDEX ix_{TABLE}_archive_key ON {TABLE} (archive_key, void)",
    f"CREATE INDEX ix_{TABLE}_void ON {TABLE} (void)",
    f"""CREATE VIRTUAL TABLE {TRIGRAM} USING fts5(
        text, content='', contentless_delete=1, tokenize='trigram')""",
    f"""CREATE VIRTUAL TABLE {GRAM} USING fts5(
        grams, content='', contentless_delete=1, detail=none, tokenize='ascii')""",
)
DROP = (f"DROP TABLE IF EXISTS {GRAM}", f"DROP TABLE IF EXISTS {TRIGRAM}", f"DROP TABLE {TABLE}")

# What the index reads from a customer row (the migration's backfill reads the same).
SOURCE_COLUMNS = (
    "id, archive_number, name, contact_person, phone_digits, email, status, department, "
    "record_type, grade"
)


@dataclass(frozen=True)
class IndexRow:
    customer_id: int
    archive_number: str
    archive_key: str
    name_key: str
    text: str
    grams: str
    void: int
    department: str
    record_type: str
    grade: str | None


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
    fields = st.search_fields(name, contact_person, phone_digits, email, archive_number)
    return IndexRow(
        customer_id=customer_id,
        archive_number=archive_number,
        archive_key=st.normalise(archive_number),
        name_key=st.normalise(name),
        text=st.search_text(fields),
        grams=st.gram_document(fields),
        void=0 if status == "active" else 1,
        department=department,
        record_type=record_type,
        grade=grade,
    )


def _params(row: IndexRow) -> dict[str, Any]:
    return {
        "id": row.customer_id,
        "archive_number": row.archive_number,
        "archive_key": row.archive_key,
        "name_key": row.name_key,
        "text": row.text,
        "grams": row.grams,
        "void": row.void,
        "department": row.department,
        "record_type": row.record_type,
        "grade": row.grade,
    }


_UPSERT = text(
    f"INSERT OR REPLACE INTO {TABLE} (customer_id, archive_number, archive_key, name_key, "
    "text, void, department, record_type, grade) VALUES (:id, :archive_number, :archive_key, "
    ":name_key, :text, :void, :department, :record_type, :grade)"
)
_DELETE_TRIGRAM = text(f"DELETE FROM {TRIGRAM} WHERE rowid = :id")
_DELETE_GRAM = text(f"DELETE FROM {GRAM} WHERE rowid = :id")
_INSERT_TRIGRAM = text(f"INSERT INTO {TRIGRAM} (rowid, text) VALUES (:id, :text)")
_INSERT_GRAM = text(f"INSERT INTO {GRAM} (rowid, grams) VALUES (:id, :grams)")


def write_rows(
    conn: Connection | Session, rows: Iterable[IndexRow], *, fresh: bool = False
) -> None:
    """Index the rows, replacing what the index held for them. `fresh`: none is indexed yet
    (a backfill or a bulk registration), so nothing needs deleting first."""
    params = [_params(r) for r in rows]
    if not params:
        return
    if not fresh:
        ids = [{"id": p["id"]} for p in params]
        conn.execute(_DELETE_TRIGRAM, ids)
        conn.execute(_DELETE_GRAM, ids)
    conn.execute(_UPSERT, params)
    conn.execute(_INSERT_TRIGRAM, params)
    conn.execute(_INSERT_GRAM, params)


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


def rebuild(conn: Connection, batch: int = 5000) -> int:
    """Index every customer from scratch (the migration's backfill). Returns the count."""
    import json

    for statement in (f"DELETE FROM {TABLE}", f"DELETE FROM {TRIGRAM}", f"DELETE FROM {GRAM}"):
        conn.execute(text(statement))
    result = conn.execute(text(f"SELECT {SOURCE_COLUMNS} FROM customer ORDER BY id"))
    total = 0
    while chunk := result.fetchmany(batch):
        rows = []
        for r in chunk:
            digits = r[4] if isinstance(r[4], list) else json.loads(r[4] or "[]")
            rows.append(index_row(r[0], r[1], r[2], r[3], digits, r[5], r[6], r[7], r[8], r[9]))
        write_rows(conn, rows, fresh=True)
        total += len(rows)
    return total
