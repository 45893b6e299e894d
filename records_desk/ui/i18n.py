"""Which language the UI speaks: Qt translators for Records Desk's own strings and for Qt's
(standard buttons, context menus). English is the source language, so it needs no translator.
Installing or removing a translator makes Qt send LanguageChange to every widget; each window
answers with its `retranslate_ui()`, so the language can change while the app runs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from records_desk.paths import resources_dir
from records_desk.settings import LANGUAGES
from records_desk.wording import language as wording_language

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = wording_language.SOURCE_LANGUAGE


def app_qm_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"records_desk_{language}.qm"


def language_names() -> dict[str, str]:
    """Each language in its own words, as a language chooser shows them."""
    return {"zh_TW": "繁體中文", "en": "English"}


class Translations:
    """The translators installed on the application, and the language they give."""

    def __init__(self, app: QCoreApplication | None = None) -> None:
        self._app = app or QCoreApplication.instance()
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str) -> bool:
        """Switch to `language` ("zh_TW" or "en"). Returns False when Records Desk's own
        translation file is missing (the UI then stays in English apart from Qt's strings)."""
        if language not in LANGUAGES:
            language = SOURCE_LANGUAGE
        self.clear()
        self.language = language
        wording_language.set_language(language)  # what the window's errors are worded in
        QLocale.setDefault(QLocale(language if language != SOURCE_LANGUAGE else "en_US"))
        if language == SOURCE_LANGUAGE:
            return True
        ours = self._load(str(app_qm_path(language).parent), f"records_desk_{language}")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(qt_dir, f"qtbase_{language}")
        return ours

    def clear(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = SOURCE_LANGUAGE
        wording_language.set_language(SOURCE_LANGUAGE)

    def _load(self, folder: str, name: str) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, folder):
            log.warning("translation %s not found in %s", name, folder)
            return False
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
        return True
