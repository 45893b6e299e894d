"""Optical-disc backups (R-MED-5, seed 第三篇1 第六條 "使用光盤備份的保密數據要登記編號，分類存放";
第三篇10 第四條 "存放備份數據的介質必須具有明確的標識"): a disc used for a backup is numbered like
every medium (CD-…), filed under a category the office keeps (a setting: the list is passed in)
and says what it holds.

Decisions:
- Only optical discs are backup discs here: the rule names them; a backup on a hard disk is
  simply a medium.
- Categories are matched without regard to case or spacing and kept as the setting spells
  them, so the filing stays one list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from records_desk.domain.media.errors import BackupDiscInvalid, BackupProblem
from records_desk.domain.media.evidence import tidy
from records_desk.domain.media.vocabulary import MediumType


@dataclass(frozen=True)
class BackupDisc:
    category: str  # as the office's setting spells it
    content: str  # what the disc holds (one line)


def check_backup_disc(
    kind: MediumType, category: str, content: str, categories: Iterable[str]
) -> BackupDisc:
    """The backup record of a disc of KIND, or BackupDiscInvalid saying what is wrong."""
    if MediumType(kind) is not MediumType.OPTICAL:
        raise BackupDiscInvalid(BackupProblem.NOT_OPTICAL, MediumType(kind).value)
    key = tidy(category).casefold()
    if not key:
        raise BackupDiscInvalid(BackupProblem.NO_CATEGORY)
    listed = next((c for c in categories if tidy(c).casefold() == key), None)
    if listed is None:
        raise BackupDiscInvalid(BackupProblem.UNKNOWN_CATEGORY, tidy(category))
    if not tidy(content):
        raise BackupDiscInvalid(BackupProblem.NO_CONTENT)
    return BackupDisc(tidy(listed), tidy(content))
