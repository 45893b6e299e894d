"""Collect the translatable strings into one Linguist file per feature, and compile them.

    python tools/i18n.py update     lupdate: resources/i18n/<part>_zh_TW.ts for common and for
                                    each registered feature (records_desk/features.py
                                    `translations`), from that part's source files only
    python tools/i18n.py release    lrelease: every *_zh_TW.ts merged into
                                    resources/i18n/records_desk_zh_TW.qm (what the window loads),
                                    and the same as records_desk_zh_TW.json (what wording/ reads)

The .ts files are the one master of every translation (translate them in Qt Linguist or by
hand); the window's .qm and the catalogue wording/language.py reads for the command line and
the Excel reports (JSON: reading the .ts XML took ~10 ms at every start) are compiled from them. `make i18n` runs both steps; `make test` fails on a
string left untranslated, English left in a translation, or Chinese in an English source.
A feature's files are those in a folder named after it (ui/customers/, wording/customers/ …),
store/<feature>.py and cli/<feature>*.py; every other file is common.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "records_desk"
I18N = ROOT / "resources" / "i18n"
LANGUAGE = "zh_TW"
sys.path.insert(0, str(ROOT))


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def parts() -> list[str]:
    from records_desk.features import FEATURES

    return [f.translations for f in FEATURES if f.translations]


def part_of(path: Path, features: list[str]) -> str:
    relative = path.relative_to(PACKAGE)
    for feature in features:
        if feature in relative.parts[:-1]:
            return feature
        if relative.parts[0] in ("store", "cli") and relative.stem.split("_")[0] == feature:
            return feature
    return "common"


def sources() -> dict[str, list[Path]]:
    features = parts()
    found: dict[str, list[Path]] = {part: [] for part in ["common", *features]}
    for path in sorted(PACKAGE.rglob("*.py")):
        found[part_of(path, features)].append(path)
    return found


def ts_path(part: str) -> Path:
    return I18N / f"{part}_{LANGUAGE}.ts"


def update() -> None:
    for part, files in sources().items():
        out = ts_path(part)
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", *map(str, files), "-ts", str(out)],
            check=True,
        )


def qm_path() -> Path:
    return I18N / f"records_desk_{LANGUAGE}.qm"


def release(out: Path | None = None) -> None:
    """The window's .qm, and beside it the compiled catalogue the command line, the reports
    and wording/ read (records_desk/wording/language.py `catalogue`)."""
    files = sorted(I18N.glob(f"*_{LANGUAGE}.ts"))
    target = out or qm_path()
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", *map(str, files), "-qm", str(target)], check=True
    )
    from records_desk.wording.language import compiled_catalogue_text

    target.with_suffix(".json").write_text(compiled_catalogue_text(LANGUAGE), "utf-8")


if __name__ == "__main__":
    steps = {"update": update, "release": release}
    for step in sys.argv[1:] or ["update", "release"]:
        steps[step]()
