"""A backup restored in place of a new, empty office on a new PC (issue 14 §4): the empty
office and its fresh key give way to the copy and the key typed from its key-recovery sheet;
a wrong key is refused with the empty office still usable; an office with an account is
never replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.domain.backup.errors import RestoreProblem, RestoreRefused
from records_desk.domain.backup.key_text import format_key, read_key
from records_desk.services.backup.restore import key_opens, restore_into_empty
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.store import backup as store
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, MemoryKeyring, cheap_settings
from tests.integration.test_backup_restore import add_files

pytestmark = pytest.mark.sqlite_only(reason="restoring a backup file into a new file office")


@pytest.fixture
def made(services: Services, gm: Principal, tmp_path: Path) -> tuple[Path, str]:
    """A backup of an office with an account and three files, and its key as on its sheet."""
    add_files(services, gm, 3)
    backup = services.backup.backups.make(gm, to=tmp_path / "usb")
    return backup.path, format_key(services.database.key.hex)


@pytest.fixture
def new_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> Path:
    """Another computer: its own config folder, a keyring without the office's key."""
    memory_keyring.store.clear()
    monkeypatch.setenv("RECORDS_DESK_CONFIG_DIR", str(tmp_path / "new-pc"))
    return tmp_path / "new-pc-data" / "records.db"


def fresh_office(db_path: Path, tmp_path: Path) -> Services:
    return build_services(open_database(db_path, KeyStore(tmp_path / "new-pc")), cheap_settings())


def test_a_backup_replaces_the_new_empty_office_with_the_key_typed_from_its_sheet(
    made: tuple[Path, str], new_pc: Path, tmp_path: Path, services: Services
) -> None:
    backup, sheet = made
    empty = fresh_office(new_pc, tmp_path)
    assert not empty.auth.has_accounts()
    assert not key_opens(backup, empty.database.key.hex)  # this PC has no key for it
    report = restore_into_empty(
        empty.database, backup, read_key(sheet), KeyStore(tmp_path / "new-pc")
    )
    empty.close()
    again = fresh_office(new_pc, tmp_path)
    try:
        assert again.database.key.hex == services.database.key.hex
        boss = again.auth.login("boss", GM_PASSWORD)
        facts = store.live_facts(again.database.engine, again.database.key.hex)
        assert facts.tables["customer"] == report.manifest.tables["customer"] == 3
        assert again.audit.verify(boss).trustworthy
    finally:
        again.close()


def test_a_wrong_key_is_refused_and_the_empty_office_stays_usable(
    made: tuple[Path, str], new_pc: Path, tmp_path: Path
) -> None:
    backup, _sheet = made
    empty = fresh_office(new_pc, tmp_path)
    fresh_key = empty.database.key.hex
    with pytest.raises(RestoreRefused) as refused:
        restore_into_empty(empty.database, backup, "ab" * 32, KeyStore(tmp_path / "new-pc"))
    assert refused.value.problem is RestoreProblem.KEY_WRONG
    with pytest.raises(RestoreRefused) as needed:  # no key typed: this PC's does not open it
        restore_into_empty(empty.database, backup, None, KeyStore(tmp_path / "new-pc"))
    assert needed.value.problem is RestoreProblem.KEY_NEEDED
    empty.auth.create_first_manager("first", "First", GM_PASSWORD)
    empty.close()
    again = fresh_office(new_pc, tmp_path)
    try:
        assert again.database.key.hex == fresh_key
        again.auth.login("first", GM_PASSWORD)
    finally:
        again.close()


def test_an_office_that_already_has_an_account_is_never_replaced(
    made: tuple[Path, str], new_pc: Path, tmp_path: Path
) -> None:
    backup, sheet = made
    office = fresh_office(new_pc, tmp_path)
    office.auth.create_first_manager("first", "First", GM_PASSWORD)
    key = office.database.key.hex
    with pytest.raises(RestoreRefused) as refused:
        restore_into_empty(office.database, backup, read_key(sheet), KeyStore(tmp_path / "new-pc"))
    assert refused.value.problem is RestoreProblem.NOT_EMPTY
    office.close()
    again = fresh_office(new_pc, tmp_path)
    try:
        assert again.database.key.hex == key
        again.auth.login("first", GM_PASSWORD)
    finally:
        again.close()


def test_an_account_made_while_the_copy_is_written_keeps_the_office(
    made: tuple[Path, str], new_pc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The emptiness is checked again under the exclusive lock, just before the removal."""
    from records_desk.store import backup as store_backup

    backup, sheet = made
    office = fresh_office(new_pc, tmp_path)
    copy_file = store_backup.copy_file

    def meanwhile(source: Path, target: Path) -> str:
        digest = copy_file(source, target)
        office.auth.create_first_manager("first", "First", GM_PASSWORD)
        return digest

    monkeypatch.setattr(store_backup, "copy_file", meanwhile)
    with pytest.raises(RestoreRefused) as refused:
        restore_into_empty(office.database, backup, read_key(sheet), KeyStore(tmp_path / "new-pc"))
    assert refused.value.problem is RestoreProblem.NOT_EMPTY
    office.auth.login("first", GM_PASSWORD)  # resumed, untouched
    office.close()
    assert not list(new_pc.parent.glob(".*restoring"))


def test_a_computer_that_kept_the_key_restores_without_asking_for_it(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    """The database file lost, its key kept in the keyring: the next start's empty office
    has that key, which opens the backup — nothing to type."""
    add_files(services, gm, 2)
    backup = services.backup.backups.make(gm, to=tmp_path / "usb").path
    db_path, key = services.database.path, services.database.key.hex
    services.close()
    db_path.unlink()
    keys = KeyStore(tmp_path / "config")
    empty = build_services(open_database(db_path, keys), cheap_settings())
    assert empty.database.key.hex == key and not empty.auth.has_accounts()
    assert key_opens(backup, key)
    restore_into_empty(empty.database, backup, None, keys)
    empty.close()
    again = build_services(open_database(db_path, keys), cheap_settings())
    try:
        again.auth.login("boss", GM_PASSWORD)
    finally:
        again.close()
