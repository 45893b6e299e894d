"""Reading a server office's dump whole (issue 15 §6, store/server_backup.py look_into): one
pass of `pg_restore --data-only --file=-` counts each table's rows, gathers the schema revision
and yields the audit log's entries to walk its chain, without restoring anything."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import ChainReport, Head
from records_desk.store.backup import IDENTIFIER, CopyFacts
from records_desk.store.server_tools import ToolFailed, _reason, child_env, tool

log = logging.getLogger(__name__)

_COPY = re.compile(r'^COPY "?(?P<schema>[^". ]+)"?\."?(?P<table>[^". ]+)"? \((?P<columns>[^)]*)\)')
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)")
_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _unescape(field: str) -> str | None:
    """One field of COPY's text format: \\N is NULL, backslash escapes as PostgreSQL's."""
    if field == "\\N":
        return None

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code in _SIMPLE:
            return _SIMPLE[code]
        if code[0] == "x" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8))
        return code

    return _ESCAPE.sub(one, field) if "\\" in field else field


def read_script(path: Path, key_hex: str) -> CopyFacts:
    """Counts, schema, audit head and chain from the dump's data as pg_restore writes it.
    The log is walked as it streams by (a table's rows come in the order they were written:
    the log's, as nothing is ever deleted from it); only when that walk breaks is the log
    read again, on its own, and walked in sequence order."""
    script = _Script(path)
    rows = script.log_rows()
    last: list[dict[str, Any]] = []

    def tracked() -> Iterator[dict[str, Any]]:
        for entry in rows:
            last[:] = [entry]
            yield entry

    chain = audit_chain.verify(tracked(), audit_chain.chain_key(key_hex))
    for entry in rows:  # the rest of the dump: its counts
        last[:] = [entry]
    if not script.ok:
        return CopyFacts(False, {}, Head.empty(), ChainReport(0, 1), (), {})
    head = Head(last[0]["seq"], str(last[0]["hash"])) if last else Head.empty()
    if not chain.intact:  # out of order, or broken: walked again in sequence order
        again = _Script(path, only="audit_log")
        entries = sorted(again.log_rows(), key=lambda e: int(e["seq"]))
        chain = audit_chain.verify(entries, audit_chain.chain_key(key_hex))
        head = Head(entries[-1]["seq"], str(entries[-1]["hash"])) if entries else Head.empty()
    tables = dict(sorted(script.tables.items()))
    return CopyFacts(True, tables, head, chain, tuple(sorted(script.schema)), {})


class _Script:
    """One pass of `pg_restore --data-only --file=-` over a dump: each table's row count
    and the schema revision gathered as `log_rows` yields the audit log's entries.
    ToolFailed (at the end of the pass) when pg_restore cannot read the dump whole."""

    def __init__(self, path: Path, only: str | None = None) -> None:
        self.argv = [str(tool("pg_restore")), "--data-only", "--file=-"]
        if only:
            self.argv.append(f"--table={only}")
        self.argv.append(str(path))
        self.tables: dict[str, int] = {}
        self.schema: list[str] = []
        self.ok = True

    def log_rows(self) -> Iterator[dict[str, Any]]:
        with tempfile.TemporaryFile() as errors:
            proc = subprocess.Popen(
                self.argv, env=child_env(None), stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=errors,
            )  # fmt: skip
            assert proc.stdout is not None
            with proc:
                yield from self._parse(proc.stdout)
            if proc.returncode != 0:
                errors.seek(0)
                reason = _reason(errors.read().decode("utf-8", errors="replace"))
                log.warning("pg_restore could not read a dump: %s", reason)
                raise ToolFailed("pg_restore", reason)

    def _parse(self, lines: IO[bytes]) -> Iterator[dict[str, Any]]:
        current: str | None = None
        columns: list[str] = []
        for raw in lines:
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            if current is None:
                match = _COPY.match(line)
                if match:
                    current = match["table"]
                    columns = [c.strip().strip('"') for c in match["columns"].split(",")]
                    self.ok = self.ok and bool(IDENTIFIER.fullmatch(current))
                    self.ok = self.ok and current not in self.tables
                    self.tables[current] = 0
                continue
            if line == "\\.":
                current = None
                continue
            self.tables[current] += 1
            if current == "audit_log":
                yield _entry(dict(zip(columns, map(_unescape, line.split("\t")), strict=False)))
            elif current == "alembic_version":
                self.schema.append(str(_unescape(line.split("\t")[0])))
        if current is not None:
            self.ok = False  # cut inside a table's rows


def _entry(row: dict[str, Any]) -> dict[str, Any]:
    entry = dict(row)
    try:
        entry["seq"] = int(entry["seq"])
    except (KeyError, TypeError, ValueError):
        entry["seq"] = -1
    with contextlib.suppress(TypeError, ValueError):
        entry["details"] = json.loads(entry["details"])
    return entry
