"""Each feature's tables come from its own Alembic branch, declared in its Feature
(store/migrate.py, "Decisions:"): a throw-away feature written here gets its table on a new
database and on one made before branches existed (backed up first), a current database is left
alone, a database from a newer version is refused untouched, and a branch attached the wrong
way is caught before it changes anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from records_desk import features
from records_desk.domain.common.errors import NewerDatabase
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.store import migrate
from records_desk.store.database import open_database
from records_desk.store.keystore import SERVICE, KeyStore
from records_desk.store.raw_connection import connect_raw
from tests.conftest import MemoryKeyring

# The heads of the branches this release ships (the customers feature's), beside the core's.
SHIPPED = frozenset(f.migration_head for f in features.FEATURES if f.migration_head)

FIRST = '''"""Throw-away feature: its first table, filled from a core table."""
import sqlalchemy as sa
from alembic import op

revision = "throwaway_0001"
down_revision = {down_revision!r}
branch_labels = ("throwaway",)
depends_on = {depends_on!r}


def upgrade() -> None:
    op.create_table(
        "throwaway_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
    )
    # Reads the core chain's table: only works if the core ran first.
    op.execute("INSERT INTO throwaway_item (account_id) SELECT id FROM account")


def downgrade() -> None:
    op.drop_table("throwaway_item")
'''

SECOND = '''"""Throw-away feature: a second revision on its branch."""
import sqlalchemy as sa
from alembic import op

revision = "throwaway_0002"
down_revision = "throwaway_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("throwaway_item") as batch:
        batch.add_column(sa.Column("note", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("throwaway_item") as batch:
        batch.drop_column("note")
'''

HEAD = "throwaway_0002"


def write_branch(
    folder: Path, *, down_revision: str | None = None, depends_on: str | None = None
) -> Path:
    folder.mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    first = FIRST.format(down_revision=down_revision, depends_on=depends_on)
    (folder / "throwaway_0001_items.py").write_text(first)
    (folder / "throwaway_0002_note.py").write_text(SECOND)
    return folder


def declare_throwaway(
    monkeypatch: pytest.MonkeyPatch, folder: Path | None, head: str | None = HEAD
) -> None:
    """Registers the feature the way a real one is: one more Feature in FEATURES."""
    throwaway = features.Feature(
        "throwaway", migrations=str(folder) if folder else None, migration_head=head
    )
    monkeypatch.setattr(features, "FEATURES", (*features.FEATURES, throwaway))


def columns(engine_path: Path, key: str, table: str) -> list[str]:
    conn = connect_raw(engine_path, key)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_a_declared_feature_branch_builds_its_table_on_a_new_database(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    declare_throwaway(monkeypatch, write_branch(tmp_path / "throwaway"))
    assert migrate.expected_heads() == {migrate.HEAD, *SHIPPED, HEAD}

    database = open_database(db_path, KeyStore(tmp_path / "config"))
    # One row per branch: the core's head and the feature's.
    assert migrate.current_heads(database.engine) == {migrate.HEAD, *SHIPPED, HEAD}
    assert database.migration_backup is None
    with database.engine.connect() as conn:
        assert {c["name"] for c in inspect(conn).get_columns("throwaway_item")} == {
            "id",
            "account_id",
            "note",
        }
    database.dispose()


def test_a_current_database_with_branches_starts_without_alembic(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    declare_throwaway(monkeypatch, write_branch(tmp_path / "throwaway"))
    open_database(db_path, KeyStore(tmp_path / "config")).dispose()

    def no_alembic(*_: object) -> None:
        raise AssertionError("a current database must not load the migration scripts")

    monkeypatch.setattr(migrate, "upgrade", no_alembic)
    monkeypatch.setattr(migrate, "script_directory", no_alembic)
    again = open_database(db_path, KeyStore(tmp_path / "config"))
    assert again.migration_backup is None
    assert sorted(p.name for p in db_path.parent.glob("*.bak")) == []
    again.dispose()


@pytest.mark.sqlite_only(reason="a database file made before branches")
def test_a_database_made_before_branches_is_backed_up_then_given_the_feature_table(
    services: Services,
    gm: Principal,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    # The file as every release before branches left it: one row, the core head.
    assert migrate.current_heads(services.database.engine) == {migrate.HEAD, *SHIPPED}
    services.close()
    declare_throwaway(monkeypatch, write_branch(tmp_path / "throwaway"))

    database = open_database(db_path, KeyStore(tmp_path / "config"))
    assert migrate.current_heads(database.engine) == {migrate.HEAD, *SHIPPED, HEAD}
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT account_id, note FROM throwaway_item").all()
    assert rows == [(gm.account_id, None)]  # the data step ran on the existing accounts
    backup = database.migration_backup
    assert backup is not None and backup.exists()
    assert f"pre-{migrate.HEAD}" in backup.name
    database.dispose()
    # The copy is the schema before the branch, under the same key.
    key = memory_keyring.get_password(SERVICE, str(db_path.resolve()))
    assert key is not None
    assert columns(backup, key, "throwaway_item") == []
    old = connect_raw(backup, key)
    found = old.execute("SELECT version_num FROM alembic_version").fetchall()
    assert {v for (v,) in found} == {migrate.HEAD, *SHIPPED}
    old.close()


def test_a_database_with_a_revision_this_version_does_not_know_is_refused_untouched(
    db_path: Path, tmp_path: Path
) -> None:
    store = KeyStore(tmp_path / "config")
    database = open_database(db_path, store)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE alembic_version SET version_num = '0099_from_the_future' "
            f"WHERE version_num = '{migrate.HEAD}'"
        )
    database.dispose()
    before = db_path.read_bytes()

    with pytest.raises(NewerDatabase) as refused:
        open_database(db_path, store)
    assert refused.value.revisions == ("0099_from_the_future",)
    assert refused.value.db_path == db_path.resolve()
    assert list(db_path.parent.glob("*.bak")) == []  # no copy: nothing was going to change
    assert db_path.read_bytes() == before


def test_a_database_with_a_branch_of_a_feature_this_version_lacks_is_refused(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = KeyStore(tmp_path / "config")
    with monkeypatch.context() as newer:  # a newer release, with the throw-away feature
        declare_throwaway(newer, write_branch(tmp_path / "throwaway"))
        open_database(db_path, store).dispose()

    with pytest.raises(NewerDatabase) as refused:
        open_database(db_path, store)
    assert refused.value.revisions == (HEAD,)


@pytest.mark.parametrize(
    ("attachment", "caught"),
    [
        # The scripts' heads lose the core head: caught before migrating.
        ({"down_revision": migrate.HEAD}, "the migration scripts end at"),
        # The scripts' heads look right; the rows after the upgrade do not: rolled back.
        ({"depends_on": migrate.HEAD}, "after upgrading"),
    ],
    ids=["down_revision", "depends_on"],
)
def test_a_branch_hung_from_the_core_head_is_rejected_and_rolled_back(
    attachment: dict[str, str],
    caught: str,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Either way Alembic would leave one row where the start-up check expects two, and every
    # start would migrate (and back up) again.
    store = KeyStore(tmp_path / "config")
    open_database(db_path, store).dispose()
    with monkeypatch.context() as wrong:
        declare_throwaway(wrong, write_branch(tmp_path / "throwaway", **attachment))
        with pytest.raises(migrate.MigrationLayoutError, match=caught):
            open_database(db_path, store)

    database = open_database(db_path, store)
    assert migrate.current_heads(database.engine) == {migrate.HEAD, *SHIPPED}
    with database.engine.connect() as conn:
        assert not inspect(conn).has_table("throwaway_item")
    database.dispose()


@pytest.mark.parametrize(
    ("folder", "head"),
    [("throwaway", "throwaway_0001"), ("throwaway", None), (None, HEAD)],
    ids=["head-not-the-newest", "no-head", "no-folder"],
)
def test_a_feature_declaring_its_branch_wrongly_is_a_layout_error(
    folder: str | None,
    head: str | None,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    branch = write_branch(tmp_path / "throwaway")
    declare_throwaway(monkeypatch, branch if folder else None, head)
    with pytest.raises(migrate.MigrationLayoutError):
        open_database(db_path, KeyStore(tmp_path / "config"))


def test_a_feature_folder_is_named_relative_to_the_migrations_folder() -> None:
    loans = features.Feature("loans", migrations="loans", migration_head="loans_0001")
    assert migrate.branch_folder(loans) == migrate.MIGRATIONS_DIR / "loans"
