"""The reception day's sheets filled from the records, through `print` (and `forms print`),
audited like every printed form (cli/common.py save_printed):

    records-desk --user U print visitor_sheet --day DATE -o OUT.pdf        (R-REC-11)
    records-desk --user U print phone_enquiry_sheet --day DATE -o OUT.pdf  (R-REC-12)

cli/reception.py combines this PRINT_SOURCE with the fairness report's
(cli/reception_disputes.py)."""

from __future__ import annotations

import argparse

from records_desk.cli.common import ExitCode, Office, PrintSource, save_printed, signed_in
from records_desk.cli.helptext import later
from records_desk.cli.print_checks import filled_form_options, fills_only, option_day

SHEETS = ("visitor_sheet", "phone_enquiry_sheet")


def add_print_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument(
        "--day",
        metavar="DATE",
        help=later.translate(
            "CommandHelp", "visitor_sheet, phone_enquiry_sheet: fill it from that day"
        ),
    )


def print_wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "day", None))


def print_run(args: argparse.Namespace, db_path: Office) -> int:
    fills_only("--day", SHEETS, args.form_id)
    filled_form_options(args)
    day = option_day(args.day, "--day")
    with signed_in(args, db_path) as (services, principal):
        forms = services.reception.forms
        if args.form_id == "visitor_sheet":
            printed = forms.printed_visitor_sheet(principal, day)
        else:
            printed = forms.printed_phone_sheet(principal, day)
        save_printed(services, principal, printed, args.output, printed.subject)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_print_arguments, print_wanted, print_run)
