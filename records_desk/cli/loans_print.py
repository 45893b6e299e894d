"""The loan register's forms filled from the database, through `print` (and `forms print`):

    records-desk --user U print loan_slip --loan LOAN_NO -o OUT.pdf            (R-LOAN-9)
    records-desk --user U print loan_register --from DATE --to DATE -o OUT.pdf (R-LOAN-1)
    records-desk --user U print handover [--received-by ACCOUNT] -o OUT.pdf   (R-ACC-5)
    records-desk --user U print loan_overdue [--borrower ACCOUNT] -o OUT.pdf  (R-LOAN-8)

`handover` is the 交接清單 (form handover_record) of every file out, handed over by the signed-in
user to ACCOUNT, or to the deputy archivist of the day (or the next one named). The data is read
as the signed-in user through services.loans.forms; the PDF is written like every printed form
(cli/common.py save_printed) and the save is audited (R-AUD-1), a slip with its loan."""

from __future__ import annotations

import argparse

from records_desk.cli.common import ExitCode, Office, PrintSource, save_printed, signed_in
from records_desk.cli.helptext import later
from records_desk.cli.print_checks import filled_form_options, fills_only, needs, option_day

LOAN_SLIP, LOAN_REGISTER, HANDOVER = "loan_slip", "loan_register", "handover_record"
LOAN_OVERDUE = "loan_overdue"


def add_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument(
        "--loan",
        metavar="LOAN_NO",
        help=later.translate("CommandHelp", "loan_slip: fill it from this loan"),
    )
    prn.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=later.translate("CommandHelp", "loan_register: first day"),
    )
    prn.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help=later.translate("CommandHelp", "loan_register: last day"),
    )
    prn.add_argument(
        "--received-by",
        metavar="ACCOUNT",
        help=later.translate("CommandHelp", "handover: who takes over (default: the deputy)"),
    )
    prn.add_argument(
        "--borrower",
        metavar="ACCOUNT",
        help=later.translate("CommandHelp", "loan_overdue: one borrower's files (default: all)"),
    )


def wanted(args: argparse.Namespace) -> bool:
    form = getattr(args, "form_id", None)
    return bool(
        getattr(args, "loan", None)
        or (form == LOAN_REGISTER and (args.date_from or args.date_to))
        or form == "handover"
        or (form == HANDOVER and args.received_by)
        or (form == LOAN_OVERDUE and not (args.blank or args.data or args.list))
        or getattr(args, "borrower", None)
    )


def run(args: argparse.Namespace, db_path: Office) -> int:
    form = HANDOVER if args.form_id == "handover" else args.form_id
    filled_form_options(args)
    if args.borrower:
        fills_only("--borrower", [LOAN_OVERDUE], form)
    if args.loan:
        fills_only("--loan", [LOAN_SLIP], form)
    if form == LOAN_REGISTER and not (args.date_from and args.date_to):
        raise needs(LOAN_REGISTER, "--from DATE --to DATE")
    start = end = None
    if form == LOAN_REGISTER:
        start, end = option_day(args.date_from, "--from"), option_day(args.date_to, "--to")
    with signed_in(args, db_path) as (services, principal):
        forms = services.loans.forms
        if form == LOAN_SLIP:
            printed = forms.printed_slip(principal, args.loan)
        elif form == LOAN_REGISTER:
            assert start is not None and end is not None
            printed = forms.printed_register(principal, start, end)
        elif form == LOAN_OVERDUE:
            printed = forms.printed_overdue(principal, args.borrower)
        else:
            printed = forms.printed_handover(principal, args.received_by)
        save_printed(services, principal, printed, args.output, printed.subject)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_arguments, wanted, run)
