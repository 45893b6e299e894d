"""The program started on a server office (issue 15 §1), as a user would: `--db
postgresql://…` reaches the sign-in (or, with --user and the password, the main window) of
the office made there from the command line; a server that cannot be reached is one worded
line, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pg import PgCluster
from tests.ui.test_app_startup import GM_PASSWORD, env, run  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow


def test_the_window_opens_a_server_office_made_from_the_command_line(
    pg_empty_url: str,
    env: dict[str, str],  # noqa: F811 - the fixture
) -> None:
    env["RECORDS_DESK_PASSWORD"] = GM_PASSWORD
    created = run(["--db", pg_empty_url, "init", "--admin", "boss"], env)
    assert created.returncode == 0, created.stderr

    signed_in = run(["--db", pg_empty_url, "--user", "boss", "--quit-when-ready"], env)
    assert signed_in.returncode == 0, signed_in.stderr
    assert re.fullmatch(r"ready_ms=\d+", signed_in.stdout.strip())

    del env["RECORDS_DESK_PASSWORD"]
    at_login = run(["--db", pg_empty_url, "--quit-when-ready"], env)
    assert at_login.returncode == 0, at_login.stderr


def test_a_server_that_cannot_be_reached_is_one_worded_line(
    pg_cluster: PgCluster,
    env: dict[str, str],  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    address = f"postgresql://postgres@/records?host={pg_cluster.folder}/none"
    result = run(["--db", address, "--quit-when-ready"], env)
    assert result.returncode == 1
    said = result.stderr.strip().splitlines()[-1]  # the window speaks the office's language
    assert said.startswith("records-desk: 無法連線到 postgresql://postgres@/records")
    assert "Traceback" not in result.stderr
