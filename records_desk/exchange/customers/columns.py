"""Which spreadsheet column holds which customer field.

Offices name their columns in Chinese or English, with full-width letters, stray spaces,
required-field stars and notes in brackets ("＊電話 (必填)", "E-mail", "客戶名稱"). A header is
matched after it is made half-width, case-folded and stripped of spaces and punctuation:

1. exactly against the aliases below;
2. without bracketed notes and trailing digits ("電話(手機)", "電話2");
3. by the longest alias it ends with ("主要聯絡電話" is a phone, "客戶地址" an address), Chinese
   naming the thing last; English aliases shorter than 4 letters are never matched this way.

The result is a `ColumnMapping` a UI shows and lets the user adjust (`override`); a header
nobody recognises is reported, never fatal. Only phones may come from several columns
(電話, 手機); a second column of any other field is reported as repeated and left unused —
except a person's name beside a company's (姓名 and 公司名稱, issue 10's office list, with no
contact-person column): the company is the customer and the person its contact, as the
key-customer file has them, and a row without a company takes the person as the customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from records_desk.domain.common.identifiers import to_half_width
from records_desk.exchange.common.headers import column_index, column_letter, normalise_header


class ImportField(StrEnum):
    """What an imported column can hold; values equal `CustomerField` values where they meet."""

    NAME = "name"
    CONTACT_PERSON = "contact_person"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    ID_NUMBER = "id_number"
    DEPARTMENT = "department"
    PRODUCT_LINES = "product_lines"
    CONSULTANT = "consultant"
    EVENT_DATE = "event_date"
    RECORD_TYPE = "record_type"
    GRADE = "grade"
    PROSPECT_LEVEL = "prospect_level"
    ADMISSION = "admission"  # R-GRD-1 checklist confirmed: yes/no
    ARCHIVE_NUMBER = "archive_number"  # an old file's number, kept (R-CUS-2)
    SHELF_LOCATION = "shelf_location"
    NOTE = "note"


MULTI_COLUMN_FIELDS = frozenset({ImportField.PHONE})

_F = ImportField
# How a field is named to the office (error reports, the mapping dialog, export headers).
FIELD_TERMS: dict[ImportField, str] = {
    _F.NAME: "客戶名稱",
    _F.CONTACT_PERSON: "聯絡人",
    _F.PHONE: "電話",
    _F.EMAIL: "電子郵件",
    _F.ADDRESS: "地址",
    _F.ID_NUMBER: "統一編號/身分證字號",
    _F.DEPARTMENT: "部門",
    _F.PRODUCT_LINES: "產品線",
    _F.CONSULTANT: "顧問",
    _F.EVENT_DATE: "事件日期",
    _F.RECORD_TYPE: "錄入資料類型",
    _F.GRADE: "等級",
    _F.PROSPECT_LEVEL: "客戶級別",
    _F.ADMISSION: "符合準入條件",
    _F.ARCHIVE_NUMBER: "檔案編號",
    _F.SHELF_LOCATION: "存放位置",
    _F.NOTE: "備註",
}
ALIASES: dict[ImportField, tuple[str, ...]] = {
    _F.NAME: (
        "客戶名稱", "客戶名", "客戶", "客戶姓名", "名稱", "姓名", "名字", "公司名稱", "公司",
        "單位名稱", "客户名称", "客户", "客户姓名", "公司名称", "企業名稱", "廠商名稱", "機構名稱",
        "Name", "Customer", "Customer name", "Client", "Client name", "Company",
        "Company name", "Full name",
    ),
    _F.CONTACT_PERSON: (
        "聯絡人", "聯繫人", "联系人", "聯絡人姓名", "聯絡窗口", "窗口", "對口人", "聯絡對象",
        "Contact", "Contact person", "Contact name",
    ),
    _F.PHONE: (
        "電話", "聯絡電話", "聯繫電話", "電話號碼", "手機", "手機號碼", "行動電話", "市話",
        "公司電話", "住家電話", "連絡電話", "手機號", "電話/手機", "电话", "联系电话", "手机",
        "手机号", "手机号码", "Phone", "Mobile", "Tel",
        "Telephone", "Cell", "Phone number", "Mobile phone", "Cell phone",
    ),
    _F.EMAIL: (
        "電子郵件", "電子信箱", "電子郵箱", "信箱", "郵箱", "電郵", "電子郵件地址", "电子邮件",
        "邮箱", "Email", "E-mail",
        "Mail", "Email address", "E-mail address",
    ),
    _F.ADDRESS: (
        "地址", "通訊地址", "通信地址", "聯絡地址", "公司地址", "住址", "戶籍地址", "郵寄地址",
        "联系地址", "Address", "Mailing address",
    ),
    _F.ID_NUMBER: (
        "統一編號", "統編", "身分證字號", "身分證", "身分證號", "身份證號", "身份證號碼",
        "證號", "證件號碼", "统一编号", "身份证号", "身份证号码", "ID", "ID number", "ID no",
        "National ID", "Business number", "Tax ID", "UBN",
    ),
    _F.DEPARTMENT: (
        "部門", "所屬部門", "部門名稱", "負責部門", "部门", "Department", "Dept", "Division",
    ),
    _F.PRODUCT_LINES: (
        "產品線", "產品", "產品名稱", "产品线", "Product line", "Product lines", "Products",
    ),
    _F.CONSULTANT: (
        "顧問", "負責顧問", "所屬顧問", "銷售顧問", "置業顧問", "業務員", "業務", "負責業務",
        "承辦人", "經辦人", "接待顧問", "原接待置業顧問", "業務代表", "顾问", "置业顾问",
        "Consultant", "Sales", "Salesperson", "Sales rep", "Account manager",
        "Owner",
    ),
    _F.EVENT_DATE: (
        "事件日期", "日期", "成交日期", "維修日期", "活動日期", "發生日期", "登記日期", "建檔日期",
        "來訪日期", "到訪日期", "來店日期", "拜訪日期", "簽約日期", "購買日期", "交易日期",
        "報修日期", "服務日期", "登錄日期", "建立日期", "記錄日期", "參加日期", "登记日期",
        "建档日期", "来访日期", "Event date", "Date", "Visit date", "Registration date",
        "Registered", "Date registered", "Sale date", "Purchase date", "Service date",
        "Repair date",
    ),
    _F.RECORD_TYPE: (
        "錄入資料類型", "資料類型", "類型", "類別", "客戶類別", "客戶類型", "录入资料类型",
        "类型", "客户类别", "客戶分類", "Record type", "Customer type", "Type", "Category",
    ),
    _F.GRADE: ("等級", "客戶等級", "等级", "Grade", "Customer grade"),
    _F.PROSPECT_LEVEL: ("級別", "客戶級別", "级别", "Prospect level", "Prospect", "Level"),
    _F.ADMISSION: ("準入", "准入", "準入條件", "符合準入條件", "準入審核", "Admission", "Admitted"),
    _F.ARCHIVE_NUMBER: (
        "檔案編號", "檔號", "檔案號", "档案编号", "編號", "Archive number", "Archive no", "File no",
    ),
    _F.SHELF_LOCATION: (
        "存放位置", "檔案位置", "櫃位", "架位", "儲位", "位置", "Shelf", "Shelf location",
        "Location",
    ),
    _F.NOTE: ("備註", "备注", "說明", "Note", "Notes", "Remark", "Remarks", "Comment"),
}  # fmt: skip

_BRACKETED = re.compile(r"[(\[{【（「『][^)\]}】）」』]*[)\]}】）」』]")


_EXACT: dict[str, ImportField] = {
    normalise_header(alias): field for field, aliases in ALIASES.items() for alias in aliases
}
# Too general to decide a column by: "出生日期" is no event date, "產品名稱" no customer name.
_GENERIC = frozenset(
    normalise_header(word)
    for word in (
        "日期", "名稱", "名字", "公司", "客戶", "類型", "類別", "業務", "產品", "窗口", "說明",
        "級別", "編號", "位置", "Date", "Name", "Type", "Category", "Company", "Customer", "Client", "Contact",
        "Owner", "Sales", "Mail", "Note", "Notes", "Products", "Prospect", "Level", "Comment",
        "Location",
    )
)  # fmt: skip
_SUFFIXES: tuple[tuple[str, ImportField], ...] = tuple(
    sorted(
        (
            (key, field)
            for key, field in _EXACT.items()
            if key not in _GENERIC and (not key.isascii() or len(key) >= 4)
        ),
        key=lambda item: -len(item[0]),
    )
)


@lru_cache(maxsize=512)
def match_header(text: str) -> ImportField | None:
    """The field a header names, or None."""
    key = normalise_header(text)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    bare = normalise_header(_BRACKETED.sub("", to_half_width(text))).rstrip("0123456789")
    if bare in _EXACT:
        return _EXACT[bare]
    for alias, field in _SUFFIXES:
        if len(bare) > len(alias) and bare.endswith(alias):
            return field
    return None


def _header_text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


@dataclass(frozen=True)
class ColumnMapping:
    """Field per column of one header row, and what was left over."""

    headers: tuple[str, ...]
    fields: tuple[ImportField | None, ...]
    unknown: tuple[str, ...] = ()  # letters of headed columns nothing matched
    repeated: tuple[str, ...] = ()  # letters of a second column of a single-column field
    # The person's column beside a company's (module docstring): the name of a row whose
    # company cell is empty.
    name_fallback: int | None = None

    @classmethod
    def auto(
        cls,
        headers: Sequence[object],
        overrides: Mapping[str, ImportField | None] | None = None,
    ) -> ColumnMapping:
        """Match every header; then apply `overrides` (column letter -> field, None to skip)."""
        texts = tuple(_header_text(h) for h in headers)
        wanted = [match_header(text) if text else None for text in texts]
        fallback = _person_beside_company(texts, wanted)
        if fallback is not None:
            wanted[fallback] = ImportField.CONTACT_PERSON
        mapping = cls._assign(texts, wanted)
        if fallback is not None:
            mapping = ColumnMapping(
                mapping.headers, mapping.fields, mapping.unknown, mapping.repeated, fallback
            )
        return mapping.override(overrides) if overrides else mapping

    @classmethod
    def _assign(cls, headers: tuple[str, ...], wanted: list[ImportField | None]) -> ColumnMapping:
        fields: list[ImportField | None] = []
        taken: set[ImportField] = set()
        unknown: list[str] = []
        repeated: list[str] = []
        for index, (text, field) in enumerate(zip(headers, wanted, strict=True)):
            if field is not None and field in taken and field not in MULTI_COLUMN_FIELDS:
                repeated.append(column_letter(index))
                field = None
            elif field is None and text:
                unknown.append(column_letter(index))
            if field is not None:
                taken.add(field)
            fields.append(field)
        return cls(headers, tuple(fields), tuple(unknown), tuple(repeated))

    def override(self, overrides: Mapping[str, ImportField | None]) -> ColumnMapping:
        """A copy with columns (by letter) given another field or none. Giving a single-column
        field to a column takes it away from the column that had it."""
        wanted = list(self.fields)
        for letter, field in overrides.items():
            index = column_index(letter)
            if index >= len(wanted):
                wanted.extend([None] * (index + 1 - len(wanted)))
            if field is not None and field not in MULTI_COLUMN_FIELDS:
                wanted = [None if f is field else f for f in wanted]
            wanted[index] = ImportField(field) if field is not None else None
        headers = self.headers + ("",) * (len(wanted) - len(self.headers))
        chosen = {column_index(letter) for letter in overrides}
        mapping = self._assign(headers, wanted)
        # A column the user chose to skip is not "unknown" any more.
        unknown = tuple(c for c in mapping.unknown if column_index(c) not in chosen)
        fallback = self.name_fallback  # kept while the user left both columns as they were
        if fallback is not None and (
            mapping.fields[fallback] is not ImportField.CONTACT_PERSON
            or ImportField.NAME not in mapping.fields
        ):
            fallback = None
        return ColumnMapping(mapping.headers, mapping.fields, unknown, mapping.repeated, fallback)

    def columns_of(self, field: ImportField) -> tuple[int, ...]:
        """0-based indexes of the columns holding `field`."""
        return tuple(i for i, f in enumerate(self.fields) if f is field)

    def column_of(self, field: ImportField) -> int | None:
        found = self.columns_of(field)
        return found[0] if found else None

    @property
    def mapped(self) -> dict[ImportField, tuple[str, ...]]:
        """Field -> letters of its columns, for showing the mapping."""
        result: dict[ImportField, list[str]] = {}
        for index, field in enumerate(self.fields):
            if field is not None:
                result.setdefault(field, []).append(column_letter(index))
        return {field: tuple(letters) for field, letters in result.items()}

    def missing(self, required: Iterable[ImportField]) -> tuple[ImportField, ...]:
        """Fields of `required` no column holds, in ImportField order."""
        present = set(self.fields)
        wanted = set(required)
        return tuple(f for f in ImportField if f in wanted and f not in present)

    def matches(self, row: Sequence[object]) -> bool:
        """Whether `row` is this mapping's header row (compared as headers are)."""
        texts = [normalise_header(v) for v in row]
        texts += [""] * (len(self.headers) - len(texts))
        own = [normalise_header(h) for h in self.headers]
        return any(own) and texts[: len(own)] == own and not any(texts[len(own) :])


_PERSON_HEADERS = frozenset(
    normalise_header(h) for h in ("姓名", "客戶姓名", "名字", "客户姓名", "Full name")
)
_COMPANY_HEADERS = frozenset(
    normalise_header(h)
    for h in (
        "公司名稱", "公司", "單位名稱", "企業名稱", "廠商名稱", "機構名稱", "公司名称",
        "Company", "Company name",
    )
)  # fmt: skip


def _person_beside_company(
    headers: Sequence[str], wanted: Sequence[ImportField | None]
) -> int | None:
    """The person's column when the name is given twice, once as a person's and once as a
    company's, and no column names the contact person (module docstring)."""
    if ImportField.CONTACT_PERSON in wanted:
        return None
    names = [i for i, f in enumerate(wanted) if f is ImportField.NAME]
    if len(names) != 2:
        return None
    keys = [normalise_header(headers[i]) for i in names]
    for person, company in ((0, 1), (1, 0)):
        if keys[person] in _PERSON_HEADERS and keys[company] in _COMPANY_HEADERS:
            return names[person]
    return None


def recognised_count(row: Sequence[object]) -> int:
    """How many cells of a row read as headers of a field (header-row detection)."""
    return sum(1 for v in row if isinstance(v, str) and match_header(v) is not None)
