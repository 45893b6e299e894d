"""Command-line access to the removable-media inventory (R-MED-1…7), with the same services
and permissions as the window (issue 13 §8):

    records-desk --user U media register --type usb|hdd|optical|tape|card|floppy [--serial S]
                 [--brand B] [--model M] [--capacity C] [--classified] --department D
                 [--location L] [--json]
    records-desk --user U media prepare NUMBER [--label] [--encryption "NAME VERSION"]
                 [--virus-check "TOOL SIGDATE clean"]
    records-desk --user U media issue NUMBER --to ACCOUNT --approved-by ACCOUNT --due YYYY-MM-DD
                 [--purpose TEXT]
    records-desk --user U media return NUMBER [--condition TEXT]
    records-desk --user U media check NUMBER --virus-check "TOOL SIGDATE RESULT"
    records-desk --user U media repair NUMBER --unit NAME --backed-up --wiped
    records-desk --user U media repaired NUMBER [--virus-check "TOOL SIGDATE RESULT"]
    records-desk --user U media dispose NUMBER --method degauss+shred|wipe+destroy
                 --witness ACCOUNT [--certificate NO]
    records-desk --user U media lost NUMBER --note TEXT
    records-desk --user U media classify NUMBER --classified
    records-desk --user U media backup NUMBER --category C --content TEXT
    records-desk --user U media repair-units [UNIT...]
    records-desk --user U media show NUMBER [--json]
    records-desk --user U media list [--state S] [--type T] [--classified | --unclassified]
                 [--department D] [--due] [--json]
    records-desk --user U media stocktake start [--department D] [--location L]
    records-desk --user U media stocktake scan NUMBER...
    records-desk --user U media stocktake close [--json]
    records-desk --user U print media_label --media NUMBER... -o OUT.pdf   (cli/media_print.py)
    records-desk --user U print media_slip --media NUMBER -o OUT.pdf

A refusal is one line naming the rule's reason (the state and what is missing), exit 2
(cli/__init__.py main). --json prints the stable values (states, types) and ISO 8601 times.

Decisions:
- `repaired NUMBER` (as the issue spells it) records the medium back from repair; with the
  virus check made on its return it is ready again, without one it is `returned` and waits
  for `media check` (R-MED-6: checked before it is used again).
- A degauss+shred disposal is the security office's (R-MED-7: 到保密部門進行消磁和粉碎處理):
  the method says where it was done.
- `repair-units` with units sets the IT office's list (the office settings' right); without,
  prints it.
- `media show` and `media list` (reading the inventory) are cli/media_listing.py's.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import TYPE_CHECKING

from records_desk.cli import media_exchange, media_listing, media_stocktake
from records_desk.cli.common import (
    CliError,
    ExitCode,
    Office,
    SubParsers,
    command,
    signed_in,
    verbs,
)
from records_desk.cli.helptext import later
from records_desk.cli.media_print import PRINT_SOURCE
from records_desk.cli.print_checks import option_day
from records_desk.wording.language import sub, translate

__all__ = ["PRINT_SOURCE", "register"]

if TYPE_CHECKING:
    from records_desk.domain.media.evidence import Evidence
    from records_desk.services.media.dto import MediumInfo

TYPES = ("usb", "hdd", "optical", "tape", "card", "floppy")


def register(sub_parsers: SubParsers) -> None:
    media = sub_parsers.add_parser(
        "media", help=later.translate("CommandHelp", "the removable-media inventory")
    )
    media_verbs = verbs(media, "media")

    reg = command(
        media_verbs,
        "register",
        cmd_register,
        help=later.translate("CommandHelp", "number and register a medium"),
    )
    reg.add_argument("--type", required=True, choices=TYPES, dest="media_type")
    for name in ("serial", "brand", "model", "capacity", "location"):
        reg.add_argument(f"--{name}", default="", metavar=name.upper()[0])
    reg.add_argument(
        "--classified", action="store_true", help=later.translate("CommandHelp", "classified")
    )
    reg.add_argument("--department", required=True, metavar="D")
    reg.add_argument("--custodian", metavar="ACCOUNT")
    reg.add_argument("--json", action="store_true")

    prep = command(
        media_verbs,
        "prepare",
        cmd_prepare,
        help=later.translate("CommandHelp", "record preparation steps"),
    )
    prep.add_argument("number", metavar="NUMBER")
    prep.add_argument(
        "--label",
        action="store_true",
        help=later.translate("CommandHelp", "the security label is on it"),
    )
    prep.add_argument("--encryption", metavar='"NAME VERSION"')
    prep.add_argument("--virus-check", metavar='"TOOL SIGDATE clean"')
    prep.add_argument("--note", default="", metavar="TEXT")

    give = command(
        media_verbs,
        "issue",
        cmd_issue,
        help=later.translate("CommandHelp", "issue a ready medium"),
    )
    give.add_argument("number", metavar="NUMBER")
    give.add_argument("--to", required=True, metavar="ACCOUNT")
    give.add_argument("--approved-by", required=True, metavar="ACCOUNT")
    give.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    give.add_argument(
        "--purpose",
        default="",
        metavar="TEXT",
        help=later.translate("CommandHelp", "what it will hold"),
    )

    back = command(
        media_verbs,
        "return",
        cmd_return,
        help=later.translate("CommandHelp", "take an issued medium back"),
    )
    back.add_argument("number", metavar="NUMBER")
    back.add_argument("--condition", default="", metavar="TEXT")

    check = command(
        media_verbs, "check", cmd_check, help=later.translate("CommandHelp", "record a virus check")
    )
    check.add_argument("number", metavar="NUMBER")
    check.add_argument("--virus-check", required=True, metavar='"TOOL SIGDATE RESULT"')

    rep = command(
        media_verbs,
        "repair",
        cmd_repair,
        help=later.translate("CommandHelp", "send to a listed repair unit"),
    )
    rep.add_argument("number", metavar="NUMBER")
    rep.add_argument("--unit", required=True, metavar="NAME")
    rep.add_argument("--backed-up", action="store_true")
    rep.add_argument("--wiped", action="store_true")

    fixed = command(
        media_verbs,
        "repaired",
        cmd_repaired,
        help=later.translate("CommandHelp", "back from repair"),
    )
    fixed.add_argument("number", metavar="NUMBER")
    fixed.add_argument("--virus-check", metavar='"TOOL SIGDATE RESULT"')

    dispose = command(
        media_verbs,
        "dispose",
        cmd_dispose,
        help=later.translate("CommandHelp", "dispose of a medium"),
    )
    dispose.add_argument("number", metavar="NUMBER")
    dispose.add_argument("--method", required=True, metavar="degauss+shred|wipe+destroy")
    dispose.add_argument("--witness", required=True, metavar="ACCOUNT")
    dispose.add_argument("--certificate", default="", metavar="NO")

    lost = command(
        media_verbs, "lost", cmd_lost, help=later.translate("CommandHelp", "report a medium lost")
    )
    lost.add_argument("number", metavar="NUMBER")
    lost.add_argument("--note", required=True, metavar="TEXT")

    classify = command(
        media_verbs,
        "classify",
        cmd_classify,
        help=later.translate("CommandHelp", "make a medium classified"),
    )
    classify.add_argument("number", metavar="NUMBER")
    classify.add_argument("--classified", action="store_true", required=True)
    classify.add_argument("--note", default="", metavar="TEXT")

    backup = command(
        media_verbs,
        "backup",
        cmd_backup,
        help=later.translate("CommandHelp", "file a backup disc"),
    )
    backup.add_argument("number", metavar="NUMBER")
    backup.add_argument("--category", required=True, metavar="C")
    backup.add_argument("--content", required=True, metavar="TEXT")

    units = command(
        media_verbs,
        "repair-units",
        cmd_units,
        help=later.translate("CommandHelp", "the IT office's repair units"),
    )
    units.add_argument("units", nargs="*", metavar="UNIT")

    media_listing.register(media_verbs)
    media_stocktake.register(media_verbs)
    media_exchange.register(media_verbs)  # export, import (issue 13 §7)


def _today() -> date:
    return datetime.now().astimezone().date()


def _apply(
    args: argparse.Namespace, db_path: Office, steps: list[Evidence], note: str = ""
) -> MediumInfo:
    with signed_in(args, db_path) as (services, principal):
        return services.media.inventory.apply(principal, args.number, steps, note)


def _said(medium: MediumInfo) -> int:
    from records_desk.wording.media.terms import state_name

    print(sub(translate("MediaCommands", "%1: %2"), medium.number, state_name(medium.state)))
    return ExitCode.OK


def cmd_register(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.vocabulary import MediumType
    from records_desk.services.media.dto import MediumDraft

    draft = MediumDraft(
        media_type=MediumType(args.media_type),
        department=args.department,
        classified=args.classified,
        brand=args.brand,
        model=args.model,
        serial=args.serial,
        capacity=args.capacity,
        location=args.location,
        custodian=args.custodian,
    )
    with signed_in(args, db_path) as (services, principal):
        medium = services.media.inventory.register(principal, draft)
    if args.json:
        print(json.dumps({"number": medium.number, "state": medium.state.value}))
    else:
        print(medium.number)
    return ExitCode.OK


def cmd_prepare(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import (
        SecurityLabel,
        parse_encryption,
        parse_virus_check,
    )

    steps: list[Evidence] = []
    if args.label:
        steps.append(SecurityLabel())
    if args.encryption is not None:
        steps.append(parse_encryption(args.encryption))
    if args.virus_check is not None:
        steps.append(parse_virus_check(args.virus_check))
    if not steps:
        raise CliError(
            translate("MediaCommands", "say what was done: --label, --encryption or --virus-check")
        )
    return _said(_apply(args, db_path, steps, args.note))


def cmd_issue(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import Issue

    step = Issue(to=args.to, approved_by=args.approved_by, due=option_day(args.due, "--due"))
    return _said(_apply(args, db_path, [step], args.purpose))


def cmd_return(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import Return, tidy

    return _said(_apply(args, db_path, [Return(tidy(args.condition))]))


def cmd_check(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import parse_virus_check

    return _said(_apply(args, db_path, [parse_virus_check(args.virus_check)]))


def cmd_repair(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import RepairSend

    step = RepairSend(args.unit, args.backed_up, args.wiped, _today())
    return _said(_apply(args, db_path, [step]))


def cmd_repaired(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import RepairBack, parse_virus_check

    # Without --virus-check the medium is back but waits, `returned`, for `media check`.
    check = parse_virus_check(args.virus_check) if args.virus_check is not None else None
    step = RepairBack(_today(), check)
    return _said(_apply(args, db_path, [step]))


def cmd_dispose(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import Disposal, parse_disposal_method
    from records_desk.domain.media.vocabulary import DisposalMethod

    method = parse_disposal_method(args.method)
    step = Disposal(
        method=method,
        on=_today(),
        witness=args.witness,
        certificate=args.certificate,
        at_security_office=method is DisposalMethod.DEGAUSS_SHRED,
    )
    return _said(_apply(args, db_path, [step]))


def cmd_lost(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import Loss

    step = Loss(reported_by=args.user or "", on=_today(), circumstances=args.note)
    return _said(_apply(args, db_path, [step]))


def cmd_classify(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.evidence import Classify, tidy

    return _said(_apply(args, db_path, [Classify(tidy(args.note))]))


def cmd_backup(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        medium = services.media.inventory.file_backup(
            principal, args.number, args.category, args.content
        )
    line = translate("MediaCommands", "%1 filed as a backup under %2")
    print(sub(line, medium.number, medium.backup_category or ""))
    return ExitCode.OK


def cmd_units(args: argparse.Namespace, db_path: Office) -> int:
    with signed_in(args, db_path) as (services, principal):
        options = services.media.options
        units = (
            options.set_repair_units(principal, args.units)
            if args.units
            else options.repair_units()
        )
    for unit in units:
        print(unit)
    return ExitCode.OK
