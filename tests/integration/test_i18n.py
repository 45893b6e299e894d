"""Language: every user-visible string has a Traditional Chinese translation, and the compiled
.qm shipped in resources/ is the one built from the .ts (STYLE.md, issue item 8)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

# Each starts the program or Qt's tools as a process.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "records_desk_zh_TW.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    path = str(found) if found.exists() else shutil.which(name)
    if not path:
        pytest.fail(f"{name} is not installed with PySide6")
    return path


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation text, translation type attribute)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = translation.text or ""
            if not text and translation.find("numerusform") is not None:
                text = "".join(n.text or "" for n in translation.iter("numerusform"))
            found[(name, message.findtext("source") or "")] = (text, translation.get("type"))
    return found


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "records_desk").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return set(messages(out))


def test_the_code_has_translatable_strings(source_strings: set[tuple[str, str]]) -> None:
    assert ("Messages", "Wrong user name or password.") in source_strings
    assert len(source_strings) > 50


def test_every_string_has_a_zh_tw_translation(source_strings: set[tuple[str, str]]) -> None:
    committed = messages(TS)
    missing = sorted(
        f"{ctx}: {src!r}"
        for ctx, src in source_strings
        if (ctx, src) not in committed
        or not committed[(ctx, src)][0].strip()
        or committed[(ctx, src)][1] in ("unfinished", "vanished", "obsolete")
    )
    assert missing == [], "untranslated (run `make i18n` and translate):\n" + "\n".join(missing)


def test_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert QM.exists(), "run `make i18n`"
    assert QM.read_bytes() == fresh.read_bytes(), "the .qm is stale: run `make i18n`"


def test_qm_translates_into_traditional_chinese(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("Messages", "Wrong user name or password.")
        assert text != "Wrong user name or password."
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
    finally:
        QCoreApplication.removeTranslator(translator)
