"""Extract requests from the command line (R-BAK-5):

records-desk --user U extract request --what customers|sms --why TEXT   ask for one extract
records-desk --user U extract approve ID [--note TEXT]     the general manager or the director
records-desk --user U extract refuse ID --note TEXT
records-desk --user U extract list [--json]                every request (an approver), or one's own

Once approved, the asker runs the export as usual (`customers export`, `customers sms`): it is
made once on the request, and its audit entry names the request and the approver.
Registered by cli/backup.py's register."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from records_desk.cli.common import ExitCode, Office, SubParsers, command, signed_in, verbs
from records_desk.cli.helptext import later
from records_desk.domain.common.permissions import Extract
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.backup.extracts import ExtractRequestInfo


def register(sub_parsers: SubParsers) -> None:
    extract = sub_parsers.add_parser(
        "extract",
        help=later.translate(
            "CommandHelp", "ask for, approve or refuse an extract of customer data"
        ),
    )
    extract_verbs = verbs(extract, "extract")
    ask = command(
        extract_verbs,
        "request",
        cmd_request,
        help=later.translate("CommandHelp", "ask for one extract"),
    )
    ask.add_argument("--what", required=True, choices=[e.value for e in Extract])
    ask.add_argument("--why", required=True, metavar="TEXT")
    approve = command(
        extract_verbs,
        "approve",
        cmd_approve,
        help=later.translate("CommandHelp", "approve a request"),
    )
    approve.add_argument("request", type=int, metavar="ID")
    approve.add_argument("--note", default="", metavar="TEXT")
    refuse = command(
        extract_verbs, "refuse", cmd_refuse, help=later.translate("CommandHelp", "refuse a request")
    )
    refuse.add_argument("request", type=int, metavar="ID")
    refuse.add_argument("--note", required=True, metavar="TEXT")
    listing = command(
        extract_verbs,
        "list",
        cmd_list,
        help=later.translate("CommandHelp", "the requests and where they stand"),
    )
    listing.add_argument("--json", action="store_true")


def request_json(r: ExtractRequestInfo) -> dict[str, Any]:
    shown = lambda at: at.isoformat() if at else None  # noqa: E731
    return {
        "id": r.id,
        "what": r.what.value,
        "why": r.why,
        "requested_by": r.requested_by,
        "requested_at": shown(r.requested_at),
        "state": r.state.value,
        "decided_by": r.decided_by,
        "decided_at": shown(r.decided_at),
        "note": r.note,
        "used_at": shown(r.used_at),
        "rows": r.rows,
        "usable_until": shown(r.usable_until),
    }


def request_line(r: ExtractRequestInfo) -> str:
    from records_desk.wording.backup.extracts import extract_name, state_name

    line = sub(
        translate("ExtractCommands", "%1  %2  asked by %3: %4  [%5]"),
        r.id,
        extract_name(r.what),
        r.requested_by,
        r.why,
        state_name(r.state),
    )
    if r.decided_by:
        line += sub(translate("ExtractCommands", " by %1"), r.decided_by)
    if r.rows is not None:
        line += sub(translate("ExtractCommands", ", %1 rows"), r.rows)
    return line


def cmd_request(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        made = services.backup.extracts.request(principal, Extract(args.what), args.why)
    text = translate("ExtractCommands", "extract request %1 made: it waits for approval")
    print(sub(text, made.id))
    return ExitCode.OK


def cmd_approve(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        done = services.backup.extracts.approve(principal, args.request, args.note)
    until = done.usable_until.astimezone().strftime("%Y-%m-%d") if done.usable_until else ""
    text = translate("ExtractCommands", "extract request %1 approved: %2 may use it once until %3")
    print(sub(text, done.id, done.requested_by, until))
    return ExitCode.OK


def cmd_refuse(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        done = services.backup.extracts.refuse(principal, args.request, args.note)
    print(sub(translate("ExtractCommands", "extract request %1 refused"), done.id))
    return ExitCode.OK


def cmd_list(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        found = services.backup.extracts.list(principal)
    if args.json:
        print(json.dumps([request_json(r) for r in found], ensure_ascii=False))
        return ExitCode.OK
    for r in found:
        print(request_line(r))
    return ExitCode.OK
