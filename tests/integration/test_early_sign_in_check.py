"""A sign-in from the command line (`--user` with RECORDS_DESK_PASSWORD) checks its password
while the records office opens (issue 8 §9: app_opening.py `_early_check`, store/sign_in_peek.py,
services/common/hashing.py `EarlyCheck`). The early result only saves time: it never signs in
anyone the sign-in itself would refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.app_opening import _early_check
from records_desk.domain.common.errors import InvalidCredentials
from records_desk.paths import CONFIG_ENV
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.common.hashing import EarlyCheck
from records_desk.services.container import Services
from records_desk.store.sign_in_peek import stored_password_hash
from tests.conftest import GM_PASSWORD

pytestmark = pytest.mark.sqlite_only  # the early look reads the SQLCipher file itself

NEW_PASSWORD = "another-password-2026"


@pytest.fixture(autouse=True)
def key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "config"))  # where the services' key is


def last_action(services: Services, gm: Principal) -> str:
    return services.audit.page(gm, AuditFilter(), 0, 1)[0].action


def test_early_look_reads_the_hash_the_sign_in_checks(
    services: Services, gm: Principal, db_path: Path
) -> None:
    key = services.database.key.hex
    stored = stored_password_hash(db_path, key, gm.username)
    assert stored is not None and stored.startswith("$argon2id$")
    assert stored_password_hash(db_path, key, "nobody-here") is None


def test_early_look_with_a_wrong_key_reads_nothing(
    services: Services, gm: Principal, db_path: Path
) -> None:
    assert stored_password_hash(db_path, "ab" * 32, gm.username) is None


def test_early_check_signs_in_with_the_right_password(
    services: Services, gm: Principal, db_path: Path
) -> None:
    early = _early_check(db_path, gm.username, GM_PASSWORD)
    assert early is not None and early.right()
    services.ctx.hasher.adopt(early)
    assert services.auth.login(gm.username, GM_PASSWORD).username == gm.username
    assert last_action(services, gm) == "login"


def test_early_check_of_a_wrong_password_does_not_sign_in(
    services: Services, gm: Principal, db_path: Path
) -> None:
    early = _early_check(db_path, gm.username, "not-the-password-1")
    assert early is not None and not early.right()
    services.ctx.hasher.adopt(early)
    with pytest.raises(InvalidCredentials):
        services.auth.login(gm.username, "not-the-password-1")
    assert last_action(services, gm) == "login.failed"


def test_early_result_is_not_taken_for_a_password_changed_since_the_look(
    services: Services, gm: Principal, db_path: Path
) -> None:
    """The password changed between the early look and the sign-in (another desk, a reset):
    the old password's early "right" answers nothing about the new hash."""
    early = _early_check(db_path, gm.username, GM_PASSWORD)
    assert early is not None and early.right()
    services.auth.change_password(gm.username, GM_PASSWORD, NEW_PASSWORD, sign_in=False)
    services.ctx.hasher.adopt(early)
    with pytest.raises(InvalidCredentials):
        services.auth.login(gm.username, GM_PASSWORD)
    assert services.auth.login(gm.username, NEW_PASSWORD).username == gm.username


def test_early_result_answers_only_its_own_password(services: Services, gm: Principal) -> None:
    """A right early result for one password does not vouch for another one typed later."""
    stored = services.ctx.hasher.hash(GM_PASSWORD)
    services.ctx.hasher.adopt(EarlyCheck(stored, GM_PASSWORD))
    assert not services.ctx.hasher.verify(stored, "a-different-password")
    services.ctx.hasher.adopt(EarlyCheck(stored, GM_PASSWORD))
    assert services.ctx.hasher.verify(stored, GM_PASSWORD)
