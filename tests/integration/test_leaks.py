"""Issue 9 finding 5: customer data in plain text outside the encrypted file — the log (0644 in a
0755 folder, SQL parameters in its tracebacks), openpyxl's temporary files in the system
temporary folder after a killed export — and finding 7's unwritable log file, which stopped
every command with a traceback. The command line runs in real processes here: the log is set
up once per process, and a kill must be a real SIGKILL."""

from __future__ import annotations

import contextlib
import logging
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from records_desk.cli import main
from records_desk.paths import config_dir
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.services.customers.search import CustomerQuery
from records_desk.store.audit_anchor import anchor_for
from records_desk.store.keystore import SERVICE, DatabaseKey, KeyStore
from tests.conftest import GM_PASSWORD, MemoryKeyring
from tests.unit.test_customer_import_service import good_file, row

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def cli_env(folder: Path, **extra: str) -> dict[str, str]:
    """A command run as a user runs it on a headless box: no keyring (the key in a file),
    its own config, log, temporary and system temporary folders."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RECORDS_DESK_CONFIG_DIR": str(folder / "config"),
        "RECORDS_DESK_LOG_DIR": str(folder / "logs"),
        "RECORDS_DESK_TEMP_DIR": str(folder / "private"),
        "RECORDS_DESK_PASSWORD": GM_PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "TMPDIR": str(folder / "systmp"),
        "LANG": "C.UTF-8",
    }
    env.update(extra)
    (folder / "systmp").mkdir(parents=True, exist_ok=True)
    return env


def run_cli(
    env: dict[str, str], *argv: str, as_nobody: bool = False
) -> subprocess.CompletedProcess[str]:
    prefix = nobody_prefix() if as_nobody else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "records_desk", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def nobody_prefix() -> list[str]:
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def can_drop_privileges() -> bool:
    import shutil

    return os.geteuid() == 0 and shutil.which("setpriv") is not None


needs_root = pytest.mark.skipif(
    not can_drop_privileges(), reason="needs root and setpriv to run a probe as another user"
)


def key_file_for(services: Services, config: Path, keyring: MemoryKeyring) -> None:
    """The test database's key (in the test keyring) as the key file a process without a
    keyring reads."""
    db_path = services.database.path
    path = KeyStore(config).key_file(db_path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = keyring.get_password(SERVICE, str(db_path.resolve()))
    assert key
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key)
    # The audit anchor moves with the key (a missing head file is a tamper alarm).
    anchor = anchor_for(services.database.key, config_dir())
    if anchor.path.exists():
        shutil.copyfile(anchor.path, anchor_for(DatabaseKey(key, "file", str(path)), config).path)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# --- the log ----------------------------------------------------------------------------------

LOG_PROBE = """
import logging, logging.handlers, os
os.umask(0o022)
from records_desk.app_logging import setup_logging
setup_logging(console=False)
log = logging.getLogger("probe")
log.warning("first")
rotating = logging.handlers.RotatingFileHandler
[handler] = [h for h in logging.getLogger().handlers if isinstance(h, rotating)]
handler.doRollover()
log.warning("after the rotation")
"""


@pytest.mark.slow
def test_log_file_is_private_0600_in_0700_folder(tmp_path: Path) -> None:
    # A new folder named by RECORDS_DESK_LOG_DIR, and a file made after a rotation.
    env = cli_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", LOG_PROBE], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    logs = tmp_path / "logs"
    assert mode(logs) == 0o700
    assert sorted(p.name for p in logs.iterdir()) == ["records-desk.log", "records-desk.log.1"]
    assert {mode(p) for p in logs.iterdir()} == {0o600}
    assert "after the rotation" in (logs / "records-desk.log").read_text()

    # The default folder as an older version left it: 0755 with a 0644 log file.
    state = tmp_path / "state"
    env = cli_env(tmp_path, XDG_STATE_HOME=str(state), XDG_CACHE_HOME=str(state))
    del env["RECORDS_DESK_LOG_DIR"]
    probe = "import platformdirs; print(platformdirs.user_log_dir('records-desk', appauthor=False))"
    folder = Path(
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True
        ).stdout.strip()
    )
    assert folder.is_relative_to(state)
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    old = folder / "records-desk.log"
    old.write_text("an older line\n")
    old.chmod(0o644)
    done = subprocess.run(
        [sys.executable, "-c", LOG_PROBE], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert mode(folder) == 0o700
    assert {mode(p) for p in folder.iterdir()} == {0o600}


@pytest.mark.slow
@pytest.mark.parametrize("how", ["a folder in its place", "no right to write"])
def test_unwritable_log_file_does_not_crash_the_command(
    tmp_path: Path, shared_folder: Path, how: str
) -> None:
    env = cli_env(tmp_path)
    logs = tmp_path / "logs"
    as_nobody = how == "no right to write"
    if as_nobody:
        if not can_drop_privileges():
            pytest.skip("needs root and setpriv to run the command as another user")
        folder = shared_folder
        env = cli_env(folder)
        logs = folder / "logs"
        logs.mkdir(mode=0o755)  # root's: the command's user may not write in it
        os.chown(folder / "systmp", NOBODY, NOBODY)
    else:
        (logs / "records-desk.log").mkdir(parents=True)
    missing = tmp_path / "nowhere" / "records.db"
    done = run_cli(env, "--db", str(missing), "--user", "boss", "audit", "verify",
                   as_nobody=as_nobody)  # fmt: skip
    assert done.returncode == 2, done.stderr
    # Only the command's own one line: no traceback, no word about the log.
    assert done.stderr.startswith("records-desk: ") and done.stderr.count("\n") == 1
    assert str(missing) in done.stderr
    assert done.stdout == ""
    # The window goes on too, with one line saying the log is not kept.
    probe = "from records_desk.app_logging import setup_logging; setup_logging(console=True)"
    prefix = nobody_prefix() if as_nobody else []
    shown = subprocess.run(
        [*prefix, sys.executable, "-c", probe], env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0 and shown.stderr.count("\n") == 1, shown.stderr
    assert "cannot be written" in shown.stderr


@contextlib.contextmanager
def fresh_root_logger() -> Iterator[None]:
    """The command's log set up anew for this test (the process may have set it up before)."""
    root = logging.getLogger()
    kept = root.handlers[:]
    root.handlers = []
    try:
        yield
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = kept


def test_no_customer_values_in_the_log_on_a_database_error(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    with fresh_root_logger():
        assert main(["--db", str(db_path), "init", "--admin", "boss"]) == 0
        # The disk fills up as the customers are written: SQLite refuses the INSERT.
        key = memory_keyring.get_password(SERVICE, str(db_path.resolve()))
        conn = sqlcipher.connect(str(db_path))
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        conn.execute(
            "CREATE TRIGGER disk_full BEFORE INSERT ON customer "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
        conn.commit()
        conn.close()
        source = good_file(tmp_path / "customers.xlsx", 5)
        code = main(["--db", str(db_path), "--user", "boss", "import", "customers", str(source)])
        capsys.readouterr()
    assert code == 2
    log = (tmp_path / "logs" / "records-desk.log").read_text("utf-8")
    assert "Traceback" in log and "INSERT INTO customer" in log  # what failed, and where
    for n in range(5):
        name, _kind, phone, id_number = row(n)[:4]
        for value in (name, phone, id_number):
            assert str(value) not in log, value


# --- temporary files --------------------------------------------------------------------------


def customer_values(services: Services, gm: Principal) -> list[bytes]:
    found: list[bytes] = []
    for r in services.customers.search.iter_rows(gm, CustomerQuery(include_void=True)):
        found.append(r.name.encode())
        found.extend(p.encode() for p in r.phones)
    return found


def files_holding(folder: Path, values: list[bytes]) -> list[Path]:
    holding = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(v in data for v in values):
                holding.append(path)
    return holding


def wait_for_any_file(folders: list[Path], process: subprocess.Popen[bytes]) -> bool:
    """True once a file appears in one of `folders` while the process runs."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        for folder in folders:
            if folder.exists() and any(p.is_file() and "openpyxl" in p.name
                                       for p in folder.rglob("*")):  # fmt: skip
                return True
        time.sleep(0.005)
    return False


@pytest.mark.sqlite_only(reason="a killed command on the database file of the fixture")
@pytest.mark.slow
@pytest.mark.timeout(900)  # 20 killed processes: minutes on a loaded machine
def test_killed_export_leaves_no_customer_data_in_the_system_temp(
    services: Services, gm: Principal, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 1500, seed=9)
    values = customer_values(services, gm)
    rows = services.customers.search.count(gm, CustomerQuery())
    run_folder = tmp_path / "run"
    key_file_for(services, run_folder / "config", memory_keyring)
    env = cli_env(run_folder)
    system_temp, private = run_folder / "systmp", run_folder / "private"
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    db = str(services.database.path)
    rnd = random.Random(9)
    killed = 0
    for trial in range(20):
        out = out_folder / f"customers-{trial}.xlsx"
        process = subprocess.Popen(
            [sys.executable, "-m", "records_desk", "--db", db, "--user", "boss",
             "export", "customers", "-o", str(out)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            if wait_for_any_file([system_temp, private], process):
                time.sleep(rnd.uniform(0, 0.3))  # somewhere in the export
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait(timeout=60)
        killed += process.returncode == -signal.SIGKILL
        assert files_holding(system_temp, values) == [], f"trial {trial}"
        if private.exists():
            assert mode(private) == 0o700
            for left in private.iterdir():
                assert left.stat().st_uid == os.getuid() and mode(left) in (0o700, 0o600), left
        # All or nothing: no file, or the whole export (never a half-written one under the name).
        if out.exists():
            assert mode(out) == 0o600
            from openpyxl import load_workbook

            # Counted, not read from max_row: a write-only sheet stores no dimension.
            sheet = load_workbook(out, read_only=True).active
            assert sum(1 for _ in sheet.iter_rows(values_only=True)) == 1 + rows
    assert killed >= 10  # most trials were killed during the export, not after it
    # The next start removes what the killed ones left; its own folder goes when it exits.
    assert run_cli(env, "--db", db, "--user", "boss", "audit", "verify").returncode == 0
    assert list(private.iterdir()) == []
    assert files_holding(system_temp, values) == []
    # The chain is whole: every finished export audited, nothing else changed.
    assert services.audit.verify(gm).intact


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can enter (pytest's tmp_path is root's own 0700 folder)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="records-desk-probe-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:  # read-only folders a probe made
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o700)
    shutil.rmtree(folder)


@pytest.mark.slow
def test_a_second_start_keeps_the_temporary_files_of_a_running_one(tmp_path: Path) -> None:
    """The next start removes only what gone processes left: a window still open (here, this
    process holding its folder's lock) keeps its files while a command starts beside it."""
    from records_desk.private_files import PrivateTemp, private_folder

    root = private_folder(tmp_path / "run" / "private")
    running = PrivateTemp(root)
    try:
        (running.path / "openpyxl.sheet").write_text("客戶00001")
        env = cli_env(tmp_path / "run")
        done = run_cli(env, "--db", str(tmp_path / "none.db"), "--user", "boss", "audit", "verify")
        assert done.returncode == 2
        assert (running.path / "openpyxl.sheet").exists()
    finally:
        running.remove()
    assert list(root.iterdir()) == []
