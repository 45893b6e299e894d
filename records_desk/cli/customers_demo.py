"""`records-desk --user U demo --customers N [--seed S]`: realistic sample customer files for
trying the app and for the benchmarks (services/customers/demo.py). On a database that does
not exist yet it creates it with U as its general manager (like `init`). Only a general manager,
and only on a database with no real customer files (DemoData.check_allowed), before the demo
accounts are made. Other features add their own sample data after the files (`--loans N`):
each registered `Feature.demo` module adds its options and runs (records_desk/features.py)."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

from records_desk.cli.common import (
    CliError,
    Office,
    SubParsers,
    command,
    create_office,
    created_line,
    office_key_text,
    open_services,
    password,
)
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate


def register(sub: SubParsers) -> None:
    demo = command(
        sub,
        "demo",
        cmd_demo,
        help=later.translate("CommandHelp", "fill a database with sample customer files"),
        description=later.translate(
            "CommandHelp",
            "Add N realistic sample customer files (zh_TW names, companies, phones, "
            "ID numbers; every record type; grades within the quotas; a few void files, "
            "blacklist entries and reviews) for trying the app and for benchmarks. The same "
            "--seed gives the same data. Needs --user: a general manager of the database, which "
            "must hold no customer files other than sample ones; if the "
            "database does not exist it is created with that user as its general manager (the "
            "password is asked, or read from RECORDS_DESK_PASSWORD). Demo accounts archivist, "
            "director and sales1-4 are created if missing, with the same password as a "
            "temporary one to change at first sign-in.",
        ),
    )
    demo.add_argument("--customers", type=int, default=0, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    for module in _feature_demos():
        module.add_arguments(demo)


def _feature_demos() -> list[Any]:
    """The other features' sample data (records_desk/features.py `Feature.demo`)."""
    from records_desk.features import features

    return [importlib.import_module(f.demo) for f in features() if f.demo]


def _added_line(summary: Any) -> str:
    """What the sample customers came to; with --customers 0, that none were added (not
    "in 0.0 s (; 0 void…)")."""
    if not summary.customers:
        return sub(translate("CommandLine", "no customer files added (%1)"), "--customers 0")
    from records_desk.wording.customers.terms import grade_name

    grades = translate("CommandLine", ", ").join(
        sub(translate("CustomerDemo", "%1: %2 files"), grade_name(k), f"{v:,}")
        for k, v in summary.grades.items()
    )
    added = translate(
        "CommandLine",
        "added %1 customer files in %2 s (%3; %4 void, %5 blacklisted, %6 reviews)",
    )
    return sub(
        added,
        f"{summary.customers:,}",
        f"{summary.seconds:.1f}",
        grades,
        summary.voided,
        summary.blacklisted,
        summary.reviews,
    )


def cmd_demo(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.customers.demo import DemoData, ensure_demo_accounts

    if not args.user:
        raise CliError(translate("CommandLine", "this command needs --user NAME"))
    if args.customers < 0:
        raise CliError(sub(translate("CommandLine", "%1 must be 0 or more"), "--customers"))
    new_password = password(sub(translate("CommandLine", "password for %1: "), args.user))
    if isinstance(db_path, Path) and not db_path.exists():
        services, principal = create_office(db_path, args.user, "", new_password)
        print(created_line(services.database.name, args.user))
    else:
        services = open_services(db_path, office_key_text(getattr(args, "office_key", None)))
        try:
            if isinstance(db_path, str) and not services.auth.has_accounts():
                # a new server database (made by its administrator): its first manager
                principal = services.auth.create_first_manager(args.user, "", new_password)
                print(created_line(services.database.name, args.user))
            else:
                principal = services.auth.login(args.user, new_password)
        except BaseException:
            services.close()
            raise
    try:
        DemoData(services.ctx).check_allowed(principal)
        made = ensure_demo_accounts(services.accounts, principal, new_password)
        if made:
            print(sub(translate("CommandLine", "demo accounts made: %1"), ", ".join(made)))

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)

        summary = DemoData(services.ctx).fill(principal, args.customers, args.seed, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(_added_line(summary))
        for module in _feature_demos():
            line = module.run(services, principal, args)
            if line:
                print(line)
        return 0
    finally:
        services.close()
