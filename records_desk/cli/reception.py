"""Command-line access to reception rotation (R-REC):

    records-desk reception replay DAY.json [--json]

`replay` explains a day (R-REC-13): it reads the day file only (docs/reception-replay.md) —
no database, no sign-in, nothing written — replays its events through the rotation engine
(domain/reception/) and prints one line per assignment in the user's language, or with
`--json` the list `[{"t", "visitor", "consultant", "reason", "counted", "skipped":
[{"consultant", "why"}]}]` in time order (one item per walk-in and per reassignment). A file
that cannot be read, or an event that makes no sense, stops it: one line naming the event's
position and time, exit 2 (cli/__init__.py main)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from records_desk.cli.common import CliError, ExitCode, Office, SubParsers, command, verbs
from records_desk.cli.helptext import later
from records_desk.cli.reception_day import add_day_verbs
from records_desk.cli.reception_disputes import PRINT_SOURCE as DISPUTE_PRINT_SOURCE
from records_desk.cli.reception_disputes import add_dispute_verbs, combined
from records_desk.cli.reception_print import PRINT_SOURCE as DAY_PRINT_SOURCE
from records_desk.wording.language import sub, translate

# The printed sheets of a day and the fairness report (cli/forms.py asks one per feature).
PRINT_SOURCE = combined(DISPUTE_PRINT_SOURCE, DAY_PRINT_SOURCE)


def register(sub_parsers: SubParsers) -> None:
    reception = sub_parsers.add_parser(
        "reception",
        help=later.translate(
            "CommandHelp", "reception rotation: who receives each visitor, and why"
        ),
    )
    reception_verbs = verbs(reception, "reception")

    replay = command(
        reception_verbs,
        "replay",
        cmd_replay,
        help=later.translate(
            "CommandHelp", "replay a day file's events and explain each assignment (no database)"
        ),
    )
    replay.add_argument("day_file", type=Path, metavar="DAY.json")
    replay.add_argument("--json", action="store_true")

    # The live day's commands (over the database, signed in) are added here, e.g.
    # `reception verify DATE`: one call registering them on `reception_verbs`.
    add_day_verbs(reception_verbs)
    add_dispute_verbs(reception_verbs)


def cmd_replay(args: argparse.Namespace, db_path: Office) -> int:
    """Reads only DAY.json: `db_path` and --user are not used."""
    from records_desk.domain.reception.day_file import assignment_record, read_day
    from records_desk.domain.reception.errors import DayFileInvalid, FileProblem
    from records_desk.domain.reception.rotation import replay
    from records_desk.wording.reception.terms import assignment_line

    path = Path(args.day_file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(sub(translate("CommandLine", "%1: not UTF-8 text"), path)) from None
    except OSError as e:
        raise CliError(
            sub(translate("CommandLine", "%1: cannot read: %2"), path, e.strerror or e)
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DayFileInvalid(FileProblem.NOT_JSON, line=e.lineno, column=e.colno) from None
    day = read_day(data)
    assignments = replay(day.day, day.events, day.registry).assignments
    if args.json:
        records = [assignment_record(a) for a in assignments]
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for a in assignments:
            print(assignment_line(a))
    return ExitCode.OK
