"""The commands every office has whatever features it uses:

records-desk [--db PATH] init --admin NAME [--name FULL NAME] [--replace-empty]
records-desk [--db PATH] --user U audit verify | audit show [--limit N]
records-desk [--db PATH] --user U accounts list [--all]      (alias: accounts [--all])
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from records_desk.cli.common import (
    ExitCode,
    SubParsers,
    command,
    create_office,
    password,
    signed_in,
    verbs,
)


def register(sub: SubParsers) -> None:
    init = command(sub, "init", cmd_init, help="create a database and its general manager")
    init.add_argument("--admin", required=True, help="user name of the general manager")
    init.add_argument("--name", default="", help="full name of the general manager")
    init.add_argument(
        "--replace-empty",
        action="store_true",
        help="replace a file left by an interrupted creation (0 bytes, or no tables);"
        " a file with tables is never replaced",
    )

    audit = sub.add_parser("audit", help="the operation log")
    audit_verbs = verbs(audit, "audit")
    command(audit_verbs, "verify", cmd_audit_verify, help="check the operation log's hash chain")
    show = command(audit_verbs, "show", cmd_audit_show, help="print the newest entries")
    show.add_argument("--limit", type=int, default=50)

    # `accounts` alone (today's spelling) lists them too.
    accounts = command(sub, "accounts", cmd_accounts_list, help="the accounts")
    accounts.add_argument("--all", action="store_true", help="include disabled accounts")
    accounts_verbs = accounts.add_subparsers(dest="accounts_command", metavar="VERB")
    listing = command(accounts_verbs, "list", cmd_accounts_list, help="list the accounts")
    listing.add_argument("--all", action="store_true", default=argparse.SUPPRESS,
                         help="include disabled accounts")  # fmt: skip


def cmd_init(args: argparse.Namespace, db_path: Path) -> int:
    new_password = password(f"new password for {args.admin}: ")
    services, _ = create_office(
        db_path, args.admin, args.name, new_password, replace_empty=args.replace_empty
    )
    with contextlib.closing(services):
        print(f"created {services.database.path} with general manager {args.admin}")
        key = services.database.key
        print(f"database key kept in: {key.storage} ({key.location})")
    return ExitCode.OK


def cmd_audit_verify(args: argparse.Namespace, db_path: Path) -> int:
    with signed_in(args, db_path) as (services, principal):
        report = services.audit.verify(principal)
    if report.intact:
        print(f"audit chain intact: {report.entries} entries")
        return ExitCode.OK
    print(f"audit chain broken at sequence {report.broken_at}")
    return ExitCode.FAILED


def cmd_audit_show(args: argparse.Namespace, db_path: Path) -> int:
    from records_desk.services.common.dto import AuditFilter

    with signed_in(args, db_path) as (services, principal):
        for r in services.audit.page(principal, AuditFilter(), 0, max(1, args.limit)):
            print(f"{r.seq:>7}  {r.at}  {r.account or '-':<16} {r.action:<30} {r.summary}")
    return ExitCode.OK


def cmd_accounts_list(args: argparse.Namespace, db_path: Path) -> int:
    with signed_in(args, db_path) as (services, principal):
        for a in services.accounts.list(principal):
            if a.active or args.all:
                state = "active" if a.active else "disabled"
                print(f"{a.username:<20} {a.role.value:<18} {state:<9} {a.full_name}")
    return ExitCode.OK
