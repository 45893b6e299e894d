"""The import's error report: every problem worded in Traditional Chinese, and saved as xlsx.

The problems are typed and carry data (the domain's PhoneInvalid, OfficeDateInvalid,
AdmissionIncomplete; the import's own FieldRequired, IdNumberInvalid, ColumnMissing …);
`describe` is the one place that words them for the office, for the saved report, the preview
table and the CLI's JSON alike. The report has the columns 列, 欄, 內容, 問題 — row and column
as Excel shows them — file-level problems first, then the rows in order, then the likely
duplicates within the file. It is written like any export, so a value from the imported file
that looks like a formula stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from records_desk.domain.common.errors import (
    DateProblem,
    OfficeDateInvalid,
    PhoneInvalid,
    PhoneProblem,
)
from records_desk.domain.common.identifiers import IdKind
from records_desk.domain.customers.duplicates import DuplicateBasis
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    ArchiveNumberInvalid,
    ArchiveNumberProblem,
    QuotaExceeded,
)
from records_desk.domain.customers.files import ArchiveNumberTaken
from records_desk.domain.customers.vocabulary import (
    ADMISSION_TERMS,
    GRADE_TERMS,
    RECORD_TYPE_TERMS,
    AdmissionCriterion,
    ProspectLevel,
    RecordType,
)
from records_desk.exchange.customers.cells import (
    ArchiveNumberRepeated,
    ChoiceUnknown,
    EmailInvalid,
    FieldRequired,
    GradeForUngradedType,
    IdNumberInvalid,
    RowProblem,
)
from records_desk.exchange.customers.columns import FIELD_TERMS, ImportField, column_index
from records_desk.exchange.customers.export import ExportColumn, write_customers
from records_desk.exchange.customers.imports import (
    ColumnMissing,
    DuplicateInFile,
    FileProblem,
    HeaderRowNotFound,
    RowError,
    SheetNotFound,
    WorkbookUnreadable,
)

REPORT_COLUMNS = (
    ExportColumn("row", "列", width=8),
    ExportColumn("column", "欄", width=8),
    ExportColumn("value", "內容", width=30),
    ExportColumn("problem", "問題", width=70),
)

_PHONE = {
    PhoneProblem.EMPTY: "電話號碼是空的",
    PhoneProblem.NOT_A_NUMBER: "「{text}」不是電話號碼（含有電話號碼不會有的字元）",
    PhoneProblem.UNSUPPORTED_COUNTRY: "「{text}」的國碼不受支援（只接受台灣 +886 與中國大陸 +86）",
    PhoneProblem.BAD_FORMAT: "「{text}」不是有效的電話號碼（位數或開頭不符）",
}
_DATE = {
    DateProblem.EMPTY: "日期是空的",
    DateProblem.UNRECOGNISED: (
        "「{text}」無法讀成日期（可寫 2026/11/27、2026-11-27、115/11/27 或 民國115年11月27日）"
    ),
    DateProblem.YEAR_NOT_FIRST: "「{text}」的年份不在最前面（請依 年/月/日 填寫）",
    DateProblem.NO_SUCH_DAY: "「{text}」沒有這一天",
    DateProblem.YEAR_OUT_OF_RANGE: "「{text}」的年份超出範圍",
    DateProblem.IN_FUTURE: "「{text}」是未來的日期，事件日期不可晚於今天",
}
_ID = {
    IdKind.TW_NATIONAL_ID: "「{text}」不是有效的身分證字號（檢查碼不符）",
    IdKind.TW_BUSINESS_NUMBER: "「{text}」不是有效的統一編號（檢查碼不符）",
    IdKind.CN_RESIDENT_ID: "「{text}」不是有效的居民身份證號碼（檢查碼或出生日期不符）",
    None: "「{text}」不是身分證字號、統一編號或居民身份證號碼的格式",
}
_ARCHIVE = {
    ArchiveNumberProblem.BAD_FORMAT: "「{text}」不是檔案編號的格式（類別代碼-年份-五位序號，如 CS-2026-00042）",
    ArchiveNumberProblem.BAD_CODE: "「{text}」的類別代碼不正確",
    ArchiveNumberProblem.BAD_YEAR: "「{text}」的年份不正確",
    ArchiveNumberProblem.BAD_SEQUENCE: "「{text}」的序號不正確（00001 至 99999）",
    ArchiveNumberProblem.DUPLICATE_CODE: "「{text}」的類別代碼重複",
}
_CHOICES = {
    ImportField.RECORD_TYPE: "、".join(RECORD_TYPE_TERMS.values()),
    ImportField.GRADE: "、".join(GRADE_TERMS.values()),
    ImportField.PROSPECT_LEVEL: "、".join(level.value for level in ProspectLevel),
    ImportField.ADMISSION: "是、否",
}
_DUPLICATE_BASIS = {
    DuplicateBasis.ID_NUMBER: "統一編號/身分證字號相同",
    DuplicateBasis.NAME_AND_PHONE: "名稱與電話相同",
}


def _type_term(record_type: RecordType | None) -> str:
    return RECORD_TYPE_TERMS[record_type] if record_type else ""


def describe(problem: RowProblem | FileProblem) -> str:
    """One problem in Traditional Chinese."""
    match problem:
        case PhoneInvalid(text=text, problem=kind):
            return _PHONE[kind].format(text=text)
        case OfficeDateInvalid(text=text, problem=kind):
            return _DATE[kind].format(text=text)
        case IdNumberInvalid(text=text, kind=kind):
            return _ID[kind].format(text=text)
        case EmailInvalid(text=text):
            return f"「{text}」不是有效的電子郵件地址"
        case ArchiveNumberInvalid(text=text, problem=kind):
            return _ARCHIVE[kind].format(text=text)
        case ArchiveNumberTaken(archive_number=number):
            return f"檔案編號「{number}」已有檔案使用，編號不可重複（R-CUS-2）"
        case ArchiveNumberRepeated(text=text, first_row=first_row):
            return f"檔案編號「{text}」已用於第 {first_row} 列，編號不可重複（R-CUS-2）"
        case FieldRequired(field=field, record_type=record_type):
            if record_type is None:
                return f"必須填寫{FIELD_TERMS[field]}"
            return f"{_type_term(record_type)}必須填寫{FIELD_TERMS[field]}"
        case ChoiceUnknown(field=field, text=text):
            return f"「{text}」不是可用的{FIELD_TERMS[field]}（可填：{_CHOICES[field]}）"
        case GradeForUngradedType(record_type=record_type):
            return f"{_type_term(record_type)}不分等級，等級請留空（R-GRD-2）"
        case AdmissionIncomplete(missing=missing):
            terms = "、".join(ADMISSION_TERMS[AdmissionCriterion(m)] for m in missing)
            return f"未符合準入條件，不能建檔（R-GRD-1）：{terms}"
        case ColumnMissing(field=field, record_type=None):
            return f"找不到「{FIELD_TERMS[field]}」欄位（每一列都必須填寫）"
        case ColumnMissing(field=field, record_type=record_type, first_row=first_row):
            where = f"，第一筆在第 {first_row} 列" if first_row else ""
            return f"找不到「{FIELD_TERMS[field]}」欄位（{_type_term(record_type)}必須填寫{where}）"
        case HeaderRowNotFound(sheet=sheet, searched=searched):
            return (
                f"工作表「{sheet}」的前 {searched} 列找不到標題列"
                "（至少要有兩個可辨識的欄位名稱，例如 客戶名稱、電話）"
            )
        case SheetNotFound(name=name, available=available):
            return f"找不到工作表「{name}」（檔案中有：{'、'.join(available)}）"
        case WorkbookUnreadable(path=path):
            return f"無法讀取「{Path(path).name}」：不是 xlsx 活頁簿，或檔案已損壞"
    return str(problem)


def describe_duplicate(duplicate: DuplicateInFile) -> str:
    basis = _DUPLICATE_BASIS[duplicate.key[0]]
    return f"可能與第 {duplicate.first_row} 列是同一位客戶（{basis}）"


def report_rows(
    errors: Iterable[RowError],
    file_errors: Iterable[FileProblem] = (),
    duplicates: Iterable[DuplicateInFile] = (),
    notes: Iterable[dict[str, object]] = (),
) -> list[dict[str, object]]:
    """The report's rows: file problems, then row errors by row and column, then duplicates,
    then `notes` already worded (row, column, value, problem): what the import service found
    against the database (likely duplicates of files on record, quotas, consultants)."""
    rows: list[dict[str, object]] = [
        {"row": None, "column": "", "value": "", "problem": describe(p)} for p in file_errors
    ]
    ordered = sorted(errors, key=lambda e: (e.row, column_index(e.column) if e.column else -1))
    rows += (
        {"row": e.row, "column": e.column, "value": e.value, "problem": describe(e.problem)}
        for e in ordered
    )
    rows += (
        {"row": d.row, "column": "", "value": d.key[1], "problem": describe_duplicate(d)}
        for d in duplicates
    )
    rows += notes
    return rows


def write_error_report(
    errors: Iterable[RowError],
    path: str | Path,
    *,
    file_errors: Iterable[FileProblem] = (),
    duplicates: Iterable[DuplicateInFile] = (),
    notes: Iterable[dict[str, object]] = (),
) -> int:
    """Save the report as xlsx (frozen header, auto-filter, widths); return its row count."""
    return write_customers(
        report_rows(errors, file_errors, duplicates, notes), REPORT_COLUMNS, path, "錯誤報告"
    )


# --- what the import service finds against the database ---------------------------------------


def describe_db_duplicate(archive_number: str, name: str, basis: DuplicateBasis) -> str:
    return f"可能與已建檔的 {archive_number}「{name}」是同一位客戶（{_DUPLICATE_BASIS[basis]}）"


def describe_unmatched_consultant(name: str) -> str:
    return f"顧問「{name}」不是系統中的帳號，匯入後這些檔案未指定顧問"


def describe_quota(problem: QuotaExceeded) -> str:
    """R-GRD-2: the batch would put a department or product line over a cap."""
    return (
        f"{problem.scope_name}的{GRADE_TERMS[problem.grade]}匯入後將有 "
        f"{problem.count_after}/{problem.total_after} 位（{float(problem.share_after):.1%}），"
        f"超過上限 {float(problem.cap):.0%}；需經總監核准並填寫理由（R-GRD-2）"
    )
