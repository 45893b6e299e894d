"""`records-desk loans deputy ACCOUNT --end`, `loans reshelve ARCHIVE_NO...` and
`loans list --unshelved`: ending a deputy period early (R-ACC-5) and confirming returned files
back in place (R-LOAN-5) from the command line, with the services' permissions; refusals are one
line, exit 2."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.integration.test_cli_loans import loans, office

__all__ = ["office"]  # the fixture: boss (GM), ann (archivist), stan (staff), three files


def test_loans_deputy_end_ends_the_period_in_force_early_R_ACC_5(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, _, _) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    today = date.today()
    code, _, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--from",
                         (today - timedelta(days=1)).isoformat(), "--to",
                         (today + timedelta(days=3)).isoformat())  # fmt: skip
    assert code == 0, err
    code, _, err = loans(capsys, monkeypatch, db, "ann", "deputy", "stan", "--end")
    assert code == 2 and err.count("\n") == 1  # the archivist does not end it: a manager does
    code, out, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--end")
    assert code == 0, err
    assert out.strip() == f"stan's deputy period ends early: last day {today - timedelta(days=1)}"
    code, _, err = loans(capsys, monkeypatch, db, "stan", "lend", a, "--borrower", "ann",
                         "--purpose", "x")  # fmt: skip
    assert code == 2  # no deputy rights today any more
    code, _, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--end")
    assert (code, err) == (
        2,
        "records-desk: stan is not named deputy archivist for today or a day to come.\n",
    )


def test_loans_deputy_end_withdraws_a_period_not_started_and_checks_its_options_R_ACC_5(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, _ = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    start = date.today() + timedelta(days=2)
    code, _, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--from",
                         start.isoformat(), "--to", (start + timedelta(days=1)).isoformat())  # fmt: skip
    assert code == 0, err
    code, _, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--end", "--from",
                         start.isoformat())  # fmt: skip
    assert (code, err) == (2, "records-desk: --end takes no --from or --to\n")
    code, _, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan")
    assert (code, err) == (2, "records-desk: give --from DATE and --to DATE, or --end\n")
    code, out, err = loans(capsys, monkeypatch, db, "boss", "deputy", "stan", "--end")
    assert code == 0 and out.strip() == f"stan's deputy period from {start} is withdrawn", err


def test_loans_reshelve_confirms_returned_files_and_list_unshelved_shows_the_rest_R_LOAN_5(
    office: tuple[Path, list[str]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, (a, b, c) = office
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, out, err = loans(capsys, monkeypatch, db, "ann", "lend", a, b, c, "--borrower", "stan",
                           "--purpose", "check")  # fmt: skip
    assert code == 0, err
    number = out.strip()
    code, _, err = loans(capsys, monkeypatch, db, "ann", "return", a, b)
    assert code == 0, err
    code, out, err = loans(capsys, monkeypatch, db, "stan", "list", "--unshelved", "--json")
    assert code == 0 and [r["archive_no"] for r in json.loads(out)] == [a, b], err
    assert json.loads(out)[0]["shelf"] == "A-01-03"
    code, _, err = loans(capsys, monkeypatch, db, "stan", "reshelve", a)
    assert code == 2 and err.count("\n") == 1  # staff do not confirm re-shelving
    code, _, err = loans(capsys, monkeypatch, db, "ann", "reshelve", a, "--shelf", "B-09-09")
    assert (code, err) == (2, f"records-desk: {a} belongs on shelf A-01-03, not on B-09-09.\n")
    code, _, err = loans(capsys, monkeypatch, db, "ann", "reshelve", c)
    assert code == 2 and c in err  # still out: nothing to put back
    code, out, err = loans(capsys, monkeypatch, db, "ann", "reshelve", a, "--shelf", "a-01-03")
    assert (code, out) == (0, f"{a} back in place on shelf A-01-03\n"), err
    code, out, _ = loans(capsys, monkeypatch, db, "ann", "list", "--unshelved")
    assert (code, out) == (0, f"{b} (loan {number}): not yet back on shelf A-01-03\n")
    code, _, err = loans(capsys, monkeypatch, db, "ann", "list", "--unshelved", "--borrower", "x")
    assert (code, err) == (2, "records-desk: --unshelved lists every borrower's files\n")
