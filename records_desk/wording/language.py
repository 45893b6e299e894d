"""The language words are given in, and their translation.

English is the source language of every string; Traditional Chinese (zh_TW, the office's
language and the default) comes from the Linguist files resources/i18n/*_zh_TW.ts — the same
files the window's .qm is compiled from, so a string is translated once, for the window, the
command line and the Excel reports alike.

Decisions:
- The .ts files are read (once, on the first translation asked for), not the compiled .qm:
  plain XML that Python reads without Qt, so the command line never imports Qt.
- The window sets the language when it applies one (ui/i18n.py); the command line takes the
  app's saved language setting (the [ui] language of the settings file), else LANG/LC_ALL/
  LC_MESSAGES (zh… or en…), else zh_TW (`command_line_language`).
- A string with no translation is shown in English rather than not at all; `make test` fails
  on any such string (tests/integration/test_i18n.py).
"""

from __future__ import annotations

import configparser
import json
import os
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from records_desk import APP_ID
from records_desk.paths import config_dir, resources_dir
from records_desk.settings import LANGUAGES, Options

SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = Options.LANGUAGE.default

_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """`text` (English, as written in the code) in the current language. The name and the
    literal arguments are what pyside6-lupdate collects into the .ts files."""
    if _language == SOURCE_LANGUAGE:
        return text
    return catalogue(_language).get((context, text), text)


def sub(text: str, *values: object) -> str:
    """Fill %1, %2 … (the markers the translations keep) in one pass, so a value that itself
    holds "%2" — a customer's name, a file name — is never filled in again."""

    def value(marker: re.Match[str]) -> str:
        number = int(marker.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else marker.group(0)

    return _MARKER.sub(value, text)


_MARKER = re.compile(r"%(\d+)")


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation: the compiled catalogue `tools/i18n.py release` writes
    beside the window's .qm (JSON, read in a millisecond or two), else every
    resources/i18n/*_<language>.ts read directly (their XML takes ~10 ms, at every start)."""
    compiled = compiled_catalogue_path(language)
    try:
        pairs = json.loads(compiled.read_text("utf-8"))
    except (OSError, ValueError):
        return read_catalogue(language)
    return {(context, source): text for context, source, text in pairs}


def compiled_catalogue_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"records_desk_{language}.json"  # beside the .qm


def read_catalogue(language: str) -> dict[tuple[str, str], str]:
    """The catalogue from the .ts files themselves (their unfinished and vanished entries
    left out): what the compiled catalogue holds."""
    found: dict[tuple[str, str], str] = {}
    for ts in sorted((resources_dir() / "i18n").glob(f"*_{language}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in UNUSABLE:
                    continue
                if translation.text:
                    found[(name, message.findtext("source") or "")] = translation.text
    return found


def compiled_catalogue_text(language: str) -> str:
    """The compiled catalogue's text (tools/i18n.py release), in a stable order."""
    rows = sorted(
        [context, source, text] for (context, source), text in read_catalogue(language).items()
    )
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + "\n"


UNUSABLE = ("unfinished", "vanished", "obsolete")


def command_line_language() -> str:
    """The app's saved language, else the environment's, else the office default."""
    saved = _saved_language()
    if saved in LANGUAGES:
        return saved
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value.lower().startswith("zh"):
            return "zh_TW"
        if value.lower().startswith("en"):
            return "en"
    return DEFAULT_LANGUAGE


def _saved_language() -> str | None:
    """The [ui] language the window saved (settings.Options.LANGUAGE in a QSettings INI file)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(config_dir() / f"{APP_ID}.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    return parser.get("ui", "language", fallback=None)
