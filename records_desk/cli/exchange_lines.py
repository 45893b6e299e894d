"""What every Excel exchange prints on the command line (the customer list's, the media
inventory's): a problem as one line naming its row and column in the user's language ("第 6 列
F 欄：…"), a warning, a count with its singular, and the output's folder checked before
signing in. Problems listed stop after LISTED_PROBLEMS; the saved --report keeps them all."""

from __future__ import annotations

from pathlib import Path

from records_desk.wording.language import sub, translate

LISTED_PROBLEMS = 1000  # problems printed (and in --json); the rest are counted


def counted(n: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with %1 filled: both translated by the caller."""
    return sub(one if n == 1 else many, n)


def warning(text: str) -> str:
    return sub(translate("CommandLine", "warning: %1"), text)


def problem_line(e: dict[str, object]) -> str:
    if e["row"] and e["column"]:
        where = sub(translate("CommandLine", "row %1 column %2: "), e["row"], e["column"])
    elif e["row"]:
        where = sub(translate("CommandLine", "row %1: "), e["row"])
    else:
        where = ""
    value = f"{e['value']!s} — " if e["value"] else ""
    return f"{where}{value}{e['problem']}"


def check_folder(output: Path) -> None:
    """Refused before signing in: a missing or read-only folder, a read-only file, and
    anything that is not a regular file (a folder, /dev/full, a pipe)."""
    from records_desk.private_files import check_target

    check_target(output)
