"""Command-line access to the customer files:

    records-desk [--db PATH] --user U customers search QUERY [--json] [--limit N]
                 [--include-void]

The commands sign in like every other (cli._signed_in) and go through the same services,
permission matrix and audit as the GUI. Search finds what the customers tab finds, ranked the
same way (services/customer_search.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this module's sub-commands on the main parser."""
    customers = sub.add_parser("customers", help="the customer files")
    customers_sub = customers.add_subparsers(
        dest="customers_command", metavar="ACTION", required=True
    )
    search = customers_sub.add_parser(
        "search",
        help="find customers by part of a name, phone, e-mail or archive number",
        description="Print the customers whose name, contact person, phones (spaces and "
        "dashes ignored), e-mail or archive number contain QUERY (one Chinese character is "
        "enough; full- and half-width alike), best matches first: one line each (archive "
        "number, name, phones, department, grade, blacklist mark), or a JSON list.",
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print a JSON list of objects")
    search.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows")
    search.add_argument("--include-void", action="store_true", help="void files too")


def cmd_customers(args: argparse.Namespace, db_path: Path) -> int:
    from records_desk import cli
    from records_desk.services.customer_search import CustomerQuery

    if args.limit < 0:
        raise cli.CliError("--limit must be 0 or more")
    services, principal = cli._signed_in(args, db_path)
    try:
        query = CustomerQuery(text=args.query, include_void=args.include_void)
        total = services.search.count(principal, query)
        rows = services.search.page(principal, query, 0, args.limit)
    finally:
        services.close()
    if args.json:
        print(json.dumps([_plain(asdict(r)) for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(_line(r))
        print(f"{len(rows)} of {total} matching", file=sys.stderr)
    return 0


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


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"customers": cmd_customers}
