"""Starting the program (records_desk.app.run_gui) in a separate process, as a user or the
build would: no display gives one line and exit 2; --self-test prints `self-test ok`;
--quit-when-ready and --quit-at-login print the start-up time for the benchmark; the sign-in
dialog is on screen before the store, SQLAlchemy and the services are imported (issue item 9)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from records_desk.app import NO_DISPLAY_MESSAGE

# Each starts the program or Qt's tools as a process.
pytestmark = pytest.mark.slow

GM_PASSWORD = "general-manager-pw"


def run(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    code = f"import sys; from records_desk.__main__ import main; sys.exit(main({args!r}))"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def env() -> dict[str, str]:
    """The test's own folders (set by tests/conftest.py) and never the user's real keyring."""
    values = dict(os.environ)
    values["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    values["QT_QPA_PLATFORM"] = "offscreen"
    return values


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux-only")
def test_without_a_display_one_line_and_exit_2(env: dict[str, str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = run([], env)
    assert result.returncode == 2
    assert result.stderr == NO_DISPLAY_MESSAGE + "\n"
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_self_test_prints_ok(env: dict[str, str]) -> None:
    env.pop("QT_QPA_PLATFORM")  # the self-test goes offscreen by itself
    result = run(["--self-test"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout.splitlines()


def test_quit_when_ready_signed_in_and_at_the_login_dialog(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "bench.db"
    env["RECORDS_DESK_PASSWORD"] = GM_PASSWORD
    created = run(["--db", str(db), "init", "--admin", "boss"], env)
    assert created.returncode == 0, created.stderr

    signed_in = run(["--db", str(db), "--user", "boss", "--quit-when-ready"], env)
    assert signed_in.returncode == 0, signed_in.stderr
    assert re.fullmatch(r"ready_ms=\d+", signed_in.stdout.strip())

    del env["RECORDS_DESK_PASSWORD"]
    at_login = run(["--db", str(db), "--quit-when-ready"], env)
    assert at_login.returncode == 0, at_login.stderr
    assert re.fullmatch(r"ready_ms=\d+", at_login.stdout.strip())


def test_quit_when_ready_with_a_wrong_password_fails(env: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "bench.db"
    env["RECORDS_DESK_PASSWORD"] = GM_PASSWORD
    assert run(["--db", str(db), "init", "--admin", "boss"], env).returncode == 0
    env["RECORDS_DESK_PASSWORD"] = "not-the-password"
    result = run(["--db", str(db), "--user", "boss", "--quit-when-ready"], env)
    assert result.returncode == 1
    assert "could not sign in as boss" in result.stderr


def test_a_database_that_cannot_be_opened_is_one_message_not_a_traceback(
    env: dict[str, str], tmp_path: Path
) -> None:
    junk = tmp_path / "not-a-database.db"
    junk.write_bytes(os.urandom(4096))
    result = run(["--db", str(junk), "--quit-when-ready"], env)
    assert result.returncode == 1
    # zh_TW is the default language: "the key of the database … cannot be found", and what to do.
    told = [line for line in result.stderr.splitlines() if line.startswith("records-desk: ")]
    assert len(told) == 1
    assert told[0].startswith(f"records-desk: 在這台電腦上找不到資料庫 {junk} 的金鑰。")
    assert "請在建立它的電腦上" in told[0]
    assert "Traceback" not in result.stderr


def test_a_database_from_a_newer_version_is_one_message_and_left_untouched(
    env: dict[str, str], tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    db = tmp_path / "newer.db"
    env["RECORDS_DESK_PASSWORD"] = GM_PASSWORD
    assert run(["--db", str(db), "init", "--admin", "boss"], env).returncode == 0
    keyring.set_keyring(fail.Keyring())  # as the program: the key is in the config folder
    database = open_database(db, KeyStore(Path(env["RECORDS_DESK_CONFIG_DIR"])))
    with database.engine.begin() as conn:  # what a newer release's migration would leave
        conn.exec_driver_sql(
            "UPDATE alembic_version SET version_num = '0099_from_the_future' "
            "WHERE version_num LIKE '0%'"  # the core head; the features' branch heads stay
        )
    database.dispose()
    before = db.read_bytes()

    result = run(["--db", str(db), "--quit-when-ready"], env)
    assert result.returncode == 1
    # zh_TW: "the database … was changed by a newer version of Records Desk".
    assert f"records-desk: 資料庫 {db} 已被較新版本的 Records Desk 變更，請用該版本開啟。" in (
        result.stderr.splitlines()
    )
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before and not list(tmp_path.glob("*.bak"))


# Run in the child: the opening's worker thread is held until the sign-in dialog is on screen,
# so whatever of these is imported by then was imported by the GUI thread.
AT_LOGIN = """
import sys, threading
import records_desk.app as app
import records_desk.app_opening as opening

HEAVY = ("records_desk.store", "records_desk.services", "sqlalchemy", "sqlcipher3", "alembic")
gate = threading.Event()
open_database = opening._open
opening._open = lambda path: gate.wait(60) and open_database(path)
report = app._report_ready

def at_login(qt_app):
    from PySide6.QtWidgets import QApplication
    shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    heavy = sorted(m for m in sys.modules if m.startswith(HEAVY))
    print("shown=" + ",".join(shown))
    print("imported=" + ",".join(heavy), flush=True)
    gate.set()
    report(qt_app)

app._report_ready = at_login
from records_desk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_login_dialog_is_shown_before_the_store_is_imported(
    env: dict[str, str], tmp_path: Path
) -> None:
    db = tmp_path / "office.db"
    env["RECORDS_DESK_PASSWORD"] = GM_PASSWORD
    assert run(["--db", str(db), "init", "--admin", "boss"], env).returncode == 0
    result = subprocess.run(
        [sys.executable, "-c", AT_LOGIN, "--db", str(db), "--user", "boss", "--quit-at-login"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert lines["shown"] == "loginDialog"
    assert lines["imported"] == ""
    assert re.fullmatch(r"\d+", lines["ready_ms"])
