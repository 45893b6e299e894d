"""Valid sample data for any form definition, made from the field types, with Chinese text:
for the tests (every form filled), the benchmark and a preview of what a filled form looks like.
Deterministic for a given seed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from records_desk.printing.definitions import Field, FormDefinition

_SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高"
_GIVEN = "大文小明志強美玲家豪淑芬俊傑雅婷建國麗華冠宇欣怡宗翰佳穎承恩"
_WORDS = (
    "客戶檔案",
    "銷售合同",
    "售後維修紀錄",
    "公司內部資料",
    "重點客戶資料",
    "活動資料庫",
    "拜訪總結報告",
    "審核評價表",
    "階段評價表",
    "情況調查表",
    "付款憑證",
    "發票影本",
    "營業執照",
    "產品資質證明",
    "往來函件",
    "會議紀要",
    "交接清單",
    "備份光碟",
)
_DEPARTMENTS = ("檔案室", "銷售一部", "銷售二部", "售後服務部", "財務部", "市場部", "資訊室")
_SHORT_NOTES = ("已歸位", "複印三頁", "逾期兩天", "附光碟一張", "經理同意", "待補簽")
_SENTENCE = (
    "客戶對產品品質表示滿意，希望下季度增加訂貨數量。",
    "已按規定歸還原位，檔案完整無缺頁。",
    "需經總經理或客戶總監簽字同意後方可外借。",
    "聯絡人近期調職，新聯絡人資料待補。",
    "資料已核對，與原始憑證一致。",
)


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.choice((1, 2))))


def sample_value(f: Field, rng: random.Random, index: int = 0) -> Any:
    """One valid value for the field's type (as JSON would carry it)."""
    day = date(2026, 1, 5) + timedelta(days=rng.randrange(330))
    if f.type == "date":
        return day.isoformat()
    if f.type == "datetime":
        return f"{day.isoformat()} {rng.randrange(8, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if f.type == "integer":
        return rng.randrange(1, 500)
    if f.type == "number":
        return round(rng.uniform(0, 100), 1)
    if f.type == "money":
        return round(rng.uniform(100, 2_000_000), 2)
    if f.type == "bool":
        return rng.random() < 0.5
    if f.type == "choice":
        return rng.choice(f.choices)
    parts = set(f.key.split("_"))
    if parts & {"name", "borrower", "by", "person", "consultant", "staff", "witness"}:
        return _name(rng)
    if parts & {"no", "number", "code", "id"}:
        return f"CS-2026-{index + 1:05d}"
    if parts & {"department", "dept", "unit", "division"}:
        return rng.choice(_DEPARTMENTS)
    if parts & {"phone", "tel", "mobile"}:
        return f"09{rng.randrange(10, 100)}-{rng.randrange(1000):03d}-{rng.randrange(1000):03d}"
    if parts & {"note", "notes", "remark", "remarks", "comment", "reason", "opinion"}:
        return rng.choice(_SHORT_NOTES + _SENTENCE)
    if parts & {"content", "contents", "item", "items", "file", "files"}:
        return f"CS-2026-{index + 1:05d} " + rng.choice(_WORDS)
    return rng.choice(_WORDS)


def sample_data(definition: FormDefinition, rows: int = 1, seed: int = 0) -> dict[str, Any]:
    """A filled-form dict (header, rows, sections) that passes data.validate."""
    rng = random.Random(seed)
    header = {f.key: sample_value(f, rng) for f in definition.header}
    number = next((f for f in definition.header if f.key == definition.record_number), None)
    if number is not None and number.type == "text":
        header[number.key] = f"RD-2026-{seed + 1:05d}"
    table_rows = []
    if definition.table is not None:
        table_rows = [
            {c.key: sample_value(c, rng, i) for c in definition.table.columns} for i in range(rows)
        ]
        for c in definition.table.columns:
            if c.total is not None and table_rows:  # weights: whole numbers adding up
                shares = [c.total // rows] * rows
                shares[0] += c.total - sum(shares)
                for row, share in zip(table_rows, shares, strict=True):
                    row[c.key] = share
    sections = {s.key: "".join(rng.sample(_SENTENCE, 2)) for s in definition.sections}
    return {"header": header, "rows": table_rows, "sections": sections}
