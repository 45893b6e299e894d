"""A dialog base that remembers its size and position (picard/ui PicardDialog style) and words
itself again when the language changes (frescobaldi's translateUI hook)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from records_desk.settings import Settings


class RememberingDialog(QDialog):
    """Subclasses set `geometry_key`; the geometry is kept in the settings registry's backend
    under "dialogs/<key>". Subclasses word their widgets in `retranslate_ui`."""

    geometry_key = ""

    def __init__(self, settings: Settings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._restored = False

    def _full_key(self) -> str:
        return f"dialogs/{self.geometry_key or type(self).__name__}/geometry"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._restored and self._settings is not None:
            raw = self._settings.backend.value(self._full_key())
            if raw:
                self.restoreGeometry(QByteArray(bytes(raw)))
            self._restored = True
        super().showEvent(event)

    def _save_geometry(self) -> None:
        if self._settings is not None:
            self._settings.backend.set_value(self._full_key(), bytes(self.saveGeometry().data()))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._save_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._save_geometry()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text; run again on a change of language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
