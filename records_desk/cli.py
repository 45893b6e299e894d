"""The command line: the same services as the GUI, the same permission matrix, lockout and audit.

    records-desk [--db PATH] [--user NAME] SUB-COMMAND ...

With no sub-command the GUI opens. Errors are one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from records_desk import __version__
from records_desk.paths import PASSWORD_ENV, default_db_path

if TYPE_CHECKING:
    from records_desk.services.printing import PrintSubject

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran and found a problem (e.g. a broken audit chain)
EXIT_ERROR = 2  # the command could not run (bad input, refused, locked)


@dataclass(frozen=True)
class GuiOptions:
    db_path: Path
    user: str | None
    self_test: bool
    quit_when_ready: bool


class CliError(Exception):
    """Printed as one line, exit EXIT_ERROR."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="records-desk", description="Records Desk")
    parser.add_argument("--version", action="version", version=f"records-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: user data folder)")
    parser.add_argument("--user", help="account to sign in as")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="SUB-COMMAND")

    init = sub.add_parser("init", help="create a database and its general manager")
    init.add_argument("--admin", required=True, help="user name of the general manager")
    init.add_argument("--name", default="", help="full name of the general manager")

    audit = sub.add_parser("audit", help="the operation log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="check the hash chain of the operation log")
    show = audit_sub.add_parser("show", help="print the newest entries")
    show.add_argument("--limit", type=int, default=50)

    accounts = sub.add_parser("accounts", help="list the accounts")
    accounts.add_argument("--all", action="store_true", help="include disabled accounts")

    prn = sub.add_parser(
        "print",
        help="print a form to a PDF file (print --list shows the forms)",
        description="Print a form to a PDF file: blank, filled from a JSON file "
        "(the shape is in forms/README.md), or from the customer files (--customer, "
        "--entries). Every saved file is audited.",
    )
    prn.add_argument("form_id", nargs="?", metavar="FORM_ID")
    prn.add_argument("--list", action="store_true", help="list the forms (no sign-in needed)")
    prn.add_argument("--blank", action="store_true", help="the form blank, to fill in by hand")
    prn.add_argument("--data", type=Path, metavar="FILE.json", help="fill the form from JSON")
    prn.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="the PDF to write")
    prn.add_argument("--grid", metavar="CxR", help="label sheets: labels across x down (3x8)")
    prn.add_argument("--offset", metavar="X,Y", help="label sheets: shift in mm (1.5,-0.5)")
    prn.add_argument(
        "--calibration", action="store_true", help="label sheets: the calibration page"
    )
    # Customer-file commands live in their own modules (imported here, not at start-up).
    from records_desk import cli_customers, cli_exchange, cli_forms

    cli_forms.add_print_arguments(prn)  # print FORM --customer N: filled from the database
    cli_customers.add_commands(sub)
    cli_exchange.add_commands(sub)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: Path = args.db or default_db_path()
    if args.command is None:
        from records_desk.app import run_gui

        return run_gui(GuiOptions(db_path, args.user, args.self_test, args.quit_when_ready))
    from records_desk.app_logging import setup_logging

    setup_logging(console=False)
    try:
        return all_commands()[args.command](args, db_path)
    except CliError as e:
        print(f"records-desk: {e}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as e:  # noqa: BLE001 - one line for the user, the trace goes to the log
        from records_desk.domain.errors import DomainError

        if not isinstance(e, DomainError | KeyError | OSError):
            logging.getLogger(__name__).exception("command %s failed", args.command)
        print(f"records-desk: {_describe(e)}", file=sys.stderr)
        return EXIT_ERROR


def _describe(e: Exception) -> str:
    from records_desk.store.engine import WrongKey
    from records_desk.store.keystore import KeyUnavailable

    if isinstance(e, WrongKey | KeyUnavailable):
        return str(e)
    text = str(e) or type(e).__name__
    return text


def _password(prompt: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def _open(db_path: Path, *, create: bool):  # type: ignore[no-untyped-def]
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    if not create and not db_path.exists():
        raise CliError(
            f"no database at {db_path} (create one with: records-desk init --admin NAME)"
        )
    if create and db_path.exists() and db_path.stat().st_size > 0:
        raise CliError(f"a database already exists at {db_path}")
    database = open_database(db_path, KeyStore(config_dir()))
    # The CLI uses the declared defaults (production argon2 cost).
    return build_services(database, Settings(MemoryBackend()))


def _signed_in(args: argparse.Namespace, db_path: Path):  # type: ignore[no-untyped-def]
    if not args.user:
        raise CliError("this command needs --user NAME before the sub-command")
    services = _open(db_path, create=False)
    principal = services.auth.login(args.user, _password(f"password for {args.user}: "))
    return services, principal


def cmd_init(args: argparse.Namespace, db_path: Path) -> int:
    password = _password(f"new password for {args.admin}: ")
    services = _open(db_path, create=True)
    try:
        services.auth.create_first_manager(args.admin, args.name, password)
    except Exception:
        services.close()
        # A half-made office is worse than none: remove the empty new file and its WAL.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise
    print(f"created {services.database.path} with general manager {args.admin}")
    print(
        f"database key kept in: {services.database.key.storage} ({services.database.key.location})"
    )
    services.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, db_path: Path) -> int:
    services, principal = _signed_in(args, db_path)
    try:
        if args.audit_command == "verify":
            report = services.audit.verify(principal)
            if report.intact:
                print(f"audit chain intact: {report.entries} entries")
                return EXIT_OK
            print(f"audit chain broken at sequence {report.broken_at}")
            return EXIT_FAILED
        from records_desk.services.dto import AuditFilter

        for r in services.audit.page(principal, AuditFilter(), 0, max(1, args.limit)):
            print(f"{r.seq:>7}  {r.at}  {r.account or '-':<16} {r.action:<30} {r.summary}")
        return EXIT_OK
    finally:
        services.close()


def cmd_accounts(args: argparse.Namespace, db_path: Path) -> int:
    services, principal = _signed_in(args, db_path)
    try:
        for a in services.accounts.list(principal):
            if a.active or args.all:
                state = "active" if a.active else "disabled"
                print(f"{a.username:<20} {a.role.value:<18} {state:<9} {a.full_name}")
        return EXIT_OK
    finally:
        services.close()


def cmd_print(args: argparse.Namespace, db_path: Path) -> int:
    """Checks everything it can before asking for a password: the form, the data file and the
    label layout. The PDF goes to a temporary file beside OUT.pdf and is renamed only once it
    is complete, so a failure never leaves a file behind; the save is audited (R-AUD-1)."""
    from records_desk import cli_forms
    from records_desk.printing import data as form_data
    from records_desk.printing.definitions import (
        FormDefinitionError,
        UnknownForm,
        list_forms,
        load_form,
    )

    if cli_forms.wanted(args):
        return cli_forms.cmd_print_from_database(args, db_path)
    try:
        if args.list:
            for d in list_forms():
                print(f"{d.id:<18} {d.kind:<7} {d.title_zh}　{d.title_en}")
            return EXIT_OK
        _check_print_args(args)
        definition = load_form(args.form_id) if args.form_id else None
    except UnknownForm as e:
        raise CliError(f"{e.form_id}: unknown form (records-desk print --list shows them)") from e
    except FormDefinitionError as e:
        raise CliError(str(e)) from e
    data = _read_json(args.data) if args.data else None
    if definition is not None and not args.calibration:
        try:
            form_data.validate(definition, data)
        except form_data.FormDataError as e:
            raise CliError(f"{args.data or definition.id}: {e.path}: {e.message}") from e
    layout = _label_layout(args, definition)

    services, principal = _signed_in(args, db_path)
    try:
        try:
            if args.calibration:
                printed = services.printing.render_calibration(principal, layout)
            else:
                printed = services.printing.render(principal, args.form_id, data, layout)
        except ValueError as e:  # a label the sheet cannot print (labels.LabelDataError)
            where = getattr(e, "where", None)
            raise CliError(f"{args.data}: {where}: {e.message}" if where else str(e)) from e
        _save_printed(services, principal, printed, args.output)
        return EXIT_OK
    finally:
        services.close()


def _check_print_args(args: argparse.Namespace) -> None:
    if not args.output:
        raise CliError("print needs -o OUT.pdf (or --list)")
    if args.calibration:
        if args.blank or args.data:
            raise CliError("--calibration takes neither --blank nor --data")
        return
    if not args.form_id:
        raise CliError("print needs a FORM_ID (records-desk print --list shows them)")
    if args.blank == bool(args.data):
        raise CliError("print needs exactly one of --blank and --data FILE.json")


def _read_json(path: Path) -> object:
    import json

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise CliError(f"{path}: line {e.lineno} column {e.colno}: {e.msg}") from None


def _label_layout(args: argparse.Namespace, definition: object):  # type: ignore[no-untyped-def]
    """--grid/--offset over the declared setting defaults; None for ordinary forms."""
    import re

    from records_desk.printing.definitions import FormDefinition

    is_labels = isinstance(definition, FormDefinition) and definition.kind == "labels"
    if not (is_labels or args.calibration):
        if args.grid or args.offset:
            raise CliError("--grid and --offset are for label sheets")
        return None
    from records_desk.printing.engine import LabelsUnavailable, labels_module
    from records_desk.settings import Options

    columns, rows = Options.LABEL_COLUMNS.default, Options.LABEL_ROWS.default
    dx, dy = Options.LABEL_OFFSET_X_MM.default, Options.LABEL_OFFSET_Y_MM.default
    if args.grid:
        grid = re.fullmatch(r"\s*(\d+)\s*[x×X]\s*(\d+)\s*", args.grid)
        if not grid:
            raise CliError(f"--grid {args.grid}: expected COLUMNSxROWS, e.g. 3x8")
        columns, rows = int(grid[1]), int(grid[2])
    if args.offset:
        try:
            dx, dy = (float(v) for v in args.offset.split(","))
        except ValueError:
            raise CliError(f"--offset {args.offset}: expected X,Y in mm, e.g. 1.5,-0.5") from None
    paper = definition.paper if isinstance(definition, FormDefinition) else "A4"
    try:
        return labels_module().LabelLayout(
            columns=columns, rows=rows, offset_x_mm=dx, offset_y_mm=dy, paper=paper
        )
    except LabelsUnavailable as e:
        raise CliError(str(e)) from e
    except ValueError as e:
        raise CliError(f"label layout: {e}") from e


def _save_printed(  # type: ignore[no-untyped-def]
    services, principal, printed, out: Path, subject: PrintSubject | None = None
) -> None:
    """Write a printed form to OUT.pdf and audit the save (R-AUD-1)."""
    _write_atomically(out, printed.pdf)
    try:
        services.printing.record_save(
            principal, printed.form_id, out.resolve(), printed.pages, subject=subject
        )
    except Exception:
        out.unlink(missing_ok=True)  # never a saved form the log does not know of
        raise
    print(f"wrote {out} ({printed.pages} page{'s' if printed.pages != 1 else ''})")


def _write_atomically(out: Path, content: bytes) -> None:
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "xb") as f:  # the user's usual file mode (umask), unlike mkstemp
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, out)
    except OSError as e:
        temp.unlink(missing_ok=True)
        raise CliError(f"{out}: cannot write: {e.strerror or e}") from None


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "init": cmd_init,
    "audit": cmd_audit,
    "accounts": cmd_accounts,
    "print": cmd_print,
}


def all_commands() -> dict[str, Callable[[argparse.Namespace, Path], int]]:
    from records_desk import cli_customers, cli_exchange

    return {**COMMANDS, **cli_customers.COMMANDS, **cli_exchange.COMMANDS}
