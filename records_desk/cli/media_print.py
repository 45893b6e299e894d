"""The media inventory's forms filled from the database, through `print` (and `forms print`):

    records-desk --user U print media_label --media NUMBER... -o OUT.pdf    (R-MED-8)
                 [--grid CxR] [--offset X,Y] [--start ROW,COL]
    records-desk --user U print media_slip --media NUMBER -o OUT.pdf        (R-MED-3, R-MED-8)
    records-desk --user U print media_register --inventory [--department D]
                 [--media-state S] -o OUT.pdf                                 (R-MED-1)

`media_label` is the label sheet (form media_labels), one label a medium, on the label layout
of the settings or of --grid/--offset/--start as for every label sheet; `media_slip` the
介質借用單 of the medium's last issue. The PDF is written like every printed form
(cli/common.py save_printed) and the save is audited (R-AUD-1), a slip with its medium."""

from __future__ import annotations

import argparse
from pathlib import Path

from records_desk.cli.common import CliError, ExitCode, PrintSource, save_printed, signed_in

MEDIA_LABELS, MEDIA_SLIP, MEDIA_REGISTER = "media_labels", "media_slip", "media_register"
ALIASES = {"media_label": MEDIA_LABELS, "media_labels": MEDIA_LABELS, "media_slip": MEDIA_SLIP}
STATES = ("registered", "ready", "issued", "returned", "in_repair", "disposed", "lost")


def add_arguments(prn: argparse.ArgumentParser) -> None:
    prn.add_argument(
        "--media",
        nargs="+",
        metavar="NUMBER",
        help="media_label: a label for each medium; media_slip: the slip of one medium's issue",
    )
    prn.add_argument(
        "--inventory",
        action="store_true",
        help="media_register: fill it from the inventory (--department D, --media-state S)",
    )
    prn.add_argument("--media-state", choices=STATES, help="media_register: one state's media")


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "media", None) or getattr(args, "inventory", False))


def run(args: argparse.Namespace, db_path: Path) -> int:
    if args.inventory:
        return _register(args, db_path)
    form = ALIASES.get(args.form_id or "")
    if form is None:
        raise CliError(f"--media fills media_label or media_slip, not {args.form_id or 'FORM_ID'}")
    if args.list or args.blank or args.data or args.calibration:
        raise CliError("the media forms are filled from the database: no --list, --blank or --data")
    if not args.output:
        raise CliError("print needs -o OUT.pdf")
    if form == MEDIA_SLIP and len(args.media) != 1:
        raise CliError("media_slip is of one medium: --media NUMBER")
    layout = None
    if form == MEDIA_LABELS and (args.grid or args.offset or args.start):
        from records_desk.cli.forms import _label_layout
        from records_desk.printing.definitions import load_form

        layout = _label_layout(args, load_form(MEDIA_LABELS))
    with signed_in(args, db_path) as (services, principal):
        forms = services.media.forms
        if form == MEDIA_SLIP:
            printed = forms.printed_slip(principal, args.media[0])
            save_printed(services, principal, printed, args.output, printed.subject)
        else:
            printed = forms.printed_labels(principal, args.media, layout)
            save_printed(services, principal, printed, args.output)
    return ExitCode.OK


def _register(args: argparse.Namespace, db_path: Path) -> int:
    from records_desk.domain.media.vocabulary import MediumState
    from records_desk.services.media.dto import MediaFilter

    if args.form_id != MEDIA_REGISTER or args.media:
        raise CliError("--inventory fills media_register (with no --media)")
    if args.list or args.blank or args.data or args.calibration:
        raise CliError("the media forms are filled from the database: no --list, --blank or --data")
    if not args.output:
        raise CliError("print needs -o OUT.pdf")
    flt = MediaFilter(
        state=MediumState(args.media_state) if args.media_state else None,
        department=args.department or None,
    )
    with signed_in(args, db_path) as (services, principal):
        printed = services.media.forms.printed_register(principal, flt)
        save_printed(services, principal, printed, args.output)
    return ExitCode.OK


PRINT_SOURCE = PrintSource(add_arguments, wanted, run)
