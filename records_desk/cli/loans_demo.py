"""`records-desk demo … --loans N`: sample loan history over the demo customer files
(services/loans/demo.py), registered as the loans feature's `demo` (records_desk/features.py)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from records_desk.cli.common import CliError

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--loans",
        type=int,
        default=0,
        metavar="N",
        help="also add N sample loans over the customer files: open, returned (some damaged, "
        "fined or waived), overdue, external (some awaiting approval), in-room and take-out",
    )


def run(services: Services, principal: Principal, args: argparse.Namespace) -> str | None:
    from records_desk.services.loans.demo import LoanDemo

    if args.loans < 0:
        raise CliError("--loans must be 0 or more")
    if not args.loans:
        return None

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} / {total:,} loans", end="", file=sys.stderr, flush=True)

    summary = LoanDemo(services.ctx, services.loans.options.closing_time).fill(
        principal, args.loans, args.seed, progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    c = summary.counts
    return (
        f"added {summary.loans:,} loans of {summary.items:,} files in {summary.seconds:.1f} s "
        f"({c.get('open', 0):,} open, {c.get('overdue_loans', 0):,} overdue, "
        f"{c.get('awaiting_approval', 0):,} awaiting approval, {c.get('refused', 0):,} refused, "
        f"{c.get('closed', 0):,} returned; {c.get('external', 0):,} external; "
        f"{c.get('fined', 0):,} fined, {c.get('waived', 0):,} waived; "
        f"{c.get('unshelved', 0):,} not yet back on the shelf)"
    )
