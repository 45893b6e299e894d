"""Printing forms to PDF from the command line:

    records-desk forms list                                   (alias: print --list)
    records-desk --user U forms print FORM_ID --blank -o OUT.pdf     (alias: print …)
    records-desk --user U forms print FORM_ID --data FILE.json -o OUT.pdf
    records-desk --user U forms print LABEL_FORM … [--grid CxR] [--offset X,Y] [--start R,C]
                                                 [--calibration]

A feature whose records fill forms adds its own options through its CLI module's
`PRINT_SOURCE` (customers: `--customer`, `--entries`). Everything that can be checked is
checked before the password is asked: the form, the data file and the label layout. The PDF
is written atomically and the save is audited (R-AUD-1).

FORM_ID is a form's id, or its name in the regulation for the five annexes of 第五篇: 附件1
(appraisal_form), 附件2 (periodic_review), 附件3 (blacklist), 附件4 (customer_survey), 附件5
(visit_report) — also written 附件 1, 附件一, annex1 or "Annex 1" (issue 10: `forms print 附件1`
found no form). An unknown name is refused in one line naming the valid ones."""

from __future__ import annotations

import argparse
import importlib
import re
import unicodedata
from pathlib import Path
from typing import Any

from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    PrintSource,
    SubParsers,
    command,
    save_printed,
    signed_in,
    verbs,
)
from records_desk.cli.helptext import later
from records_desk.wording import describe
from records_desk.wording.language import sub, translate

DESCRIPTION = later.translate(
    "CommandHelp",
    "Print a form to a PDF file: blank, filled from a JSON file (the shape is in "
    "forms/README.md), or from the records (--customer, --entries). FORM_ID is a form's id or "
    "its annex name (annex1 … annex5). Every saved file is audited.",
)

# 第五篇's annexes, by the number the regulation gives them, and the forms that reproduce them.
ANNEXES = {
    "1": "appraisal_form",
    "2": "periodic_review",
    "3": "blacklist",
    "4": "customer_survey",
    "5": "visit_report",
}
_ANNEX_NAME = re.compile(r"(?:附件|annex)([1-9一二三四五六七八九])")
_CHINESE_DIGITS = dict(zip("一二三四五六七八九", "123456789", strict=True))


def form_id_of(name: str) -> str:
    """The form id for `name`: an annex name (附件1, 附件 1, 附件一, annex1, Annex 1) or a form's
    title as `forms list` shows it (借閱單, 附件1 銷售客戶審核評價表, File loan slip) gives its
    form's id; anything else is returned as it is (an id, or an unknown name)."""
    tidy = _tidy(name)
    found = _ANNEX_NAME.fullmatch(tidy)
    if found is not None:
        return ANNEXES.get(_CHINESE_DIGITS.get(found[1], found[1]), name)
    return _titles().get(tidy, name)


def _tidy(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split()).lower()


def _titles() -> dict[str, str]:
    """Every way `forms list` names a form, tidied, -> its id."""
    from records_desk.printing.definitions import list_forms

    names: dict[str, str] = {}
    for d in list_forms():
        annex = annex_of(d.id)
        for title in (d.title_zh, d.title_en):
            names[_tidy(title)] = d.id
            if annex:
                names[_tidy(f"{annex}{title}")] = d.id
        names[_tidy(f"{d.title_zh}{d.title_en}")] = d.id
    return names


def annex_of(form_id: str) -> str:
    """附件N for a form that reproduces an annex, else ""."""
    return next((f"附件{n}" for n, f in ANNEXES.items() if f == form_id), "")


def known_forms() -> str:
    """The valid names, for a refusal, in the command line's language: each id with its annex
    name (English), or with its annex name and title as `forms list` shows it (Chinese)."""
    from records_desk.printing.definitions import list_forms
    from records_desk.wording.language import current_language

    if current_language() == "en":
        forms = list_forms()
        return ", ".join(f"{d.id} ({annex_of(d.id)})" if annex_of(d.id) else d.id for d in forms)
    names = []
    for d in list_forms():
        annex = annex_of(d.id)
        names.append(f"{d.id}（{annex + ' ' if annex else ''}{d.title_zh}）")
    return "、".join(names)


def unknown_form(name: str) -> str:
    text = translate("CommandLine", "%1: unknown form; the forms are: %2")
    return sub(text, name, known_forms())


def print_sources() -> list[PrintSource]:
    """The features' PRINT_SOURCE, where they have one."""
    from records_desk.features import features

    found: list[PrintSource] = []
    for feature in features():
        if feature.cli:
            source = getattr(importlib.import_module(feature.cli), "PRINT_SOURCE", None)
            if source is not None:
                found.append(source)
    return found


def register(sub: SubParsers) -> None:
    forms = sub.add_parser("forms", help=later.translate("CommandHelp", "the printed forms"))
    forms_verbs = verbs(forms, "forms")
    command(
        forms_verbs,
        "list",
        cmd_list,
        help=later.translate("CommandHelp", "list the forms (no sign-in needed)"),
    )
    _print_arguments(
        command(
            forms_verbs,
            "print",
            cmd_print,
            help=later.translate("CommandHelp", "print a form to a PDF file"),
            description=DESCRIPTION,
        )  # fmt: skip
    )
    # Today's spelling: print FORM_ID … and print --list.
    _print_arguments(
        command(
            sub,
            "print",
            cmd_print,
            description=DESCRIPTION,
            help=later.translate(
                "CommandHelp", "print a form to a PDF file (same as: forms print; print --list)"
            ),
        )  # fmt: skip
    )


def _print_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument("form_id", nargs="?", metavar="FORM_ID")
    prn.add_argument(
        "--list",
        action="store_true",
        help=later.translate("CommandHelp", "list the forms (no sign-in needed)"),
    )
    prn.add_argument(
        "--blank",
        action="store_true",
        help=later.translate("CommandHelp", "the form blank, to fill in by hand"),
    )
    prn.add_argument(
        "--data",
        type=Path,
        metavar="FILE.json",
        help=later.translate("CommandHelp", "fill the form from JSON"),
    )
    prn.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.pdf",
        help=later.translate("CommandHelp", "the PDF to write"),
    )
    prn.add_argument(
        "--grid",
        metavar="CxR",
        help=later.translate("CommandHelp", "label sheets: labels across x down (3x8)"),
    )
    prn.add_argument(
        "--offset",
        metavar="X,Y",
        help=later.translate("CommandHelp", "label sheets: shift in mm (1.5,-0.5)"),
    )
    prn.add_argument(
        "--start",
        metavar="ROW,COL",
        help=later.translate(
            "CommandHelp",
            "label sheets: the first free label of a part-used sheet (2,3: row 2, column 3)",
        ),
    )
    prn.add_argument(
        "--calibration",
        action="store_true",
        help=later.translate("CommandHelp", "label sheets: the calibration page"),
    )
    for source in print_sources():
        source.add_arguments(prn)


def cmd_list(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.printing.definitions import list_forms

    forms = list_forms()
    width = max((len(d.id) for d in forms), default=0)  # customer_registration is 21 wide
    for d in forms:
        annex = annex_of(d.id)
        print(
            f"{d.id:<{width}}  {d.kind:<7} {annex + ' ' if annex else ''}{d.title_zh}　{d.title_en}"
        )
    return ExitCode.OK


def cmd_print(args: argparse.Namespace, db_path: Office) -> int:
    """Checks everything it can before asking for a password: the form, the data file and the
    label layout. The PDF goes to a temporary file beside OUT.pdf and is renamed only once it
    is complete, so a failure never leaves a file behind; the save is audited (R-AUD-1)."""
    from records_desk.printing import data as form_data
    from records_desk.printing.definitions import FormDefinitionError, UnknownForm, load_form

    if args.form_id:
        args.form_id = form_id_of(args.form_id)
    for source in print_sources():
        if source.wanted(args):
            return int(source.run(args, db_path))
    if args.list:
        return cmd_list(args, db_path)
    try:
        _check_print_args(args)
        definition = load_form(args.form_id) if args.form_id else None
    except UnknownForm as e:
        raise CliError(unknown_form(e.form_id)) from e
    except FormDefinitionError as e:
        text = translate("CommandLine", "%1: %2: %3 (a broken form definition)")
        raise CliError(sub(text, e.file, e.where, e.message)) from e
    data = _read_json(args.data) if args.data else None
    if definition is not None and not args.calibration:
        try:
            form_data.validate(definition, data)
        except form_data.FormDataError as e:
            raise CliError(sub("%1: %2", args.data or definition.id, describe(e))) from e
    layout = _label_layout(args, definition)

    with signed_in(args, db_path) as (services, principal):
        try:
            if args.calibration:
                printed = services.printing.render_calibration(principal, layout)
            else:
                # validate() above accepted it: a JSON object, or None for --blank.
                assert data is None or isinstance(data, dict)
                printed = services.printing.render(principal, args.form_id, data, layout)
        except form_data.LabelDataError as e:  # a label the sheet cannot print
            raise CliError(sub("%1: %2", args.data, describe(e))) from e
        except ValueError as e:  # a layout printing/ refused after the checks above
            text = translate("CommandLine", "%1 cannot be printed on this label layout: %2")
            raise CliError(sub(text, args.form_id or "calibration", e)) from e
        save_printed(services, principal, printed, args.output)
    return ExitCode.OK


def _check_print_args(args: argparse.Namespace) -> None:
    if not args.output:
        raise CliError(translate("CommandLine", "print needs -o OUT.pdf (or --list)"))
    if args.calibration:
        if args.blank or args.data:
            raise CliError(
                translate("CommandLine", "--calibration takes neither --blank nor --data")
            )
        return
    if not args.form_id:
        raise CliError(
            translate("CommandLine", "print needs a FORM_ID (records-desk forms list shows them)")
        )
    if args.blank == bool(args.data):
        raise CliError(
            translate("CommandLine", "print needs exactly one of --blank and --data FILE.json")
        )


def _read_json(path: Path) -> object:
    import json

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(sub(translate("CommandLine", "%1: not UTF-8 text"), path)) from None
    except OSError as e:
        raise CliError(
            sub(translate("CommandLine", "%1: cannot read: %2"), path, e.strerror or e)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        text = translate("CommandLine", "%1: line %2 column %3: not valid JSON")
        raise CliError(sub(text, path, e.lineno, e.colno)) from None


def _label_layout(args: argparse.Namespace, definition: object) -> Any:
    """--grid/--offset over the declared setting defaults; None for ordinary forms."""
    from records_desk.printing.definitions import FormDefinition

    is_labels = isinstance(definition, FormDefinition) and definition.kind == "labels"
    if not (is_labels or args.calibration):
        if args.grid or args.offset or args.start:
            raise CliError(
                translate("CommandLine", "--grid, --offset and --start are for label sheets")
            )
        return None
    from records_desk.printing.engine import LabelsUnavailable, labels_module
    from records_desk.printing.label_layout import MAX_OFFSET_MM, MIN_LABEL_MM
    from records_desk.settings import Options

    columns, rows = Options.LABEL_COLUMNS.default, Options.LABEL_ROWS.default
    dx, dy = Options.LABEL_OFFSET_X_MM.default, Options.LABEL_OFFSET_Y_MM.default
    if args.grid:
        grid = re.fullmatch(r"\s*(\d+)\s*[x×X]\s*(\d+)\s*", args.grid)
        if not grid or not (int(grid[1]) and int(grid[2])):
            raise CliError(
                sub(
                    translate("CommandLine", "--grid %1: expected COLUMNSxROWS, e.g. 3x8"),
                    args.grid,
                )
            )
        columns, rows = int(grid[1]), int(grid[2])
    if args.offset:
        try:
            dx, dy = (float(v) for v in args.offset.split(","))
        except ValueError:
            raise CliError(
                sub(
                    translate("CommandLine", "--offset %1: expected X,Y in mm, e.g. 1.5,-0.5"),
                    args.offset,
                )
            ) from None
        if not (abs(dx) <= MAX_OFFSET_MM and abs(dy) <= MAX_OFFSET_MM):
            text = translate(
                "CommandLine",
                "--offset %1: at most %2 mm either way; check the paper size and the "
                "printer's scaling instead",
            )
            raise CliError(sub(text, args.offset, f"{MAX_OFFSET_MM:g}"))
    start = None
    if args.start:
        if args.calibration:
            raise CliError(
                translate("CommandLine", "--start is for label sheets, not the calibration page")
            )
        found = re.fullmatch(r"\s*(\d+)\s*,\s*(\d+)\s*", args.start)
        if not found:
            raise CliError(
                sub(
                    translate(
                        "CommandLine", "--start %1: expected ROW,COLUMN counted from 1, e.g. 2,3"
                    ),
                    args.start,
                )
            )
        start = int(found[1]), int(found[2])
        if not (1 <= start[0] <= rows and 1 <= start[1] <= columns):
            text = translate(
                "CommandLine", "--start %1: not on a %2×%3 sheet (%3 rows, %2 columns)"
            )
            raise CliError(sub(text, args.start, columns, rows))
    paper = definition.paper if isinstance(definition, FormDefinition) else "A4"
    try:
        layout = labels_module().LabelLayout(
            columns=columns, rows=rows, offset_x_mm=dx, offset_y_mm=dy, paper=paper
        )
        return layout.start_position(*start) if start else layout
    except LabelsUnavailable as e:
        text = translate("CommandLine", "label sheets cannot be printed by this installation")
        raise CliError(text) from e
    except ValueError as e:  # labels too small, or a grid off the paper
        text = translate(
            "CommandLine",
            "%1×%2 labels do not fit on %3 paper (a label needs at least %4 × %5 mm): "
            "choose another --grid",
        )
        least = (f"{mm:g}" for mm in MIN_LABEL_MM)
        raise CliError(sub(text, columns, rows, paper, *least)) from e
