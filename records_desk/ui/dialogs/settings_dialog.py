"""User settings: the language (applied at once) and the idle-lock delay. Values go through
the typed settings registry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.settings import LANGUAGES, Options, Settings
from records_desk.ui.dialogs import add_form_row, ok_cancel
from records_desk.ui.i18n import Translations, language_names
from records_desk.ui.widgets.dialog import RememberingDialog

IDLE_MINUTES_RANGE = (1, 120)


class SettingsDialog(RememberingDialog):
    """Emits `applied` after the values are saved and the language switched."""

    applied = Signal()

    def __init__(
        self, settings: Settings, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("settingsDialog")
        self._app_settings = settings
        self._translations = translations
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        names = language_names()
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleMinutesSpin")
        self.idle_spin.setRange(*IDLE_MINUTES_RANGE)
        self.idle_hint = QLabel()
        self.idle_hint.setWordWrap(True)
        self.idle_hint.setEnabled(False)
        self.buttons = ok_cancel(self, self._apply)
        self.form = QFormLayout()
        self.form_labels = [
            add_form_row(self.form, field)
            for field in (self.language_combo, self.idle_spin, self.idle_hint)
        ]
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self._load()
        self.retranslate_ui()

    def _load(self) -> None:
        index = self.language_combo.findData(self._app_settings.get(Options.LANGUAGE))
        self.language_combo.setCurrentIndex(max(index, 0))
        low, high = IDLE_MINUTES_RANGE
        minutes = self._app_settings.get(Options.IDLE_LOCK_MINUTES)
        self.idle_spin.setValue(min(max(minutes, low), high))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings — Records Desk"))
        labels = (self.tr("&Language:"), self.tr("&Lock after idle:"), "")
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        self.idle_hint.setText(
            self.tr(
                "Without keyboard or mouse input for this long, the window locks "
                "behind your password. What you typed stays."
            )
        )

    def _apply(self) -> None:
        language = self.language_combo.currentData()
        self._app_settings.set(Options.IDLE_LOCK_MINUTES, self.idle_spin.value())
        self._app_settings.set(Options.LANGUAGE, language)
        if language != self._translations.language:
            self._translations.apply(language)
        self.applied.emit()
        self.accept()
