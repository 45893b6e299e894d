"""Excel import/export benchmark (issue 4, "Measure"): a 100,000-row customer list.

    .venv/bin/python bench/customers_excel.py            (-n runs, --rows N, --keep FILE)

Generates an office-like xlsx with this file's own zh_TW generator (no Faker): people and
companies, mobiles and landlines typed every way (some as Excel numbers that lost their
leading 0), valid 身分證字號 and 統一編號, e-mail, addresses, record types and grades in
Chinese, event dates as date cells, ISO text, 2024/5/12 and ROC 113/05/12. Then, in one
process, alternately, after one untimed warm-up each:

  plain    openpyxl read-only, values-only iteration over every row of the same file: the
           least any import must do
  import   records_desk.exchange.customers.imports.read_customers: header detection, mapping,
           every cell read and every row validated with the domain, duplicates within the file
           (since issue 10 read with python-calamine, so it is faster than "plain"; the whole
           import's target against a bare calamine read is bench/import_bulk.py's)
  export   records_desk.exchange.customers.export.write_customers of the imported rows (write-
           only workbook, date cells, formula-safe text)
  plain-w  the same values appended to a bare openpyxl write-only sheet: what export adds
           (header styles, widths, filter, date formats, formula-safe cells) shows against it

Reported: median seconds of each, the import/plain ratio with PASS/FAIL against the target
(import within 2.5x of plain), export/plain-w for information, and the peak Python memory of
the three measured ones (tracemalloc, in separate untimed runs because tracing slows
everything down; memory of C code such as zlib is not in it). Exit code 0 on PASS.

Then the database import (services.customers.imports) of the same file into a fresh encrypted
database: the preview (read, checked, then checked against the database) and the commit (every
file numbered, versioned, indexed for search and audited in one transaction), timed once, and
its peak traced memory in a second run.

Database import: issue 4's figures (ORM path, contended run) were preview 36.6 s, commit
115.7 s for 100,000 rows; since issue 10 the bulk path's figures and where its time goes are
in bench/README.md ("The whole import against a bare calamine read", bench/import_bulk.py).
The read figures of the same contended run: plain 31.97 s, import 53.34 s, 1.67x, PASS.

Last measured (2 cores, Python 3.11, openpyxl 3.1.5 without lxml, other jobs running, 3 runs,
100,000 rows, 8.8 MiB file): plain 9.97 s, import 17.49 s — 1.75x, PASS (2.31x before the
row plan, the fast paths and GC-invisible duplicate keys); export 14.89 s (1.23x of a bare
write-only append of the same values; 9.5 MiB file). Peak traced memory: plain 73 MiB
(openpyxl's shared-string table), import 123 MiB (plus the 100,000 drafts), export 0.4 MiB
(streamed). What is left of the import's extra time: reading and checking the cells (~5 s),
the domain's duplicate keys (~1 s, phone_key parses each phone again) and the garbage
collector walking the growing list of drafts (~1.5 s; pausing it would give ~1.5x, but a
library should not switch off the collector of the whole process from a worker thread).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import date, datetime, timedelta
from itertools import chain
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import customers  # bench/customers.py: the benchmarks' database set-up
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from records_desk.domain.common.identifiers import is_valid_tw_business_number
from records_desk.exchange.customers.export import ColumnKind, ExportColumn, write_customers
from records_desk.exchange.customers.imports import read_customers

TARGET_RATIO = 2.5
TODAY = date(2026, 11, 27)

HEADERS = [
    "客戶名稱", "錄入資料類型", "聯絡人", "電話", "手機", "統一編號/身分證字號", "電子郵件",
    "地址", "部門", "產品線", "顧問", "事件日期", "等級", "備註",
]  # fmt: skip
SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁"
GIVEN = "志明淑芬家豪怡君俊傑雅婷冠宇宗翰美玲建宏佳蓉承恩品妤柏翰子涵宥廷詩涵欣怡孟哲思穎彥廷昱賢"
CITIES = {
    "臺北市": ("信義區", "大安區", "中山區", "內湖區", "士林區"),
    "新北市": ("板橋區", "新莊區", "中和區", "三重區", "淡水區"),
    "桃園市": ("桃園區", "中壢區", "龜山區"),
    "臺中市": ("西屯區", "北屯區", "南屯區"),
    "臺南市": ("東區", "永康區", "安平區"),
    "高雄市": ("左營區", "鳳山區", "前鎮區", "三民區"),
}
AREA = {"臺北市": "02", "新北市": "02", "桃園市": "03", "臺中市": "04", "臺南市": "06",
        "高雄市": "07"}  # fmt: skip
ROADS = ("中山路", "中正路", "民生路", "復興北路", "忠孝東路", "文心路", "博愛路", "建國路")
BRANDS = ("宏達", "台達", "永豐", "大同", "聯華", "正新", "長興", "信昌", "國泰", "富邦", "遠東")
TRADES = ("電機", "冷凍空調", "建設", "科技", "貿易", "實業", "工程", "餐飲", "物流")
SUFFIXES = ("股份有限公司", "有限公司", "企業社", "商行")
TYPES = (
    ("成交銷售客戶資料", 40), ("售后維修客戶資料", 25), ("重點客戶資料", 10),
    ("活動資料庫", 20), ("公司內部資料", 5),
)  # fmt: skip
GRADES = (("VIP", 10), ("優選", 25), ("合格", 50), (None, 15))
GRADED_TYPES = ("成交銷售客戶資料", "售后維修客戶資料", "重點客戶資料")  # R-GRD-2
DEPARTMENTS = ("業務一部", "業務二部", "售後服務部", "行銷部", "大客戶部")
PRODUCTS = ("冷氣", "除濕機", "空氣清淨機", "熱水器", "全熱交換器")
MAIL_HOSTS = ("gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net", "outlook.com")
NOTES = ("", "", "", "", "請於上午聯絡", "已寄送型錄", "老客戶介紹", "VIP 年度回訪")
_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


class Generator:
    """Deterministic office data: the same seed gives the same file."""

    def __init__(self, seed: int = 20261127) -> None:
        self.rnd = random.Random(seed)

    def weighted(self, choices: tuple[tuple[Any, int], ...]) -> Any:
        values, weights = zip(*choices, strict=True)
        return self.rnd.choices(values, weights)[0]

    def person(self) -> str:
        given = "".join(self.rnd.sample(GIVEN, self.rnd.choice((1, 2, 2, 2))))
        return self.rnd.choice(SURNAMES) + given

    def company(self) -> str:
        return self.rnd.choice(BRANDS) + self.rnd.choice(TRADES) + self.rnd.choice(SUFFIXES)

    def national_id(self) -> str:
        letter = self.rnd.choice(_LETTERS)
        body = f"{self.rnd.choice('12')}{self.rnd.randrange(10_000_000):07d}"
        code = _LETTERS.index(letter) + 10
        digits = [code // 10, code % 10, *map(int, body)]
        total = sum(w * d for w, d in zip((1, 9, 8, 7, 6, 5, 4, 3, 2, 1), digits, strict=True))
        return f"{letter}{body}{(10 - total % 10) % 10}"

    def business_number(self) -> str:
        while True:
            stem = f"{self.rnd.randrange(10_000_000):07d}"
            for last in "0123456789":
                if is_valid_tw_business_number(stem + last):
                    return stem + last

    def mobile(self) -> object:
        digits = f"09{self.rnd.randrange(100_000_000):08d}"
        style = self.rnd.random()
        if style < 0.10:
            return int(digits)  # typed into a number cell: 912345678
        if style < 0.45:
            return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
        if style < 0.50:
            return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
        return digits

    def landline(self, city: str) -> str:
        area = AREA[city]
        if area in ("02", "04"):  # 臺北 and 臺中: 8-digit local numbers
            local = f"2{self.rnd.randrange(10_000_000):07d}"
        else:
            local = f"{self.rnd.randrange(2_000_000, 10_000_000)}"
        if self.rnd.random() < 0.5:
            return f"({area}){local[:-4]}-{local[-4:]}"
        return f"{area}-{local[:-4]}-{local[-4:]}"

    def event_date(self) -> object:
        day = TODAY - timedelta(days=self.rnd.randrange(1, 5 * 365))
        style = self.rnd.random()
        if style < 0.6:
            return datetime(day.year, day.month, day.day)
        if style < 0.8:
            return day.isoformat()
        if style < 0.9:
            return f"{day.year - 1911}/{day.month:02d}/{day.day:02d}"
        return f"{day.year}/{day.month}/{day.day}"

    def row(self, n: int) -> list[object]:
        record_type = self.weighted(TYPES)
        is_company = self.rnd.random() < 0.4
        city = self.rnd.choice(list(CITIES))
        name = self.company() if is_company else self.person()
        address = (
            f"{city}{self.rnd.choice(CITIES[city])}{self.rnd.choice(ROADS)}"
            f"{self.rnd.randint(1, 3)}段{self.rnd.randint(1, 399)}號{self.rnd.randint(1, 20)}樓"
        )
        products = self.rnd.sample(PRODUCTS, self.rnd.choice((1, 1, 2)))
        return [
            name,
            record_type,
            self.person(),
            self.landline(city) if self.rnd.random() < 0.4 else None,
            self.mobile(),
            self.business_number() if is_company else self.national_id(),
            f"user{n}@{self.rnd.choice(MAIL_HOSTS)}" if self.rnd.random() < 0.7 else None,
            address,
            self.rnd.choice(DEPARTMENTS),
            "、".join(products),
            self.person(),
            self.event_date(),
            self.weighted(GRADES) if record_type in GRADED_TYPES else None,
            self.rnd.choice(NOTES) or None,
        ]


def _xml_text(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def generate(path: Path, rows: int) -> None:
    """Write the file the way Excel saves one: shared strings, a dimension, date cells as day
    serials with a date style (openpyxl would write inline strings, which read slower and
    would flatter the import's ratio)."""
    generator = Generator()
    strings: dict[str, int] = {}
    width = len(HEADERS)
    last = get_column_letter(width)
    letters = [get_column_letter(i + 1) for i in range(width)]

    def cell(ref: str, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            index = strings.setdefault(value, len(strings))
            return f'<c r="{ref}" t="s"><v>{index}</v></c>'
        if isinstance(value, datetime):
            return f'<c r="{ref}" s="1"><v>{to_excel(value):g}</v></c>'
        return f'<c r="{ref}"><v>{value}</v></c>'

    def sheet_rows() -> Iterator[str]:
        for number, values in enumerate(
            chain([HEADERS], (generator.row(n) for n in range(rows))), 1
        ):
            cells = "".join(cell(f"{letters[i]}{number}", v) for i, v in enumerate(values))
            yield f'<row r="{number}">{cells}</row>'

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                f'xmlns="{main}"><dimension ref="A1:{last}{rows + 1}"/><sheetData>'.encode()
            )
            for row in sheet_rows():
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
        shared = "".join(f"<si><t>{_xml_text(s)}</t></si>" for s in strings)
        parts = {
            "[Content_Types].xml": (
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
            ),
            "_rels/.rels": (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                'Target="xl/workbook.xml"/></Relationships>'
            ),
            "xl/workbook.xml": (
                f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="客戶名單" '
                'sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
                'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
                f'Type="{rel}/styles" Target="styles.xml"/><Relationship Id="rId3" '
                f'Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
            ),
            "xl/styles.xml": (
                f'<styleSheet xmlns="{main}"><fonts count="1"><font><sz val="11"/></font>'
                '</fonts><fills count="1"><fill><patternFill patternType="none"/></fill>'
                '</fills><borders count="1"><border/></borders><cellStyleXfs count="1">'
                '<xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/>'
                '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs><cellStyles count="1">'
                '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
            ),
            "xl/sharedStrings.xml": (
                f'<sst xmlns="{main}" count="{len(strings)}" uniqueCount="{len(strings)}">'
                f"{shared}</sst>"
            ),
        }
        for name, text in parts.items():
            archive.writestr(
                name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text
            )


def plain_iteration(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for _row in wb.worksheets[0].iter_rows(values_only=True):
        count += 1
    wb.close()
    return count


def run_import(path: Path) -> int:
    result = read_customers(path, today=TODAY)
    if result.errors or result.file_errors:
        first = (result.errors or [None])[0]
        raise SystemExit(f"the generated file should import cleanly: {first or result.file_errors}")
    return result.valid


EXPORT_COLUMNS = [
    ExportColumn("name", "客戶名稱"),
    ExportColumn("record_type", "錄入資料類型"),
    ExportColumn("contact_person", "聯絡人"),
    ExportColumn("phones", "電話"),
    ExportColumn("id_number", "統一編號/身分證字號"),
    ExportColumn("email", "電子郵件"),
    ExportColumn("address", "地址"),
    ExportColumn("department", "部門"),
    ExportColumn("product_lines", "產品線"),
    ExportColumn("consultant", "顧問"),
    ExportColumn("event_date", "事件日期", ColumnKind.DATE),
    ExportColumn("grade", "等級"),
    ExportColumn("note", "備註"),
]


def export_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for draft in read_customers(path, today=TODAY).drafts:
        row = asdict(draft)
        row["record_type"] = draft.record_type.value
        row["grade"] = draft.grade.value if draft.grade else None
        rows.append(row)
    return rows


def plain_write(rows: list[dict[str, Any]], path: Path) -> None:
    keys = [column.key for column in EXPORT_COLUMNS]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客戶")
    for row in rows:
        ws.append(["、".join(v) if isinstance(v, tuple) else v for v in map(row.get, keys)])
    wb.save(path)


def open_services(folder: Path) -> Any:
    """A fresh encrypted database with its key in a file (no OS keyring touched)."""
    folder.mkdir(parents=True)
    return customers.open_services(folder, create=True)


def commit_run(source: Path, folder: Path, traced: bool) -> dict[str, float]:
    """services.customers.imports.preview + commit of the whole file into a new database: what the
    office's import costs end to end (the file read and checked, the database checks, every
    file numbered, versioned, indexed for search and audited in one transaction)."""
    services = open_services(folder)
    try:
        gm = services.auth.create_first_manager("manager", "Bench", "Bench-Password-2026!")
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        preview = services.customers.imports.preview(gm, source)
        previewed = time.perf_counter()
        # The generated grades sit near the caps; a product line may cross one by chance.
        done = services.customers.imports.commit(gm, preview, override_reason="bench")
        committed = time.perf_counter()
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else float("nan")
        if traced:
            tracemalloc.stop()
        return {
            "preview": previewed - started,
            "commit": committed - previewed,
            "written": done.written,
            "peak": peak,
        }
    finally:
        services.close()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def peak_mib(action: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def alternate(runs: int, actions: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    for action in actions.values():
        action()  # warm-up: disk cache, imports, caches
    times: dict[str, list[float]] = {name: [] for name in actions}
    for i in range(runs):
        order = list(actions.items())
        for name, action in order if i % 2 == 0 else reversed(order):
            times[name].append(timed(action))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="save the generated file here")
    parser.add_argument("--target", type=float, default=TARGET_RATIO)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--no-commit", action="store_true", help="skip the database import")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        source = args.keep or Path(folder) / "customers.xlsx"
        out = Path(folder) / "export.xlsx"
        started = time.perf_counter()
        generate(source, args.rows)
        print(f"generated {args.rows:,} rows in {time.perf_counter() - started:.1f} s: "
              f"{source.stat().st_size / 2**20:.1f} MiB")  # fmt: skip
        rows = export_rows(source)
        actions: dict[str, Callable[[], object]] = {
            "plain": lambda: plain_iteration(source),
            "import": lambda: run_import(source),
            "export": lambda: write_customers(rows, EXPORT_COLUMNS, out),
            "plain-w": lambda: plain_write(rows, Path(folder) / "plain.xlsx"),
        }
        times = alternate(args.runs, actions)
        medians = {name: statistics.median(values) for name, values in times.items()}
        # tracemalloc counts what is allocated after it starts: the export's input rows,
        # made before, are not part of its peak.
        peaks = {
            name: float("nan") if args.no_memory or name == "plain-w" else peak_mib(action)
            for name, action in actions.items()
        }
        export_size = out.stat().st_size / 2**20
        rows.clear()  # the export's input is not needed any more
        committed: dict[str, float] = {}
        if not args.no_commit:
            committed = commit_run(source, Path(folder) / "db1", traced=False)
            if not args.no_memory:
                committed["peak"] = commit_run(source, Path(folder) / "db2", traced=True)["peak"]

    ratio = medians["import"] / medians["plain"]
    print(f"{'':8}{'median s':>10}{'runs':>28}{'peak MiB':>10}")
    for name in actions:
        runs = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"{name:8}{medians[name]:>10.2f}{runs:>28}{peaks[name]:>10.1f}")
    print(f"export file {export_size:.1f} MiB (its peak excludes the rows handed to it); "
          f"export / plain-w = {medians['export'] / medians['plain-w']:.2f}x")  # fmt: skip
    if committed:
        total = committed["preview"] + committed["commit"]
        print(f"database import of {int(committed['written']):,} rows: preview (read, checks "
              f"against the database) {committed['preview']:.1f} s, commit (one transaction) "
              f"{committed['commit']:.1f} s, {total:.1f} s in all, "
              f"{committed['written'] / committed['commit']:,.0f} rows/s committed; "
              f"peak {committed['peak']:.1f} MiB")  # fmt: skip
    verdict = "PASS" if ratio <= args.target else "FAIL"
    print(f"import / plain = {ratio:.2f}x (target <= {args.target}x): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
