"""`records-desk forms print` (and `print`) filled from the customer files (issue 4 item 12):

    records-desk --user U forms print FORM --customer ARCHIVE_NUMBER [--record ID] -o OUT.pdf
    records-desk --user U forms print blacklist --entries in-force|all [--on DAY] [--department D] -o OUT.pdf

FORM is the registration sheet or 附件1, 2, 4, 5 (customer_registration, appraisal_form,
periodic_review, customer_survey, visit_report); --record picks one review, visit, evaluation
or survey by its id instead of the newest. 附件3 is the whole blacklist: the entries in force on
--on (today), or all of them with their dates. The data is read as the signed-in user through
services.customers.forms; the PDF is written like every printed form (cli/common.py save_printed)
and the save is audited (R-AUD-1)."""

from __future__ import annotations

import argparse

from records_desk.cli.common import CliError, ExitCode, Office, PrintSource, save_printed, signed_in
from records_desk.cli.helptext import later
from records_desk.cli.print_checks import option_day, output_given
from records_desk.wording.language import sub, translate


def add_arguments(prn: argparse.ArgumentParser) -> None:
    """The options of `print` that fill a form from the database."""
    prn.add_argument(
        "--customer",
        metavar="ARCHIVE_NUMBER",
        help=later.translate("CommandHelp", "fill a customer form from this file"),
    )
    prn.add_argument(
        "--record",
        type=int,
        metavar="ID",
        help=later.translate(
            "CommandHelp", "which review, visit, evaluation or survey (default: the newest)"
        ),
    )
    prn.add_argument(
        "--entries",
        choices=("in-force", "all"),
        help=later.translate(
            "CommandHelp", "blacklist: fill from the database, the entries in force or every entry"
        ),
    )
    prn.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        help=later.translate("CommandHelp", "blacklist: in force on this day"),
    )
    prn.add_argument(
        "--department",
        help=later.translate(
            "CommandHelp", "blacklist: one department's entries and the company's"
        ),
    )


def wanted(args: argparse.Namespace) -> bool:
    """Whether `print` was asked to fill the form from the database."""
    return bool(args.customer or args.entries)


def run(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.customers.forms import BLACKLIST, CUSTOMER_FORMS

    forms = ", ".join(CUSTOMER_FORMS)
    label_options = args.calibration or args.grid or args.offset or args.start
    if args.list or args.blank or args.data or label_options:
        raise CliError(
            translate(
                "CommandLine",
                "--customer/--entries fill the form from the database: "
                "no --list, --blank, --data or label options",
            )
        )
    output_given(args)
    if args.form_id == BLACKLIST:
        if args.customer or args.record is not None:
            raise CliError(
                translate("CommandLine", "blacklist is the whole list: use --entries in-force|all")
            )
        if not args.entries:
            raise CliError(
                translate("CommandLine", "blacklist from the database needs --entries in-force|all")
            )
    elif args.form_id in CUSTOMER_FORMS:
        if not args.customer:
            raise CliError(
                sub(translate("CommandLine", "%1 needs --customer ARCHIVE_NUMBER"), args.form_id)
            )
        if args.entries or args.on or args.department:
            raise CliError(
                translate("CommandLine", "--entries, --on and --department are for the blacklist")
            )
    else:
        text = translate(
            "CommandLine",
            "%1: not filled from the customer files (customer forms: %2; or blacklist --entries)",
        )
        raise CliError(sub(text, args.form_id or "FORM_ID", forms))
    on = option_day(args.on, "--on") if args.on else None

    with signed_in(args, db_path) as (services, principal):
        forms_service = services.customers.forms
        if args.form_id == BLACKLIST:
            printed = forms_service.printed(
                principal,
                BLACKLIST,
                on=on,
                all_entries=args.entries == "all",
                department=args.department,
            )
        else:
            customer_id = forms_service.customer_id_of(principal, args.customer)
            printed = forms_service.printed(
                principal, args.form_id, customer_id, record_id=args.record
            )
        save_printed(services, principal, printed, args.output, printed.subject)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_arguments, wanted, run)
