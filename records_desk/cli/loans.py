"""Command-line access to the loan register (R-LOAN, R-ACC-5), with the same services and
permissions as the window:

    records-desk --user U loans lend ARCHIVE_NO... (--borrower ACCOUNT | --external NAME
                 --org ORG [--id-number N] [--phone P]) --purpose TEXT
                 [--take-out --due YYYY-MM-DD] [--json]
    records-desk --user U loans approve LOAN_NO [--note TEXT]
    records-desk --user U loans refuse LOAN_NO --note TEXT
    records-desk --user U loans return ARCHIVE_NO... [--condition ok|marked|torn|folded|
                 pages_removed] [--fine N --fine-reason TEXT | --waive-reason TEXT] [--json]
    records-desk --user U loans list [--open | --overdue | --awaiting | --all]
                 [--borrower ACCOUNT] [--json]
    records-desk --user U loans list --unshelved [--json]   (returns not yet back in place)
    records-desk --user U loans reshelve ARCHIVE_NO... [--shelf LABEL]
    records-desk --user U loans deputy ACCOUNT --from DATE --to DATE
    records-desk --user U loans deputy ACCOUNT --end     (the archivist is back early)
    records-desk --user U print loan_slip --loan LOAN_NO -o OUT.pdf   (cli/loans_print.py:
                 also print loan_register --from --to, print handover)

A refusal is one line naming the rule's reason (which file is already out and with whom, that
the loan awaits approval, that the fine must be 100–500), exit 2 (cli/__init__.py main).
Times are printed in the office's time zone, ISO 8601 in --json."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    SubParsers,
    command,
    every_page,
    signed_in,
    verbs,
)
from records_desk.cli.helptext import later
from records_desk.cli.loans_print import PRINT_SOURCE
from records_desk.cli.print_checks import given_day, option_day
from records_desk.wording.language import sub, translate

__all__ = ["PRINT_SOURCE", "register"]

CONDITIONS = ("ok", "marked", "torn", "folded", "pages_removed")


def register(sub_parsers: SubParsers) -> None:
    loans = sub_parsers.add_parser(
        "loans", help=later.translate("CommandHelp", "the loan register: lend and take back files")
    )
    loan_verbs = verbs(loans, "loans")

    lend = command(
        loan_verbs,
        "lend",
        cmd_lend,
        help=later.translate("CommandHelp", "register a loan of customer files"),
    )
    lend.add_argument("archive_numbers", nargs="+", metavar="ARCHIVE_NO")
    who = lend.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--borrower", metavar="ACCOUNT", help=later.translate("CommandHelp", "a staff account")
    )
    who.add_argument(
        "--external",
        metavar="NAME",
        help=later.translate("CommandHelp", "a borrower from outside the company"),
    )
    lend.add_argument(
        "--org",
        metavar="ORG",
        help=later.translate("CommandHelp", "the outside borrower's organisation"),
    )
    lend.add_argument("--id-number", default="", metavar="N")
    lend.add_argument("--phone", default="", metavar="P")
    lend.add_argument("--purpose", required=True, metavar="TEXT")
    lend.add_argument(
        "--take-out",
        action="store_true",
        help=later.translate("CommandHelp", "taken out of the office"),
    )
    lend.add_argument(
        "--due",
        metavar="YYYY-MM-DD",
        help=later.translate("CommandHelp", "a take-out loan's due day"),
    )
    lend.add_argument("--json", action="store_true")

    approve = command(
        loan_verbs,
        "approve",
        cmd_approve,
        help=later.translate("CommandHelp", "approve an external loan"),
    )
    approve.add_argument("loan", metavar="LOAN_NO")
    approve.add_argument("--note", default="", metavar="TEXT")
    refuse = command(
        loan_verbs,
        "refuse",
        cmd_refuse,
        help=later.translate("CommandHelp", "refuse an external loan"),
    )
    refuse.add_argument("loan", metavar="LOAN_NO")
    refuse.add_argument("--note", required=True, metavar="TEXT")

    back = command(
        loan_verbs,
        "return",
        cmd_return,
        help=later.translate("CommandHelp", "take lent files back"),
    )
    back.add_argument("archive_numbers", nargs="+", metavar="ARCHIVE_NO")
    back.add_argument("--condition", choices=CONDITIONS, default="ok")
    back.add_argument(
        "--fine", type=int, metavar="N", help=later.translate("CommandHelp", "yuan, 100-500")
    )
    back.add_argument("--fine-reason", metavar="TEXT")
    back.add_argument(
        "--waive-reason", metavar="TEXT", help=later.translate("CommandHelp", "a director's waiver")
    )
    back.add_argument("--json", action="store_true")

    listing = command(
        loan_verbs,
        "list",
        cmd_list,
        help=later.translate("CommandHelp", "the files of loans, newest first"),
    )
    view = listing.add_mutually_exclusive_group()
    for name in ("open", "overdue", "awaiting", "all"):
        view.add_argument(f"--{name}", dest="view", action="store_const", const=name)
    view.add_argument(
        "--unshelved",
        dest="view",
        action="store_const",
        const="unshelved",
        help=later.translate("CommandHelp", "files taken back, not yet confirmed back in place"),
    )
    listing.add_argument("--borrower", metavar="ACCOUNT")
    listing.add_argument("--json", action="store_true")

    reshelve = command(
        loan_verbs,
        "reshelve",
        cmd_reshelve,
        help=later.translate("CommandHelp", "confirm returned files back in place"),
    )
    reshelve.add_argument("archive_numbers", nargs="+", metavar="ARCHIVE_NO")
    reshelve.add_argument(
        "--shelf",
        metavar="LABEL",
        help=later.translate("CommandHelp", "the shelf label scanned: must match"),
    )

    deputy = command(
        loan_verbs,
        "deputy",
        cmd_deputy,
        help=later.translate("CommandHelp", "name the archivist's deputy"),
    )
    deputy.add_argument("account", metavar="ACCOUNT")
    deputy.add_argument("--from", dest="starts", metavar="DATE")
    deputy.add_argument("--to", dest="ends", metavar="DATE")
    deputy.add_argument(
        "--end",
        action="store_true",
        help=later.translate("CommandHelp", "end the account's period now (the archivist is back)"),
    )


def _time(at: datetime | None) -> str | None:
    return at.astimezone().isoformat(timespec="minutes") if at else None


def _shown(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else "-"


def cmd_lend(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.loans.lending import external_borrower
    from records_desk.domain.loans.vocabulary import Borrower, LoanKind

    borrower: Borrower | str
    if args.external is not None:
        if not args.org:
            raise CliError(translate("LoanCommands", "--external needs --org ORG"))
        borrower = external_borrower(args.external, args.org, args.id_number, args.phone)
    else:
        borrower = args.borrower
    kind = LoanKind.TAKE_OUT if args.take_out else LoanKind.IN_ROOM
    due_on = given_day(args.due, "--due")
    with signed_in(args, db_path) as (services, principal):
        loan = services.loans.lending.lend(
            principal, args.archive_numbers, borrower, args.purpose, kind, due_on
        )
    if args.json:
        shown = {"loan": loan.number, "status": loan.status.value, "due": _time(loan.due_at)}
        print(json.dumps(shown, ensure_ascii=False))
    else:
        print(loan.number)
    return ExitCode.OK


def cmd_approve(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        loan = services.loans.lending.approve(principal, args.loan, args.note)
    print(
        sub(translate("LoanCommands", "%1 approved: out, due %2"), loan.number, _shown(loan.due_at))
    )
    return ExitCode.OK


def cmd_refuse(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        loan = services.loans.lending.refuse(principal, args.loan, args.note)
    print(sub(translate("LoanCommands", "%1 refused"), loan.number))
    return ExitCode.OK


def cmd_return(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.loans.vocabulary import Condition

    with signed_in(args, db_path) as (services, principal):
        returned = services.loans.returns.take_back(
            principal,
            args.archive_numbers,
            Condition(args.condition),
            args.fine,
            args.fine_reason,
            args.waive_reason,
        )
    if args.json:
        rows = [
            {
                "archive_no": r.archive_number,
                "loan": r.loan_number,
                "shelf": r.shelf_location,
                "condition": r.condition.value,
                "fine": r.fine,
                "waived": r.waived,
                "loan_closed": r.loan_closed,
            }
            for r in returned
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for r in returned:
        line = translate("LoanCommands", "%1 returned (loan %2): back to shelf %3")
        print(sub(line, r.archive_number, r.loan_number, r.shelf_location or "-"))
    return ExitCode.OK


def cmd_list(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.loans.dto import LoanFilter, LoanView

    if args.view == "unshelved":
        return _list_unshelved(args, db_path)

    flt = LoanFilter(view=LoanView(args.view or "open"), borrower=args.borrower)
    with signed_in(args, db_path) as (services, principal):
        register = services.loans.register
        rows = every_page(lambda offset, limit: register.page(principal, flt, offset, limit))
    if args.json:
        shown = [
            {
                "loan": r.loan,
                "archive_no": r.archive_no,
                "borrower": r.borrower,
                "kind": r.kind.value,
                "loaned": _time(r.loaned),
                "due": _time(r.due),
                "returned": _time(r.returned),
                "status": r.status.value,
                "condition": r.condition.value if r.condition else None,
                "fine": r.fine,
            }
            for r in rows
        ]
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    from records_desk.wording.loans.terms import condition_name, item_status_name, kind_name

    for r in rows:  # the user's language, like the tab (--json keeps the stable values)
        parts = [r.loan, r.archive_no, r.borrower, kind_name(r.kind), _shown(r.loaned)]
        parts += [_shown(r.due), _shown(r.returned), item_status_name(r.status)]
        if r.condition:
            parts.append(condition_name(r.condition))
        if r.fine is not None:
            parts.append(sub(translate("LoanCommands", "fine %1 yuan"), str(r.fine)))
        print("  ".join(parts))
    return ExitCode.OK


def _list_unshelved(args: argparse.Namespace, db_path: Office) -> int:
    """R-LOAN-5: the files taken back whose return to their place is not confirmed yet,
    oldest return first."""
    if args.borrower:
        raise CliError(translate("LoanCommands", "--unshelved lists every borrower's files"))
    with signed_in(args, db_path) as (services, principal):
        rows = services.loans.register.awaiting_reshelving(principal)
    if args.json:
        shown = [
            {"archive_no": r.archive_number, "loan": r.loan_number, "shelf": r.shelf_location}
            for r in rows
        ]
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for r in rows:
        line = translate("LoanCommands", "%1 (loan %2): not yet back on shelf %3")
        print(sub(line, r.archive_number, r.loan_number, r.shelf_location or "-"))
    return ExitCode.OK


def cmd_reshelve(args: argparse.Namespace, db_path: Office) -> int:
    """R-LOAN-5: each file confirmed in its own transaction, in the order given; a refusal
    stops there (those printed before it are confirmed)."""
    with signed_in(args, db_path) as (services, principal):
        for number in args.archive_numbers:
            item = services.loans.returns.confirm_reshelved(principal, number, args.shelf)
            line = translate("LoanCommands", "%1 back in place on shelf %2")
            print(sub(line, item.archive_number, item.shelf_location or "-"), flush=True)
    return ExitCode.OK


def cmd_deputy(args: argparse.Namespace, db_path: Office) -> int:
    if args.end:
        if args.starts or args.ends:
            raise CliError(translate("LoanCommands", "--end takes no --from or --to"))
        return _end_deputy(args, db_path)
    if not (args.starts and args.ends):
        raise CliError(translate("LoanCommands", "give --from DATE and --to DATE, or --end"))
    starts, ends = option_day(args.starts, "--from"), option_day(args.ends, "--to")
    with signed_in(args, db_path) as (services, principal):
        period = services.loans.deputies.appoint(principal, args.account, starts, ends)
    text = translate("LoanCommands", "%1 is the archivist's deputy from %2 to %3")
    print(sub(text, period.username, period.starts_on.isoformat(), period.ends_on.isoformat()))
    return ExitCode.OK


def _end_deputy(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        period = services.loans.deputies.end_for(principal, args.account)
    if period.ends_on < period.starts_on:  # it had not started: withdrawn
        text = translate("LoanCommands", "%1's deputy period from %2 is withdrawn")
        print(sub(text, period.username, period.starts_on.isoformat()))
    else:
        text = translate("LoanCommands", "%1's deputy period ends early: last day %2")
        print(sub(text, period.username, period.ends_on.isoformat()))
    return ExitCode.OK
