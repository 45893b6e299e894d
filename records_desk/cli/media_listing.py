"""`records-desk media show NUMBER` and `records-desk media list` (issue 13 §8): the inventory
read from the command line, a medium with its history or the media by type and number, as
text lines or (--json) the stable values (states, types) and ISO 8601 times. The commands that
change a medium are cli/media.py's."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from records_desk.cli.common import ExitCode, Office, SubParsers, command, every_page, signed_in
from records_desk.cli.helptext import later
from records_desk.domain.media.vocabulary import MediumState, MediumType
from records_desk.wording.language import translate

TYPES = tuple(t.value for t in MediumType)
STATES = tuple(s.value for s in MediumState)


def register(media_verbs: SubParsers) -> None:
    show = command(
        media_verbs,
        "show",
        cmd_show,
        help=later.translate("CommandHelp", "a medium and its history"),
    )
    show.add_argument("number", metavar="NUMBER")
    show.add_argument("--json", action="store_true")

    listing = command(
        media_verbs,
        "list",
        cmd_list,
        help=later.translate("CommandHelp", "the inventory, by type and number"),
    )
    listing.add_argument("--state", choices=STATES)
    listing.add_argument("--type", choices=TYPES, dest="media_type")
    secret = listing.add_mutually_exclusive_group()
    secret.add_argument("--classified", dest="classified", action="store_const", const=True)
    secret.add_argument("--unclassified", dest="classified", action="store_const", const=False)
    listing.add_argument("--department", metavar="D")
    listing.add_argument(
        "--due", action="store_true", help=later.translate("CommandHelp", "due for a stocktake")
    )
    listing.add_argument("--json", action="store_true")


def _time(at: datetime | None) -> str | None:
    return at.astimezone().isoformat(timespec="minutes") if at else None


def _event_json(event: Any) -> dict[str, Any]:
    return {
        "at": _time(event.at),
        "by": event.account,
        "action": event.action,
        "from": event.state_before.value if event.state_before else None,
        "to": event.state_after.value,
        "evidence": event.evidence,
        "note": event.note,
    }


def cmd_show(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        medium = services.media.register.show(principal, args.number)
    if args.json:
        shown = {
            "number": medium.number,
            "type": medium.media_type.value,
            "state": medium.state.value,
            "classified": medium.classified,
            "department": medium.department,
            "location": medium.location,
            "holder": medium.holder,
            "approved_by": medium.approved_by,
            "due": medium.due_on.isoformat() if medium.due_on else None,
            "repair_unit": medium.repair_unit,
            "backup_category": medium.backup_category,
            "last_counted": medium.last_counted_on.isoformat() if medium.last_counted_on else None,
            "events": [_event_json(e) for e in medium.events],
        }
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    from records_desk.domain.media.vocabulary import Action as Step
    from records_desk.wording.media.terms import action_name, state_name

    secret = translate("MediaCommands", "classified") if medium.classified else ""
    head = (medium.number, state_name(medium.state), secret, medium.department)
    print("  ".join(p for p in head if p))
    steps = {s.value: s for s in Step}
    for e in medium.events:
        what = action_name(steps[e.action]) if e.action in steps else e.action
        line = [_time(e.at) or "", e.account, what, state_name(e.state_after), e.note]
        print("  ".join(p for p in line if p))
    return ExitCode.OK


def cmd_list(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.media.dto import MediaFilter

    flt = MediaFilter(
        state=MediumState(args.state) if args.state else None,
        media_type=MediumType(args.media_type) if args.media_type else None,
        classified=args.classified,
        department=args.department,
        due_for_stocktake=args.due,
    )
    with signed_in(args, db_path) as (services, principal):
        register = services.media.register
        rows = every_page(lambda offset, limit: register.page(principal, flt, offset, limit))
    if args.json:
        shown = [
            {
                "number": r.number,
                "type": r.media_type.value,
                "state": r.state.value,
                "classified": r.classified,
                "department": r.department,
                "location": r.location,
                "holder": r.holder,
                "due": r.due_on.isoformat() if r.due_on else None,
                "last_counted": r.last_counted_on.isoformat() if r.last_counted_on else None,
            }
            for r in rows
        ]
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return ExitCode.OK
    from records_desk.wording.media.terms import state_name

    secret = translate("MediaCommands", "classified")
    for r in rows:
        parts = [r.number, state_name(r.state), secret if r.classified else "", r.department]
        parts += [r.location, r.holder or ""]
        print("  ".join(p for p in parts if p))
    return ExitCode.OK
