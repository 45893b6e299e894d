"""Issue 15 §6 with issue 14 §4: the office's server died; the administrator made a new, empty
database; the first desk that opens it finds a new, empty office there, and its data comes back
from a backup with the key from the key-recovery sheet as the proof (no account exists yet to
sign in with)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from records_desk.domain.backup.errors import RestoreProblem, RestoreRefused
from records_desk.services.backup.restore_server import (
    office_is_empty,
    restore_server_into_empty,
)
from records_desk.services.container import Services
from records_desk.store.database import ServerDatabase
from tests.conftest import GM_PASSWORD
from tests.integration.test_postgres_backup import RESTORE_KEYS, office, table_counts
from tests.pg import FileKeyStore, server_desk


def backup_of_an_office(url: str, folder: Path) -> tuple[Path, str, dict[str, int]]:
    """A backup of a server office with a manager and three files: its path, the office's
    key (as on its key-recovery sheet) and its tables' row counts."""
    services, gm = office(url, folder)
    try:
        made = services.backup.backups.make(gm, to=folder / "backups")
        return made.path, services.database.key.hex, dict(made.manifest.tables)
    finally:
        services.close()


def restore_on(url: str, desk: Path, path: Path, key: str | None) -> None:
    """What `restore` does on a desk whose office at URL is new and empty."""
    services = server_desk(url, desk)
    try:
        database = services.database
        assert isinstance(database, ServerDatabase) and office_is_empty(database)
        restore_server_into_empty(database, path, key, FileKeyStore(desk), desk)
    finally:
        services.close()


def restored_office(
    old_url: str, new_url: str, tmp_path: Path
) -> tuple[Services, str, dict[str, int]]:
    """A backup of an office at OLD_URL restored onto the new, empty office at NEW_URL (the
    key typed from the sheet), and the desk that restored it opened again on it; the office's
    key and its backup's row counts."""
    path, key, tables = backup_of_an_office(old_url, tmp_path / "old")
    desk = tmp_path / "new-desk"
    restore_on(new_url, desk, path, key)
    return server_desk(new_url, desk), key, tables


def intact_with_files(services: Services, files: int) -> None:
    gm = services.auth.login("boss", GM_PASSWORD)  # the restored office's own account
    assert table_counts(services)["customer"] == files
    verdict = services.audit.verify(gm)
    assert verdict.intact and verdict.alarms == ()


def test_a_backup_is_restored_onto_a_new_empty_server_with_the_key_from_the_sheet(
    pg_url: str, pg_empty_url: str, tmp_path: Path
) -> None:
    again, key, tables = restored_office(pg_url, pg_empty_url, tmp_path)
    try:
        assert again.database.key.hex == key  # the key kept for the address is the office's
        counts = table_counts(again)
        assert counts["audit_log"] == tables["audit_log"] + 1  # the restore's own entry
        with again.database.engine.connect() as conn:
            entry = conn.execute(
                text("SELECT action, account FROM audit_log ORDER BY seq DESC LIMIT 1")
            ).one()
        assert entry.action == "backup.restored" and entry.account is None  # under no account
        intact_with_files(again, 3)
    finally:
        again.close()
    other = server_desk(pg_empty_url, tmp_path / "second-desk", office_key=key)
    try:  # another desk joins the restored office as it joined the old one
        intact_with_files(other, 3)
    finally:
        other.close()


def test_a_new_server_office_whose_role_may_not_create_databases_is_restored_in_place(
    pg_url: str, plain_role_url: str, tmp_path: Path
) -> None:
    again, _key, _tables = restored_office(pg_url, plain_role_url, tmp_path)
    try:
        intact_with_files(again, 3)
    finally:
        again.close()


def test_an_office_with_an_account_is_never_replaced_by_a_restore_into_an_empty_one(
    pg_url: str, pg_empty_url: str, tmp_path: Path
) -> None:
    path, key, _tables = backup_of_an_office(pg_url, tmp_path / "old")
    desk = tmp_path / "new-desk"
    services = server_desk(pg_empty_url, desk)
    try:
        services.auth.create_first_manager("chief", "陳總", GM_PASSWORD)  # work began here
        database = services.database
        assert isinstance(database, ServerDatabase) and not office_is_empty(database)
        kept = database.key.hex
        with pytest.raises(RestoreRefused) as caught:
            restore_server_into_empty(database, path, key, FileKeyStore(desk), desk)
        assert caught.value.problem is RestoreProblem.NOT_EMPTY
        assert table_counts(services)["customer"] == 0
        assert FileKeyStore(desk).get_or_create(database.address, create=False).hex == kept
        services.auth.login("chief", GM_PASSWORD)
    finally:
        services.close()


def test_an_account_made_by_another_desk_after_the_first_look_stops_the_restore_under_the_lock(
    pg_url: str, pg_empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The office is checked empty again under the writers' lock: a first account another desk
    made between the first look and the restore stays, and so does this desk's key."""
    from records_desk.store import server_empty

    path, key, _tables = backup_of_an_office(pg_url, tmp_path / "old")
    desk = tmp_path / "new-desk"
    services = server_desk(pg_empty_url, desk)
    other = server_desk(pg_empty_url, tmp_path / "other-desk", office_key=services.database.key.hex)
    try:
        database = services.database
        assert isinstance(database, ServerDatabase)
        kept = database.key.hex
        first_look = server_empty.is_empty

        def looked_then_other_desk_wrote(engine: object) -> bool:
            empty = first_look(engine)  # type: ignore[arg-type]
            other.auth.create_first_manager("chief", "陳總", GM_PASSWORD)
            return empty

        monkeypatch.setattr(server_empty, "is_empty", looked_then_other_desk_wrote)
        with pytest.raises(RestoreRefused) as caught:
            restore_server_into_empty(database, path, key, FileKeyStore(desk), desk)
        assert caught.value.problem is RestoreProblem.NOT_EMPTY
        assert FileKeyStore(desk).get_or_create(database.address, create=False).hex == kept
        other.auth.login("chief", GM_PASSWORD)
        assert table_counts(other)["customer"] == 0
    finally:
        other.close()
        services.close()


@pytest.mark.parametrize("given", ["wrong", "none"])
def test_a_key_that_does_not_open_the_backup_leaves_the_new_server_office_as_it_was(
    pg_url: str, pg_empty_url: str, tmp_path: Path, given: str
) -> None:
    path, _key, _tables = backup_of_an_office(pg_url, tmp_path / "old")
    desk = tmp_path / "new-desk"
    services = server_desk(pg_empty_url, desk)
    try:
        database = services.database
        assert isinstance(database, ServerDatabase)
        kept = database.key.hex
        key = "ab" * 32 if given == "wrong" else None
        with pytest.raises(RestoreRefused) as caught:
            restore_server_into_empty(database, path, key, FileKeyStore(desk), desk)
        expected = RestoreProblem.KEY_WRONG if given == "wrong" else RestoreProblem.KEY_NEEDED
        assert caught.value.problem is expected
        assert office_is_empty(database)
        assert FileKeyStore(desk).get_or_create(database.address, create=False).hex == kept
    finally:
        services.close()


@pytest.mark.slow
def test_restore_on_a_new_server_takes_the_key_file_and_keeps_its_json_shape(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    pg_empty_url: str,
    tmp_path: Path,
) -> None:
    from records_desk.domain.backup.key_text import format_key
    from tests.integration.cli_runner import run

    path, key, tables = backup_of_an_office(pg_url, tmp_path / "old")
    sheet = tmp_path / "key.txt"
    sheet.write_text(format_key(key) + "\n", "utf-8")  # as typed from the sheet
    monkeypatch.setenv("RECORDS_DESK_CONFIG_DIR", str(tmp_path / "new-config"))
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, out, err = run(capsys, "--db", pg_empty_url, "restore", str(path), "--yes")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1  # no key: one line
    code, out, err = run(
        capsys, "--db", pg_empty_url, "restore", str(path), "--yes", "--key-file", str(sheet),
        "--json",
    )  # fmt: skip
    assert code == 0, err
    restored = json.loads(out)
    assert set(restored) == RESTORE_KEYS and restored["database"] == pg_empty_url
    assert restored["tables"] == tables and restored["safety_backup"] is None
    code, out, err = run(capsys, "--db", pg_empty_url, "--user", "boss", "audit", "verify")
    assert code == 0, out + err
    # Not empty any more: a second restore is one signed in, over the data.
    code, out, err = run(capsys, "--db", pg_empty_url, "restore", str(path), "--yes")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_a_restore_over_a_server_office_with_data_reaches_the_server_once(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_empty_url: str,
    tmp_path: Path,
) -> None:
    """The look for an empty office and the signed-in restore share one opening: a server
    that asks a password (no keyring to keep it) asks it once."""
    import records_desk.cli.common as cli_common
    from records_desk.store.backends import make_server_engine, parse_server_url
    from tests.integration.cli_runner import run
    from tests.integration.test_postgres_backup import add_files

    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    assert run(capsys, "--db", pg_empty_url, "init", "--admin", "boss")[0] == 0
    engine = make_server_engine(parse_server_url(pg_empty_url))
    try:
        add_files(engine, 2)
    finally:
        engine.dispose()
    code, out, err = run(capsys, "--db", pg_empty_url, "backup", "--to", str(tmp_path), "--json")
    assert code == 0, err
    made = json.loads(out)["path"]
    opened: list[str] = []
    real = cli_common.open_server_services

    def counted(address: str, office_key: str | None = None) -> Services:
        opened.append(address)
        return real(address, office_key)

    monkeypatch.setattr(cli_common, "open_server_services", counted)
    code, out, err = run(
        capsys, "--db", pg_empty_url, "--user", "boss", "restore", made, "--yes", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["tables"]["customer"] == 2
    assert opened == [pg_empty_url]
