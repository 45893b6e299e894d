"""The one QApplication, named and with the bundled font (app.py's start and the build's
smoke test, self_test.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from records_desk import APP_ID, APP_NAME, __version__
from records_desk.ui.fonts import install_bundled_font


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    # The session flow decides when the app ends (a dialog between two windows is no reason).
    app.setQuitOnLastWindowClosed(False)
    install_bundled_font(app)
    return app
