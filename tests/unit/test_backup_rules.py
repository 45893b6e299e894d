"""The pure rules of backups: how often (R-BAK-1), which copies to keep (R-BAK-1, R-BAK-2), and
the manifest's signature and head check (R-AUD-3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from records_desk.domain.backup import policy, retention
from records_desk.domain.backup.errors import IntervalInvalid
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.audit_chain import Head

KEY = "ab" * 32
NOW = datetime(2026, 12, 5, 18, 0, tzinfo=UTC)


def test_a_backup_is_due_when_the_last_good_one_is_older_than_the_interval_R_BAK_1() -> None:
    assert policy.is_due(None, NOW, 1)
    assert not policy.is_due(NOW - timedelta(hours=23), NOW, 1)
    assert policy.is_due(NOW - timedelta(days=1), NOW, 1)
    assert not policy.is_due(NOW - timedelta(days=4), NOW, 5)


@pytest.mark.parametrize("days", [0, 31, -1])
def test_the_interval_is_never_looser_than_30_days_R_BAK_1(days: int) -> None:
    with pytest.raises(IntervalInvalid):
        policy.check_interval(days)
    assert policy.check_interval(30) == 30


def _daily(n: int) -> list[retention.Kept]:
    return [retention.Kept(i, NOW - timedelta(days=i), True) for i in range(n)]


def test_retention_keeps_14_daily_12_monthly_and_one_a_year_for_ever_R_BAK_1() -> None:
    copies = _daily(3 * 365)  # three years of daily copies, newest (key 0) first
    deleted = set(retention.to_delete(copies, NOW))
    kept = {c.key for c in copies} - deleted
    assert set(range(14)) <= kept  # the last 14 days
    months = {(NOW - timedelta(days=k)).strftime("%Y-%m") for k in kept}
    assert len(months) >= 12
    years = {(NOW - timedelta(days=k)).year for k in kept}
    assert years == {c.made_at.year for c in copies}  # every year still has one
    assert len(kept) <= 14 + 12 + 4


def test_retention_never_deletes_the_last_verified_copy_nor_unverified_ones_R_BAK_1() -> None:
    old = NOW - timedelta(days=900)
    copies = [
        retention.Kept("only-good", old, True),
        retention.Kept("unverified", old - timedelta(days=1), False),
    ]
    assert retention.to_delete(copies, NOW) == []


def test_retention_keeps_copies_of_the_last_day_and_those_made_before_a_restore() -> None:
    copies = [
        retention.Kept("exit", NOW - timedelta(hours=1), True),
        retention.Kept("start", NOW - timedelta(hours=9), True),
        retention.Kept("before-restore", NOW - timedelta(days=40), True, labelled=True),
        retention.Kept("same-day-old", NOW - timedelta(days=40, hours=1), True),
    ]
    assert retention.to_delete(copies, NOW) == []


def _manifest() -> bm.Manifest:
    return bm.Manifest(
        file="o_2026-12-05_180000.rdbackup",
        made_at=NOW,
        app_version="0.1.0",
        schema=("0006",),
        size=4096,
        sha256="0" * 64,
        tables={"audit_log": 7, "customer": 3},
        head=Head(7, "h7"),
    )


def test_a_manifest_round_trips_and_an_edited_one_is_refused_R_BAK_3() -> None:
    text = bm.encode(_manifest(), KEY)
    assert bm.decode(text, KEY, "m") == _manifest()
    with pytest.raises(bm.ManifestInvalid) as altered:
        bm.decode(text.replace('"customer": 3', '"customer": 4'), KEY, "m")
    assert altered.value.problem is bm.ManifestProblem.ALTERED
    with pytest.raises(bm.ManifestInvalid) as other:
        bm.decode(text, "cd" * 32, "m")
    assert other.value.problem is bm.ManifestProblem.OTHER_KEY


def test_a_head_kept_in_a_manifest_finds_entries_cut_from_the_log_R_AUD_3() -> None:
    kept = Head(7, "h7")
    assert bm.check_head(kept, Head(9, "h9"), "h7") is None
    assert bm.check_head(kept, Head(5, "h5"), None) == "shorter"
    assert bm.check_head(kept, Head(0, "0" * 64), None) == "shorter"
    assert bm.check_head(kept, Head(9, "x9"), "x7") == "rewritten"
