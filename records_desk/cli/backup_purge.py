"""The purge of old data from the command line (issue 14; R-BAK-4):

records-desk [--db PATH] --user U purge --older-than YEARS [--dry-run] [--yes] [--json]

Lists the void customer files and finished loans older than YEARS years; with --yes (the
general manager only) makes and checks a backup labelled before-purge, then removes them.
Without --yes nothing is removed: the list is printed and the command says to confirm.
JSON: {"cutoff", "backup", "purged": {"customer_files": [...], "loans": [...]}} ("backup"
null and "dry_run" true when nothing was removed). Exit 0 when done, 2 when refused."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from records_desk.cli.common import ExitCode, Office, SubParsers, command, signed_in
from records_desk.cli.helptext import later
from records_desk.domain.backup.purge import PurgeProblem, PurgeRefused
from records_desk.wording.language import sub, translate


def register(sub_parsers: SubParsers) -> None:
    purge = command(
        sub_parsers,
        "purge",
        cmd_purge,
        help=later.translate(
            "CommandHelp", "purge void customer files and closed loans older than N years"
        ),
    )
    purge.add_argument(
        "--older-than",
        type=int,
        required=True,
        metavar="YEARS",
        help=later.translate(
            "CommandHelp", "years since a file was voided or a loan was closed (at least 3)"
        ),
    )
    purge.add_argument(
        "--dry-run",
        action="store_true",
        help=later.translate("CommandHelp", "only list what would go"),
    )
    purge.add_argument(
        "--yes", action="store_true", help=later.translate("CommandHelp", "confirm the purge")
    )
    purge.add_argument(
        "--json",
        action="store_true",
        help=later.translate("CommandHelp", "print the outcome as JSON"),
    )


def _json(cutoff: Any, backup: Path | None, purged: dict[str, tuple[str, ...]]) -> str:
    body: dict[str, Any] = {
        "cutoff": cutoff.isoformat(),
        "backup": str(backup) if backup else None,
        "purged": {kind: list(numbers) for kind, numbers in purged.items()},
    }
    if backup is None:
        body["dry_run"] = True
    return json.dumps(body, ensure_ascii=False)


def _print_list(purged: dict[str, tuple[str, ...]]) -> None:
    names = {
        "customer_files": translate("BackupCommands", "void customer files"),
        "loans": translate("BackupCommands", "closed loans"),
    }
    for kind, numbers in purged.items():
        print(f"{names.get(kind, kind)}: {len(numbers)}")
        for number in numbers:
            print(f"  {number}")


def cmd_purge(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        purge = services.backup.purge
        if args.dry_run or not args.yes:
            plan = purge.preview(principal, args.older_than)
            if args.json:
                print(_json(plan.cutoff, None, plan.purged))
            else:
                line = translate("BackupCommands", "would purge (older than %1):")
                print(sub(line, plan.cutoff.date().isoformat()))
                _print_list(plan.purged)
            if args.dry_run:
                return ExitCode.OK
            raise PurgeRefused(PurgeProblem.NOT_CONFIRMED)
        result = purge.run(principal, args.older_than)
    if args.json:
        print(_json(result.cutoff, result.backup, result.purged))
        return ExitCode.OK
    print(sub(translate("BackupCommands", "backup made and checked first: %1"), result.backup))
    print(
        sub(
            translate("BackupCommands", "purged (older than %1):"), result.cutoff.date().isoformat()
        )
    )
    _print_list(result.purged)
    return ExitCode.OK
