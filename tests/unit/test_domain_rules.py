"""Pure domain rules: password policy, lockout arithmetic, the audit hash chain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.common import audit_chain, passwords
from records_desk.domain.common.errors import PasswordTooShort, UsernameInvalid
from records_desk.domain.common.roles import Role, may_administer

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
POLICY = passwords.PasswordPolicy()


def test_nine_characters_are_refused_ten_accepted_R_ACC_3() -> None:
    with pytest.raises(PasswordTooShort) as refused:
        passwords.check_new_password("123456789", POLICY)
    assert (refused.value.length, refused.value.minimum) == (9, 10)
    passwords.check_new_password("1234567890", POLICY)


def test_password_expires_after_90_days_R_ACC_3() -> None:
    assert not passwords.is_expired(NOW, NOW + timedelta(days=89, hours=23), POLICY)
    assert passwords.is_expired(NOW, NOW + timedelta(days=90), POLICY)


def test_fifth_failure_locks_for_15_minutes_R_ACC_3() -> None:
    failures = 0
    for _ in range(4):
        outcome = passwords.register_failure(failures, NOW, POLICY)
        assert outcome.locked_until is None
        failures = outcome.failures
    outcome = passwords.register_failure(failures, NOW, POLICY)
    assert outcome.locked_until == NOW + timedelta(minutes=15)
    assert passwords.is_locked(outcome.locked_until, NOW + timedelta(minutes=14))
    assert not passwords.is_locked(outcome.locked_until, NOW + timedelta(minutes=15))


@pytest.mark.parametrize("name", ["ab", "has space", "x" * 33, "名字", ""])
def test_bad_user_names_are_refused(name: str) -> None:
    with pytest.raises(UsernameInvalid):
        passwords.check_username(name)


def test_only_a_general_manager_administers_general_managers_R_ACC_2() -> None:
    assert may_administer(Role.GENERAL_MANAGER, Role.GENERAL_MANAGER)
    assert not may_administer(Role.CUSTOMER_DIRECTOR, Role.GENERAL_MANAGER)
    assert may_administer(Role.CUSTOMER_DIRECTOR, Role.ARCHIVIST)
    assert not any(may_administer(Role.ARCHIVIST, target) for target in Role)


def _chain(n: int) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    prev = audit_chain.GENESIS_HASH
    for seq in range(1, n + 1):
        entry: dict[str, object] = {
            "seq": seq,
            "at": audit_chain.format_time(NOW + timedelta(seconds=seq)),
            "account": "boss",
            "action": "login",
            "entity_type": None,
            "entity_id": None,
            "summary": f"entry {seq}",
            "details": {"n": seq, "名": "值"},
        }
        entry["prev_hash"] = prev
        entry["hash"] = prev = audit_chain.entry_hash(entry, prev)
        entries.append(entry)
    return entries


def test_intact_chain_verifies_R_AUD_3() -> None:
    report = audit_chain.verify(_chain(20))
    assert report.intact and report.entries == 20


@given(st.integers(min_value=1, max_value=12), st.sampled_from(["summary", "account", "details"]))
def test_any_altered_entry_breaks_the_chain_at_its_sequence_R_AUD_3(seq: int, field: str) -> None:
    entries = _chain(12)
    entries[seq - 1][field] = {"tampered": True} if field == "details" else "tampered"
    assert audit_chain.verify(entries).broken_at == seq


@given(st.integers(min_value=1, max_value=11))
def test_a_deleted_entry_breaks_the_chain_at_the_gap_R_AUD_3(seq: int) -> None:
    entries = _chain(12)
    del entries[seq - 1]
    assert audit_chain.verify(entries).broken_at == seq


def test_renumbered_chain_after_deletion_still_breaks_R_AUD_3() -> None:
    entries = _chain(6)
    del entries[2]
    for i, e in enumerate(entries, start=1):
        e["seq"] = i
    assert audit_chain.verify(entries).broken_at == 3
