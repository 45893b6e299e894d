"""The media inventory's forms filled from the database, through `print` (and `forms print`):

    records-desk --user U print media_label --media NUMBER... -o OUT.pdf    (R-MED-8)
                 [--grid CxR] [--offset X,Y] [--start ROW,COL]
    records-desk --user U print media_slip --media NUMBER -o OUT.pdf        (R-MED-3, R-MED-8)
    records-desk --user U print media_register --inventory [--department D]
                 [--media-state S] -o OUT.pdf                                 (R-MED-1)
    records-desk --user U print media_disposal --media NUMBER... -o OUT.pdf   (R-MED-7)
    records-desk --user U print media_repair --media NUMBER -o OUT.pdf      (R-MED-6)
    records-desk --user U print media_stocktake [--stocktake ID] -o OUT.pdf

`media_label` is the label sheet (form media_labels), one label a medium, on the label layout
of the settings or of --grid/--offset/--start as for every label sheet; `media_slip` the
介質借用單 of the medium's last issue; `media_disposal` the 報廢(銷毀)記錄 of disposed media,
`media_repair` the 維修交接單 of a medium's last repair, `media_stocktake` the 盤點報告 of a
closed stocktake (the one closed last by default). The PDF is written like every printed form
(cli/common.py save_printed) and the save is audited (R-AUD-1), a slip with its medium."""

from __future__ import annotations

import argparse

from records_desk.cli.common import CliError, ExitCode, Office, PrintSource, save_printed, signed_in
from records_desk.cli.helptext import later
from records_desk.cli.print_checks import filled_form_options, fills_only, needs, takes_no
from records_desk.wording.language import sub, translate

MEDIA_LABELS, MEDIA_SLIP, MEDIA_REGISTER = "media_labels", "media_slip", "media_register"
MEDIA_DISPOSAL, MEDIA_REPAIR, MEDIA_STOCKTAKE = "media_disposal", "media_repair", "media_stocktake"
ALIASES = {
    "media_label": MEDIA_LABELS,
    "media_labels": MEDIA_LABELS,
    "media_slip": MEDIA_SLIP,
    MEDIA_DISPOSAL: MEDIA_DISPOSAL,
    MEDIA_REPAIR: MEDIA_REPAIR,
}
MEDIUM_FORMS = ("media_label", MEDIA_SLIP, MEDIA_DISPOSAL, MEDIA_REPAIR)  # what --media fills
ONE_MEDIUM = {MEDIA_SLIP: "media_slip", MEDIA_REPAIR: "media_repair"}
STATES = ("registered", "ready", "issued", "returned", "in_repair", "disposed", "lost")


def add_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument(
        "--media",
        nargs="+",
        metavar="NUMBER",
        help=later.translate(
            "CommandHelp",
            "media_label: a label for each medium; media_slip: the slip of one medium's issue",
        ),
    )
    prn.add_argument(
        "--inventory",
        action="store_true",
        help=later.translate(
            "CommandHelp",
            "media_register: fill it from the inventory (--department D, --media-state S)",
        ),
    )
    prn.add_argument(
        "--media-state",
        choices=STATES,
        help=later.translate("CommandHelp", "media_register: one state's media"),
    )
    prn.add_argument(
        "--stocktake",
        type=int,
        metavar="ID",
        help=later.translate(
            "CommandHelp",
            "media_stocktake: the report of this stocktake (default: the one closed last)",
        ),
    )


def wanted(args: argparse.Namespace) -> bool:
    filled = not (args.blank or args.data or args.list or args.calibration)
    return bool(
        getattr(args, "media", None)
        or getattr(args, "inventory", False)
        or getattr(args, "stocktake", None) is not None
        or (args.form_id == MEDIA_STOCKTAKE and filled)
    )


def run(args: argparse.Namespace, db_path: Office) -> int:
    if args.inventory:
        return _register(args, db_path)
    if args.form_id == MEDIA_STOCKTAKE or args.stocktake is not None:
        return _stocktake(args, db_path)
    form = ALIASES.get(args.form_id or "")
    if form is None:
        fills_only("--media", MEDIUM_FORMS, args.form_id)
    filled_form_options(args)
    if not args.media:
        raise needs(args.form_id, "--media NUMBER")
    if form in ONE_MEDIUM and len(args.media) != 1:
        text = translate("CommandLine", "%1 is of one medium: %2")
        raise CliError(sub(text, ONE_MEDIUM[form], "--media NUMBER"))
    layout = None
    if form == MEDIA_LABELS and (args.grid or args.offset or args.start):
        from records_desk.cli.forms import _label_layout
        from records_desk.printing.definitions import load_form

        layout = _label_layout(args, load_form(MEDIA_LABELS))
    from records_desk.services.media.record_forms import MediaRecordFormService

    with signed_in(args, db_path) as (services, principal):
        forms = services.media.forms
        if form == MEDIA_SLIP:
            printed = forms.printed_slip(principal, args.media[0])
            save_printed(services, principal, printed, args.output, printed.subject)
        elif form in (MEDIA_DISPOSAL, MEDIA_REPAIR):
            records = MediaRecordFormService(services)
            if form == MEDIA_DISPOSAL:
                printed = records.printed_disposal(principal, args.media)
            else:
                printed = records.printed_repair(principal, args.media[0])
            save_printed(services, principal, printed, args.output, printed.subject)
        else:
            printed = forms.printed_labels(principal, args.media, layout)
            save_printed(services, principal, printed, args.output)
    return ExitCode.OK


def _register(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.domain.media.vocabulary import MediumState
    from records_desk.services.media.dto import MediaFilter

    fills_only("--inventory", [MEDIA_REGISTER], args.form_id)
    if args.media:
        raise takes_no("--inventory", "--media")
    filled_form_options(args)
    flt = MediaFilter(
        state=MediumState(args.media_state) if args.media_state else None,
        department=args.department or None,
    )
    with signed_in(args, db_path) as (services, principal):
        printed = services.media.forms.printed_register(principal, flt)
        save_printed(services, principal, printed, args.output)
    return ExitCode.OK


def _stocktake(args: argparse.Namespace, db_path: Office) -> int:
    from records_desk.services.media.record_forms import MediaRecordFormService

    fills_only("--stocktake", [MEDIA_STOCKTAKE], args.form_id)
    if args.media:
        raise takes_no(MEDIA_STOCKTAKE, "--media")
    filled_form_options(args)
    with signed_in(args, db_path) as (services, principal):
        printed = MediaRecordFormService(services).printed_stocktake(principal, args.stocktake)
        save_printed(services, principal, printed, args.output, printed.subject)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_arguments, wanted, run)
