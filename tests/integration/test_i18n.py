"""Language: every user-visible string has a Traditional Chinese translation in its feature's
.ts (the one master: tools/i18n.py), no English is left in a translation and no Chinese in an
English source, one English term is translated one way, and the compiled .qm shipped in
resources/ is the one built from the .ts files (STYLE.md; issue "make room" item 5)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

# Each starts Qt's tools as a process.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
QM = I18N / "records_desk_zh_TW.qm"
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402 - tools/i18n.py, the one way the .ts files are made

Messages = dict[tuple[str, str], tuple[str, str | None]]
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Read the same in both languages.
SAME_IN_BOTH = {("CustomerTerms", "VIP")}
# One English word, two meanings: an account in use (使用中), a customer file in force (有效).
TWO_MEANINGS = {"Active"}


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    path = str(found) if found.exists() else shutil.which(name)
    if not path:
        pytest.fail(f"{name} is not installed with PySide6")
    return path


def messages(ts: Path) -> Messages:
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


def committed() -> dict[str, Messages]:
    return {part: messages(i18n.ts_path(part)) for part in i18n.sources()}


def english_left(found: Messages) -> list[str]:
    """Translations with no Chinese where the source has words to translate."""
    return sorted(
        f"{ctx}: {src!r} -> {text!r}"
        for (ctx, src), (text, _) in found.items()
        if (ctx, src) not in SAME_IN_BOTH and LATIN_WORD.search(src) and not CJK.search(text)
    )


def chinese_in_sources(found: Messages) -> list[str]:
    """English sources (what English mode shows) with Chinese in them."""
    return sorted(f"{ctx}: {src!r}" for (ctx, src) in found if CJK.search(src))


def terms_translated_two_ways(found: Messages) -> list[str]:
    by_source: dict[str, set[str]] = {}
    for (_ctx, src), (text, _) in found.items():
        by_source.setdefault(src, set()).add(text)
    return sorted(
        f"{src!r}: {sorted(texts)}"
        for src, texts in by_source.items()
        if len(texts) > 1 and src not in TWO_MEANINGS
    )


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str]]]:
    """What lupdate finds in each part's source files now."""
    folder = tmp_path_factory.mktemp("lupdate")
    found = {}
    for part, files in i18n.sources().items():
        out = folder / f"{part}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *map(str, files), "-ts", str(out)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        found[part] = set(messages(out)) if out.exists() else set()
    return found


def test_the_code_has_translatable_strings(
    source_strings: dict[str, set[tuple[str, str]]],
) -> None:
    assert ("Messages", "Wrong user name or password.") in source_strings["common"]
    assert ("ImportReport", "Error report") in source_strings["common"]  # wording/exchange.py
    assert sum(map(len, source_strings.values())) > 500


def test_every_string_has_a_zh_tw_translation_in_its_features_file(
    source_strings: dict[str, set[tuple[str, str]]],
) -> None:
    files = committed()
    missing = sorted(
        f"{part}: {ctx}: {src!r}"
        for part, strings in source_strings.items()
        for ctx, src in strings
        if (ctx, src) not in files[part]
        or not files[part][(ctx, src)][0].strip()
        or files[part][(ctx, src)][1] in ("unfinished", "vanished", "obsolete")
    )
    assert missing == [], "untranslated (run `make i18n` and translate):\n" + "\n".join(missing)


def test_no_english_is_left_in_zh_tw() -> None:
    for part, found in committed().items():
        assert english_left(found) == [], part


def test_no_chinese_in_an_english_source() -> None:
    for part, found in committed().items():
        assert chinese_in_sources(found) == [], part


def test_one_english_term_is_translated_one_way() -> None:
    merged: Messages = {}
    for found in committed().values():
        merged.update(found)
    assert terms_translated_two_ways(merged) == []


def test_the_checks_catch_a_planted_english_string_and_a_planted_chinese_one(
    tmp_path: Path,
) -> None:
    planted = tmp_path / "planted_zh_TW.ts"
    text = i18n.ts_path("customers").read_text("utf-8")
    text = text.replace(
        "<translation>備註</translation>", "<translation>Note</translation>", 1
    ).replace("<source>Note</source>", "<source>備註 note</source>", 1)
    planted.write_text(text, "utf-8")
    found = messages(planted)
    assert english_left(found) == ["CustomerTerms: '備註 note' -> 'Note'"]
    assert chinese_in_sources(found) == ["CustomerTerms: '備註 note'"]
    assert terms_translated_two_ways({("A", "Grade"): ("等級", None), ("B", "Grade"): ("級", None)})


def test_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    i18n.release(fresh)
    assert QM.exists(), "run `make i18n`"
    assert QM.read_bytes() == fresh.read_bytes(), "the .qm is stale: run `make i18n`"


def test_compiled_catalogue_matches_the_ts() -> None:
    """The catalogue the command line and the reports read (wording/language.py) is the .ts
    files' translations, compiled by `make i18n` with the .qm: a stale one is caught here."""
    from records_desk.wording import language

    compiled = language.compiled_catalogue_path("zh_TW")
    assert compiled.exists(), "run `make i18n`"
    assert compiled.read_text("utf-8") == language.compiled_catalogue_text("zh_TW"), (
        "the compiled catalogue is stale: run `make i18n`"
    )


def test_the_compiled_catalogue_is_what_the_ts_files_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read from its JSON, the catalogue holds exactly the .ts files' finished translations;
    without the JSON (a tree never released) they are read from the .ts files themselves."""
    from records_desk.wording import language

    from_ts = language.read_catalogue("zh_TW")
    language.catalogue.cache_clear()
    try:
        assert language.catalogue("zh_TW") == from_ts
        monkeypatch.setattr(language, "compiled_catalogue_path", lambda _l: tmp_path / "none.json")
        language.catalogue.cache_clear()
        assert language.catalogue("zh_TW") == from_ts
    finally:
        language.catalogue.cache_clear()


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


def test_the_command_line_and_reports_read_the_same_translations() -> None:
    from records_desk.wording import language

    assert (
        language.catalogue("zh_TW")[("Messages", "Wrong user name or password.")]
        == (committed()["common"][("Messages", "Wrong user name or password.")][0])
    )
