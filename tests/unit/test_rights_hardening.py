"""Issue 9 finding 6 (rights): customer data leaves the office only through those who answer
for it (一篇 第二章2, R-ACC-2); a refused sign-in tells a stranger nothing — the same message
for a wrong password, an unknown user name and a disabled account, right password or not
(R-ACC-3, R-ACC-4), while the log keeps the true reason (R-AUD-1); passwords of blanks only
are refused (R-ACC-3)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import argon2
import pytest

from records_desk.domain.common.errors import (
    AccountLocked,
    InvalidCredentials,
    PasswordBlank,
    PermissionDenied,
)
from records_desk.domain.common.passwords import PasswordPolicy, check_new_password
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.common.hashing import HashParams, PasswordHasher
from records_desk.services.container import Services
from records_desk.services.customers.search import CustomerQuery
from records_desk.wording import describe
from records_desk.wording.language import SOURCE_LANGUAGE, set_language
from tests.conftest import GM_PASSWORD, PASSWORD, Clock, make_user
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]

WRONG = "Wrong user name or password."


@pytest.fixture(autouse=True)
def english() -> None:
    set_language(SOURCE_LANGUAGE)  # the conftest puts the office's language back after


def refusals(services: Services, gm: Principal) -> list[dict[str, object]]:
    return [
        r.details for r in services.audit.page(gm, AuditFilter(action="permission.denied"), 0, 50)
    ]


def last_sign_in_entry(services: Services, gm: Principal) -> tuple[str, str | None, str]:
    entry = next(
        r for r in services.audit.page(gm, AuditFilter(action="login."), 0, 50)
    )  # the newest first
    return entry.action, entry.account, entry.summary


# -- exporting customer data ---------------------------------------------------------------------


def test_sales_manager_cannot_export_customer_data(
    services: Services, office: Office, tmp_path: Path
) -> None:
    register(services, office.archivist)
    out = tmp_path / "all.xlsx"
    with pytest.raises(PermissionDenied) as refused:
        services.customers.exports.export_customers(office.manager, CustomerQuery(), out)
    assert refused.value.action == "customer.data_export"
    assert not out.exists()
    assert refusals(services, office.gm)[0]["action"] == "customer.data_export"
    assert services.audit.count(office.gm, AuditFilter(action="customer.export")) == 0
    assert not is_allowed(Role.SALES_MANAGER, Action.CUSTOMER_DATA_EXPORT)


def test_sales_manager_cannot_export_the_sms_list(
    services: Services, office: Office, tmp_path: Path
) -> None:
    [file] = register(services, office.archivist)
    out = tmp_path / "sms.xlsx"
    for selection in (CustomerQuery(), [file.id]):
        with pytest.raises(PermissionDenied):
            services.customers.exports.export_sms_contacts(office.manager, selection, out)
    assert not out.exists()
    assert services.audit.count(office.gm, AuditFilter(action="customer.export_sms")) == 0


def test_director_and_archivist_can_export(
    services: Services, office: Office, tmp_path: Path
) -> None:
    register(services, office.archivist, 2)
    for who in (office.gm, office.director, office.archivist):
        done = services.customers.exports.export_customers(
            who, CustomerQuery(), tmp_path / f"{who.username}.xlsx"
        )
        sms = services.customers.exports.export_sms_contacts(
            who, CustomerQuery(), tmp_path / f"{who.username}-sms.xlsx"
        )
        assert (done.rows, sms.written + sms.repeated) == (2, 2)
    for who in (office.consultant, office.staff):
        with pytest.raises(PermissionDenied):
            services.customers.exports.export_customers(who, CustomerQuery(), tmp_path / "x.xlsx")


# -- signing in ----------------------------------------------------------------------------------


def test_disabled_account_gets_the_same_message_with_the_right_password(
    services: Services, gm: Principal
) -> None:
    make_user(services, gm, "ann", Role.ARCHIVIST)
    make_user(services, gm, "bob", Role.ARCHIVIST)
    services.accounts.disable(gm, "ann", "left the company")

    with pytest.raises(InvalidCredentials) as wrong_password:
        services.auth.login("bob", "not-bob-s-password")
    with pytest.raises(InvalidCredentials) as disabled_right:
        services.auth.login("ann", PASSWORD)
    assert last_sign_in_entry(services, gm) == ("login.refused", "ann", "login: account disabled")
    with pytest.raises(InvalidCredentials) as disabled_wrong:
        services.auth.login("ann", "not-ann-s-password")
    with pytest.raises(InvalidCredentials) as changing:
        services.auth.change_password("ann", PASSWORD, "a-brand-new-password")

    messages = {
        describe(e.value) for e in (wrong_password, disabled_right, disabled_wrong, changing)
    }
    assert messages == {WRONG}
    # The general manager still reads the true reason, and whether the password was right.
    log = services.audit.page(gm, AuditFilter(account="ann", action="login.refused"), 0, 10)
    assert [(r.summary, r.details["password"]) for r in log] == [
        ("password change: account disabled", "right"),
        ("login: account disabled", "wrong"),
        ("login: account disabled", "right"),
    ]


def test_unknown_account_gets_the_same_message(
    services: Services, gm: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    hasher = services.ctx.hasher
    real_dummy = hasher.verify_dummy
    monkeypatch.setattr(hasher, "verify_dummy", lambda pw: (checked.append(pw), real_dummy(pw)))

    with pytest.raises(InvalidCredentials) as unknown:
        services.auth.login("nobody", "whatever-password")
    with pytest.raises(InvalidCredentials) as wrong_password:
        services.auth.login("boss", "whatever-password")

    assert describe(unknown.value) == describe(wrong_password.value) == WRONG
    assert checked == ["whatever-password"]  # a password check was paid for the unknown name
    assert last_sign_in_entry(services, gm) == ("login.failed", "boss", "login: wrong password")
    unknown_entry = services.audit.page(gm, AuditFilter(action="login.failed"), 0, 2)[1]
    assert (unknown_entry.account, unknown_entry.summary) == (None, "login: unknown user name")


def test_the_dummy_hash_costs_a_real_check() -> None:
    params = HashParams(time_cost=2, memory_cost=1024, parallelism=1)
    hasher = PasswordHasher(params)
    parsed = argon2.extract_parameters(hasher._dummy)  # a malformed one would be rejected at once
    real = argon2.extract_parameters(hasher.hash("a-good-password"))
    assert (parsed.time_cost, parsed.memory_cost, parsed.parallelism, parsed.hash_len) == (
        real.time_cost,
        real.memory_cost,
        real.parallelism,
        real.hash_len,
    )
    assert not hasher.verify(hasher._dummy, "")


def test_a_disabled_account_locks_like_any_other_R_ACC_3(
    services: Services, gm: Principal, clock: Clock
) -> None:
    """Every attempt counts, right password or not: a lockout arriving late would confirm it."""
    make_user(services, gm, "ann", Role.ARCHIVIST)
    services.accounts.disable(gm, "ann", "left")
    for password in (PASSWORD, "wrong-1-password", PASSWORD, "wrong-2-password"):
        with pytest.raises(InvalidCredentials):
            services.auth.login("ann", password)
    with pytest.raises(AccountLocked):
        services.auth.login("ann", PASSWORD)


def test_locked_account_does_not_confirm_a_right_guess_R_ACC_3(
    services: Services, gm: Principal, clock: Clock
) -> None:
    for _ in range(5):
        with pytest.raises((InvalidCredentials, AccountLocked)):
            services.auth.login("boss", "not-the-password")
    answers = set()
    for guess in ("still-not-it", GM_PASSWORD):
        with pytest.raises(AccountLocked) as locked:
            services.auth.login("boss", guess)
        answers.add(describe(locked.value))
    assert len(answers) == 1  # the right password is not even checked while locked
    clock.advance(minutes=15)
    assert services.auth.login("boss", GM_PASSWORD).username == "boss"


def test_an_unknown_user_name_locks_like_a_real_one_R_ACC_3(
    services: Services, gm: Principal, clock: Clock
) -> None:
    """A new-user try found that only real names (disabled ones too) ever answered "locked":
    six wrong guesses told a real user name from a made-up one."""

    def answers(username: str) -> list[str]:
        said = []
        for _ in range(6):
            with pytest.raises((InvalidCredentials, AccountLocked)) as refused:
                services.auth.login(username, "not-the-password")
            said.append(type(refused.value).__name__)
        return said

    real, unknown = answers("boss"), answers("ghost")
    assert real == unknown == ["InvalidCredentials"] * 4 + ["AccountLocked"] * 2
    clock.advance(minutes=15)  # the lock ends for both at the same time
    assert services.auth.login("boss", GM_PASSWORD).username == "boss"
    with pytest.raises(InvalidCredentials):
        services.auth.login("ghost", "not-the-password")
    # The log keeps the truth for the general manager.
    refused = services.audit.page(gm, AuditFilter(action="login.refused"), 0, 1)[0]
    assert (refused.account, refused.summary) == (None, "login: unknown user name, locked")


def test_unlocking_after_idle_still_counts_down_and_says_disabled(
    services: Services, gm: Principal
) -> None:
    """The idle lock is opened by someone already signed in: nothing to hide from them."""
    ann = make_user(services, gm, "ann", Role.ARCHIVIST)
    with pytest.raises(InvalidCredentials) as wrong:
        services.auth.unlock(ann, "not-the-password")
    assert wrong.value.attempts_left == 4
    services.accounts.disable(gm, "ann", "left")
    from records_desk.domain.common.errors import AccountDisabled

    with pytest.raises(AccountDisabled):
        services.auth.unlock(ann, PASSWORD)


# -- passwords of blanks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "blank", [" " * 10, " " * 30, "\t" * 12, "\u3000" * 10, " \u200b" * 6], ids=repr
)
def test_password_of_spaces_is_refused(services: Services, blank: str) -> None:
    with pytest.raises(PasswordBlank):
        services.auth.create_first_manager("boss", "Boss", blank)
    assert not services.auth.has_accounts()
    gm = services.auth.create_first_manager("boss", "Boss", GM_PASSWORD)
    with pytest.raises(PasswordBlank):
        services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, blank)
    services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
    with pytest.raises(PasswordBlank):
        services.accounts.reset_password(gm, "ann", blank)
    with pytest.raises(PasswordBlank) as refused:
        services.auth.change_password("ann", "temporary-pw", blank)
    assert describe(refused.value) == (
        "The password is only spaces. Choose one with letters, digits or signs."
    )
    # Nothing changed: the temporary password still works (and must still be changed).
    services.auth.change_password("ann", "temporary-pw", PASSWORD)


def test_spaces_inside_a_password_are_kept() -> None:
    policy = PasswordPolicy()
    check_new_password("  correct horse battery  ", policy)
    check_new_password("ten chars!", policy)


def test_the_wrong_password_message_no_longer_counts_down(
    services: Services, gm: Principal, clock: Clock
) -> None:
    """'N attempts left' told a real user name from an unknown one; the lockout stays."""
    for _ in range(4):
        with pytest.raises(InvalidCredentials) as wrong:
            services.auth.login("boss", "not-the-password")
        assert wrong.value.attempts_left is None
    with pytest.raises(AccountLocked) as locked:
        services.auth.login("boss", "not-the-password")
    assert locked.value.until == clock.now + timedelta(minutes=15)
