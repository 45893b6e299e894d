"""Moving an office from its database file onto a PostgreSQL server (issue 15 §5):

records-desk [--db FILE] --user U move-to postgresql://USER@HOST[:PORT]/DBNAME [--yes] [--json]

The general manager, signed in on the file's office, copies every table into the empty server
database (services/common/move.py); the file is left as it was, as the backup of the move.
Asked to confirm unless --yes; the server's password comes from the keyring, PGPASSWORD or a
prompt in a terminal (store/backends.py, cli/common.py server_password_prompt). Progress on stderr in a terminal; the summary on stdout, or as
JSON with --json: {"source", "target", "tables": {name: rows}, "rows", "audit": {"entries",
"intact"}}. Refusals are one line, exit 2, the server database untouched."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from records_desk.cli.common import (
    CliError,
    ExitCode,
    SubParsers,
    command,
    server_password_prompt,
    signed_in,
)
from records_desk.cli.helptext import later
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.common.move import MoveSummary


def register(sub: SubParsers) -> None:
    move = command(
        sub,
        "move-to",
        cmd_move_to,
        help=later.translate(
            "CommandHelp",
            "move the office from its database file onto an empty PostgreSQL database",
        ),
    )
    move.add_argument("address", metavar="postgresql://USER@HOST[:PORT]/DBNAME")
    move.add_argument(
        "--yes",
        action="store_true",
        help=later.translate("CommandHelp", "do not ask for confirmation"),
    )
    move.add_argument(
        "--json",
        action="store_true",
        help=later.translate("CommandHelp", "print the summary as JSON"),
    )


def cmd_move_to(args: argparse.Namespace, db_path: Path | str) -> int:
    from records_desk.domain.common.move_errors import NotAFileOffice
    from records_desk.paths import config_dir
    from records_desk.services.common.move import MoveService
    from records_desk.store.backends import is_server_url, parse_server_url
    from records_desk.store.keystore import KeyStore

    if not is_server_url(args.address):
        raise CliError(sub(translate("CommandLine", "not a server address: %1"), args.address))
    try:
        parse_server_url(args.address)
    except ValueError:
        raise CliError(
            sub(translate("CommandLine", "not a server address: %1"), args.address)
        ) from None
    shown = _shown(args.address)
    if isinstance(db_path, str):  # --db postgresql://…: the office is on a server already
        raise NotAFileOffice(_shown(db_path))
    if not args.yes:
        _confirm(db_path, shown)
    with signed_in(args, db_path) as (services, principal):
        mover = MoveService(services.ctx, services.database, KeyStore(config_dir()))
        progress = _Progress() if sys.stderr.isatty() else None
        try:
            summary = mover.move_to(
                principal, args.address, prompt=server_password_prompt, progress=progress
            )
        finally:
            if progress is not None:
                progress.done()
    if args.json:
        print(json.dumps(as_json(summary), ensure_ascii=False, indent=2))
    else:
        _print(summary)
    return ExitCode.OK


def _shown(address: str) -> str:
    """An address as shown: readable, never with a password."""
    from records_desk.store.backends import keyring_entry, parse_server_url, readable_address

    try:
        return readable_address(keyring_entry(parse_server_url(address)))
    except ValueError:
        return address.split("@")[-1]


def as_json(summary: MoveSummary) -> dict[str, object]:
    return {
        "source": summary.source,
        "target": summary.target,
        "tables": summary.tables,
        "rows": summary.rows,
        "audit": {"entries": summary.audit_entries, "intact": summary.audit_intact},
    }


def _print(summary: MoveSummary) -> None:
    moved = translate("CommandLine", "moved the office from %1 onto %2: %3 rows in %4 tables")
    tables = sum(1 for rows in summary.tables.values() if rows)
    print(sub(moved, summary.source, summary.target, f"{summary.rows:,}", tables))
    print(sub(translate("CommandLine", "audit chain intact: %1 entries"), summary.audit_entries))
    after = translate(
        "CommandLine",
        "%1 is left as it was: keep it as the backup of the move, and work on the server from "
        "now on (records-desk --db %2)",
    )
    print(sub(after, summary.source, summary.target))


def _confirm(db_path: Path, address: str) -> None:
    if not sys.stdin.isatty():
        raise CliError(
            translate("CommandLine", "move-to asks for confirmation: add --yes to move without")
        )
    question = translate(
        "CommandLine",
        "Move the office in %1 onto %2? The file stays as it is, as the backup of the move. [y/N] ",
    )
    answer = input(sub(question, db_path, address))
    if answer.strip().lower() not in ("y", "yes"):
        raise CliError(translate("CommandLine", "nothing was moved"))


class _Progress:
    """One line on stderr, rewritten as the tables are copied."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, table: str, done: int, total: int) -> None:
        text = translate("CommandLine", "copying %1: %2 / %3 rows")
        print(f"\r{sub(text, table, f'{done:,}', f'{total:,}')}\x1b[K", end="", file=sys.stderr)
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            print(file=sys.stderr)
