"""The reception day's records from the command line (R-REC-1…5, R-REC-11, R-REC-12), the
verbs added to `reception` (cli/reception.py calls `add_day_verbs`), with the same services
and permissions as the window:

    records-desk --user U reception sign-in CONSULTANT [CONSULTANT...]
    records-desk --user U reception sign-out | back | visit-end CONSULTANT
    records-desk --user U reception away CONSULTANT --reason unexcused|manager_assignment
                 [--approved-by NAME]
    records-desk --user U reception walk-in NAME [--phone P] [--id-number N] [--designated C]
                 [--party N] [--source walk_in|phone|referral] [--intention A|B|C]
                 [--notes TEXT] [--json]
    records-desk --user U reception status [--json]
    records-desk --user U reception enquiry NAME --consultant C [--phone P] [--enquiry TEXT]
                 [--heard-through TEXT] [--invited]
    records-desk --user U reception check (--phone P | --id-number N) [--json]
    records-desk --user U reception register NAME (--phone P | --id-number N) [--consultant C]
                 [--registered DATE] [--level A|B|C]
    records-desk --user U reception follow-up REGISTRATION --on DATE --level A|B|C [--note T]
    records-desk --user U reception sheet [DATE] [--json]
    records-desk --user U reception close [DATE]
    records-desk --user U reception verify DATE

The day's sheets are printed from the records by cli/reception_print.py.

`verify` prints one line and exits 0 when the reviewed day is intact, 1 when its rows changed
since the review (R-REC-11), 2 on bad input (a date it cannot read, a day not reviewed).
A walk-in prints who receives the visitor, why, and who was skipped and why (R-REC-13)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from records_desk.cli.common import (
    ExitCode,
    Office,
    SubParsers,
    command,
    signed_in,
)
from records_desk.cli.helptext import later
from records_desk.cli.print_checks import given_day, option_day
from records_desk.wording.language import sub, translate

SOURCES = ("walk_in", "phone", "referral")
LEVELS = ("A", "B", "C")


def add_day_verbs(verbs: SubParsers) -> None:
    """Add the live day's and the sheet's verbs to `reception`."""
    sign_in = command(
        verbs,
        "sign-in",
        cmd_sign_in,
        help=later.translate("CommandHelp", "consultants sign in"),
    )
    sign_in.add_argument("consultants", nargs="+", metavar="CONSULTANT")
    for name, help_text in (
        ("sign-out", later.translate("CommandHelp", "a consultant leaves for the day")),
        ("back", later.translate("CommandHelp", "a consultant is back at post")),
        ("visit-end", later.translate("CommandHelp", "a consultant's visitor leaves")),
    ):
        verb = command(verbs, name, cmd_simple, help=help_text)
        verb.add_argument("consultant", metavar="CONSULTANT")
    away = command(
        verbs,
        "away",
        cmd_away,
        help=later.translate("CommandHelp", "a consultant away from post"),
    )
    away.add_argument("consultant", metavar="CONSULTANT")
    away.add_argument("--reason", required=True, choices=("unexcused", "manager_assignment"))
    away.add_argument("--approved-by", default="", metavar="NAME")

    walk_in = command(
        verbs,
        "walk-in",
        cmd_walk_in,
        help=later.translate("CommandHelp", "assign a walk-in"),
    )
    walk_in.add_argument("name", metavar="NAME")
    _contact(walk_in)
    walk_in.add_argument(
        "--designated",
        metavar="CONSULTANT",
        help=later.translate("CommandHelp", "named by the visitor"),
    )
    walk_in.add_argument("--party", type=int, default=1, metavar="N")
    walk_in.add_argument("--source", choices=SOURCES, default="walk_in")
    walk_in.add_argument("--intention", choices=LEVELS, type=str.upper)
    walk_in.add_argument("--notes", default="", metavar="TEXT")
    walk_in.add_argument("--json", action="store_true")

    status = command(
        verbs,
        "status",
        cmd_status,
        help=later.translate("CommandHelp", "who is where, and who is next"),
    )
    status.add_argument("--json", action="store_true")
    enquiry = command(
        verbs,
        "enquiry",
        cmd_enquiry,
        help=later.translate("CommandHelp", "log a phone enquiry"),
    )
    enquiry.add_argument("name", metavar="NAME")
    enquiry.add_argument("--consultant", required=True, metavar="CONSULTANT")
    enquiry.add_argument("--phone", default="", metavar="P")
    enquiry.add_argument("--enquiry", default="", metavar="TEXT")
    enquiry.add_argument("--heard-through", default="", metavar="TEXT")
    enquiry.add_argument("--invited", action="store_true")

    check = command(
        verbs,
        "check",
        cmd_check,
        help=later.translate("CommandHelp", "is this visitor a returning customer?"),
    )
    _contact(check)
    check.add_argument("--json", action="store_true")

    register = command(
        verbs,
        "register",
        cmd_register,
        help=later.translate("CommandHelp", "register a visitor"),
    )
    register.add_argument("name", metavar="NAME")
    _contact(register)
    register.add_argument("--consultant", metavar="CONSULTANT")
    register.add_argument("--registered", metavar="DATE")
    register.add_argument("--level", choices=LEVELS, type=str.upper)

    follow = command(
        verbs,
        "follow-up",
        cmd_follow_up,
        help=later.translate("CommandHelp", "a follow-up and its A/B/C"),
    )
    follow.add_argument("registration", type=int, metavar="REGISTRATION")
    follow.add_argument("--on", required=True, metavar="DATE")
    follow.add_argument("--level", required=True, choices=LEVELS, type=str.upper)
    follow.add_argument("--note", default="", metavar="TEXT")

    sheet = command(
        verbs,
        "sheet",
        cmd_sheet,
        help=later.translate("CommandHelp", "a day's visitor sheet"),
    )
    sheet.add_argument("day", nargs="?", metavar="DATE")
    sheet.add_argument("--json", action="store_true")
    close = command(
        verbs,
        "close",
        cmd_close,
        help=later.translate("CommandHelp", "the clerk's review closes a day"),
    )
    close.add_argument("day", nargs="?", metavar="DATE")
    verify = command(
        verbs,
        "verify",
        cmd_verify,
        help=later.translate("CommandHelp", "check a reviewed day's hash"),
    )
    verify.add_argument("day", metavar="DATE")


def _contact(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--phone", default="", metavar="P")
    parser.add_argument("--id-number", default="", metavar="N")


def cmd_sign_in(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        for name in args.consultants:
            services.reception.day.sign_in(principal, name)
    return ExitCode.OK


def cmd_simple(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        day = services.reception.day
        verb = {"sign-out": day.sign_out, "back": day.back, "visit-end": day.visit_end}
        verb[args.reception_command](principal, args.consultant)
    return ExitCode.OK


def cmd_away(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.reception.vocabulary import AwayReason

    with signed_in(args, db_path) as (services, principal):
        services.reception.day.away(
            principal, args.consultant, AwayReason(args.reason), args.approved_by
        )
    return ExitCode.OK


def cmd_walk_in(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.reception.vocabulary import Visitor
    from records_desk.services.reception.day import VisitDetails
    from records_desk.services.reception.dto import Level, Source

    details = VisitDetails(
        args.party,
        Source(args.source),
        Level(args.intention) if args.intention else None,
        args.notes,
    )
    visitor = Visitor(args.name, args.phone, args.id_number)
    with signed_in(args, db_path) as (services, principal):
        got = services.reception.day.walk_in(principal, visitor, args.designated, details)
    if args.json:
        shown = {
            "row": got.row_no,
            "t": got.time,
            "consultant": got.consultant,
            "reason": got.reason,
            "counted": got.counted,
            "skipped": [{"consultant": s.consultant, "why": s.why} for s in got.skipped],
        }
        print(json.dumps(shown, ensure_ascii=False))
        return ExitCode.OK
    line = translate("ReceptionCommands", "Row %1: %2 (%3) receives the visitor — %4")
    print(sub(line, got.row_no, got.consultant_name, got.consultant, got.reason))
    for s in got.skipped:
        print(sub(translate("ReceptionCommands", "  skipped %1: %2"), s.consultant, s.why))
    return ExitCode.OK


def cmd_status(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        state = services.reception.day.state(principal)
    shown = {
        "day": state.day.isoformat(),
        "events": state.events,
        "next": state.next_up.consultant,
        "consultants": [
            {
                "consultant": s.consultant,
                "activity": s.activity.value,
                "away_reason": s.away_reason.value if s.away_reason else None,
                "owed": s.owed,
                "turn_cancelled": s.turn_cancelled,
            }
            for s in state.statuses
        ],
    }
    if args.json:
        print(json.dumps(shown, ensure_ascii=False))
        return ExitCode.OK
    line = translate("ReceptionCommands", "Next up: %1")
    print(sub(line, state.names.get(state.next_up.consultant or "", "-")))
    for s in state.statuses:
        print(f"  {s.consultant}\t{s.activity.value}\t{s.owed}")
    return ExitCode.OK


def cmd_enquiry(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.reception.vocabulary import Visitor

    with signed_in(args, db_path) as (services, principal):
        row = services.reception.sheet.log_enquiry(
            principal,
            Visitor(args.name, args.phone),
            args.consultant,
            args.enquiry,
            args.heard_through,
            args.invited,
        )
    print(row.row_no)
    return ExitCode.OK


def cmd_check(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        found = services.reception.registrations.check(principal, args.phone, args.id_number)
    shown: dict[str, Any] = {
        "status": found.status.value,
        "owner": found.owner,
        "valid_through": found.valid_through.isoformat() if found.valid_through else None,
        "registration": found.registration.id if found.registration else None,
        "member_of": found.member_of,
    }
    if args.json:
        print(json.dumps(shown, ensure_ascii=False))
    else:
        print(" ".join(f"{k}={v}" for k, v in shown.items() if v is not None))
    return ExitCode.OK


def cmd_register(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.reception.vocabulary import Visitor

    visitor = Visitor(args.name, args.phone, args.id_number)
    with signed_in(args, db_path) as (services, principal):
        info = services.reception.registrations.register(
            principal,
            visitor,
            args.consultant,
            given_day(args.registered, "--registered"),
            args.level,
        )
    print(info.id)
    return ExitCode.OK


def cmd_follow_up(args: argparse.Namespace, db_path: Office) -> int:
    on = option_day(args.on, "--on")
    with signed_in(args, db_path) as (services, principal):
        services.reception.registrations.follow_up(
            principal, args.registration, on, args.level, args.note
        )
    return ExitCode.OK


def cmd_sheet(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.common.clock import office_day

    with signed_in(args, db_path) as (services, principal):
        day = given_day(args.day, "DATE") or office_day(services.ctx.now())
        rows = services.reception.sheet.visits(principal, day)
    shown = [
        {
            "row": r.row_no,
            "t": r.time,
            "visitor": r.visitor,
            "phone": r.phone,
            "party": r.party_size,
            "source": r.source.value,
            "first_visit": r.first_visit,
            "consultant": r.consultant,
            "reason": r.reason,
            "counted": r.counted,
            "skipped": [{"consultant": s.consultant, "why": s.why} for s in r.skipped],
            "intention": r.intention.value if r.intention else None,
            "notes": r.notes,
            "corrects": r.corrects,
        }
        for r in rows
    ]
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for r in rows:
        fixes = f" (→{r.corrects})" if r.corrects else ""
        print(f"{r.row_no}{fixes}\t{r.time}\t{r.visitor}\t{r.consultant or '-'}\t{r.reason}")
    return ExitCode.OK


def cmd_close(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        closing = services.reception.sheet.close(principal, given_day(args.day, "DATE"))
    line = translate("ReceptionCommands", "%1 reviewed: %2 rows, hash %3")
    print(sub(line, closing.day.isoformat(), closing.row_count, closing.digest))
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace, db_path: Office) -> int:
    day = given_day(args.day, "DATE")
    assert day is not None
    with signed_in(args, db_path) as (services, principal):
        result = services.reception.sheet.verify(principal, day)
    if result.intact:
        line = translate("ReceptionCommands", "%1 intact: %2 rows, hash %3")
        print(sub(line, day.isoformat(), result.row_count, result.stored))
        return ExitCode.OK
    line = translate("ReceptionCommands", "%1 CHANGED since the review: hash %2 stored, %3 now")
    print(sub(line, day.isoformat(), result.stored, result.computed))
    return ExitCode.FAILED
