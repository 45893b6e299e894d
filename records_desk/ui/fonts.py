"""The bundled CJK font (WenQuanYi Micro Hei), registered at start so Chinese renders on a
machine that has no CJK font installed. The printing code embeds the same file."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from records_desk.paths import resources_dir

log = logging.getLogger(__name__)

FONT_FILE = "wqy-microhei.ttc"


def install_bundled_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the application's default family.
    Returns the family name, or None when the file is absent or Qt refuses it (the system
    fonts are used then)."""
    path = resources_dir() / "fonts" / FONT_FILE
    if not path.exists():
        log.info("bundled font %s not found; using the system fonts", path)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load the font %s", path)
        return None
    font = QFont(app.font())
    font.setFamily(families[0])
    app.setFont(font)
    return families[0]
