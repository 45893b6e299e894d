"""`records-desk demo … --media N`: a sample media inventory with its history
(services/media/demo.py), registered as the media feature's `demo` (records_desk/features.py)."""

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
        "--media",
        type=int,
        default=0,
        metavar="N",
        help="also add N sample removable media with their history: prepared, issued with "
        "consent and returned, repaired, classified, disposed of or lost; some out today",
    )


def run(services: Services, principal: Principal, args: argparse.Namespace) -> str | None:
    from records_desk.services.media.demo import MediaDemo

    if args.media < 0:
        raise CliError("--media must be 0 or more")
    if not args.media:
        return None

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,} / {total:,} media", end="", file=sys.stderr, flush=True)

    demo = MediaDemo(services.ctx, services.media.inventory)
    summary = demo.fill(principal, args.media, args.seed, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    c = summary.counts
    return (
        f"added {summary.media:,} media with {summary.events:,} events in {summary.seconds:.1f} s "
        f"({c.get('ready', 0):,} ready, {c.get('issued', 0):,} issued, "
        f"{c.get('returned', 0):,} returned, {c.get('in_repair', 0):,} in repair, "
        f"{c.get('registered', 0):,} new, {c.get('disposed', 0):,} disposed, "
        f"{c.get('lost', 0):,} lost; {c.get('classified', 0):,} classified, "
        f"{c.get('backups', 0):,} backup discs)"
    )
