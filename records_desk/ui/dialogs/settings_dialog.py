"""User settings: the language (applied at once), the idle-lock delay, and where the records
office is at the next start when no --db is given (issue 15 §1): this computer's file, or a
database server at a postgresql:// address, with a Test connection button. Values go through
the typed settings registry.

Decisions:
- The address is kept without a password: one typed into it is refused with the reason. The
  password is the keyring's (kept there by the store once the server took it), or asked for
  in a dialog — by Test connection too, which thereby leaves it in the keyring for the start.
- Test connection runs off the UI thread (ui/common/background.py) and changes nothing on
  the server: it says the server's version and whether a records office is there, or the
  server's refusal in words.
- The choice takes effect at the next start: the office open now stays open. The section says
  first which office is in use (a file's path, or a server's readable address: a desk whose
  shortcut names a server must not read as if this computer's file were open), and a server
  in use fills the address field when none was kept, so choosing it is one click.
- The note speaks of the desk's shortcut, not of --db: window users never see an option."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.paths import default_db_path, is_server_address
from records_desk.settings import LANGUAGES, Options, Settings
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.dialogs import add_form_row, make_error_label, ok_cancel, show_error
from records_desk.ui.dialogs.server_questions import ServerQuestionsAsker
from records_desk.ui.i18n import Translations, language_names
from records_desk.ui.messages import describe
from records_desk.ui.server_office import ADDRESS_FORM, address_error_text, shown_name
from records_desk.ui.widgets.dialog import RememberingDialog

OK_STYLE = "color: #1b5e20;"

IDLE_MINUTES_RANGE = (1, 120)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def address_problem(address: str) -> str:
    """Why the server address typed cannot be used ("" when it can); also the first-start
    dialog's (ui/dialogs/join_server.py)."""
    from records_desk.app_opening import has_password

    if not address:
        return translate("SettingsDialog", "Type the server's address, e.g. %1").replace(
            "%1", ADDRESS_FORM
        )
    if not is_server_address(address):
        return address_error_text(address)
    if has_password(address):
        return translate(
            "SettingsDialog",
            "Leave the password out of the address: it is asked for when connecting and "
            "kept in this computer's keyring, never in the settings.",
        )
    return ""


def connection_failure(error: BaseException, address: str) -> str | None:
    """A failed connection to ADDRESS in words; None when the user cancelled a question."""
    from records_desk.app_opening import OpeningCancelled
    from records_desk.domain.common.errors import CannotOpenDatabase

    if isinstance(error, OpeningCancelled):
        return None
    if isinstance(error, CannotOpenDatabase | DomainError):
        return describe(error)
    if isinstance(error, ValueError):  # the store's ServerAddressError
        return address_error_text(address)
    return translate("SettingsDialog", "The connection failed (%1).").replace(
        "%1", type(error).__name__
    )


class SettingsDialog(RememberingDialog):
    """Emits `applied` after the values are saved and the language switched."""

    applied = Signal()

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        parent: QWidget | None = None,
        in_use: object | None = None,
    ) -> None:
        """IN_USE: the office open now (store/database.Database or ServerDatabase); by
        default the parent window's (its `services.database`)."""
        super().__init__(settings, parent)
        if in_use is None:
            in_use = getattr(getattr(parent, "services", None), "database", None)
        self._in_use = in_use
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
        self.database_box = self._database_section()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.in_use_label)
        layout.addWidget(self.database_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        # A password asked during a test goes over the test's progress dialog, not under it.
        self.questions = ServerQuestionsAsker(self._question_parent, self)
        self.finished.connect(lambda _result: self.questions.close())  # no test waits on it
        self.test_job: BackgroundJob | None = None
        self._load()
        self.retranslate_ui()

    def _database_section(self) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName("databaseBox")
        self.file_radio = QRadioButton()
        self.file_radio.setObjectName("databaseFileRadio")
        self.server_radio = QRadioButton()
        self.server_radio.setObjectName("databaseServerRadio")
        group = QButtonGroup(box)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("serverAddressEdit")
        self.address_edit.setPlaceholderText(ADDRESS_FORM)
        self.address_edit.textEdited.connect(self._address_edited)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testConnectionResult")
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        self.database_error = make_error_label()
        self.database_error.setObjectName("databaseError")
        self.database_note = QLabel()
        self.database_note.setWordWrap(True)
        self.database_note.setEnabled(False)
        self.in_use_label = QLabel()
        self.in_use_label.setObjectName("databaseInUse")
        self.in_use_label.setWordWrap(True)
        self.in_use_label.setVisible(self._in_use is not None)
        self.server_radio.toggled.connect(self._server_chosen)
        address_row = QHBoxLayout()
        address_row.setContentsMargins(24, 0, 0, 0)  # under its radio button's text
        address_row.addWidget(self.address_edit, 1)
        address_row.addWidget(self.test_button)
        column = QVBoxLayout(box)
        column.addWidget(self.file_radio)
        column.addWidget(self.server_radio)
        column.addLayout(address_row)
        column.addWidget(self.test_result)
        column.addWidget(self.database_error)
        column.addWidget(self.database_note)
        return box

    def _load(self) -> None:
        index = self.language_combo.findData(self._app_settings.get(Options.LANGUAGE))
        self.language_combo.setCurrentIndex(max(index, 0))
        low, high = IDLE_MINUTES_RANGE
        minutes = self._app_settings.get(Options.IDLE_LOCK_MINUTES)
        self.idle_spin.setValue(min(max(minutes, low), high))
        address = self._app_settings.get(Options.DATABASE_SERVER_ADDRESS)
        in_use_address = getattr(self._in_use, "address", None)
        self.address_edit.setText(address or in_use_address or "")
        on_server = self._app_settings.get(Options.DATABASE_ON_SERVER)
        (self.server_radio if on_server else self.file_radio).setChecked(True)
        self._server_chosen(on_server)

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
        self.database_box.setTitle(self.tr("Records office at the next start"))
        if getattr(self._in_use, "address", None) is not None:
            in_use = self.tr("In use now: the database server %1")
        else:
            in_use = self.tr("In use now: the file %1")
        self.in_use_label.setText(in_use.replace("%1", shown_name(self._in_use)))
        self.file_radio.setText(
            self.tr("&This computer's file: %1").replace("%1", str(default_db_path()))
        )
        self.server_radio.setText(self.tr("A database se&rver:"))
        self.address_edit.setToolTip(
            self.tr("The server's address, without a password, e.g. %1").replace(
                "%1", "postgresql://desk@records.office.lan/records"
            )
        )
        self.test_button.setText(self.tr("Te&st connection"))
        self.database_note.setText(
            self.tr(
                "Used when Records Desk is started without an office named in its shortcut. "
                "The server's password is not kept here: it is asked for once and kept in "
                "this computer's keyring."
            )
        )

    # -- the records office ---------------------------------------------------------------

    def _server_chosen(self, chosen: bool) -> None:
        self.address_edit.setEnabled(chosen)
        self.test_button.setEnabled(chosen and not self._testing)
        if chosen:
            self.address_edit.setFocus()

    def _question_parent(self) -> QWidget:
        job = self.test_job
        return job.progress if job is not None and not job.done else self

    @property
    def _testing(self) -> bool:
        return getattr(self, "test_job", None) is not None

    def _address_edited(self, _text: str) -> None:
        show_error(self.database_error, "")
        self.test_result.hide()

    def _address_problem(self) -> str:
        """Why the address typed cannot be used ("" when it can)."""
        return address_problem(self.address_edit.text().strip())

    def test_connection(self) -> None:
        """Connect to the server typed, off the UI thread; say what was found."""
        from records_desk.app_opening import check_server

        problem = self._address_problem()
        self.test_result.hide()
        show_error(self.database_error, problem)
        if problem:
            self._fit_height()
            return
        address, questions = self.address_edit.text().strip(), self.questions
        self.test_button.setEnabled(False)
        self.test_job = BackgroundJob(
            self,
            lambda _progress, _cancelled: check_server(address, questions),
            self.tr("Connecting to %1…").replace("%1", address),
            cancellable=False,
        )
        self.test_job.finished.connect(self._tested)
        self.test_job.failed.connect(self._test_failed)
        self.test_job.start()

    def _test_ended(self) -> None:
        self.test_job = None
        self.test_button.setEnabled(self.server_radio.isChecked())

    def _tested(self, check: object) -> None:
        self._test_ended()
        version = getattr(check, "version", "")
        if getattr(check, "has_office", False):
            text = self.tr("Connected: PostgreSQL %1. A records office is there.")
        else:
            text = self.tr(
                "Connected: PostgreSQL %1. The database is empty: the next start makes a new "
                "records office there."
            )
        self.test_result.setText(text.replace("%1", version))
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.show()
        self._fit_height()

    def _test_failed(self, error: BaseException) -> None:
        self._test_ended()
        text = connection_failure(error, self.address_edit.text().strip())
        if text is None:  # a question cancelled
            return
        show_error(self.database_error, text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a result or refusal whole: a dialog that stayed its height squeezed
        the wrapped sentence over the note under it (a new-user try at 1366×768)."""
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.activate()
        for label in (self.test_result, self.database_error, self.database_note, self.in_use_label):
            # The layout's height-for-width estimate of a sentence with a long address in it
            # can fall a line short: its own measure at its width is the floor.
            shown = label.isVisibleTo(self)
            label.setMinimumHeight(label.heightForWidth(label.width()) if shown else 0)
        layout.activate()
        wanted = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _apply(self) -> None:
        on_server = self.server_radio.isChecked()
        if on_server:
            problem = self._address_problem()
            if problem:
                show_error(self.database_error, problem)
                self._fit_height()
                self.address_edit.setFocus()
                return
        address = self.address_edit.text().strip()
        self._app_settings.set(Options.DATABASE_ON_SERVER, on_server)
        if not self._address_problem():  # kept for the next time a server is chosen
            self._app_settings.set(Options.DATABASE_SERVER_ADDRESS, address)
        language = self.language_combo.currentData()
        self._app_settings.set(Options.IDLE_LOCK_MINUTES, self.idle_spin.value())
        self._app_settings.set(Options.LANGUAGE, language)
        if language != self._translations.language:
            self._translations.apply(language)
        self.applied.emit()
        self.accept()
