"""Command-line Excel exchange of customer files and the demo data:

    records-desk --user U import customers FILE.xlsx [--sheet NAME] [--dry-run]
                 [--report OUT.xlsx] [--json]
    records-desk --user U export customers -o OUT.xlsx [--query TEXT]
    records-desk [--db PATH] --user U demo --customers N [--seed S]

The commands sign in like every other (cli._signed_in) and go through the same services,
permission matrix and audit as the GUI. `demo` on a database that does not exist yet creates
it with U as its general manager (like `init`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_INVALID_ROWS = 2  # the contract: any invalid row -> 2, nothing written


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this module's sub-commands on the main parser."""
    imp = sub.add_parser(
        "import",
        help="import customer files from an Excel list",
        description="Read an xlsx customer list, check every row, and register all of them in "
        "one transaction — or none: exit 0 when imported (or valid with --dry-run), 2 when "
        "any row is invalid (then nothing is written). The batch is audited.",
    )
    imp_sub = imp.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    customers = imp_sub.add_parser("customers", help="a customer list (.xlsx)")
    customers.add_argument("file", type=Path, metavar="FILE.xlsx")
    customers.add_argument("--sheet", metavar="NAME", help="the sheet (default: the first "
                           "with a header row)")  # fmt: skip
    customers.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    customers.add_argument("--report", type=Path, metavar="OUT.xlsx",
                           help="save the problems found (row, column, value, problem)")  # fmt: skip
    customers.add_argument("--json", action="store_true", help="print the outcome as JSON")
    customers.add_argument("--override-reason", metavar="TEXT",
                           help="a director's reason to import grades over the quota (R-GRD-2)")  # fmt: skip

    exp = sub.add_parser(
        "export",
        help="export customer files to Excel",
        description="Write the customer list (all files, or those matching --query, as the "
        "customers tab finds them) to an xlsx file. The export is audited with its row count.",
    )
    exp_sub = exp.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    exp_customers = exp_sub.add_parser("customers", help="the customer list")
    exp_customers.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    exp_customers.add_argument("--query", default="", metavar="TEXT",
                               help="only files whose name, phone, e-mail or number contains TEXT")  # fmt: skip
    exp_customers.add_argument("--include-void", action="store_true", help="void files too")
    exp_sms = exp_sub.add_parser("sms", help="name + mobile for the holiday SMS (no blacklisted "
                                 "or void customers)")  # fmt: skip
    exp_sms.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx")
    exp_sms.add_argument("--query", default="", metavar="TEXT")

    demo = sub.add_parser(
        "demo",
        help="fill a database with sample customer files",
        description="Add N realistic sample customer files (zh_TW names, companies, phones, "
        "ID numbers; every record type; grades within the quotas; a few void files, "
        "blacklist entries and reviews) for trying the app and for benchmarks. The same "
        "--seed gives the same data. Needs --user: a general manager of the database; if the "
        "database does not exist it is created with that user as its general manager (the "
        "password is asked, or read from RECORDS_DESK_PASSWORD). Demo accounts archivist, "
        "director and sales1-4 are created if missing, with the same password as a "
        "temporary one to change at first sign-in.",
    )
    demo.add_argument("--customers", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")


def cmd_import(args: argparse.Namespace, db_path: Path) -> int:
    """Preview, then commit unless --dry-run; the --json shape is the issue's contract."""
    import json

    from records_desk import cli
    from records_desk.exchange.report import report_rows

    if not args.file.is_file():
        raise cli.CliError(f"{args.file}: no such file")
    services, principal = cli._signed_in(args, db_path)
    try:
        preview = services.imports.preview(principal, args.file, args.sheet)
        if args.report:
            preview.save_report(args.report)
        written = 0
        refused = None
        if preview.ok and not args.dry_run:
            try:
                written = services.imports.commit(
                    principal, preview, override_reason=args.override_reason
                ).written
            except Exception as e:  # noqa: BLE001 - a quota or a number taken meanwhile
                from records_desk.domain.errors import DomainError

                if not isinstance(e, DomainError):
                    raise
                refused = e
        elif preview.ok and preview.needs_override and args.override_reason is None:
            refused = preview.quota_breaches[0]
        errors = [
            {"row": r["row"], "column": r["column"], "value": r["value"], "problem": r["problem"]}
            for r in report_rows(preview.errors, preview.result.file_errors)
        ]
        if args.json:
            out: dict[str, object] = {"rows": preview.rows, "valid": preview.valid,
                                      "written": written, "errors": errors}  # fmt: skip
            if preview.duplicates_in_db:  # likely files already on record: told, not refused
                out["duplicates"] = [
                    {"row": d.row, "archive_number": d.archive_number, "name": d.name,
                     "basis": d.basis.value}
                    for d in preview.duplicates_in_db
                ]  # fmt: skip
            print(json.dumps(out, ensure_ascii=False))
        else:
            _print_outcome(preview, written, errors, args)
        if refused is not None:
            print(f"records-desk: {_refusal(refused)}", file=sys.stderr)
        return 0 if preview.ok and refused is None else EXIT_INVALID_ROWS
    finally:
        services.close()


def _refusal(e: Exception) -> str:
    from records_desk.domain.customer_errors import QuotaExceeded
    from records_desk.exchange.report import describe_quota

    if isinstance(e, QuotaExceeded):
        return f"{describe_quota(e)} (--override-reason TEXT); nothing imported"
    return f"{e}; nothing imported"


def _print_outcome(
    preview: object, written: int, errors: list[dict[str, object]], args: argparse.Namespace
) -> None:
    from records_desk.services.customer_import import ImportPreview

    assert isinstance(preview, ImportPreview)
    for e in errors:
        where = f"row {e['row']} column {e['column']}: " if e["row"] else ""
        value = f"{e['value']!s} — " if e["value"] else ""
        print(f"{where}{value}{e['problem']}")
    if preview.duplicates_in_db:
        first = preview.duplicates_in_db[0]
        print(
            f"warning: {len({d.row for d in preview.duplicates_in_db})} rows look like files "
            f"already on record (first: row {first.row} ~ {first.archive_number} {first.name})",
            file=sys.stderr,
        )
    if preview.unmatched_consultants:
        names = ", ".join(list(preview.unmatched_consultants)[:5])
        print(f"warning: consultants that are no account (left empty): {names}", file=sys.stderr)
    action = "checked (dry run)" if args.dry_run else "imported"
    print(
        f"{preview.rows} rows, {preview.valid} valid, {written} {action if written else 'written'}"
    )
    if args.report:
        print(f"report saved to {args.report}")


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    from records_desk import cli
    from records_desk.services.customer_search import CustomerQuery

    if not args.output.parent.is_dir():
        raise cli.CliError(f"{args.output.parent}: no such folder")
    services, principal = cli._signed_in(args, db_path)
    try:
        if args.export_what == "sms":
            sms = services.exports.export_sms_contacts(
                principal, CustomerQuery(text=args.query), args.output
            )
            print(
                f"wrote {args.output}: {sms.written} contacts (left out: {sms.blacklisted} "
                f"blacklisted, {sms.void} void, {sms.no_mobile} without a mobile, "
                f"{sms.repeated} repeated mobiles)"
            )
            return 0
        query = CustomerQuery(text=args.query, include_void=args.include_void)
        done = services.exports.export_customers(principal, query, args.output)
        print(f"wrote {args.output}: {done.rows} customer files")
        return 0
    finally:
        services.close()


def cmd_demo(args: argparse.Namespace, db_path: Path) -> int:
    from records_desk import cli
    from records_desk.services.demo_data import DemoData, ensure_demo_accounts

    if not args.user:
        raise cli.CliError("demo needs --user NAME before the sub-command")
    if args.customers < 0:
        raise cli.CliError("--customers must be 0 or more")
    password = cli._password(f"password for {args.user}: ")
    if not db_path.exists() or db_path.stat().st_size == 0:
        services = cli._open(db_path, create=True)
        try:
            principal = services.auth.create_first_manager(args.user, "", password)
        except Exception:
            services.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            raise
        print(f"created {services.database.path} with general manager {args.user}")
    else:
        services = cli._open(db_path, create=False)
        principal = services.auth.login(args.user, password)
    try:
        made = ensure_demo_accounts(services.accounts, principal, password)
        if made:
            print(f"demo accounts made: {', '.join(made)}")

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

        summary = DemoData(services.ctx).fill(principal, args.customers, args.seed, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        grades = ", ".join(f"{k} {v:,}" for k, v in summary.grades.items())
        print(
            f"added {summary.customers:,} customer files in {summary.seconds:.1f} s "
            f"({grades}; {summary.voided} void, {summary.blacklisted} blacklisted, "
            f"{summary.reviews} reviews)"
        )
        return 0
    finally:
        services.close()


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "demo": cmd_demo,
}
