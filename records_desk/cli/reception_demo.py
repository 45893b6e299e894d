"""`records-desk demo … --reception DAYS`: sample reception days, registrations and follow-ups
(services/reception/demo.py), registered as the reception feature's `demo`
(records_desk/features.py)."""

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
        "--reception",
        type=int,
        default=0,
        metavar="DAYS",
        help="also add DAYS sample reception days up to today: consultants signing in, "
        "walk-ins assigned by the rotation (returning, designated, away and back), visitor "
        "sheets reviewed and closed, registrations with A/B/C follow-ups; today left open",
    )


def run(services: Services, principal: Principal, args: argparse.Namespace) -> str | None:
    from records_desk.services.reception.demo import ReceptionDemo

    if args.reception < 0:
        raise CliError("--reception must be 0 or more")
    if not args.reception:
        return None

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} / {total:,} days", end="", file=sys.stderr, flush=True)

    s = ReceptionDemo(services.ctx).fill(principal, args.reception, seed=args.seed,
                                         progress=progress)  # fmt: skip
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return (
        f"added {s.days:,} reception days ({s.visits:,} visits, {s.events:,} events) for "
        f"{s.consultants} consultants, {s.registrations:,} registrations with "
        f"{s.follow_ups:,} follow-ups in {s.seconds:.1f} s"
    )
