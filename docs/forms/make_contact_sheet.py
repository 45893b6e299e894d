"""Renders every form (forms/*.toml) blank and filled with the sample data in docs/forms/data/,
and writes the first page of each as docs/forms/<id>.png (filled) and docs/forms/<id>-blank.png
(blank, as printed to fill in by hand): the contact sheet.

    .venv/bin/python docs/forms/make_contact_sheet.py [--all OUTDIR] [--dpi 50]

--all also writes every page of the blank and the filled PDF, and their PNGs, to OUTDIR for
a closer look. Needs pdftoppm (poppler-utils)."""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from records_desk.printing.context import PrintContext
from records_desk.printing.definitions import list_forms
from records_desk.printing.engine import render

HERE = Path(__file__).resolve().parent
CONTEXT = PrintContext(
    printed_by="周美玲 (archivist)",
    printed_at=datetime(2026, 11, 27, 9, 30, tzinfo=UTC),
    audit_seq=1042,
    audit_hash="3f9a1c0e7b5d2a8c4e6f1b3d5a7c9e0f",
)


def png(pdf: Path, stem: Path, dpi: int, first_only: bool) -> None:
    pages = ["-f", "1", "-l", "1", "-singlefile"] if first_only else []
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), *pages, str(pdf), str(stem)], check=True)
    if first_only:  # the committed contact sheet: 16 greys are plenty for black-on-white forms
        image = Path(f"{stem}.png")
        Image.open(image).convert("L").quantize(16).save(image, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", type=Path, help="also write every page, blank and filled, here")
    parser.add_argument("--dpi", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for d in list_forms():
            data = json.loads((HERE / "data" / f"{d.id}.json").read_text(encoding="utf-8"))
            for suffix, content in (("", data), ("-blank", None)):
                pdf = Path(tmp) / f"{d.id}{suffix}.pdf"
                pdf.write_bytes(render(d, content, CONTEXT))
                png(pdf, HERE / f"{d.id}{suffix}", args.dpi, first_only=True)
            if args.all:
                args.all.mkdir(parents=True, exist_ok=True)
                for kind, content in (("blank", None), ("filled", data)):
                    pdf = args.all / f"{d.id}-{kind}.pdf"
                    pdf.write_bytes(render(d, content, CONTEXT))
                    png(pdf, args.all / f"{d.id}-{kind}", 60, first_only=False)
            print(d.id, d.title_zh)


if __name__ == "__main__":
    main()
