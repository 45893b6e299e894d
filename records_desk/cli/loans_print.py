"""`records-desk forms print loan_slip --loan LOAN_NO -o OUT.pdf` (and `print …`): the 借閱單
filled from a loan of the register (R-LOAN-9), read as the signed-in user through
services.loans.forms; the PDF is written like every printed form (cli/common.py save_printed)
and the save is audited with the loan as its subject (R-AUD-1)."""

from __future__ import annotations

import argparse
from pathlib import Path

from records_desk.cli.common import CliError, ExitCode, PrintSource, save_printed, signed_in

LOAN_FORMS = ("loan_slip",)


def add_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument("--loan", metavar="LOAN_NO", help="loan_slip: fill it from this loan")


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "loan", None))


def run(args: argparse.Namespace, db_path: Path) -> int:
    if args.form_id not in LOAN_FORMS:
        raise CliError(f"--loan fills {', '.join(LOAN_FORMS)}, not {args.form_id or 'FORM_ID'}")
    if args.list or args.blank or args.data or args.calibration:
        raise CliError("--loan fills the form from the database: no --list, --blank or --data")
    if not args.output:
        raise CliError("print needs -o OUT.pdf")
    with signed_in(args, db_path) as (services, principal):
        printed = services.loans.forms.printed_slip(principal, args.loan)
        save_printed(services, principal, printed, args.output, printed.subject)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_arguments, wanted, run)
