"""`records-desk demo … --reception DAYS`: sample reception days, registrations and follow-ups
(services/reception/demo.py), registered as the reception feature's `demo`
(records_desk/features.py)."""

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
        "--reception",
        type=int,
        default=0,
        metavar="DAYS",
        help=later.translate(
            "CommandHelp",
            "also add DAYS sample reception days up to today: consultants signing in, "
            "walk-ins assigned by the rotation (returning, designated, away and back), visitor "
            "sheets reviewed and closed, registrations with A/B/C follow-ups; today left open",
        ),
    )


def run(services: Services, principal: Principal, args: argparse.Namespace) -> str | None:
    from records_desk.services.reception.demo import ReceptionDemo

    if args.reception < 0:
        raise CliError(sub(translate("CommandLine", "%1 must be 0 or more"), "--reception"))
    if not args.reception:
        return None

    days = translate("ReceptionCommands", "%1 / %2 days")

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print("\r" + sub(days, f"{done:,}", f"{total:,}"), end="", file=sys.stderr, flush=True)

    s = ReceptionDemo(services.ctx).fill(principal, args.reception, seed=args.seed,
                                         progress=progress)  # fmt: skip
    if sys.stderr.isatty():
        print(file=sys.stderr)
    text = translate(
        "ReceptionCommands",
        "added %1 reception days (%2 visits, %3 events) for %4 consultants, %5 registrations "
        "with %6 follow-ups in %7 s",
    )
    return sub(text, f"{s.days:,}", f"{s.visits:,}", f"{s.events:,}", str(s.consultants),
               f"{s.registrations:,}", f"{s.follow_ups:,}", f"{s.seconds:.1f}")  # fmt: skip
