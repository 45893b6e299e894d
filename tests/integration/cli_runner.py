"""Running the command line in-process, as the CLI tests do: `run` gives the exit code and what
it printed; `init_office` makes a database with its general manager boss (GM_PASSWORD)."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.cli import main
from tests.conftest import GM_PASSWORD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def init_office(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    *extra: str,
) -> str:
    """`init --admin boss` at DB_PATH (EXTRA: e.g. --name); what it printed. The password
    stays in RECORDS_DESK_PASSWORD for the commands that follow."""
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    code, out, err = run(capsys, "--db", str(db_path), "init", "--admin", "boss", *extra)
    assert code == 0, err
    return out
