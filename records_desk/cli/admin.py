"""The commands every office has whatever features it uses:

records-desk [--db PATH] init --admin NAME [--name FULL NAME] [--replace-empty]
records-desk [--db PATH] --user U audit verify [--against BACKUP_DIR_OR_MANIFEST]
records-desk [--db PATH] --user U audit show [--limit N]
records-desk [--db PATH] --user U accounts list [--all]      (alias: accounts [--all])
records-desk [--db PATH] --user U accounts password          (one's own, expired or not)
records-desk [--db FILE] --user U move-to postgresql://…  [--yes] [--json]   (cli/move.py)
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from records_desk.cli import move
from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    SubParsers,
    command,
    create_office,
    created_line,
    open_services,
    password,
    signed_in,
    verbs,
)
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.common.audit_against import AgainstReport

NEW_PASSWORD_ENV = "RECORDS_DESK_NEW_PASSWORD"


def register(sub: SubParsers) -> None:
    init = command(
        sub,
        "init",
        cmd_init,
        help=later.translate("CommandHelp", "create a database and its general manager"),
    )
    init.add_argument(
        "--admin",
        required=True,
        help=later.translate("CommandHelp", "user name of the general manager"),
    )
    init.add_argument(
        "--name",
        default="",
        help=later.translate("CommandHelp", "full name of the general manager"),
    )
    init.add_argument(
        "--replace-empty",
        action="store_true",
        help=later.translate(
            "CommandHelp",
            "replace a file left by an interrupted creation (0 bytes, or no tables);"
            " a file with tables is never replaced",
        ),
    )

    audit = sub.add_parser("audit", help=later.translate("CommandHelp", "the operation log"))
    audit_verbs = verbs(audit, "audit")
    verify = command(
        audit_verbs,
        "verify",
        cmd_audit_verify,
        help=later.translate("CommandHelp", "check the operation log's hash chain and its anchor"),
    )
    verify.add_argument(
        "--against",
        type=Path,
        metavar="BACKUP_DIR_OR_MANIFEST",
        help=later.translate(
            "CommandHelp",
            "also hold the log against the heads the backups' manifests "
            "keep (finds entries deleted from its end)",
        ),
    )
    show = command(
        audit_verbs,
        "show",
        cmd_audit_show,
        help=later.translate("CommandHelp", "print the newest entries"),
    )
    show.add_argument("--limit", type=int, default=50)

    # `accounts` alone (today's spelling) lists them too.
    accounts = command(
        sub, "accounts", cmd_accounts_list, help=later.translate("CommandHelp", "the accounts")
    )
    accounts.add_argument(
        "--all",
        action="store_true",
        help=later.translate("CommandHelp", "include disabled accounts"),
    )
    accounts_verbs = accounts.add_subparsers(dest="accounts_command", metavar="VERB")
    listing = command(
        accounts_verbs,
        "list",
        cmd_accounts_list,
        help=later.translate("CommandHelp", "list the accounts"),
    )
    listing.add_argument(
        "--all",
        action="store_true",
        default=argparse.SUPPRESS,
        help=later.translate("CommandHelp", "include disabled accounts"),
    )
    # PASSWORD_ENV and NEW_PASSWORD_ENV, written out: a help text is one literal to translate.
    change = later.translate(
        "CommandHelp",
        "change your own password (also an expired or first one): current from "
        "RECORDS_DESK_PASSWORD or a prompt, new from RECORDS_DESK_NEW_PASSWORD or two prompts",
    )
    command(accounts_verbs, "password", cmd_accounts_password, help=change, description=change)
    move.register(sub)  # move-to (issue 15 §5)


def cmd_init(args: argparse.Namespace, db_path: Office) -> int:
    new_password = password(sub(translate("CommandLine", "new password for %1: "), args.admin))
    services, _ = create_office(
        db_path, args.admin, args.name, new_password, replace_empty=args.replace_empty
    )
    with contextlib.closing(services):
        print(created_line(services.database.name, args.admin))
        key = services.database.key
        if key.storage == "file":
            kept = translate("CommandLine", "database key kept in the file %1")
        else:
            kept = translate("CommandLine", "database key kept in the system keyring (%1)")
        print(sub(kept, key.location))
    return ExitCode.OK


def cmd_audit_verify(args: argparse.Namespace, db_path: Office) -> int:
    """Exit 0 only when the chain verifies and its anchor agrees; else one line, exit 1."""
    from records_desk.wording.audit_alarm import alarms_line

    with signed_in(args, db_path) as (services, principal):
        report = services.audit.verify(principal)
        against = None
        if args.against is not None:
            from records_desk.services.common.audit_against import verify_against

            key = services.database.key.hex
            against = verify_against(services.ctx, principal, key, args.against)
    if against is not None and not against.agrees:
        return _against_failed(against)
    if report.trustworthy:
        print(sub(translate("CommandLine", "audit chain intact: %1 entries"), report.entries))
        return ExitCode.OK
    broken = translate("CommandLine", "audit chain broken at sequence %1")
    found = [] if report.intact else [sub(broken, report.broken_at)]
    if report.alarms:
        found.append(alarms_line(report.alarms))
    print("; ".join(found))
    return ExitCode.FAILED


def _against_failed(report: AgainstReport) -> int:
    """One line: no manifest of this database there (exit 2), or what the newest manifest
    that disagrees says (exit 1)."""
    if report.checked == 0 and not report.findings:
        text = translate("CommandLine", "no backup manifest of this database there (%1 skipped)")
        raise CliError(sub(text, report.skipped))
    first = report.findings[0]
    words = {
        "shorter": translate(
            "CommandLine",
            "entries deleted from the operation log: it ends at entry %1, but the backup "
            "manifest %2 holds entry %3",
        ),
        "rewritten": translate(
            "CommandLine",
            "the operation log was rewritten: its entry %3 is not the one the backup manifest "
            "%2 holds (the log ends at entry %1)",
        ),
        "altered": translate(
            "CommandLine", "the backup manifest %2 was altered (its signature does not match)"
        ),
    }
    print(sub(words[first.finding], first.database_seq, first.manifest, first.anchored_seq))
    return ExitCode.FAILED


def cmd_audit_show(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.common.dto import AuditFilter

    with signed_in(args, db_path) as (services, principal):
        for r in services.audit.page(principal, AuditFilter(), 0, max(1, args.limit)):
            # The stored summary, as the chain holds it: offices' scripts read these lines.
            print(f"{r.seq:>7}  {r.at}  {r.account or '-':<16} {r.action:<30} {r.summary}")
    return ExitCode.OK


def cmd_accounts_list(args: argparse.Namespace, db_path: Office) -> int:
    active, disabled = translate("CommandLine", "active"), translate("CommandLine", "disabled")
    with signed_in(args, db_path) as (services, principal):
        for a in services.accounts.list(principal):
            if a.active or args.all:
                state = active if a.active else disabled
                print(f"{a.username:<20} {a.role.value:<18} {state:<9} {a.full_name}")
    return ExitCode.OK


def cmd_accounts_password(args: argparse.Namespace, db_path: Office) -> int:
    """One's own password, checked against the current one and nothing else: it works when
    the password has expired or must be changed at first use, which every other command
    refuses (a new account could not use the command line at all). Audited as the window's
    change from the File menu (account.password_changed)."""
    if not args.user:
        raise CliError(translate("CommandLine", "this command needs --user NAME"))
    current = password(sub(translate("CommandLine", "current password for %1: "), args.user))
    new = _new_password(args.user)
    services = open_services(db_path)
    try:
        services.auth.change_password(args.user, current, new, sign_in=False)
    finally:
        services.close()
    print(sub(translate("CommandLine", "password of %1 changed"), args.user))
    return ExitCode.OK


def _new_password(user: str) -> str:
    """From RECORDS_DESK_NEW_PASSWORD, or typed twice (a typo would lock the user out)."""
    env = os.environ.get(NEW_PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(
            sub(
                translate("CommandLine", "no new password: set %1 or run in a terminal"),
                NEW_PASSWORD_ENV,
            )
        )
    first = getpass.getpass(sub(translate("CommandLine", "new password for %1: "), user))
    if getpass.getpass(sub(translate("CommandLine", "new password for %1 again: "), user)) != first:
        raise CliError(translate("CommandLine", "the two new passwords differ; nothing changed"))
    return first
