"""`records-desk media stocktake start|scan|close` (issue 13 §4, §8): a stocktake from the
command line, one scan a number (as a scanner acting as a keyboard sends them), live counts
after each, and the report at closing (`--json`: expected, found, missing, unexpected, twice)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from records_desk.cli.common import ExitCode, Office, SubParsers, command, signed_in, verbs
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.media.dto import StocktakeReport


def register(media_verbs: SubParsers) -> None:
    stocktake = media_verbs.add_parser(
        "stocktake", help=later.translate("CommandHelp", "count the media in the cupboards")
    )
    steps = verbs(stocktake, "stocktake")
    start = command(
        steps, "start", cmd_stocktake_start, help=later.translate("CommandHelp", "open a stocktake")
    )
    start.add_argument("--department", metavar="D")
    start.add_argument("--location", metavar="L")
    scan = command(
        steps, "scan", cmd_stocktake_scan, help=later.translate("CommandHelp", "scan numbers")
    )
    scan.add_argument("numbers", nargs="+", metavar="NUMBER")
    close = command(
        steps,
        "close",
        cmd_stocktake_close,
        help=later.translate("CommandHelp", "close it with its report"),
    )
    close.add_argument("--json", action="store_true")


def cmd_stocktake_start(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        report = services.media.stocktakes.start(principal, args.department, args.location)
    line = translate("MediaCommands", "stocktake %1 open: %2 media expected")
    print(sub(line, str(report.id), str(report.counts.expected)))
    return ExitCode.OK


def cmd_stocktake_scan(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        results = services.media.stocktakes.scan(principal, args.numbers)
    for r in results:
        c = r.counts
        line = translate(
            "MediaCommands",
            "%1: %2 (expected %3, found %4, missing %5, unexpected %6, twice %7)",
        )
        counts = (c.expected, c.found, c.missing, c.unexpected, c.twice)
        print(sub(line, r.number or r.scanned, r.outcome, *map(str, counts)))
    return ExitCode.OK


def _report_json(report: StocktakeReport) -> dict[str, Any]:
    return {
        "expected": report.counts.expected,
        "found": report.counts.found,
        "missing": list(report.missing),
        "unexpected": list(report.unexpected),
        "twice": list(report.twice),
    }


def cmd_stocktake_close(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        report = services.media.stocktakes.close(principal)
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
        return ExitCode.OK
    c = report.counts
    line = translate(
        "MediaCommands",
        "stocktake %1 closed: expected %2, found %3, missing %4, unexpected %5, twice %6",
    )
    counts = (c.expected, c.found, c.missing, c.unexpected, c.twice)
    print(sub(line, str(report.id), *map(str, counts)))
    for label, numbers in (
        (translate("MediaCommands", "missing:"), report.missing),
        (translate("MediaCommands", "unexpected:"), report.unexpected),
        (translate("MediaCommands", "scanned twice:"), report.twice),
    ):
        if numbers:
            print(label, " ".join(numbers))
    return ExitCode.OK
