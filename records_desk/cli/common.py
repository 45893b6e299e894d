"""What every command-line module shares: the exit codes, the one-line error, the password
prompt, a signed-in session as a context manager, and saving a printed form (written through
private_files).

    with signed_in(args, db_path) as (services, principal):
        ...

Every command goes through the same services, permission matrix, lockout and audit as the GUI."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from records_desk.paths import PASSWORD_ENV
from records_desk.wording.language import sub, translate

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintSubject
    from records_desk.services.container import Services

# Where the records office is: a database file, or a server address (postgresql://…, issue 15).
Office: TypeAlias = "Path | str"
Handler = Callable[[argparse.Namespace, "Path | str"], int]
# Generic only in the stubs, so the alias is a string: use it in annotations only.
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # the command ran and found a problem (e.g. a broken audit chain)
    ERROR = 2  # the command could not run (bad input, refused, locked, invalid rows)


class CliError(Exception):
    """Printed as one line, exit ExitCode.ERROR. The messages every command can meet are
    worded in the command line's language (translate("CommandLine", …)); those about a
    command's own options name them as typed."""


def password(prompt: str) -> str:
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise CliError(
            sub(translate("CommandLine", "no password: set %1 or run in a terminal"), PASSWORD_ENV)
        )
    return getpass.getpass(prompt)


def server_password_prompt(address: str) -> str:
    """The server's password, typed in a terminal (a script has it in the keyring, kept there
    the first time it was typed)."""
    if not sys.stdin.isatty():
        raise CliError(
            sub(
                translate(
                    "CommandLine",
                    "the server %1 wants a password: run the command once in a terminal to "
                    "type it (it is then kept in this computer's keyring)",
                ),
                address,
            )
        )
    return getpass.getpass(sub(translate("CommandLine", "password of the server %1: "), address))


def office_key_text(key_file: Path | None) -> str | None:
    """The office key from the file --office-key names (the key-recovery sheet's groups,
    typed or scanned), read and checked; None when no file was named."""
    if key_file is None:
        return None
    from records_desk.domain.backup.key_text import read_key

    try:
        text = key_file.expanduser().read_text("utf-8", errors="replace")
    except OSError:
        raise CliError(
            sub(translate("CommandLine", "cannot read the office key file %1"), key_file)
        ) from None
    return read_key(text)  # KeyTextInvalid says what is wrong, never the key


def open_server_services(address: str, office_key: str | None = None) -> Services:
    """The services on the records office on the server at ADDRESS (a new, empty server
    database becomes one: store/database.py open_server)."""
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.backends import ServerAddressError
    from records_desk.store.database import open_server
    from records_desk.store.keystore import KeyStore

    try:
        database = open_server(
            address, KeyStore(config_dir()), prompt=server_password_prompt, office_key=office_key
        )
    except ServerAddressError:
        raise CliError(
            sub(
                translate(
                    "CommandLine",
                    "--db %1 is not a server address that can be read: write it as "
                    "postgresql://USER@HOST[:PORT]/DBNAME",
                ),
                address,
            )
        ) from None
    return build_services(database, Settings(MemoryBackend()))


def open_services(db_path: Office, office_key: str | None = None) -> Services:
    """The services on the records office at DB_PATH (never a new file; a server address:
    open_server_services, OFFICE_KEY from --office-key)."""
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    if isinstance(db_path, str):
        return open_server_services(db_path, office_key)
    if not db_path.exists():
        raise CliError(
            sub(
                translate(
                    "CommandLine",
                    "no database at %1 (create one with: records-desk init --admin NAME)",
                ),
                db_path,
            )
        )
    database = open_database(db_path, KeyStore(config_dir()), create=False)
    # The CLI uses the declared defaults (production argon2 cost).
    return build_services(database, Settings(MemoryBackend()))


def create_office(
    db_path: Office,
    username: str,
    full_name: str,
    new_password: str,
    *,
    replace_empty: bool = False,
    office_key: str | None = None,
) -> tuple[Services, Principal]:
    """A new records office at DB_PATH with its general manager, made whole beside it and put
    in place only then (store/database.py `creating`); its services, signed in as that
    manager. A database there (or made there meanwhile by another program) is refused."""
    from records_desk.domain.common import passwords
    from records_desk.paths import config_dir
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import creating
    from records_desk.store.keystore import KeyStore

    # Refused before anything is made: a refused password left a key file behind.
    passwords.check_username(username)
    passwords.check_new_password(new_password, passwords.PasswordPolicy())
    if isinstance(db_path, str):
        return _create_server_office(db_path, username, full_name, new_password, office_key)
    with creating(db_path, KeyStore(config_dir()), replace_empty=replace_empty) as database:
        services = build_services(database, Settings(MemoryBackend()))
        try:
            principal = services.auth.create_first_manager(username, full_name, new_password)
        finally:
            services.close()
    return open_services(db_path), principal


def _create_server_office(
    address: str, username: str, full_name: str, new_password: str, office_key: str | None
) -> tuple[Services, Principal]:
    """The first general manager of a server database that has no account yet (a new one,
    made by the server's administrator); DatabaseExists when it has accounts."""
    from records_desk.domain.common.errors import DatabaseExists

    services = open_server_services(address, office_key)
    try:
        if services.auth.has_accounts():
            raise DatabaseExists(services.database.name)
        principal = services.auth.create_first_manager(username, full_name, new_password)
    except BaseException:
        services.close()
        raise
    return services, principal


def created_line(path: Path | str, admin: str) -> str:
    """What `init` and `demo` say when they made a new office."""
    return sub(translate("CommandLine", "created %1 with general manager %2"), path, admin)


def sign_in(
    args: argparse.Namespace, db_path: Office, opened: Services | None = None
) -> tuple[Services, Principal]:
    """The services and the signed-in principal; the caller closes the services. OPENED: the
    services on DB_PATH a command has opened already (a server is not reached, nor its
    password asked, twice); closed here if the sign-in fails."""
    if not args.user:
        if opened is not None:
            opened.close()
        raise CliError(translate("CommandLine", "this command needs --user NAME"))
    from records_desk.domain.common.errors import PasswordChangeRequired

    services = (
        opened
        if opened is not None
        else open_services(db_path, office_key_text(getattr(args, "office_key", None)))
    )
    try:
        principal = services.auth.login(
            args.user, password(sub(translate("CommandLine", "password for %1: "), args.user))
        )
    except PasswordChangeRequired as e:
        services.close()
        raise CliError(_change_it_first(e, args)) from None
    except BaseException:
        services.close()
        raise
    _warn_of_tamper_alarms(services, principal)
    return services, principal


def _warn_of_tamper_alarms(services: Services, principal: Principal) -> None:
    """Whoever may verify the operation log (the general manager, the director) is told of a
    tamper alarm its anchor keeps on every command, as the window tells them at sign-in: one
    line on stderr, so a command's own output (its JSON) stays as it is."""
    from records_desk.domain.common.permissions import Action, is_allowed
    from records_desk.wording.audit_alarm import alarms_line

    if not is_allowed(principal.role, Action.AUDIT_VERIFY):
        return
    alarms = services.audit.alarms(principal)
    if alarms:
        text = translate(
            "CommandLine",
            "warning: tamper alarm, the operation log was changed outside Records Desk "
            "(details: records-desk audit verify):",
        )
        print(f"records-desk: {text} {alarms_line(alarms)}", file=sys.stderr)


def _change_it_first(e: Exception, args: argparse.Namespace) -> str:
    """The window opens its change-password dialog here; the command line names the command
    that changes it (cli/admin.py accounts password)."""
    import shlex

    from records_desk.wording import describe

    where = f"--db {shlex.quote(str(args.db))} " if args.db else ""
    change = f"records-desk {where}--user {shlex.quote(args.user)} accounts password"
    return sub(translate("CommandLine", "%1 Change it with: %2"), describe(e), change)


@contextmanager
def signed_in(
    args: argparse.Namespace, db_path: Office, opened: Services | None = None
) -> Iterator[tuple[Services, Principal]]:
    """Signed in as --user for the block; the database is closed after it, whatever happens
    (OPENED: as sign_in)."""
    services, principal = sign_in(args, db_path, opened)
    try:
        yield services, principal
    finally:
        services.close()


Row = TypeVar("Row")
PAGE = 500  # rows a listing command reads at a time


def every_page(fetch: Callable[[int, int], list[Row]], size: int = PAGE) -> list[Row]:
    """Every row a paged query gives: FETCH(offset, limit) until a page comes back short."""
    rows: list[Row] = []
    while True:
        page = fetch(len(rows), size)
        rows.extend(page)
        if len(page) < size:
            return rows


def save_printed(
    services: Services,
    principal: Principal,
    printed: Any,
    out: Path,
    subject: PrintSubject | None = None,
) -> None:
    """Write a printed form to OUT.pdf and audit the save (R-AUD-1): PrintService.save_file,
    then say so."""
    services.printing.save_file(principal, printed, out, subject)
    if printed.pages == 1:
        print(sub(translate("CommandLine", "wrote %1 (1 page)"), out))
    else:
        print(sub(translate("CommandLine", "wrote %1 (%2 pages)"), out, printed.pages))


def command(sub: SubParsers, name: str, handler: Handler, **kwargs: Any) -> argparse.ArgumentParser:
    """A sub-command that runs `handler(args, db_path)`."""
    parser: argparse.ArgumentParser = sub.add_parser(name, **kwargs)
    parser.set_defaults(handler=handler)
    return parser


def verbs(parser: argparse.ArgumentParser, noun: str) -> SubParsers:
    """The VERB sub-commands of a NOUN command."""
    return parser.add_subparsers(dest=f"{noun}_command", metavar="VERB", required=True)


@dataclass(frozen=True)
class PrintSource:
    """What `forms print` asks of a feature whose records fill forms (cli/forms.py): its
    options, whether they were given, and the printing from the records."""

    add_arguments: Callable[[argparse.ArgumentParser], None]
    wanted: Callable[[argparse.Namespace], bool]
    run: Handler
