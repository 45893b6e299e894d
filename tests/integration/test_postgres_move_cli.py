"""Issue 15 §5 on the command line: `records-desk --db FILE --user boss move-to URL --yes`
moves a demo office onto the throwaway PostgreSQL cluster (tests/pg.py), prints its summary (or
JSON), and the office then answers `--db URL` commands on this desk at once (the office key moved
with it); a second move, a move without --yes outside a terminal, and a move from a server are
one line each, exit 2."""

from __future__ import annotations

import json

import pytest

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from tests.conftest import GM_PASSWORD
from tests.integration.cli_runner import run
from tests.integration.test_postgres_move import demo_office, server_is_empty, shown

# A move starts from a database file: its source office is the SQLite one on either backend run.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def demo(services: Services, gm: Principal) -> Services:
    demo_office(services, gm)
    return services


def test_move_to_on_the_command_line_prints_its_summary_and_refuses_a_second_time(
    demo: Services, pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    db = ("--db", str(demo.database.path), "--user", "boss")
    code, out, err = run(capsys, *db, "move-to", pg_url, "--yes", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["target"] == shown(pg_url) and summary["source"] == str(demo.database.path)
    assert (
        summary["audit"]["intact"] and summary["audit"]["entries"] == summary["tables"]["audit_log"]
    )
    assert (
        summary["rows"] == sum(summary["tables"].values()) and summary["tables"]["customer"] == 150
    )
    code, out, err = run(capsys, *db, "move-to", pg_url, "--yes")
    assert code == 2 and out == ""
    assert err.startswith("records-desk: ") and "不是空的" in err and len(err.splitlines()) == 1


def test_the_moved_office_is_verified_on_the_server_from_the_command_line(
    demo: Services, pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """records-desk --db FILE --user boss move-to URL --yes, then --db URL audit verify: the
    office key moved with the records, so this desk verifies the server's chain at once."""
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    file = ("--db", str(demo.database.path), "--user", "boss")
    code, out, err = run(capsys, *file, "move-to", pg_url, "--yes")
    assert code == 0, err
    assert shown(pg_url) in out and "records-desk --db" in out
    code, out, err = run(capsys, "--db", pg_url, "--user", "boss", "audit", "verify")
    assert (code, err) == (0, "")
    code, out, err = run(capsys, "--db", pg_url, "--user", "boss", "loans", "list", "--json")
    assert code == 0, err
    code, here, err = run(capsys, *file, "loans", "list", "--json")
    assert json.loads(out) == json.loads(here)
    code, _out, err = run(capsys, "--db", pg_url, "--user", "boss", "move-to", pg_url, "--yes")
    assert code == 2 and "--db" in err and len(err.splitlines()) == 1  # from a file only


def test_move_to_asks_for_confirmation_unless_told_yes(
    services: Services, gm: Principal, pg_url: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    db = ("--db", str(services.database.path), "--user", "boss")
    code, _out, err = run(capsys, *db, "move-to", pg_url)  # no terminal to ask in
    assert code == 2 and "--yes" in err
    code, _out, err = run(capsys, *db, "move-to", "/tmp/elsewhere.db", "--yes")
    assert code == 2 and "/tmp/elsewhere.db" in err
    assert server_is_empty(pg_url)
