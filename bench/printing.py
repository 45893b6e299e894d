"""Printing benchmark (issue 3, "Measure"): a 1,000-row 檔案借閱登記表 and a single 借閱單.

    .venv/bin/python bench/printing.py            (-n runs, --rows N, --worst)

Measured in one process, alternately, after one untimed warm-up each:
  engine   records_desk.printing.engine.render(loan_register, data, context): checking the
           data, title, header grid, the table with its header row on every page, wrapped
           cells, footers with 「第 x 頁,共 y 頁」 and the audit head, PDF bytes
  plain    a plain reportlab Table of the same rows (the strings the engine prints), the same
           font, column widths and paper, header row repeated, a grid: nothing else
  slip     engine.render(loan_slip, one filled slip)
Reported: median time and file size of each, the engine/plain ratio, and PASS/FAIL against the
targets (engine within 1.5x of plain; the one-page slip under 60 KB). Exit code 0 on PASS.

The register's rows come from this file's own generator: every required column filled, the
free-text columns (remarks, refiled-by …) filled in about one row in four, a few long enough
to wrap, as a real register reads. --worst fills every cell of every row instead.
The definitions are forms/loan_register.toml and forms/loan_slip.toml; if a checkout has
none, equivalent definitions built here are used.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from records_desk.printing import engine
from records_desk.printing.context import PrintContext
from records_desk.printing.data import validate
from records_desk.printing.definitions import FormDefinition, UnknownForm, load_form, parse
from records_desk.printing.fonts import register_font
from records_desk.printing.samples import sample_data, sample_value

TARGET_RATIO = 1.5
TARGET_SLIP_BYTES = 60 * 1024
CONTEXT = PrintContext(
    "王大明 (wang.dm)", datetime(2026, 11, 27, 9, 30, tzinfo=UTC), 4821, "9f" * 32
)
LONG_NOTE = "已按規定歸還原位，檔案完整無缺頁；借閱期間曾複印三頁，經檔案管理員同意。"

# Used only when forms/ has no loan_register.toml / loan_slip.toml.
FALLBACK_REGISTER: dict[str, Any] = {
    "id": "loan_register",
    "title_zh": "檔案借閱登記表",
    "title_en": "File loan register",
    "orientation": "landscape",
    "header_columns": 3,
    "header": [
        {"key": "period", "label_zh": "登記期間", "label_en": "Period"},
        {"key": "archivist", "label_zh": "檔案管理員", "label_en": "Archivist"},
    ],
    "table": {
        "columns": [
            {"key": "loan_no", "label_zh": "借閱編號", "label_en": "Loan no.", "width": 1.1},
            {"key": "borrower", "label_zh": "借閱人姓名", "label_en": "Borrower", "required": True},
            {"key": "content", "label_zh": "借閱內容", "label_en": "Content", "width": 2.8},
            {"key": "loan_time", "label_zh": "借閱時間", "label_en": "Loan time",
             "type": "datetime", "width": 1.25},
            {"key": "return_time", "label_zh": "歸還時間", "label_en": "Returned",
             "type": "datetime", "width": 1.25},
            {"key": "remarks", "label_zh": "備註", "label_en": "Remarks", "width": 1.3},
        ]
    },
}  # fmt: skip
FALLBACK_SLIP: dict[str, Any] = {
    "id": "loan_slip",
    "title_zh": "借閱單",
    "title_en": "File loan slip",
    "record_number": "loan_no",
    "blank_rows": 6,
    "header": [
        {"key": "loan_no", "label_zh": "借閱單號", "label_en": "Loan no.", "required": True},
        {"key": "borrower", "label_zh": "借閱人", "label_en": "Borrower", "required": True},
        {"key": "loan_time", "label_zh": "借閱時間", "label_en": "Loan time", "type": "datetime"},
    ],
    "table": {"columns": [{"key": "archive_no", "label_zh": "檔案編號", "label_en": "No."}]},
    "signatures": [{"key": "borrower", "label_zh": "借閱人簽名", "label_en": "Borrower"}],
}


def definition(form_id: str, fallback: dict[str, Any]) -> tuple[FormDefinition, str]:
    try:
        return load_form(form_id), f"forms/{form_id}.toml"
    except UnknownForm:
        return parse(fallback, f"{form_id}.toml"), "built in the bench"


def register_rows(d: FormDefinition, count: int, worst: bool, seed: int = 7) -> dict[str, Any]:
    """A register as it reads in an office: required columns always, free text now and then."""
    assert d.table is not None
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        row: dict[str, Any] = {}
        for c in d.table.columns:
            if c.required or c.type != "text" or worst or rng.random() < 0.25:
                row[c.key] = sample_value(c, rng, i)
        if "remarks" in row and (worst or rng.random() < 0.2):
            row["remarks"] = LONG_NOTE
        rows.append(row)
    header = {f.key: sample_value(f, rng) for f in d.header if f.type != "text" or f.required}
    return {"header": header, "rows": rows}


def plain_table(d: FormDefinition, data: dict[str, Any]) -> Callable[[], bytes]:
    """The baseline: the engine's printed strings in a plain Table, same font, widths, paper."""
    assert d.table is not None
    font = register_font()
    columns = d.table.columns
    filled = validate(d, data)
    cells = [[c.label_zh for c in columns]] + [[r[c.key] for c in columns] for r in filled.rows]
    width, height = engine.page_size(d)
    frame = width - 2 * engine.SIDE_MARGIN
    total = sum(c.width for c in columns)
    col_widths = [frame * c.width / total for c in columns]

    def build() -> bytes:
        out = BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=(width, height),
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            initialFontName=font,
        )
        table = Table(cells, colWidths=col_widths, repeatRows=1)
        table.setStyle(
            [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.4, "black")]
        )
        doc.build([table])
        return out.getvalue()

    return build


def timed(fn: Callable[[], bytes]) -> tuple[float, bytes]:
    start = time.perf_counter()
    pdf = fn()
    return (time.perf_counter() - start) * 1000, pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--worst", action="store_true", help="every cell of every row filled")
    args = parser.parse_args()

    register, register_from = definition("loan_register", FALLBACK_REGISTER)
    slip, slip_from = definition("loan_slip", FALLBACK_SLIP)
    data = register_rows(register, args.rows, args.worst)
    slip_data = sample_data(slip, 1, seed=3)
    runs: dict[str, Callable[[], bytes]] = {
        "plain": plain_table(register, data),
        "engine": lambda: engine.render(register, data, CONTEXT),
        "slip": lambda: engine.render(slip, slip_data, CONTEXT),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    output: dict[str, bytes] = {name: fn() for name, fn in runs.items()}  # warm-up
    for i in range(args.n):
        order = list(runs) if i % 2 == 0 else list(reversed(runs))
        for name in order:
            ms, output[name] = timed(runs[name])
            times[name].append(ms)

    median = {name: statistics.median(ms) for name, ms in times.items()}
    print(f"register: {register_from}, {args.rows} rows{' (worst case)' if args.worst else ''}")
    print(
        f"slip:     {slip_from}; runs: {args.n} each, alternating; python {sys.version.split()[0]}"
    )
    print(f"{'':8} {'median ms':>10} {'min ms':>8} {'pages':>6} {'size KB':>8}")
    for name in runs:
        pdf = output[name]
        print(
            f"{name:8} {median[name]:10.0f} {min(times[name]):8.0f} "
            f"{engine.page_count(pdf):6} {len(pdf) / 1024:8.1f}"
        )
    ratio = median["engine"] / median["plain"]
    slip_bytes = len(output["slip"])
    ratio_ok = ratio <= TARGET_RATIO
    slip_ok = slip_bytes < TARGET_SLIP_BYTES and engine.page_count(output["slip"]) == 1
    print(f"ratio engine / plain: {ratio:.2f}x (target <= {TARGET_RATIO}x) ", end="")
    print("PASS" if ratio_ok else "FAIL")
    print(f"slip: {slip_bytes / 1024:.1f} KB, one page (target < 60 KB) ", end="")
    print("PASS" if slip_ok else "FAIL")
    print("PASS" if ratio_ok and slip_ok else "FAIL")
    return 0 if ratio_ok and slip_ok else 1


if __name__ == "__main__":
    sys.exit(main())
