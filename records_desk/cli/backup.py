"""Backups and restores from the command line (issue 14; R-BAK-1…3):

records-desk [--db PATH] [--user U] backup [--to DIR] [--json]   a checked copy now (for the
                                    OS scheduler: no --user needed, audited under no account)
records-desk [--db PATH] --user U backup list [--json]            the copies and their state
records-desk [--db PATH] --user U backup verify FILE [--json]     one copy checked whole
records-desk [--db PATH] --user U restore FILE [--yes] [--json]   the data replaced by a copy
records-desk --db NEW restore FILE --key-file K --yes             a copy onto a new computer

Exit 0 when done (or the copy is good), 2 with one line when refused or not good."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from records_desk.cli import backup_extracts, backup_key, backup_purge, backup_restore
from records_desk.cli.common import ExitCode, Office, SubParsers, command, open_services, signed_in
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.domain.common.backup_manifest import Manifest
    from records_desk.services.backup.backups import BackupResult
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services


def register(sub_parsers: SubParsers) -> None:
    backup = command(
        sub_parsers,
        "backup",
        cmd_backup,
        help=later.translate("CommandHelp", "make a checked backup now"),
    )
    _backup_arguments(backup)
    backup_verbs = backup.add_subparsers(dest="backup_command", metavar="VERB")
    listing = command(
        backup_verbs,
        "list",
        cmd_backup_list,
        help=later.translate("CommandHelp", "the backups and their state"),
    )
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    verify = command(
        backup_verbs,
        "verify",
        cmd_backup_verify,
        help=later.translate("CommandHelp", "check one backup whole"),
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    backup_restore.register(sub_parsers)  # restore FILE (R-BAK-3)
    backup_purge.register(sub_parsers)  # purge --older-than YEARS (R-BAK-4)
    backup_extracts.register(sub_parsers)  # extract request|approve|refuse|list (R-BAK-5)
    backup_key.register(sub_parsers)  # key sheet: the key-recovery sheet


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help=later.translate(
            "CommandHelp", "the folder to write to (default: the office's backup folder)"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=later.translate("CommandHelp", "print the outcome as JSON"),
    )


@contextlib.contextmanager
def _maybe_signed_in(
    args: argparse.Namespace, db_path: Office
) -> Iterator[tuple[Services, Principal | None]]:
    """Signed in with --user; without it the services alone (the OS scheduler's backup: the
    copy is as encrypted as the database, and whoever runs this holds its key anyway)."""
    if args.user:
        with signed_in(args, db_path) as (services, principal):
            yield services, principal
        return
    services = open_services(db_path)
    try:
        yield services, None
    finally:
        services.close()


def manifest_json(manifest: Manifest) -> dict[str, Any]:
    return {
        "file": manifest.file,
        "made_at": manifest.made_at.isoformat(),
        "app_version": manifest.app_version,
        "schema": list(manifest.schema),
        "size": manifest.size,
        "sha256": manifest.sha256,
        "rows": manifest.rows,
        "tables": dict(manifest.tables),
        "audit_head": {"seq": manifest.head.seq, "hash": manifest.head.hash},
    }


def result_json(result: BackupResult) -> dict[str, Any]:
    return {
        **manifest_json(result.manifest),
        "path": str(result.path),
        "offsite": str(result.offsite) if result.offsite else None,
        "offsite_problem": result.offsite_problem,
        "removed": list(result.removed),
    }


def cmd_backup(args: argparse.Namespace, db_path: Office) -> int:
    with _maybe_signed_in(args, db_path) as (services, principal):
        result = services.backup.backups.make(principal, to=args.to)
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False))
        return ExitCode.OK
    line = translate("BackupCommands", "backup made: %1 (%2 rows, operation log at entry %3)")
    print(sub(line, result.path, str(result.manifest.rows), str(result.manifest.head.seq)))
    if result.offsite is not None:
        print(sub(translate("BackupCommands", "off-site copy: %1"), result.offsite))
    elif result.offsite_problem:
        warn = translate("BackupCommands", "warning: no off-site copy was made (%1)")
        print(sub(warn, result.offsite_problem))
    return ExitCode.OK


def cmd_backup_list(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.wording.backup.errors import copy_problem

    with signed_in(args, db_path) as (services, principal):
        entries = services.backup.backups.entries(principal)
    if getattr(args, "json", False):
        rows = [
            {
                "file": e.name,
                "path": str(e.path),
                "good": e.good,
                "problem": e.problem.value if e.problem else None,
                "made_at": e.manifest.made_at.isoformat() if e.manifest else None,
                "rows": e.manifest.rows if e.manifest else None,
            }
            for e in entries
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return ExitCode.OK
    good = translate("BackupCommands", "good")
    for e in entries:
        state = good if e.good else copy_problem(e.problem) if e.problem else ""
        print(f"{e.name}  {state}")
    return ExitCode.OK


def cmd_backup_verify(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        manifest = services.backup.backups.verify(principal, args.file.expanduser().resolve())
    if getattr(args, "json", False):
        print(json.dumps({**manifest_json(manifest), "good": True}, ensure_ascii=False))
        return ExitCode.OK
    line = translate("BackupCommands", "backup %1 is good: %2 rows, operation log at entry %3")
    print(sub(line, args.file.name, str(manifest.rows), str(manifest.head.seq)))
    return ExitCode.OK
