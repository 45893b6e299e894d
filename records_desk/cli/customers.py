"""Command-line access to the customer files:

    records-desk --user U customers search QUERY [--json] [--limit N] [--include-void]
    records-desk --user U customers import FILE.xlsx [--sheet NAME] [--dry-run]
                 [--report OUT.xlsx] [--json] [--override-reason TEXT]
    records-desk --user U customers export -o OUT.xlsx [--query TEXT] [--include-void]
    records-desk --user U customers sms -o OUT.xlsx [--query TEXT]
    records-desk --user U demo --customers N [--seed S]
    records-desk --user U forms print FORM --customer ARCHIVE_NUMBER … (customers_print.py)

Today's spellings stay: `import customers FILE`, `export customers -o`, `export sms -o`.
Search finds what the customers tab finds, ranked the same way (services/customers/search.py);
the import and export are cli/customers_exchange.py, the demo data cli/customers_demo.py."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from enum import Enum
from typing import Any

from records_desk.cli import customers_demo, customers_exchange
from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    SubParsers,
    command,
    signed_in,
    verbs,
)
from records_desk.cli.customers_print import PRINT_SOURCE
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

__all__ = ["PRINT_SOURCE", "register"]

SEARCH_HELP = later.translate(
    "CommandHelp",
    "Print the customers whose name, contact person, phones (spaces and dashes ignored), "
    "e-mail or archive number contain QUERY (one Chinese character is enough; full- and "
    "half-width alike), best matches first: one line each (archive number, name, phones, "
    "department, grade, blacklist mark), or a JSON list.",
)


def register(sub: SubParsers) -> None:
    customers = sub.add_parser(
        "customers", help=later.translate("CommandHelp", "the customer files")
    )
    customer_verbs = verbs(customers, "customers")
    search = command(
        customer_verbs,
        "search",
        cmd_search,
        description=SEARCH_HELP,
        help=later.translate(
            "CommandHelp", "find customers by part of a name, phone, e-mail or archive number"
        ),
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--json",
        action="store_true",
        help=later.translate("CommandHelp", "print a JSON list of objects"),
    )
    search.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=later.translate("CommandHelp", "at most N rows"),
    )
    search.add_argument(
        "--include-void", action="store_true", help=later.translate("CommandHelp", "void files too")
    )
    customers_exchange.register(customer_verbs, sub)
    customers_demo.register(sub)


def cmd_search(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.customers.search import CustomerQuery

    if args.limit < 0:
        raise CliError(sub(translate("CommandLine", "%1 must be 0 or more"), "--limit"))
    with signed_in(args, db_path) as (services, principal):
        query = CustomerQuery(text=args.query, include_void=args.include_void)
        total = services.customers.search.count(principal, query)
        rows = services.customers.search.page(principal, query, 0, args.limit)
    if args.json:
        print(json.dumps([_plain(asdict(r)) for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(_line(r))
        print(sub(translate("CommandLine", "%1 of %2 matching"), len(rows), total), file=sys.stderr)
    return ExitCode.OK


def _line(r: Any) -> str:
    grade = r.grade.value if r.grade else "-"
    mark = f"BLACKLISTED until {r.blacklisted_until.isoformat()}" if r.blacklisted_until else ""
    void = "VOID" if r.status.value != "active" else ""
    parts = [r.archive_number, r.name, ", ".join(r.phones) or "-", r.department, grade, mark, void]
    return "  ".join(p for p in parts if p).rstrip()


def _plain(value: Any) -> Any:
    """JSON-ready: enums by value, dates ISO, tuples as lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
