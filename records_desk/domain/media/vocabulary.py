"""The words of the removable-media inventory (R-MED-1, seed 第三篇1 第二條): the kinds of
medium and their number prefixes, classification, the states of the life cycle, its actions,
the three preparation steps, a virus check's result and the disposal methods. Stored as their
values."""

from __future__ import annotations

from enum import StrEnum


class MediumType(StrEnum):
    """第二條: 硬盤、軟盤、U盤、光盤、磁帶、存儲卡."""

    USB = "usb"  # U盤
    HDD = "hdd"  # 硬盤 (portable hard disk)
    OPTICAL = "optical"  # 光盤
    TAPE = "tape"  # 磁帶
    CARD = "card"  # 存儲卡
    FLOPPY = "floppy"  # 軟盤


# R-MED-1: the number's prefix per type (USB-0007, HD-0012, CD-0103 …).
PREFIXES: dict[MediumType, str] = {
    MediumType.USB: "USB",
    MediumType.HDD: "HD",
    MediumType.OPTICAL: "CD",
    MediumType.TAPE: "TP",
    MediumType.CARD: "MC",
    MediumType.FLOPPY: "FD",
}
TYPE_OF_PREFIX: dict[str, MediumType] = {prefix: kind for kind, prefix in PREFIXES.items()}


class Classification(StrEnum):
    """R-MED-1, R-MED-4: 涉密 / 非涉密; only unclassified → classified, never back."""

    UNCLASSIFIED = "unclassified"  # 非涉密
    CLASSIFIED = "classified"  # 涉密


class MediumState(StrEnum):
    REGISTERED = "registered"  # on record, not yet (or no longer) prepared for use
    READY = "ready"  # labelled, encrypted, clean check: may be issued (R-MED-2)
    ISSUED = "issued"  # lent to an account with consent (R-MED-3)
    RETURNED = "returned"  # back from a borrower (or a repair), awaiting a clean check
    IN_REPAIR = "in_repair"  # at the IT office's repair unit (R-MED-6)
    DISPOSED = "disposed"  # final (R-MED-7)
    LOST = "lost"  # final


FINAL_STATES = frozenset({MediumState.DISPOSED, MediumState.LOST})


class Action(StrEnum):
    """Every step of the life cycle, as the UI offers it and the event log stores it."""

    PREPARE_LABEL = "prepare_label"
    PREPARE_ENCRYPTION = "prepare_encryption"
    VIRUS_CHECK = "virus_check"
    ISSUE = "issue"
    RETURN = "return"
    REPAIR_SEND = "repair_send"
    REPAIR_BACK = "repair_back"
    DISPOSE = "dispose"
    LOST = "lost"
    CLASSIFY = "classify"


class Preparation(StrEnum):
    """R-MED-2 (第三篇1 第四條, 第八條): what a medium needs before it is issued."""

    LABEL = "label"  # 保密標識
    ENCRYPTION = "encryption"  # 安裝加密軟件
    VIRUS_CHECK = "virus_check"  # 查殺病毒, result clean


class VirusResult(StrEnum):
    CLEAN = "clean"
    INFECTED = "infected"  # recorded (the history keeps it) but never makes a medium ready


class DisposalMethod(StrEnum):
    """R-MED-7: classified media are degaussed and shredded at the security office; an
    unclassified one may instead be wiped and destroyed. Selling (as scrap) is no method."""

    DEGAUSS_SHRED = "degauss+shred"  # 消磁和粉碎
    WIPE_DESTROY = "wipe+destroy"
