"""Bring a database to the current schema: new files are created by upgrading to every head; an
older file is first copied aside with the SQLite backup API, then migrated; a file changed by a
newer version is refused untouched.

The schema is the core chain (migrations/versions/: accounts, audit, office settings,
customers) plus one Alembic branch per feature that has tables, declared in its `Feature`
(records_desk/features.py): `migrations` is the branch's folder and `migration_head` its newest
revision. A feature adds tables by adding files to its folder and updating its head there; this
module and the core chain do not change.

Decisions:
- Where a branch lives: store/migrations/<feature>/, a package like versions/ (an empty
  __init__.py, which Alembic skips, keeps module names unique for mypy). `migrations` is that
  folder relative to store/migrations/ ("loans"); an absolute path is taken as is, which is how
  a test declares a throw-away feature. build.spec bundles everything under store/migrations/,
  so a feature folder ships without touching the spec.
- How a branch attaches: its first revision is a base of its own, `down_revision = None`,
  `branch_labels = ("<feature>",)` (so `<feature>@head` and `<feature>@base` name it), and no
  revision uses `depends_on`. Alembic keeps in alembic_version only the applied revisions that no
  other applied revision descends from, dependencies included: a branch hung from the core head
  (by down_revision or depends_on) would take over the core's row, and the rows would stop being
  "the core head plus each feature's head", the set compared at every start.
- Order instead of dependency: `upgrade` takes the core chain to HEAD first, then every branch
  (`heads`), in one transaction. A feature's revisions may use any core table of the release
  they ship in; the core never waits for a feature (common code knows no feature).
- On a PostgreSQL server (issue 15) the upgrade's transaction first takes an advisory lock
  (store/backends.py migration_lock; nothing on SQLite, whose writer lock serialises it), and
  `prepare_server` makes no copy aside: there is no file to copy.
- At start, the set of rows in alembic_version is compared with `expected_heads()`; when equal,
  Alembic is not imported. Databases made before branches existed hold one row (HEAD) and gain a
  row per feature branch on their next start, after the usual backup.
- A row with no script here was written by a newer version (or one with a feature this version
  lacks): NewerDatabase is raised before any backup or change. Before branches, Alembic failed
  with an untyped "Can't locate revision" after making a pointless backup.
- When Alembic is loaded anyway, the layout is checked: the scripts' heads must be exactly the
  expected set, each feature's label must lead to its declared head, and after the upgrade the
  rows must be that set, or the transaction rolls back with MigrationLayoutError. A branch
  attached the wrong way would otherwise migrate, and back up, at every start.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from records_desk.domain.common.errors import NewerDatabase
from records_desk.features import Feature, features
from records_desk.store.backends import migration_lock
from records_desk.store.raw_connection import connect_raw

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

# The newest revision of the core chain in migrations/versions. Comparing with it avoids
# importing Alembic on every start; a test keeps it equal to the script directory's head.
HEAD = "0006_office_settings"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
CORE_VERSIONS = "versions"


class MigrationLayoutError(RuntimeError):
    """The migration scripts do not match what the features declare (a programming error,
    caught by the tests: never a user's doing)."""


def migrating_features() -> tuple[Feature, ...]:
    """The registered features that have a branch, each checked to declare both halves."""
    found = []
    for feature in features():
        if bool(feature.migrations) != bool(feature.migration_head):
            raise MigrationLayoutError(
                f"feature {feature.name!r} must declare both migrations and migration_head"
            )
        if feature.migrations:
            found.append(feature)
    return tuple(found)


def expected_heads() -> frozenset[str]:
    """The rows alembic_version holds once the database is current: HEAD and each head of a
    registered feature's branch."""
    return frozenset({HEAD, *(f.migration_head for f in migrating_features() if f.migration_head)})


def branch_folder(feature: Feature) -> Path:
    assert feature.migrations is not None
    return MIGRATIONS_DIR / feature.migrations  # an absolute path replaces MIGRATIONS_DIR


def current_heads(bind: Engine | Connection) -> frozenset[str]:
    """The rows of alembic_version (empty for a new file)."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return current_heads(conn)
    if not inspect(bind).has_table("alembic_version"):
        return frozenset()
    return frozenset(bind.execute(text("SELECT version_num FROM alembic_version")).scalars())


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration: env.py and the core chain here, plus each feature's folder."""
    from alembic.config import Config

    locations = [MIGRATIONS_DIR / CORE_VERSIONS, *map(branch_folder, migrating_features())]
    config = Config()
    # ConfigParser reads "%" as interpolation: a folder such as C:\Users\50%\... must survive.
    escape = lambda path: str(path).replace("%", "%%")  # noqa: E731
    config.set_main_option("script_location", escape(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "newline")  # folder names may hold spaces
    config.set_main_option("version_locations", "\n".join(map(escape, locations)))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def check_layout(script: ScriptDirectory) -> None:
    """Raise MigrationLayoutError unless the scripts' heads are the expected set, each feature's
    branch label leading to its declared head."""
    heads = frozenset(script.get_heads())
    if heads != expected_heads():
        raise MigrationLayoutError(
            f"the migration scripts end at {sorted(heads)}, the program expects"
            f" {sorted(expected_heads())} (HEAD and each Feature.migration_head)"
        )
    for feature in migrating_features():
        labelled = _labelled_head(script, feature.name)
        if labelled != feature.migration_head:
            raise MigrationLayoutError(
                f"the branch labelled {feature.name!r} ends at {labelled},"
                f" its Feature declares {feature.migration_head}"
            )


def _labelled_head(script: ScriptDirectory, label: str) -> str | None:
    from alembic.script.revision import RevisionError

    try:
        return script.revision_map.get_current_head(label)
    except RevisionError:  # no branch carries the label, or it has two heads
        return None


def known_revisions(script: ScriptDirectory) -> frozenset[str]:
    return frozenset(s.revision for s in script.walk_revisions("base", "heads"))


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Upgrade to `revision` (one of the core chain, as tests use), or by default the core
    chain to HEAD then every branch to its head, checked before and after."""
    from alembic import command

    with engine.begin() as conn:
        migration_lock(conn)
        config = alembic_config(conn)
        if revision != "heads":
            command.upgrade(config, revision)
            return
        check_layout(script_directory())
        command.upgrade(config, HEAD)
        command.upgrade(config, "heads")
        reached = current_heads(conn)
        if reached != expected_heads():
            # Raising rolls the whole upgrade back: the file stays as it was.
            raise MigrationLayoutError(
                f"after upgrading, alembic_version holds {sorted(reached)} instead of"
                f" {sorted(expected_heads())}: a branch hangs from another one"
                " (down_revision or depends_on outside its folder)"
            )


def refuse_unknown(current: frozenset[str], db_path: Path | str) -> None:
    """Raise NewerDatabase when a row names a revision no script here has."""
    unknown = current - known_revisions(script_directory())
    if unknown:
        raise NewerDatabase(db_path, tuple(sorted(unknown)))


def backup_copy(db_path: Path, key_hex: str, target: Path) -> Path:
    """Copy the live database with the SQLite backup API (consistent even mid-write), encrypted
    with the same key. The copy is readable by its owner only, as the database is."""
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    source = connect_raw(db_path, key_hex)
    dest = connect_raw(target, key_hex)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def prepare(engine: Engine, db_path: Path, key_hex: str) -> Path | None:
    """Migrate to the expected heads when needed. Returns the pre-migration backup path, if one
    was made; raises NewerDatabase (nothing copied or changed) for a newer version's file."""
    current = current_heads(engine)
    if current == expected_heads():
        return None
    backup: Path | None = None
    if current:
        refuse_unknown(current, db_path)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = db_path.with_name(f"{db_path.stem}.pre-{'+'.join(sorted(current))}.{stamp}.bak")
        backup_copy(db_path, key_hex, backup)
        log.info("database backed up to %s before migrating from %s", backup, sorted(current))
    upgrade(engine)
    log.info(
        "database migrated from %s to %s", sorted(current) or "empty", sorted(expected_heads())
    )
    return backup


def prepare_server(engine: Engine, address: str) -> None:
    """`prepare` for a database on a server (issue 15): no file to copy aside (the server's
    own backup, pg_dump, is the backup issue's); a newer version's database is refused
    untouched; an upgrade holds the migration lock, so desks started at once migrate once."""
    current = current_heads(engine)
    if current == expected_heads():
        return
    if current:
        refuse_unknown(current, address)
    upgrade(engine)
    log.info("server database migrated from %s", sorted(current) or "empty")
