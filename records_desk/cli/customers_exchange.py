"""Command-line Excel exchange of customer files:

    records-desk --user U customers import FILE.xlsx [--sheet NAME] [--dry-run]
                 [--report OUT.xlsx] [--json] [--override-reason TEXT] [--strict]
    records-desk --user U customers export -o OUT.xlsx [--query TEXT] [--include-void]
    records-desk --user U customers sms -o OUT.xlsx [--query TEXT]

and today's spellings `import customers FILE.xlsx`, `export customers -o OUT.xlsx`,
`export sms -o OUT.xlsx`. The import's exit codes and --json shape are a contract: 0 when
imported (or valid with --dry-run), 2 when any row is invalid (then nothing is written).

Issue 9 (finding 8): the problems listed stop after the first LISTED_PROBLEMS (1,000); the text
output ends them with "… and N more problems", --json adds the key "errors_not_listed": N
(only when some were left out; the saved --report keeps them all). A file of more than
--max-rows rows (exchange's MAX_ROWS, 200,000) is refused with one line, and with one error in
--json.

Issue 10: a missing field is no refusal (the file is written with the gap, a data-quality
problem); a missing column is one column problem ("column_problems" in --json); a suspicious
value (a phone, e-mail or ID failing its check, a likely duplicate) is a warning — imported and
listed ("warnings": [{"row", "column", "value", "problem"}]); --strict makes warnings errors.
--json's "refused" counts the rows with errors: rows = valid + refused.

Issue 10 (wording): every line the import and the exports print is in the command line's
language, the frame as well as the problems ("第 6 列 F 欄：…", not "row 6 column F: …"), with
a singular for one ("1 row", "1 customer file"); rule codes stay in the docs and in --json.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    SubParsers,
    command,
    signed_in,
    verbs,
)
from records_desk.cli.exchange_lines import LISTED_PROBLEMS
from records_desk.cli.exchange_lines import check_folder as _check_folder
from records_desk.cli.exchange_lines import counted as _counted
from records_desk.cli.exchange_lines import problem_line as _problem_line
from records_desk.cli.exchange_lines import warning as _warning
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.customers.imports import ImportPreview

EXIT_INVALID_ROWS = ExitCode.ERROR  # the contract: any invalid row -> 2, nothing written


class _Help(TypedDict):
    """The add_parser keywords a command's help is given as."""

    description: str
    help: str


IMPORT_HELP = _Help(
    description=later.translate(
        "CommandHelp",
        "Read an xlsx customer list, check every row, and register all of them in "
        "one transaction — or none: exit 0 when imported (or valid with --dry-run), 2 when "
        "any row is invalid (then nothing is written). Empty fields are imported and listed in "
        "data quality; suspicious values (a phone, e-mail or ID failing its check, a likely "
        "duplicate) are imported and listed as warnings. The batch is audited.",
    ),
    help=later.translate("CommandHelp", "import customer files from an Excel list"),
)
EXPORT_HELP = _Help(
    description=later.translate(
        "CommandHelp",
        "Write the customer list (all files, or those matching --query, as the "
        "customers tab finds them) to an xlsx file. The export is audited with its row count.",
    ),
    help=later.translate("CommandHelp", "export customer files to Excel"),
)
SMS_HELP = later.translate(
    "CommandHelp", "name + mobile for the holiday SMS (no blacklisted or void customers)"
)


def register(customer_verbs: SubParsers, sub: SubParsers) -> None:
    """`customers import|export|sms`, and the older `import customers`, `export customers|sms`."""
    _import_arguments(command(customer_verbs, "import", cmd_import, **IMPORT_HELP))
    _export_arguments(command(customer_verbs, "export", cmd_export, **EXPORT_HELP), sms=False)
    _export_arguments(command(customer_verbs, "sms", cmd_export_sms, help=SMS_HELP), sms=True)

    old_import = verbs(
        sub.add_parser(
            "import",
            description=IMPORT_HELP["description"],
            help=later.translate("CommandHelp", "same as: customers import"),
        ),
        "import",
    )
    _import_arguments(
        command(
            old_import,
            "customers",
            cmd_import,
            help=later.translate("CommandHelp", "a customer list (.xlsx)"),
        )
    )
    old_export = verbs(
        sub.add_parser(
            "export",
            description=EXPORT_HELP["description"],
            help=later.translate("CommandHelp", "same as: customers export | customers sms"),
        ),
        "export",
    )
    _export_arguments(
        command(
            old_export,
            "customers",
            cmd_export,
            help=later.translate("CommandHelp", "the customer list"),
        ),
        sms=False,
    )
    _export_arguments(command(old_export, "sms", cmd_export_sms, help=SMS_HELP), sms=True)


def _import_arguments(customers: argparse.ArgumentParser) -> None:
    customers.add_argument("file", type=Path, metavar="FILE.xlsx")
    customers.add_argument(
        "--sheet",
        metavar="NAME",
        help=later.translate("CommandHelp", "the sheet (default: the first with a header row)"),
    )
    customers.add_argument(
        "--dry-run",
        action="store_true",
        help=later.translate("CommandHelp", "check only, write nothing"),
    )
    customers.add_argument(
        "--report",
        type=Path,
        metavar="OUT.xlsx",
        help=later.translate(
            "CommandHelp", "save the problems found (row, column, value, problem)"
        ),
    )
    customers.add_argument(
        "--json",
        action="store_true",
        help=later.translate("CommandHelp", "print the outcome as JSON"),
    )
    customers.add_argument(
        "--override-reason",
        metavar="TEXT",
        help=later.translate("CommandHelp", "a director's reason to import grades over the quota"),
    )
    customers.add_argument(
        "--max-rows",
        type=_positive,
        metavar="N",
        help=later.translate("CommandHelp", "refuse a file of more rows than N (default 200,000)"),
    )
    customers.add_argument(
        "--strict",
        action="store_true",
        help=later.translate(
            "CommandHelp", "treat warnings as errors: import nothing while there are any"
        ),
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            sub(translate("CommandLine", "%1 is not a whole number above 0"), text)
        )
    return value


def _export_arguments(parser: argparse.ArgumentParser, *, sms: bool) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    if sms:
        parser.add_argument("--query", default="", metavar="TEXT")
        return
    parser.add_argument(
        "--query",
        default="",
        metavar="TEXT",
        help=later.translate(
            "CommandHelp", "only files whose name, phone, e-mail or number contains TEXT"
        ),
    )
    parser.add_argument(
        "--include-void", action="store_true", help=later.translate("CommandHelp", "void files too")
    )


def cmd_import(args: argparse.Namespace, db_path: Office) -> int:
    """Preview, then commit unless --dry-run; the --json shape is the issue's contract."""
    import json

    from records_desk.domain.common.errors import DomainError
    from records_desk.domain.customers.timeliness import old_events
    from records_desk.exchange.customers.imports import TooManyRows
    from records_desk.wording import describe
    from records_desk.wording.customers.import_report import report_rows

    if not args.file.is_file():
        raise CliError(sub(translate("CommandLine", "%1: no such file"), args.file))
    if args.report:
        _check_folder(args.report)
    with signed_in(args, db_path) as (services, principal):
        preview = services.customers.imports.preview(
            principal, args.file, args.sheet, max_rows=args.max_rows, strict=args.strict
        )
        if args.report:
            preview.save_report(args.report)
        written = 0
        refused = None
        if preview.ok and not args.dry_run:
            try:
                written = services.customers.imports.commit(
                    principal, preview, override_reason=args.override_reason
                ).written
            except DomainError as e:  # a quota, or a number taken meanwhile
                refused = e
        elif preview.ok and preview.needs_override and args.override_reason is None:
            refused = preview.quota_breaches[0]
        # One dict per problem: row, column, value, problem (the --json contract).
        errors = report_rows(preview.errors, preview.result.file_errors)
        warnings = preview.warnings
        if args.strict:  # warnings are errors: listed once, as errors
            errors, warnings = errors + warnings, []
        not_listed = max(0, len(errors) - LISTED_PROBLEMS)
        errors = errors[:LISTED_PROBLEMS]
        warnings_not_listed = max(0, len(warnings) - LISTED_PROBLEMS)
        warnings = warnings[:LISTED_PROBLEMS]
        too_big = next((p for p in preview.result.file_errors if isinstance(p, TooManyRows)), None)
        if too_big is not None and not args.json:
            print(f"records-desk: {describe(too_big)}", file=sys.stderr)  # one line, no list
            return EXIT_INVALID_ROWS
        if args.json:
            out: dict[str, object] = {"rows": preview.rows, "valid": preview.valid,
                                      "written": written, "errors": errors}  # fmt: skip
            if not_listed:
                out["errors_not_listed"] = not_listed
            out["refused"] = preview.refused
            out["warnings"] = warnings
            if warnings_not_listed:
                out["warnings_not_listed"] = warnings_not_listed
            out["column_problems"] = preview.column_problems
            if preview.duplicates_in_db:  # likely files already on record: told, not refused
                out["duplicates"] = [
                    {"row": d.row, "archive_number": d.archive_number, "name": d.name,
                     "basis": d.basis.value}
                    for d in preview.duplicates_in_db
                ]  # fmt: skip
            print(json.dumps(out, ensure_ascii=False))
        else:
            old = old_events((d.event_date for d in preview.result.drafts), services.ctx.now())
            _print_outcome(preview, written, errors, args, not_listed, warnings, old)
    if refused is not None:
        print(f"records-desk: {_refusal(refused)}", file=sys.stderr)
    return 0 if preview.ok and refused is None else EXIT_INVALID_ROWS


def _refusal(e: Exception) -> str:
    from records_desk.domain.customers.errors import QuotaExceeded
    from records_desk.wording import describe
    from records_desk.wording.customers.import_report import describe_quota

    if isinstance(e, QuotaExceeded):
        return sub(
            translate("CommandLine", "%1 (--override-reason TEXT); nothing was imported"),
            describe_quota(e),
        )
    return sub(translate("CommandLine", "%1; nothing was imported"), describe(e))


def _print_outcome(
    preview: ImportPreview,
    written: int,
    errors: list[dict[str, object]],
    args: argparse.Namespace,
    not_listed: int = 0,
    warnings: list[dict[str, object]] | None = None,
    old: int = 0,
) -> None:
    from records_desk.wording.customers.import_report import describe_old_events

    for e in errors:
        print(_problem_line(e))
    if not_listed:
        print(sub(translate("CommandLine", "… and %1 more problems"), not_listed))
    for c in preview.column_problems:
        print(sub(translate("CommandLine", "column: %1"), c["problem"]), file=sys.stderr)
    for w in warnings or []:
        print(_warning(_problem_line(w)), file=sys.stderr)
    if preview.duplicates_in_db:
        first = preview.duplicates_in_db[0]
        rows = len({d.row for d in preview.duplicates_in_db})
        text = (
            translate("CommandLine", "1 row looks like a file already on record (row %2 ~ %3 %4)")
            if rows == 1
            else translate(
                "CommandLine", "%1 rows look like files already on record (first: row %2 ~ %3 %4)"
            )
        )
        print(_warning(sub(text, rows, first.row, first.archive_number, first.name)),
              file=sys.stderr)  # fmt: skip
    if preview.unmatched_consultants:
        names = translate("CommandLine", ", ").join(list(preview.unmatched_consultants)[:5])
        text = translate(
            "CommandLine", "consultants with no account here (imported without one): %1"
        )
        print(_warning(sub(text, names)), file=sys.stderr)
    if old and preview.ok:
        print(describe_old_events(old))
    read = _counted(preview.rows, translate("CommandLine", "1 row"),
                    translate("CommandLine", "%1 rows"))  # fmt: skip
    summary = (
        translate("CommandLine", "%1: %2 valid, %3 refused; nothing written (dry run)")
        if args.dry_run
        else translate("CommandLine", "%1: %2 valid, %3 refused, %4 written")
    )
    print(sub(summary, read, preview.valid, preview.refused, written))
    if args.report:
        print(sub(translate("CommandLine", "report saved to %1"), args.report))


def cmd_export(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.customers.search import CustomerQuery

    _check_folder(args.output)
    with signed_in(args, db_path) as (services, principal):
        query = CustomerQuery(text=args.query, include_void=args.include_void)
        done = services.customers.exports.export_customers(principal, query, args.output)
    files = _counted(done.rows, translate("CommandLine", "1 customer file"),
                     translate("CommandLine", "%1 customer files"))  # fmt: skip
    print(sub(translate("CommandLine", "wrote %1: %2"), args.output, files))
    return ExitCode.OK


def cmd_export_sms(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.customers.search import CustomerQuery

    _check_folder(args.output)
    with signed_in(args, db_path) as (services, principal):
        sms = services.customers.exports.export_sms_contacts(
            principal, CustomerQuery(text=args.query), args.output
        )
    contacts = _counted(sms.written, translate("CommandLine", "1 contact"),
                        translate("CommandLine", "%1 contacts"))  # fmt: skip
    text = translate(
        "CommandLine",
        "%1 (left out — blacklisted: %2, void: %3, without a mobile: %4, repeated mobile: %5)",
    )
    left_out = sub(text, contacts, sms.blacklisted, sms.void, sms.no_mobile, sms.repeated)
    print(sub(translate("CommandLine", "wrote %1: %2"), args.output, left_out))
    return ExitCode.OK
