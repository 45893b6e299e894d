"""The checks every form filled from the database makes of `print`'s options, worded once in
the command line's language (the loan, media, reception and customer print sources):

    filled_form_options(args)                 no --list/--blank/--data/--calibration; -o given
    fills_only("--loan", ["loan_slip"], form) an option that fills only certain forms
    needs(form, "--media NUMBER")             what a form cannot be printed without
    takes_no(what, "--media")                 an option that does not go with another
    option_day(text, "--from")                a date given to an option (given_day: if any)

Each raises CliError (one line, exit 2). The option names stay as typed: they are what the
user types, in every language."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date

from records_desk.cli.common import CliError
from records_desk.wording.language import sub, translate


def output_given(args: argparse.Namespace) -> None:
    if not args.output:
        raise CliError(translate("CommandLine", "print needs -o OUT.pdf"))


def filled_form_options(args: argparse.Namespace) -> None:
    """A form filled from the database is neither listed, blank, filled from a file nor the
    calibration page, and it is written to -o OUT.pdf."""
    if args.list or args.blank or args.data or args.calibration:
        raise CliError(
            translate(
                "CommandLine",
                "a form filled from the database takes no --list, --blank, --data or --calibration",
            )
        )
    output_given(args)


def fills_only(option: str, forms: Sequence[str], form: str | None) -> None:
    """OPTION fills one of FORMS: refused with any other FORM_ID (or none)."""
    if form not in forms:
        text = translate("CommandLine", "%1 fills %2, not %3")
        raise CliError(sub(text, option, ", ".join(forms), form or "FORM_ID"))


def needs(form: str, options: str) -> CliError:
    """FORM printed without OPTIONS (as typed, e.g. "--from DATE --to DATE")."""
    return CliError(sub(translate("CommandLine", "%1 needs %2"), form, options))


def takes_no(what: str, option: str) -> CliError:
    """WHAT (a form or an option) given with OPTION, which it does not go with."""
    return CliError(sub(translate("CommandLine", "%1 takes no %2"), what, option))


def option_day(text: str, option: str) -> date:
    """The office date TEXT given to OPTION; refused as "--from 2026-13-01: <why>"."""
    from records_desk.domain.common.dates import parse_office_date
    from records_desk.domain.common.errors import OfficeDateInvalid
    from records_desk.wording import describe

    try:
        return parse_office_date(text)
    except OfficeDateInvalid as e:
        raise CliError(
            sub(translate("CommandLine", "%1 %2: %3"), option, text, describe(e))
        ) from None


def given_day(text: str | None, option: str) -> date | None:
    """option_day of TEXT when it was given, else None."""
    return option_day(text, option) if text else None
