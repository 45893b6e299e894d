"""Which column of a media list holds which fact of a medium, and the words an office writes in
its cells (issue 13 §7).

Headers are compared as every import compares them (exchange/common/headers.py: half-width,
case-folded, no spaces or punctuation), exactly against the aliases below, then without
bracketed notes ("容量(GB)"). The export writes `FIELD_TERMS` as its headers, so an exported
inventory reads back.

Decisions:
- 序號 is the serial number, as the office's 移動存儲介質登記表 heads it (the export writes it
  so); a list whose 序號 counts the rows (1, 2, 3 …) imports those as serials — the preview
  shows them, and the office removes the column.
- Type words are the ones on the office's lists in both Chinese scripts and in English, and the
  number prefixes (USB, HD, CD …); "DVD" and "CD" are optical discs.
- Classification is read from 涉密/非涉密 and their kin, or from yes/no under a 涉密 header;
  the levels of a classified medium (機密, 秘密, 絕密) are classified. Anything else is refused
  rather than guessed: a classified medium taken for an unclassified one is the mixing R-MED-4
  forbids, and an unclassified one taken for classified can never be made unclassified again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from records_desk.domain.common.identifiers import to_half_width
from records_desk.domain.media.vocabulary import MediumState, MediumType
from records_desk.exchange.common.headers import normalise_header


class MediaField(StrEnum):
    NUMBER = "number"
    TYPE = "type"
    BRAND = "brand"
    MODEL = "model"
    SERIAL = "serial"
    CAPACITY = "capacity"
    CLASSIFIED = "classified"
    DEPARTMENT = "department"
    CUSTODIAN = "custodian"
    LOCATION = "location"
    STATE = "state"
    NOTE = "note"


_F = MediaField
# The export's headers, and how a field is named in the problems.
FIELD_TERMS: dict[MediaField, str] = {
    _F.NUMBER: "編號",
    _F.TYPE: "類型",
    _F.BRAND: "品牌",
    _F.MODEL: "型號",
    _F.SERIAL: "序號",
    _F.CAPACITY: "容量",
    _F.CLASSIFIED: "密級",
    _F.DEPARTMENT: "部門",
    _F.CUSTODIAN: "保管人",
    _F.LOCATION: "存放位置",
    _F.STATE: "狀態",
    _F.NOTE: "備註",
}
ALIASES: dict[MediaField, tuple[str, ...]] = {
    _F.NUMBER: ("編號", "介質編號", "介质编号", "编号", "編碼", "資產編號", "Number", "No",
                "Medium number", "Media number", "Asset number", "ID"),
    _F.TYPE: ("類型", "介質類型", "介质类型", "类型", "種類", "类别", "類別", "Type", "Media type",
              "Kind"),
    _F.BRAND: ("品牌", "廠牌", "厂牌", "Brand", "Make", "Manufacturer"),
    _F.MODEL: ("型號", "型号", "規格型號", "规格型号", "Model"),
    _F.SERIAL: ("序號", "序列號", "序列号", "序号", "出廠序號", "S/N", "SN", "Serial",
                "Serial number", "Serial no"),
    _F.CAPACITY: ("容量", "Capacity", "Size"),
    _F.CLASSIFIED: ("密級", "密级", "涉密", "是否涉密", "涉密否", "保密等級", "Classification",
                    "Classified"),
    _F.DEPARTMENT: ("部門", "部门", "所屬部門", "使用部門", "使用部门", "所属部门", "單位",
                    "Department", "Dept"),
    _F.CUSTODIAN: ("保管人", "責任人", "责任人", "保管者", "使用人", "Custodian", "Keeper",
                   "Responsible"),
    _F.LOCATION: ("存放位置", "存放地點", "存放地点", "位置", "Location", "Place"),
    _F.STATE: ("狀態", "状态", "State", "Status"),
    _F.NOTE: ("備註", "备注", "說明", "Note", "Notes", "Remark", "Remarks"),
}  # fmt: skip

_EXACT = {normalise_header(a): f for f, aliases in ALIASES.items() for a in aliases}
_BRACKETED = re.compile(r"[(\[{【（「『][^)\]}】）」』]*[)\]}】）」』]")


def match_header(text: object) -> MediaField | None:
    if not isinstance(text, str):
        return None
    key = normalise_header(text)
    if key in _EXACT:
        return _EXACT[key]
    return _EXACT.get(normalise_header(_BRACKETED.sub("", to_half_width(text))))


def recognised_count(row: Sequence[object]) -> int:
    """How many cells of a row name a field (header-row detection)."""
    return sum(1 for v in row if match_header(v) is not None)


def column_fields(headers: Sequence[object]) -> dict[MediaField, int]:
    """Field -> its column (0-based): the first column naming a field takes it."""
    found: dict[MediaField, int] = {}
    for index, header in enumerate(headers):
        matched = match_header(header)
        if matched is not None:
            found.setdefault(matched, index)
    return found


# --- the words in the cells --------------------------------------------------------------------

# The export's words (Traditional Chinese, as the office's register writes them).
TYPE_TERMS: dict[MediumType, str] = {
    MediumType.USB: "USB隨身碟",
    MediumType.HDD: "行動硬碟",
    MediumType.OPTICAL: "光碟",
    MediumType.TAPE: "磁帶",
    MediumType.CARD: "記憶卡",
    MediumType.FLOPPY: "軟碟",
}
CLASSIFIED_TERMS = {True: "涉密", False: "非涉密"}
STATE_TERMS: dict[MediumState, str] = {
    MediumState.REGISTERED: "已登記",
    MediumState.READY: "可發放",
    MediumState.ISSUED: "已借出",
    MediumState.RETURNED: "已歸還待查",
    MediumState.IN_REPAIR: "維修中",
    MediumState.DISPOSED: "已銷毀",
    MediumState.LOST: "已遺失",
}

_TYPE_WORDS: dict[MediumType, tuple[str, ...]] = {
    MediumType.USB: ("USB", "USB隨身碟", "隨身碟", "随身碟", "U盤", "U盘", "優盤", "优盘", "閃存盤",
                     "闪存盘", "USB盤", "USB stick", "USB drive", "Flash drive", "Thumb drive"),
    MediumType.HDD: ("硬碟", "硬盤", "硬盘", "行動硬碟", "移動硬盤", "移动硬盘", "外接硬碟",
                     "HDD", "SSD", "Hard disk", "Hard drive", "Portable hard disk", "Disk"),
    MediumType.OPTICAL: ("光碟", "光盤", "光盘", "CD", "DVD", "藍光光碟", "Optical", "Optical disc",
                         "Disc"),
    MediumType.TAPE: ("磁帶", "磁带", "Tape", "Magnetic tape"),
    MediumType.CARD: ("記憶卡", "存儲卡", "存储卡", "內存卡", "内存卡", "SD卡", "SD", "TF卡",
                      "Memory card", "Card", "SD card"),
    MediumType.FLOPPY: ("軟碟", "軟盤", "软盘", "磁片", "Floppy", "Floppy disk", "Diskette"),
}  # fmt: skip
_TYPE_KEYS: dict[str, MediumType] = {
    normalise_header(word): kind
    for kind, words in _TYPE_WORDS.items()
    for word in (*words, kind.value, TYPE_TERMS[kind])
}
_CLASSIFIED_WORDS = {
    True: ("涉密", "是", "Y", "Yes", "True", "1", "Classified", "機密", "机密", "秘密", "絕密",
           "绝密", "涉密介質"),
    False: ("非涉密", "否", "N", "No", "False", "0", "Unclassified", "不涉密", "非密", "一般",
            "非涉密介質"),
}  # fmt: skip
_CLASSIFIED_KEYS = {normalise_header(w): v for v, words in _CLASSIFIED_WORDS.items() for w in words}
# The states an import will not bring back (R-MED-7: a disposed medium never returns).
_FINAL_WORDS = ("已銷毀", "已销毁", "銷毀", "销毁", "報廢", "报废", "已報廢", "已报废", "已遺失",
                "已遗失", "遺失", "遗失", "丟失", "丢失", "Disposed", "Lost", "Destroyed")  # fmt: skip
_FINAL_KEYS = frozenset(normalise_header(w) for w in (*_FINAL_WORDS, "disposed", "lost"))


def read_type(text: str) -> MediumType | None:
    """The type a cell names, or None."""
    return _TYPE_KEYS.get(normalise_header(text))


def read_classified(text: str) -> bool | None:
    """True (涉密), False (非涉密), or None: not a word for either."""
    return _CLASSIFIED_KEYS.get(normalise_header(text))


def is_final_state(text: str) -> bool:
    """Whether a state cell says the medium was disposed of or lost."""
    return normalise_header(text) in _FINAL_KEYS
