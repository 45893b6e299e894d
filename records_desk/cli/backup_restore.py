"""`records-desk restore FILE [--yes] [--key-file FILE] [--json]` (R-BAK-3).

Over the data in use: the general manager (or the director) signs in with --user; the copy
is verified, the data in use backed up, the copy swapped in and verified again. On a new
computer (no database at --db): no account exists yet to sign in with, so the key is the
proof — it comes from the key file (--key-file, as typed from the key-recovery sheet), or
RECORDS_DESK_KEY, or a prompt; a key that does not open the copy is refused. The same on a
new server (--db postgresql://…): its database holds a new, empty office (no account, no
data), replaced by the copy with the key as the proof; a server office with accounts or data
is restored over signed in, as a database file is."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from records_desk.cli.common import CliError, ExitCode, Office, SubParsers, command, signed_in
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.backup.restore_checks import RestoreReport
    from records_desk.services.container import Services

KEY_ENV = "RECORDS_DESK_KEY"


def register(sub_parsers: SubParsers) -> None:
    restore = command(
        sub_parsers,
        "restore",
        cmd_restore,
        help=later.translate(
            "CommandHelp",
            "replace the data with a verified backup (the data in use is backed up first)",
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--yes",
        action="store_true",
        help=later.translate("CommandHelp", "confirm: replace all the data"),
    )
    restore.add_argument(
        "--key-file",
        type=Path,
        metavar="FILE",
        help=later.translate(
            "CommandHelp",
            "the database key as on the key-recovery sheet, when this computer does not hold it",
        ),
    )
    restore.add_argument(
        "--json",
        action="store_true",
        help=later.translate("CommandHelp", "print the outcome as JSON"),
    )


def cmd_restore(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.backup.errors import RestoreProblem, RestoreRefused

    source = args.file.expanduser().resolve()
    if not args.yes:
        raise RestoreRefused(RestoreProblem.NOT_CONFIRMED, source.name)
    if isinstance(db_path, str):
        server = _open_server(args, db_path)
        if _onto_empty_server(args, server, db_path, source):
            return ExitCode.OK
        with signed_in(args, db_path, server) as (services, principal):
            report = services.backup.restore.restore(principal, source)
    elif db_path.exists():
        with signed_in(args, db_path) as (services, principal):
            report = services.backup.restore.restore(principal, source)
    else:
        report = _onto_new(db_path, source, args.key_file)
    _print(report, db_path, args.json)
    return ExitCode.OK


def _onto_new(db_path: Path, source: Path, key_file: Path | None) -> RestoreReport:
    from records_desk.domain.backup.key_text import read_key
    from records_desk.domain.common.errors import KeyUnavailable
    from records_desk.paths import config_dir
    from records_desk.services.backup.restore import restore_new
    from records_desk.store.keystore import KeyStore

    keystore = KeyStore(config_dir())
    try:
        key = keystore.get_or_create(db_path, create=False).hex  # kept from before
    except KeyUnavailable:
        key = read_key(_key_text(key_file, source.name))  # KeyTextInvalid says what is wrong
    return restore_new(db_path, source, key, keystore)


def _open_server(args: argparse.Namespace, address: str) -> Services:
    from records_desk.cli.common import office_key_text, open_services

    return open_services(address, office_key_text(getattr(args, "office_key", None)))


def _onto_empty_server(
    args: argparse.Namespace, services: Services, address: str, source: Path
) -> bool:
    """The copy at SOURCE in place of the server's new, empty office (SERVICES: open on it),
    printed, and the services closed; False (nothing done, the services left open for the
    sign-in) when the office there has accounts or data."""
    from records_desk.domain.backup.key_text import read_key
    from records_desk.paths import config_dir
    from records_desk.services.backup.restore import key_opens
    from records_desk.services.backup.restore_server import (
        office_is_empty,
        restore_server_into_empty,
    )
    from records_desk.store.database import ServerDatabase
    from records_desk.store.keystore import KeyStore

    try:
        database = services.database
        assert isinstance(database, ServerDatabase)
        if not office_is_empty(database):
            return False
        key = None
        if not key_opens(source, database.key.hex):
            key = read_key(_key_text(args.key_file, source.name))
        report = restore_server_into_empty(
            database, source, key, KeyStore(config_dir()), config_dir()
        )
    except BaseException:
        services.close()
        raise
    services.close()
    _print(report, address, args.json)
    return True


def _key_text(key_file: Path | None, name: str) -> str:
    from records_desk.domain.backup.errors import RestoreProblem, RestoreRefused

    if key_file is not None:
        try:
            return key_file.expanduser().read_text("utf-8", errors="replace")
        except OSError:
            raise CliError(sub(translate("BackupCommands", "cannot read the key file %1"),
                               key_file)) from None  # fmt: skip
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV]
    if not sys.stdin.isatty():
        raise RestoreRefused(RestoreProblem.KEY_NEEDED, name)
    return getpass.getpass(
        translate("BackupCommands", "database key (from the key-recovery sheet): ")
    )


def _print(report: RestoreReport, db_path: Office, as_json: bool) -> None:
    m = report.manifest
    if as_json:
        out: dict[str, Any] = {
            "restored": m.file,
            "database": str(db_path),
            "made_at": m.made_at.isoformat(),
            "rows": m.rows,
            "tables": dict(m.tables),
            "audit_head": {"seq": m.head.seq, "hash": m.head.hash},
            "replaced_head": {"seq": report.replaced.seq, "hash": report.replaced.hash},
            "safety_backup": str(report.safety) if report.safety else None,
            "migration_backup": str(report.migration_backup) if report.migration_backup else None,
        }
        print(json.dumps(out, ensure_ascii=False))
        return
    line = translate(
        "BackupCommands",
        "restored %1 (made %2): %3 rows, operation log at entry %4, verified",
    )
    print(sub(line, m.file, m.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), str(m.rows),
              str(m.head.seq)))  # fmt: skip
    if report.safety is not None:
        print(sub(translate("BackupCommands", "the data before the restore: %1"), report.safety))
