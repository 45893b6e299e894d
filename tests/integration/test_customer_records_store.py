"""Migration 0004 (evaluations, surveys, spot checks, dismissed duplicates, tracked quality
problems): a database at 0003 is backed up, then given the new tables with its files intact;
one draw per week is kept by the database itself (R-CUS-6)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from records_desk.store import migrate
from records_desk.store.customers import SpotCheck
from records_desk.store.database import open_database
from records_desk.store.engine import make_engine
from records_desk.store.keystore import KeyStore
from records_desk.store.models import Account

NEW_TABLES = {
    "evaluation",
    "survey",
    "spot_check",
    "spot_check_item",
    "duplicate_dismissal",
    "quality_problem",
    "quality_check",
    "quality_state",  # the customers branch's (issue 10)
}


def test_a_search_database_is_backed_up_then_given_the_record_tables(
    db_path: Path, tmp_path: Path
) -> None:
    store = KeyStore(tmp_path / "config")
    db_path.parent.mkdir(parents=True)
    key = store.get_or_create(db_path, create=True)
    engine = make_engine(db_path, key.hex)
    migrate.upgrade(engine, "0003_customer_search")
    with engine.connect() as conn:
        assert not NEW_TABLES & set(inspect(conn).get_table_names())
    engine.dispose()

    database = open_database(db_path, store)
    assert migrate.current_heads(database.engine) == migrate.expected_heads()
    assert database.migration_backup is not None
    with database.engine.connect() as conn:
        assert NEW_TABLES <= set(inspect(conn).get_table_names())
    database.dispose()


def test_one_spot_check_per_week_in_the_database_itself_R_CUS_6(
    db_path: Path, tmp_path: Path
) -> None:
    database = open_database(db_path, KeyStore(tmp_path / "config"))
    now = datetime(2026, 11, 27, 9, tzinfo=UTC)
    with Session(database.engine) as session:
        session.add(
            Account(
                username="boss",
                full_name="王總",
                role="general_manager",
                password_hash="x",
                password_changed_at=now,
                created_at=now,
            )
        )
        session.flush()
        week = {"week_start": date(2026, 11, 23), "drawn_by_id": 1, "drawn_at": now}
        session.add(SpotCheck(**week, sample_size=5, population=9, seed="a"))
        session.flush()
        session.add(SpotCheck(**week, sample_size=5, population=9, seed="b"))
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()
    database.dispose()
