"""Issue 10 §3 (the import's CPU): the import writes each file's gram document with its grams
in no particular order (search_index.index_values_bulk(ordered=False)), sparing a sort per
file. The gram index is FTS5 `detail=none`: it keeps each word's rows, not its places, so it
stores the same, shadow table by shadow table, as the sorted documents index_row writes."""

from __future__ import annotations

import random

import sqlcipher3.dbapi2 as sqlite  # the store's SQLite (FTS5 with contentless_delete)

from records_desk.store import search_index


def _files(rnd: random.Random, count: int) -> list[tuple[object, ...]]:
    names = ("陳淑卿", "王小明", "大同電機股份有限公司", "Ａｂｃ Trading", "林 志明")
    return [
        (n + 1, f"CS-2026-{n:05d}", rnd.choice(names) + str(n % 7), rnd.choice(names),
         [f"09{rnd.randrange(10**8):08d}", f"02{rnd.randrange(10**8):08d}"][: rnd.randrange(3)],
         f"user{n}@example.com.tw", "active", f"業務{n % 3}部", "closed_sales",
         rnd.choice((None, "vip", "qualified")))
        for n in range(count)
    ]  # fmt: skip


def _stored(rows: list[search_index.IndexRow]) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite.connect(":memory:")
    create = next(sql for sql in search_index.CREATE if f" {search_index.GRAM} " in sql)
    db.execute(create)
    db.executemany(
        f"INSERT INTO {search_index.GRAM} (rowid, grams) VALUES (?, ?)",
        [(r.customer_id, r.grams) for r in rows],
    )
    db.commit()
    shadows = [
        name
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if name.startswith(search_index.GRAM + "_")
    ]
    assert shadows  # _data, _idx, _docsize, _config
    return {name: db.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall() for name in shadows}


def test_import_gram_documents_in_any_order_store_what_sorted_ones_store() -> None:
    rnd = random.Random(10)
    files = _files(rnd, 3000)
    ordered = search_index.index_values_bulk(files)
    unordered = search_index.index_values_bulk(files, ordered=False)
    assert [r[:-1] for r in unordered] == [r[:-1] for r in ordered]  # the narrow rows: equal
    assert [sorted(r.grams.split(" ")[:-3]) for r in unordered] == [
        r.grams.split(" ")[:-3] for r in ordered
    ]  # the same words; the three filter words last in both
    assert [r.grams.split(" ")[-3:] for r in unordered] == [
        r.grams.split(" ")[-3:] for r in ordered
    ]
    shuffled = [
        r._replace(grams=" ".join(rnd.sample(words := r.grams.split(" "), len(words))))
        for r in ordered
    ]
    assert _stored(unordered) == _stored(ordered) == _stored(shuffled)
