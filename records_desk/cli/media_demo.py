"""`records-desk demo … --media N`: a sample media inventory with its history
(services/media/demo.py), registered as the media feature's `demo` (records_desk/features.py)."""

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
        "--media",
        type=int,
        default=0,
        metavar="N",
        help=later.translate(
            "CommandHelp",
            "also add N sample removable media with their history: prepared, issued with "
            "consent and returned, repaired, classified, disposed of or lost; some out today",
        ),
    )


def run(services: Services, principal: Principal, args: argparse.Namespace) -> str | None:
    from records_desk.services.media.demo import MediaDemo

    if args.media < 0:
        raise CliError(sub(translate("CommandLine", "%1 must be 0 or more"), "--media"))
    if not args.media:
        return None

    counted = translate("MediaCommands", "%1 / %2 media")

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print("\r" + sub(counted, f"{done:,}", f"{total:,}"), end="", file=sys.stderr,
                  flush=True)  # fmt: skip

    demo = MediaDemo(services.ctx, services.media.inventory)
    summary = demo.fill(principal, args.media, args.seed, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    c = summary.counts
    line = translate(
        "MediaCommands",
        "added %1 media with %2 events in %3 s (%4 ready, %5 issued, %6 returned, %7 in "
        "repair, %8 new, %9 disposed, %10 lost; %11 classified, %12 backup discs)",
    )
    figures = (summary.media, summary.events, f"{summary.seconds:.1f}") + tuple(
        c.get(k, 0)
        for k in (
            "ready",
            "issued",
            "returned",
            "in_repair",
            "registered",
            "disposed",
            "lost",
            "classified",
            "backups",
        )  # fmt: skip
    )
    return sub(line, *(f"{v:,}" if isinstance(v, int) else v for v in figures))
