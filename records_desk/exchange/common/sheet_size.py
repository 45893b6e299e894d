"""How many rows an xlsx sheet holds, counted before the workbook is opened (issue 9,
finding 8: a 1,048,575-row list took 48 s and 1.06 GB before a word was said).

openpyxl reads a workbook's whole shared-string table when it opens it (73 MiB for 100,000
rows, ten times that for a full sheet), and reading rows costs ~0.1 ms each; so the import's
row limit is checked first here, on the sheet's XML as it comes out of the zip: a row is
counted when it holds a value (`<v>` or an inline string `<is>`), a formatted but empty row is
not. The XML is streamed in 1 MiB pieces and the count stops at the first row over the limit,
so a refusal costs a fraction of a second and a few MiB whatever the file's size.

Decisions: this is an upper bound of the rows the import would read (a row of spaces only
counts here, and the title and header rows are among them); exchange/customers/imports.py
allows for the header search rows and still counts the rows it reads. Anything this cannot
make sense of (not a zip, no workbook part, a sheet part missing) returns None: the import
opens the file as before and reports it as it always has.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
# A row without a value: nothing but empty cells (styled, say) between its tags; the plain
# form (no namespace prefix, as Excel and openpyxl write) starts with a literal the regex
# engine searches for quickly.
_EMPTY_ROW = re.compile(rb"<row\b[^>]*>(?:\s*<c\b[^>]*(?:/>|>\s*</c>))*\s*</row>")
_EMPTY_PREFIXED_ROW = re.compile(
    rb"<(?:\w+:)?row\b[^>]*>(?:\s*<(?:\w+:)?c\b[^>]*(?:/>|>\s*</(?:\w+:)?c>))*\s*</(?:\w+:)?row>"
)
_CHUNK = 1 << 20


def _sheet_parts(archive: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    """(name, part path) of every worksheet, in the workbook's order."""
    workbook = "xl/workbook.xml"
    for rel in ElementTree.fromstring(archive.read("_rels/.rels")).iter(f"{_PKG_REL}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            workbook = rel.get("Target", workbook).lstrip("/")
    folder, name = posixpath.split(workbook)
    rels = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", name + ".rels")))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
    for sheet in ElementTree.fromstring(archive.read(workbook)).iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"))
        if target:
            part = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            yield sheet.get("name", ""), posixpath.normpath(part)


def _complete_rows_end(text: bytes) -> int:
    """Where the last row closed in `text` ends (0: none did)."""
    end = len(text)
    while (at := text.rfind(b"row>", 0, end)) >= 0:
        opening = text.rfind(b"<", 0, at)
        if opening >= 0 and text[opening + 1 : opening + 2] == b"/":
            return at + 4
        end = at
    return 0


def valued_rows(source: IO[bytes], stop_after: int) -> int:
    """Rows holding a value in a sheet's XML, counted up to `stop_after` + 1 at most: the
    closed rows less those of empty cells only, a piece of whole rows at a time (C speed:
    a row costs no Python step)."""
    count = 0
    tail = b""
    while chunk := source.read(_CHUNK):
        text = tail + chunk
        cut = _complete_rows_end(text)
        whole, tail = text[:cut], text[cut:]
        if ends := whole.count(b"</row>"):
            count += ends - len(_EMPTY_ROW.findall(whole))
        elif whole:  # rows written with a namespace prefix (<x:row>)
            count += len(_ROW_END.findall(whole)) - len(_EMPTY_PREFIXED_ROW.findall(whole))
        if count > stop_after:
            return stop_after + 1
    return count


def sheet_names(path: str | Path) -> list[str]:
    """The names of the workbook's sheets, in order, read from its workbook part alone (not
    by opening it with openpyxl, which reads every shared string first); [] when it cannot."""
    try:
        with zipfile.ZipFile(path) as archive:
            return [name for name, _ in _sheet_parts(archive)]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return []


def largest_sheet_rows(
    path: str | Path, wanted: Callable[[str], bool] | None, stop_after: int
) -> int | None:
    """The valued rows of the largest of the sheets `wanted` accepts by name (None: every
    sheet), counted up to `stop_after` + 1; None when the file cannot be looked into so."""
    try:
        with zipfile.ZipFile(path) as archive:
            largest = 0
            for name, part in list(_sheet_parts(archive)):
                if wanted is not None and not wanted(name):
                    continue
                with archive.open(part) as source:
                    largest = max(largest, valued_rows(source, stop_after))
                if largest > stop_after:
                    break
            return largest
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return None
