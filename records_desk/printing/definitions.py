"""Form definitions (forms/*.toml, schema in forms/README.md) loaded into typed dataclasses.
A bad definition is refused with the file and the field that is wrong."""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from records_desk.domain.common.errors import DomainError

FIELD_TYPES = ("text", "date", "datetime", "integer", "number", "money", "choice", "bool")
PAPERS = ("A4", "A5", "A3", "letter")
# The longest value a field takes when its definition says nothing (issue 10 §4): a header
# field or a cell 200 characters, a section 4,000; forms/README.md says how to set another.
DEFAULT_MAX_LENGTH = 200
DEFAULT_SECTION_MAX_LENGTH = 4000
_KEY = re.compile(r"^[a-z0-9_]+$")


def forms_dir() -> Path:
    """forms/ beside the package in a checkout; inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "forms"
    return Path(__file__).resolve().parents[2] / "forms"


class FormDefinitionError(Exception):
    def __init__(self, file: str, where: str, message: str) -> None:
        super().__init__(f"{file}: {where}: {message}")
        self.file, self.where, self.message = file, where, message


class UnknownForm(DomainError):
    def __init__(self, form_id: str) -> None:
        super().__init__(f"unknown form {form_id!r} (records-desk print --list shows them)")
        self.form_id = form_id


@dataclass(frozen=True)
class Field:
    key: str
    label_zh: str
    label_en: str
    type: str = "text"
    required: bool = False
    span: int = 1
    choices: tuple[str, ...] = ()
    max_length: int = DEFAULT_MAX_LENGTH


@dataclass(frozen=True)
class Column(Field):
    width: float = 1.0
    align: str = "left"
    wrap: bool = True
    total: int | None = None  # the column's values must add up to this (weights: 100)
    identifies: bool = False  # repeated when its row is carried over to the next page


@dataclass(frozen=True)
class Section:
    key: str
    label_zh: str
    label_en: str
    lines: int = 3
    max_length: int = DEFAULT_SECTION_MAX_LENGTH
    items: tuple[str, ...] = ()  # a checklist: each item pre-printed with a box to tick


@dataclass(frozen=True)
class Signature:
    key: str
    label_zh: str
    label_en: str
    date: bool = True


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    repeat_header: bool = True
    # Rows printed on the form itself (the criteria of an evaluation, a checklist): shown
    # when the form is printed blank or filled without rows of its own.
    preset: tuple[dict[str, str], ...] = ()
    legend_zh: str = ""  # a line under the table (grade thresholds…), printed always
    legend_en: str = ""


@dataclass(frozen=True)
class LabelSpec:
    fields: tuple[str, ...]
    barcode_field: str | None = None
    # A value printed large in a red box on its label (涉密 on a classified medium, R-MED-4).
    mark_field: str | None = None
    mark_value: str = ""
    # The barcode field also as a QR code beside the bars (a phone or a 2D scanner reads it;
    # R-MED-8: media labels carry both).
    qr: bool = False


@dataclass(frozen=True)
class FormDefinition:
    id: str
    title_zh: str
    title_en: str
    kind: str = "form"
    paper: str = "A4"
    orientation: str = "portrait"
    rule: str = ""
    record_number: str | None = None
    barcode: str = "code128"
    header_columns: int = 2
    blank_rows: int = 15
    footer_zh: str = ""
    footer_en: str = ""
    header: tuple[Field, ...] = ()
    table: Table | None = None
    sections: tuple[Section, ...] = ()
    signatures: tuple[Signature, ...] = ()
    labels: LabelSpec | None = None
    # Header keys repeated in the running head of every later page, so a loose page says
    # which paper it belongs to (the visit date and clerk; the customer and archive number).
    identify: tuple[str, ...] = ()
    source: str = field(default="", compare=False)

    def column(self, key: str) -> Column | None:
        if self.table is None:
            return None
        return next((c for c in self.table.columns if c.key == key), None)


class _Reader:
    """Pulls typed values out of one TOML table, naming the place of any mistake."""

    def __init__(self, file: str, where: str, raw: dict[str, Any]) -> None:
        self.file, self.where, self.raw = file, where, raw
        self.used: set[str] = set()

    def fail(self, message: str, key: str | None = None) -> FormDefinitionError:
        where = f"{self.where}.{key}" if key and self.where else (key or self.where or "form")
        return FormDefinitionError(self.file, where, message)

    def get(
        self,
        key: str,
        kind: type | tuple[type, ...],
        default: Any = ...,
        *,
        choices: tuple[Any, ...] = (),
    ) -> Any:
        self.used.add(key)
        if key not in self.raw:
            if default is ...:
                raise self.fail("is required", key)
            return default
        value = self.raw[key]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(f"must be a {getattr(kind, '__name__', 'number')}", key)
        if not isinstance(value, kind):
            name = kind.__name__ if isinstance(kind, type) else "number"
            raise self.fail(f"must be a {name}, not {type(value).__name__}", key)
        if choices and value not in choices:
            raise self.fail(f"must be one of {', '.join(map(str, choices))}", key)
        return value

    def key(self, name: str = "key") -> str:
        value = self.get(name, str)
        if not _KEY.match(value):
            raise self.fail("must be lower-case letters, digits and _", name)
        return value

    def done(self) -> None:
        unknown = sorted(set(self.raw) - self.used)
        if unknown:
            raise self.fail(f"unknown setting {unknown[0]!r}", unknown[0])


def _field(r: _Reader, cls: type[Field] = Field, **extra: Any) -> Any:
    kind = r.get("type", str, "text", choices=FIELD_TYPES)
    choices = tuple(r.get("choices", list, []))
    if kind == "choice" and not choices:
        raise r.fail("a choice field needs choices", "choices")
    return cls(
        key=r.key(),
        label_zh=r.get("label_zh", str),
        label_en=r.get("label_en", str),
        type=kind,
        required=r.get("required", bool, False),
        span=r.get("span", int, 1),
        choices=tuple(str(c) for c in choices),
        max_length=_max_length(r, DEFAULT_MAX_LENGTH),
        **extra,
    )


def _max_length(r: _Reader, default: int) -> int:
    value: int = r.get("max_length", int, default)
    if value < 1:
        raise r.fail("must be at least 1", "max_length")
    return value


def _items(r: _Reader, name: str) -> list[tuple[str, dict[str, Any]]]:
    raw = r.get(name, list, [])
    return [(f"{name}[{i}]", item) for i, item in enumerate(raw)]


def parse(raw: dict[str, Any], file: str) -> FormDefinition:
    r = _Reader(file, "", raw)
    header = []
    for where, item in _items(r, "header"):
        fr = _Reader(file, where, item)
        header.append(_field(fr))
        fr.done()
    table = None
    if "table" in raw:
        tr = _Reader(file, "table", r.get("table", dict))
        columns = []
        for where, item in _items(tr, "columns"):
            cr = _Reader(file, f"table.{where}", item)
            columns.append(
                _field(
                    cr,
                    Column,
                    width=float(cr.get("width", (int, float), 1)),
                    align=cr.get("align", str, "left", choices=("left", "center", "right")),
                    wrap=cr.get("wrap", bool, True),
                    total=cr.get("total", int, None),
                    identifies=cr.get("identifies", bool, False),
                )
            )
            cr.done()
        if not columns:
            raise tr.fail("a table needs at least one column", "columns")
        preset = []
        for where, item in _items(tr, "preset"):
            pr = _Reader(file, f"table.{where}", item)
            preset.append({c.key: str(pr.get(c.key, (str, int, float), "")) for c in columns})
            pr.done()
        table = Table(
            tuple(columns),
            tr.get("repeat_header", bool, True),
            tuple(preset),
            tr.get("legend_zh", str, ""),
            tr.get("legend_en", str, ""),
        )
        tr.done()
    sections = []
    for where, item in _items(r, "sections"):
        sr = _Reader(file, where, item)
        sections.append(
            Section(
                sr.key(),
                sr.get("label_zh", str),
                sr.get("label_en", str),
                sr.get("lines", int, 3),
                _max_length(sr, DEFAULT_SECTION_MAX_LENGTH),
                tuple(str(i) for i in sr.get("items", list, [])),
            )
        )
        sr.done()
    signatures = []
    for where, item in _items(r, "signatures"):
        gr = _Reader(file, where, item)
        signatures.append(
            Signature(
                gr.key(),
                gr.get("label_zh", str),
                gr.get("label_en", str),
                gr.get("date", bool, True),
            )
        )
        gr.done()
    kind = r.get("kind", str, "form", choices=("form", "labels"))
    labels = None
    if kind == "labels":
        lr = _Reader(file, "labels", r.get("labels", dict))
        labels = LabelSpec(
            tuple(lr.get("fields", list)),
            lr.get("barcode_field", str, None),
            lr.get("mark_field", str, None),
            lr.get("mark_value", str, ""),
            lr.get("qr", bool, False),
        )
        lr.done()
    definition = FormDefinition(
        id=r.key("id"),
        title_zh=r.get("title_zh", str),
        title_en=r.get("title_en", str),
        kind=kind,
        paper=r.get("paper", str, "A4", choices=PAPERS),
        orientation=r.get("orientation", str, "portrait", choices=("portrait", "landscape")),
        rule=r.get("rule", str, ""),
        record_number=r.get("record_number", str, None),
        barcode=r.get("barcode", str, "code128", choices=("code128", "qr", "code128+qr")),
        header_columns=r.get("header_columns", int, 2),
        blank_rows=r.get("blank_rows", int, 15),
        footer_zh=r.get("footer_zh", str, ""),
        footer_en=r.get("footer_en", str, ""),
        header=tuple(header),
        table=table,
        sections=tuple(sections),
        signatures=tuple(signatures),
        labels=labels,
        identify=tuple(str(k) for k in r.get("identify", list, [])),
        source=file,
    )
    r.done()
    _check_references(definition, r)
    return definition


def _check_references(d: FormDefinition, r: _Reader) -> None:
    header_keys = [f.key for f in d.header]
    column_keys = [c.key for c in d.table.columns] if d.table else []
    for keys, where in ((header_keys, "header"), (column_keys, "table.columns")):
        dupes = {k for k in keys if keys.count(k) > 1}
        if dupes:
            raise r.fail(f"duplicate key {sorted(dupes)[0]!r}", where)
    if d.record_number and d.record_number not in header_keys:
        raise r.fail(f"{d.record_number!r} is not a header key", "record_number")
    for key in d.identify:
        if key not in header_keys:
            raise r.fail(f"{key!r} is not a header key", "identify")
    if d.table:
        _check_preset(d.table, r)
    if d.labels:
        if not column_keys:
            raise r.fail("a label sheet takes its fields from [table] columns", "table")
        barcode = [d.labels.barcode_field] if d.labels.barcode_field else []
        mark = [d.labels.mark_field] if d.labels.mark_field else []
        for name in (*d.labels.fields, *barcode, *mark):
            if name not in column_keys:
                raise r.fail(f"{name!r} is not a table column", "labels")
    if Path(d.source).stem != d.id and d.source.endswith(".toml"):
        raise r.fail(f"id {d.id!r} differs from the file name", "id")


def _check_preset(table: Table, r: _Reader) -> None:
    """Pre-printed rows obey the column totals (weights add up to 100) as filled ones do."""
    for c in table.columns:
        if c.total is None or not any(row.get(c.key) for row in table.preset):
            continue  # none pre-printed: written in by hand, checked when filled
        try:
            total = sum(float(row[c.key] or 0) for row in table.preset)
        except ValueError:
            raise r.fail(f"column {c.key!r} must hold numbers", "table.preset") from None
        if total != c.total:
            raise r.fail(f"column {c.key!r} adds up to {total:g}, not {c.total}", "table.preset")


def load_file(path: Path) -> FormDefinition:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise FormDefinitionError(path.name, "TOML", str(e)) from None
    return parse(raw, path.name)


def load_form(form_id: str, folder: Path | None = None) -> FormDefinition:
    if not _KEY.match(form_id):
        raise UnknownForm(form_id)
    path = (folder or forms_dir()) / f"{form_id}.toml"
    if not path.exists():
        raise UnknownForm(form_id)
    return load_file(path)


def list_forms(folder: Path | None = None) -> list[FormDefinition]:
    """Every definition, sorted by id; a broken file raises (a test keeps them all valid)."""
    return [load_file(p) for p in sorted((folder or forms_dir()).glob("*.toml"))]
