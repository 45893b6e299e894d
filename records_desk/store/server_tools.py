"""PostgreSQL's own tools for a server office's backups (issue 15 §6, store/server_backup.py):
where pg_dump and pg_restore are ($RECORDS_DESK_PG_BIN, the newest Debian
/usr/lib/postgresql/N/bin, the PATH), the environment a tool runs in (the password in
PGPASSWORD of the child only, never its argv; the caller's PG* settings dropped), and a tool's
failure told in one word (its own words may quote a row: never logged)."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

TOOLS_ENV = "RECORDS_DESK_PG_BIN"
DEBIAN = Path("/usr/lib/postgresql")

ENV_DROPPED = ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGSERVICEFILE", "PGOPTIONS")
# pg_restore's / pg_dump's words, first match wins: a reason in a word, never the text.
_REASONS = (
    ("password", ("password authentication failed", "no password supplied")),
    ("version", ("server version", "unsupported version", "aborting because of")),
    ("permission", ("permission denied", "must be owner", "must be superuser")),
    ("connection", ("could not connect", "connection to server", "could not translate")),
    ("damaged", ("could not read", "unexpected end of file", "corrupt", "did not find magic",
                 "input file does not appear", "could not uncompress", "invalid")),
)  # fmt: skip


class ToolMissing(Exception):
    def __init__(self, tool: str) -> None:
        super().__init__(f"{tool} not found")
        self.tool = tool


class ToolFailed(Exception):
    def __init__(self, tool: str, reason: str) -> None:
        super().__init__(f"{tool} failed: {reason}")
        self.tool = tool
        self.reason = reason


def tool(name: str) -> Path:
    """The PostgreSQL client program NAME (pg_dump, pg_restore); ToolMissing when none."""
    env = os.environ.get(TOOLS_ENV)
    folders = [Path(env)] if env else []
    if not env and DEBIAN.is_dir():
        versions = [p for p in DEBIAN.iterdir() if p.name.isdigit()]
        folders += [p / "bin" for p in sorted(versions, key=lambda p: -int(p.name))]
    for folder in folders:
        if (folder / name).is_file() and os.access(folder / name, os.X_OK):
            return folder / name
    found = None if env else shutil.which(name)
    if found is None:
        raise ToolMissing(name)
    return Path(found)


def child_env(password: str | None) -> dict[str, str]:
    """The environment of a tool: this one's, without another PostgreSQL password source,
    with PGPASSWORD when the office has a password."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROPPED}
    if password is not None:
        env["PGPASSWORD"] = password
    return env


def _run(argv: list[str], password: str | None, stdout: int | IO[bytes] | None = None) -> None:
    """Run a tool; ToolFailed with a reason in a word when it fails (its words not kept)."""
    name = Path(argv[0]).name
    result = subprocess.run(
        argv,
        env=child_env(password),
        stdin=subprocess.DEVNULL,
        stdout=stdout if stdout is not None else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    if result.returncode != 0:
        reason = _reason(result.stderr.decode("utf-8", errors="replace"))
        log.warning("%s failed (exit %d): %s", name, result.returncode, reason)
        raise ToolFailed(name, reason)


def _reason(stderr: str) -> str:
    lowered = stderr.lower()
    for reason, words in _REASONS:
        if any(w in lowered for w in words):
            return reason
    return "other"


# -- making a dump -----------------------------------------------------------------------------
