"""Issue 9 findings 5 and 7, the files the app writes: every PDF, xlsx and copy readable by its
owner only; a target that is not a regular file (`export -o /dev/full` replaced the device node
with a file and reported success) or a read-only file is refused with one line; a read-only
folder is one line, without openpyxl's "Exception ignored … Traceback"."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from records_desk.store import migrate
from records_desk.store.keystore import SERVICE
from tests.conftest import MemoryKeyring
from tests.integration.cli_runner import init_office, run
from tests.integration.test_leaks import cli_env, needs_root, nobody_prefix, shared_folder
from tests.unit.test_customer_import_service import good_file

__all__ = ["shared_folder"]  # a fixture of this module too


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    init_office(capsys, monkeypatch, db_path)
    return db_path


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # the usual one: files 0644 unless the app says otherwise
    yield
    os.umask(previous)


def cli(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--user", "boss", *argv)


def writers(out: Path) -> dict[str, list[str]]:
    """Every command that writes a file the user names, writing to `out`."""
    return {
        "export": ["export", "customers", "-o", str(out)],
        "sms": ["customers", "sms", "-o", str(out)],
        "print": ["forms", "print", "loan_slip", "--blank", "-o", str(out)],
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_written_pdf_and_xlsx_are_0600(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    usual_umask: None,
    memory_keyring: MemoryKeyring,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    source = good_file(tmp_path / "customers.xlsx", 5)
    report = out / "report.xlsx"
    code, _, err = cli(capsys, office, "import", "customers", str(source), "--report", str(report))
    assert code == 0, err
    for name in ("export", "sms", "print"):
        code, _, err = cli(capsys, office, *writers(out / name)[name])
        assert code == 0, err
    # An existing file replaced by an export: 0600 too, whatever mode it had.
    (out / "export").chmod(0o644)
    assert cli(capsys, office, "export", "customers", "-o", str(out / "export"))[0] == 0
    # The window's save of a printed form.
    from records_desk.ui.printing.files import AtomicFile

    saved = AtomicFile(out / "saved.pdf")
    saved.write(b"%PDF-1.4 a form")
    saved.commit()
    # The copy made before a migration.
    key = memory_keyring.get_password(SERVICE, str(office.resolve()))
    assert key
    migrate.backup_copy(office, key, out / "records.pre-test.bak")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["report.xlsx", "export", "sms", "print", "saved.pdf", "records.pre-test.bak"]
    )
    assert {p.name: mode(p) for p in out.iterdir()} == {p.name: 0o600 for p in out.iterdir()}


def not_regular_targets(folder: Path) -> dict[str, Path]:
    """A copy of /dev/full (as root), a pipe, a folder and symbolic links to them."""
    found: dict[str, Path] = {}
    if os.geteuid() == 0:
        found["device"] = folder / "full"
        os.mknod(found["device"], stat.S_IFCHR | 0o666, os.makedev(1, 7))
    found["pipe"] = folder / "pipe"
    os.mkfifo(found["pipe"])
    found["folder"] = folder / "folder"
    found["folder"].mkdir()
    for kind, path in list(found.items()):
        link = folder / f"link-to-{kind}"
        link.symlink_to(path)
        found[f"link to a {kind}"] = link
    return found


def test_export_to_dev_full_is_refused_and_the_device_stays(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "targets"
    folder.mkdir()
    targets = not_regular_targets(folder)
    before = {p.name: os.lstat(p).st_mode for p in folder.iterdir()}
    for kind, target in targets.items():
        for name, argv in writers(target).items():
            code, out, err = cli(capsys, office, *argv)
            assert code == 2 and out == "", (kind, name)
            assert err.count("\n") == 1 and str(target) in err and "Traceback" not in err
            assert "not an ordinary file" in err or "不是一般檔案" in err, (kind, name, err)
    assert {p.name: os.lstat(p).st_mode for p in folder.iterdir()} == before
    assert list(targets["folder"].iterdir()) == []
    if "device" in targets:
        assert stat.S_ISCHR(os.stat(targets["device"]).st_mode)


def test_read_only_target_file_is_not_overwritten(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "kept.xlsx"
    target.write_bytes(b"the office's own file")
    target.chmod(0o444)  # refused for root too, who may write anything: the mode says keep it
    for name, argv in writers(target).items():
        code, out, err = cli(capsys, office, *argv)
        assert (code, out) == (2, ""), name
        assert err.count("\n") == 1 and str(target) in err, name
        assert "read-only" in err or "唯讀" in err, err
    assert target.read_bytes() == b"the office's own file" and mode(target) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


DEEPER_PROBE = """
import gc, sys
from pathlib import Path
import records_desk.private_files as private_files
from records_desk.domain.common.file_errors import FileNotWritten
from records_desk.exchange.common.xlsx import ExportColumn, write_table

private_files.check_target = lambda path: Path(path)  # as if the folder turned read-only later
import records_desk.exchange.common.xlsx as xlsx
xlsx.check_target = private_files.check_target
try:
    write_table(({"name": "王小明"} for _ in range(300)), [ExportColumn("name", "姓名")], sys.argv[1])
except FileNotWritten as e:
    print(e.problem)
gc.collect()
"""


@needs_root
@pytest.mark.slow
def test_export_to_read_only_folder_is_one_line_without_traceback(shared_folder: Path) -> None:
    os.chown(shared_folder, 65534, 65534)
    env = cli_env(shared_folder)
    os.chown(shared_folder / "systmp", 65534, 65534)
    db = shared_folder / "office" / "records.db"
    as_nobody = nobody_prefix()
    cli_argv = [sys.executable, "-m", "records_desk", "--db", str(db)]
    made = subprocess.run(
        [*as_nobody, *cli_argv, "init", "--admin", "boss"], env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    read_only = shared_folder / "read-only"
    read_only.mkdir()
    os.chown(read_only, 65534, 65534)
    read_only.chmod(0o555)
    target = read_only / "customers.xlsx"
    for argv in writers(target).values():
        done = subprocess.run(
            [*as_nobody, *cli_argv, "--user", "boss", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and str(target) in done.stderr, done.stderr
    # Refused deeper, when the file is being written: still no "Exception ignored".
    done = subprocess.run(
        [*as_nobody, sys.executable, "-c", DEEPER_PROBE, str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.stdout, done.stderr) == ("folder_not_writable\n", "")
    assert list(read_only.iterdir()) == []


@pytest.mark.slow
def test_temporary_file_of_a_killed_export_is_removed_by_the_next_write(tmp_path: Path) -> None:
    """A writer killed between writing its hidden temporary file and renaming it used to leave
    the file (customers' data) beside the target for good; the next write of the same file
    removes it, while a temporary file whose writer is still at work stays."""
    from records_desk.private_files import AtomicOutput

    target = tmp_path / "customers.xlsx"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from records_desk.private_files import AtomicOutput\n"
            "out = AtomicOutput(sys.argv[1])\n"
            "out.write(b'names and phones')\n"
            "os.kill(os.getpid(), 9)\n",
            str(target),
        ],
        check=False,
    )
    assert killed.returncode == -9
    leftovers = list(tmp_path.glob(".customers.xlsx.*.part"))
    assert len(leftovers) == 1 and not target.exists()

    at_work = AtomicOutput(target)
    at_work.write(b"still being saved")
    AtomicOutput(target).write(b"another save")  # removes the killed one's, not at_work's
    left = sorted(tmp_path.glob(".customers.xlsx.*.part"))
    assert leftovers[0] not in left
    assert len(left) == 2  # at_work's and the second writer's, both still held
    at_work.commit()
    assert target.read_bytes() == b"still being saved"
