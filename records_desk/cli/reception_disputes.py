"""Commission disputes and the fairness report from the command line (R-REC-7…10, R-REC-13),
the verbs added to `reception` (cli/reception.py calls `add_dispute_verbs`), with the same
services and permissions as the window:

    records-desk --user U reception deal NAME --date DATE --consultant C [--phone P]
                 [--id-number N] [--designated C [--first C] [--instigated] [--designated-on D]
                 | --referred-by C [--announced | --named-in-person]
                 | --original C [--recognised-on DATE] [--deal-first]]
                 [--relative-phone P --relation spouse|parent_child|sibling|other] [--json]
    records-desk --user U reception disputes [--all] [--json]
    records-desk --user U reception decide DEAL (--confirm | --split C=PCT [C=PCT ...])
                 [--reason TEXT] [--revise] [--json]
    records-desk --user U reception fairness (--day DATE | --month YYYY-MM) [--json]
    records-desk --user U print fairness_report --period DATE|YYYY-MM -o OUT.pdf
                 (--day DATE too, once cli/reception.py's PRINT_SOURCE is `combined` with
                 this module's first)

`deal` prints the split the rules give, the rule and clause, and the sheet rows and
registrations used; `decide` confirms it or records another split with a reason (a revision
replaces a decision, with a reason). Refusals are one line and exit 2 (cli/__init__.py main).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from records_desk.cli.common import (
    ExitCode,
    Office,
    PrintSource,
    SubParsers,
    command,
    save_printed,
    signed_in,
)
from records_desk.cli.helptext import later
from records_desk.cli.print_checks import filled_form_options, given_day, needs, option_day
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.reception.disputes import DealInfo
    from records_desk.services.reception.fairness import FairnessSummary

RELATIONS = ("spouse", "parent_child", "sibling", "other")
FAIRNESS_REPORT = "fairness_report"


def add_dispute_verbs(verbs: SubParsers) -> None:
    """Add `deal`, `disputes`, `decide` and `fairness` to `reception`."""
    deal = command(
        verbs,
        "deal",
        cmd_deal,
        help=later.translate("CommandHelp", "record a deal; the rules propose its split"),
    )
    deal.add_argument("name", metavar="NAME")
    deal.add_argument("--date", required=True, metavar="DATE")
    deal.add_argument(
        "--consultant",
        required=True,
        metavar="CONSULTANT",
        help=later.translate("CommandHelp", "who closed it"),
    )
    deal.add_argument("--phone", default="", metavar="P")
    deal.add_argument("--id-number", default="", metavar="N")
    facts = deal.add_mutually_exclusive_group()
    facts.add_argument(
        "--designated",
        metavar="CONSULTANT",
        help=later.translate("CommandHelp", "designated mid-visit"),
    )
    facts.add_argument(
        "--referred-by",
        metavar="CONSULTANT",
        help=later.translate("CommandHelp", "a referral"),
    )
    facts.add_argument(
        "--original",
        metavar="CONSULTANT",
        help=later.translate("CommandHelp", "a forgotten original"),
    )
    deal.add_argument(
        "--first",
        metavar="CONSULTANT",
        help=later.translate("CommandHelp", "--designated: who received first"),
    )
    deal.add_argument(
        "--instigated",
        action="store_true",
        help=later.translate("CommandHelp", "--designated: instigated it"),
    )
    deal.add_argument(
        "--designated-on",
        metavar="DATE",
        help=later.translate("CommandHelp", "--designated: the day of it"),
    )
    deal.add_argument(
        "--announced",
        action="store_true",
        help=later.translate("CommandHelp", "--referred-by: announced in advance"),
    )
    deal.add_argument(
        "--named-in-person",
        action="store_true",
        help=later.translate("CommandHelp", "--referred-by: came naming the consultant"),
    )
    deal.add_argument(
        "--recognised-on",
        metavar="DATE",
        help=later.translate("CommandHelp", "--original: when (else never)"),
    )
    deal.add_argument(
        "--deal-first",
        action="store_true",
        help=later.translate("CommandHelp", "--original: deal came first"),
    )
    deal.add_argument(
        "--relative-phone",
        default="",
        metavar="P",
        help=later.translate("CommandHelp", "a deal in another name"),
    )
    deal.add_argument("--relation", choices=RELATIONS)
    deal.add_argument("--json", action="store_true")

    disputes = command(
        verbs,
        "disputes",
        cmd_disputes,
        help=later.translate("CommandHelp", "deals awaiting a decision"),
    )
    disputes.add_argument(
        "--all",
        action="store_true",
        help=later.translate("CommandHelp", "every deal, decided or not"),
    )
    disputes.add_argument("--json", action="store_true")

    decide = command(
        verbs,
        "decide",
        cmd_decide,
        help=later.translate("CommandHelp", "a manager decides a deal's split"),
    )
    decide.add_argument("deal", type=int, metavar="DEAL")
    how = decide.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--confirm", action="store_true", help=later.translate("CommandHelp", "as proposed")
    )
    how.add_argument(
        "--split",
        nargs="+",
        metavar="C=PCT",
        help=later.translate("CommandHelp", "another split (needs --reason)"),
    )
    decide.add_argument("--reason", default="", metavar="TEXT")
    decide.add_argument(
        "--revise",
        action="store_true",
        help=later.translate("CommandHelp", "replace the decision in force"),
    )
    decide.add_argument("--json", action="store_true")

    fairness = command(
        verbs,
        "fairness",
        cmd_fairness,
        help=later.translate("CommandHelp", "the fairness report per consultant"),
    )
    period = fairness.add_mutually_exclusive_group(required=True)
    period.add_argument("--day", metavar="DATE")
    period.add_argument("--month", metavar="YYYY-MM")
    fairness.add_argument("--json", action="store_true")


def _load_wording() -> None:
    from records_desk.wording.reception import disputes as _  # noqa: F401 (describers)


def cmd_deal(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.reception.registrations import RelationKind
    from records_desk.domain.reception.vocabulary import Visitor
    from records_desk.services.reception.disputes import DealDraft

    _load_wording()
    draft = DealDraft(
        customer=Visitor(args.name, args.phone, args.id_number),
        day=option_day(args.date, "--date"),
        consultant=args.consultant,
        designated=args.designated,
        first=args.first,
        instigated=args.instigated,
        designated_on=given_day(args.designated_on, "--designated-on"),
        referred_by=args.referred_by,
        announced=args.announced,
        named_in_person=args.named_in_person,
        original=args.original,
        recognised_on=given_day(args.recognised_on, "--recognised-on"),
        deal_first=args.deal_first,
        relative_phone=args.relative_phone,
        relation=RelationKind(args.relation) if args.relation else None,
    )
    with signed_in(args, db_path) as (services, principal):
        deal = services.reception.disputes.record(principal, draft)
    _show([deal], args.json, one=True)
    return ExitCode.OK


def cmd_disputes(args: argparse.Namespace, db_path: Office) -> int:
    _load_wording()
    with signed_in(args, db_path) as (services, principal):
        deals = services.reception.disputes.disputes(principal, include_settled=args.all)
    _show(deals, args.json)
    return ExitCode.OK


def cmd_decide(args: argparse.Namespace, db_path: Office) -> int:
    _load_wording()
    from records_desk.domain.reception.commission import read_shares

    shares = None if args.confirm else read_shares(args.split)
    with signed_in(args, db_path) as (services, principal):
        deal = services.reception.disputes.decide(
            principal, args.deal, shares, args.reason, revise=args.revise
        )
    _show([deal], args.json, one=True)
    return ExitCode.OK


def cmd_fairness(args: argparse.Namespace, db_path: Office) -> int:
    _load_wording()
    day = given_day(args.day, "--day")
    with signed_in(args, db_path) as (services, principal):
        fairness = services.reception.fairness
        summary = fairness.day(principal, day) if day else fairness.month(principal, args.month)
    if args.json:
        print(json.dumps(fairness_record(summary), ensure_ascii=False, indent=2))
        return ExitCode.OK
    from records_desk.services.reception.fairness import FIGURES

    line = translate("ReceptionDisputes", "%1 to %2: %3 days, %4 visitors, %5 order changes")
    print(sub(line, summary.start, summary.end, summary.days, summary.visitors,
              summary.order_changes))  # fmt: skip
    print("\t".join(["consultant", *FIGURES]))
    for row in summary.rows:
        print("\t".join([row.consultant, *(str(row[f]) for f in FIGURES)]))
    return ExitCode.OK


def fairness_record(summary: FairnessSummary) -> dict[str, Any]:
    return {
        "from": summary.start.isoformat(),
        "to": summary.end.isoformat(),
        "days": summary.days,
        "visitors": summary.visitors,
        "order_changes": summary.order_changes,
        "switches_refused": summary.switches_refused,
        "phone_enquiries": summary.phone_enquiries,
        "consultants": [
            {"consultant": r.consultant, "name": r.name, **r.figures} for r in summary.rows
        ],
    }


def deal_record(deal: DealInfo) -> dict[str, Any]:
    def split(shares: tuple[tuple[str, int], ...]) -> list[dict[str, Any]]:
        return [{"consultant": c, "percent": p} for c, p in shares]

    return {
        "id": deal.id,
        "customer": deal.customer,
        "day": deal.day.isoformat(),
        "consultant": deal.consultant,
        "rule": deal.rule,
        "clause": deal.clause,
        "basis": deal.basis,
        "proposal": split(deal.shares),
        "visits": list(deal.visits),
        "registrations": list(deal.registrations),
        "facts": deal.facts,
        "contested": deal.contested,
        "open": deal.open,
        "decisions": [
            {"id": d.id, "as_proposed": d.as_proposed, "split": split(d.shares),
             "reason": d.reason, "supersedes": d.supersedes, "decided_by": d.decided_by,
             "decided_at": d.decided_at.isoformat()}
            for d in deal.decisions
        ],
        "settled": split(deal.settled),
    }  # fmt: skip


def _show(deals: list[DealInfo], as_json: bool, one: bool = False) -> None:
    if as_json:
        records: Any = [deal_record(d) for d in deals]
        print(json.dumps(records[0] if one else records, ensure_ascii=False, indent=2))
        return
    from records_desk.domain.reception.vocabulary import Reason
    from records_desk.wording.reception.disputes import basis_text
    from records_desk.wording.reception.terms import reason_name

    for d in deals:
        head = translate("ReceptionDisputes", "Deal %1 (%2, %3 closed it): %4 %5 — %6")
        print(sub(head, d.id, d.day, d.consultant, d.rule, d.clause, basis_text(d.basis)))
        shares = ", ".join(f"{c} {p} %" for c, p in d.shares)
        print(sub(translate("ReceptionDisputes", "  proposed: %1"), shares))
        for v in d.visits:
            line = translate("ReceptionDisputes", "  row used: %1 %2 %3 → %4 (%5)")
            reason = reason_name(Reason(v["reason"]))
            print(sub(line, v["row"], v["t"], v["visitor"], v["consultant"], reason))
        for r in d.registrations:
            line = translate("ReceptionDisputes", "  registration used: %1 → %2, valid through %3")
            print(sub(line, r["visitor"], r["consultant"], r["valid_through"]))
        for x in d.decisions:
            shares = ", ".join(f"{c} {p} %" for c, p in x.shares)
            if x.as_proposed and not x.reason:
                line = translate("ReceptionDisputes", "  decision %1 by %2: confirmed, %3")
                print(sub(line, x.id, x.decided_by, shares))
            else:
                line = translate("ReceptionDisputes", "  decision %1 by %2: %3 — %4")
                print(sub(line, x.id, x.decided_by, shares, x.reason))


# -- print fairness_report -----------------------------------------------------------------


def add_print_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument(
        "--period",
        metavar="DATE|YYYY-MM",
        help=later.translate("CommandHelp", "fairness_report: a day or a month"),
    )


def print_wanted(args: argparse.Namespace) -> bool:
    return getattr(args, "form_id", None) == FAIRNESS_REPORT and not (
        args.blank or args.list or args.data
    )


def print_run(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.reception.fairness import month_of

    _load_wording()
    filled_form_options(args)
    text = (args.period or getattr(args, "day", None) or "").strip()
    if not text:
        raise needs(FAIRNESS_REPORT, "--period DATE|YYYY-MM")
    if len(text) <= 7:
        start, end = month_of(text)
    else:
        start = end = option_day(text, "--period")
    with signed_in(args, db_path) as (services, principal):
        printed = services.reception.fairness_forms.printed(principal, start, end)
        save_printed(services, principal, printed, args.output, printed.subject)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_print_arguments, print_wanted, print_run)


def combined(*sources: PrintSource) -> PrintSource:
    """One feature's PRINT_SOURCE made of several (cli/forms.py asks one per feature): each
    adds its options; the first that wants the arguments prints."""

    def add_arguments(prn: argparse.ArgumentParser) -> None:
        for source in sources:
            source.add_arguments(prn)

    def wanted(args: argparse.Namespace) -> bool:
        return any(source.wanted(args) for source in sources)

    def run(args: argparse.Namespace, db_path: Office) -> int:
        source = next(source for source in sources if source.wanted(args))
        return int(source.run(args, db_path))

    return PrintSource(add_arguments, wanted, run)
