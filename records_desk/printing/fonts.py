"""The bundled CJK font registered with reportlab once (the same file the GUI uses), embedded
in every PDF as a subset."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from records_desk.paths import resources_dir

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"


@cache
def register_font() -> str:
    """Register (once) and return the reportlab font name."""
    path = resources_dir() / "fonts" / FONT_FILE
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME
