"""Optical-disc backups (R-MED-5, domain/media/backups.py): a disc filed under one of the
office's categories (a setting), saying what it holds."""

from __future__ import annotations

import pytest

from records_desk.domain.media.backups import BackupDisc, check_backup_disc
from records_desk.domain.media.errors import BackupDiscInvalid, BackupProblem
from records_desk.domain.media.vocabulary import MediumType
from records_desk.wording import describe, set_language

CATEGORIES = ("客戶檔案", "Finance", "人事資料")


def test_optical_backups_are_filed_by_category_with_their_content_R_MED_5() -> None:
    disc = check_backup_disc(MediumType.OPTICAL, " finance ", " 2026 年 11 月  帳冊 ", CATEGORIES)
    assert disc == BackupDisc("Finance", "2026 年 11 月 帳冊")


@pytest.mark.parametrize(
    ("kind", "category", "content", "problem"),
    [
        (MediumType.USB, "Finance", "ledgers", BackupProblem.NOT_OPTICAL),
        (MediumType.OPTICAL, " ", "ledgers", BackupProblem.NO_CATEGORY),
        (MediumType.OPTICAL, "雜項", "ledgers", BackupProblem.UNKNOWN_CATEGORY),
        (MediumType.OPTICAL, "Finance", "  ", BackupProblem.NO_CONTENT),
    ],
)
def test_a_backup_disc_without_its_category_or_content_is_refused_R_MED_5(
    kind: MediumType, category: str, content: str, problem: BackupProblem
) -> None:
    with pytest.raises(BackupDiscInvalid) as raised:
        check_backup_disc(kind, category, content, CATEGORIES)
    assert raised.value.problem is problem
    chinese = describe(raised.value)
    set_language("en")
    assert describe(raised.value) not in (chinese, str(raised.value))
