"""Command-line Excel exchange of the media inventory (issue 13 §7):

    records-desk --user U media export -o OUT.xlsx [--state S] [--type T]
                 [--classified | --unclassified] [--department D] [--due] [--json]
    records-desk --user U media import FILE.xlsx [--sheet NAME] [--dry-run] [--json]
                 [--strict] [--report OUT.xlsx]

The import mirrors `customers import` (cli/customers_exchange.py): exit 0 when imported (or
valid with --dry-run), 2 when any row is wrong — then nothing is written; its problems are
printed one a line naming Excel's row and column, or with --json as
`{"rows", "valid", "imported", "refused", "errors": [{"row", "column", "value", "problem"}],
"warnings": [...]}` ("errors_not_listed" / "warnings_not_listed" when over LISTED_PROBLEMS).
--strict makes warnings errors (listed once, as errors). A refusal of the whole command (no
right, no such file, a number taken meanwhile) is one line, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from records_desk.cli.common import CliError, ExitCode, Office, SubParsers, command, signed_in
from records_desk.cli.exchange_lines import (
    LISTED_PROBLEMS,
    check_folder,
    counted,
    problem_line,
    warning,
)
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.media.dto import MediaFilter

STATES = ("registered", "ready", "issued", "returned", "in_repair", "disposed", "lost")
TYPES = ("usb", "hdd", "optical", "tape", "card", "floppy")


def register(media_verbs: SubParsers) -> None:
    """`media export` and `media import`, beside the inventory's other verbs."""
    out = command(
        media_verbs,
        "export",
        cmd_export,
        help=later.translate(
            "CommandHelp", "write the inventory (or the part the filters show) to Excel"
        ),
    )
    out.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    out.add_argument(
        "--state", choices=STATES, help=later.translate("CommandHelp", "only media in this state")
    )
    out.add_argument("--type", choices=TYPES, dest="media_type")
    out.add_argument("--department", metavar="D")
    secret = out.add_mutually_exclusive_group()
    for flag, value in (("--classified", True), ("--unclassified", False)):
        secret.add_argument(flag, dest="classified", action="store_const", const=value)
    out.add_argument(
        "--due", action="store_true", help=later.translate("CommandHelp", "due for a stocktake")
    )
    out.add_argument("--json", action="store_true")

    read = command(
        media_verbs,
        "import",
        cmd_import,
        help=later.translate(
            "CommandHelp", "register the media of an Excel list, all of them or none"
        ),
    )
    read.add_argument("file", type=Path, metavar="FILE.xlsx")
    read.add_argument("--sheet", metavar="NAME")
    read.add_argument(
        "--dry-run",
        action="store_true",
        help=later.translate("CommandHelp", "check only, write nothing"),
    )
    read.add_argument("--json", action="store_true")
    read.add_argument(
        "--strict",
        action="store_true",
        help=later.translate("CommandHelp", "warnings stop the import too"),
    )
    read.add_argument(
        "--report",
        type=Path,
        metavar="OUT.xlsx",
        help=later.translate(
            "CommandHelp", "save every problem found (row, column, value, problem)"
        ),
    )


def export_filter(args: argparse.Namespace) -> MediaFilter:
    from records_desk.domain.media.vocabulary import MediumState, MediumType
    from records_desk.services.media.dto import MediaFilter

    state = MediumState(args.state) if args.state else None
    kind = MediumType(args.media_type) if args.media_type else None
    return MediaFilter(state, kind, args.classified, args.department, args.due)


def cmd_export(args: argparse.Namespace, db_path: Office) -> int:
    check_folder(args.output)
    with signed_in(args, db_path) as (services, principal):
        done = services.media.exchange.export(principal, args.output, export_filter(args))
    if args.json:
        print(json.dumps({"file": str(args.output), "rows": done.rows}, ensure_ascii=False))
        return ExitCode.OK
    media = counted(done.rows, translate("CommandLine", "1 medium"),
                    translate("CommandLine", "%1 media"))  # fmt: skip
    print(sub(translate("CommandLine", "wrote %1: %2"), args.output, media))
    return ExitCode.OK


def cmd_import(args: argparse.Namespace, db_path: Office) -> int:
    """Preview, then commit unless --dry-run (module docstring)."""
    from records_desk.domain.common.errors import DomainError
    from records_desk.wording import describe

    if not args.file.is_file():
        raise CliError(sub(translate("CommandLine", "%1: no such file"), args.file))
    if args.report:
        check_folder(args.report)
    refused: DomainError | None = None
    imported = 0
    with signed_in(args, db_path) as (services, principal):
        exchange = services.media.exchange
        preview = exchange.preview(principal, args.file, args.sheet, strict=args.strict)
        if args.report:
            preview.save_report(args.report)
        if preview.ok and not args.dry_run:
            try:
                imported = exchange.commit(principal, preview).imported
            except DomainError as e:  # an empty list; a number taken meanwhile by another desk
                refused = e
    errors, warnings = preview.error_lines(), preview.warning_lines()
    if args.json:
        out: dict[str, object] = {"rows": preview.rows, "valid": preview.valid,
                                  "imported": imported, "refused": preview.refused}  # fmt: skip
        for key, lines in (("errors", errors), ("warnings", warnings)):
            out[key] = lines[:LISTED_PROBLEMS]
            if len(lines) > LISTED_PROBLEMS:
                out[f"{key}_not_listed"] = len(lines) - LISTED_PROBLEMS
        print(json.dumps(out, ensure_ascii=False))
    else:
        _print_outcome(args, preview.rows, preview.valid, preview.refused, imported,
                       errors, warnings)  # fmt: skip
    if refused is not None:
        print(f"records-desk: {describe(refused)}", file=sys.stderr)
    return ExitCode.OK if preview.ok and refused is None else ExitCode.ERROR


def _print_outcome(
    args: argparse.Namespace,
    rows: int,
    valid: int,
    refused: int,
    imported: int,
    errors: list[dict[str, object]],
    warnings: list[dict[str, object]],
) -> None:
    for line in errors[:LISTED_PROBLEMS]:
        print(problem_line(line))
    if len(errors) > LISTED_PROBLEMS:
        print(sub(translate("CommandLine", "… and %1 more problems"),
                  len(errors) - LISTED_PROBLEMS))  # fmt: skip
    for line in warnings[:LISTED_PROBLEMS]:
        print(warning(problem_line(line)), file=sys.stderr)
    read = counted(rows, translate("CommandLine", "1 row"), translate("CommandLine", "%1 rows"))
    summary = (
        translate("CommandLine", "%1: %2 valid, %3 refused; nothing written (dry run)")
        if args.dry_run
        else translate("CommandLine", "%1: %2 valid, %3 refused, %4 written")
    )
    print(sub(summary, read, valid, refused, imported))
    if args.report:
        print(sub(translate("CommandLine", "report saved to %1"), args.report))
