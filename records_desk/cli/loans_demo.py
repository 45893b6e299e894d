"""`records-desk demo … --loans N`: sample loan history over the demo customer files
(services/loans/demo.py), registered as the loans feature's `demo` (records_desk/features.py)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from records_desk.cli.common import CliError
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--loans",
        type=int,
        default=0,
        metavar="N",
        help=later.translate(
            "CommandHelp",
            "also add N sample loans over the customer files: open, returned (some damaged, "
            "fined or waived), overdue, external (some awaiting approval), in-room and take-out",
        ),
    )


def run(services: Services, principal: Principal, args: argparse.Namespace) -> str | None:
    from records_desk.services.loans.demo import LoanDemo

    if args.loans < 0:
        raise CliError(sub(translate("CommandLine", "%1 must be 0 or more"), "--loans"))
    if not args.loans:
        return None

    counted = translate("LoanCommands", "%1 / %2 loans")

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print("\r" + sub(counted, f"{done:,}", f"{total:,}"), end="", file=sys.stderr,
                  flush=True)  # fmt: skip

    summary = LoanDemo(services.ctx, services.loans.options.closing_time).fill(
        principal, args.loans, args.seed, progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    c = summary.counts
    text = translate(
        "LoanCommands",
        "added %1 loans of %2 files in %3 s (%4 open, %5 overdue, %6 awaiting approval, "
        "%7 refused, %8 returned; %9 external; %10 fined, %11 waived; %12 not yet back on "
        "the shelf)",
    )
    keys = "open overdue_loans awaiting_approval refused closed external fined waived unshelved"
    counts = [f"{c.get(key, 0):,}" for key in keys.split()]
    return sub(text, f"{summary.loans:,}", f"{summary.items:,}", f"{summary.seconds:.1f}", *counts)
