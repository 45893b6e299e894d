"""The idle lock (R-ACC): after some minutes without keyboard or mouse input the main window
shows a password prompt instead of its tabs and hides the app's other windows. Nothing is
destroyed, so what was typed in tabs and dialogs is still there after unlocking.

IdleMonitor watches input application-wide; LockPage is the prompt; ScreenLock switches a
window between its workspace and the prompt and talks to the auth service."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import AccountDisabled, AccountLocked, DomainError
from records_desk.services.common.auth import AuthService
from records_desk.services.common.dto import Principal
from records_desk.ui.dialogs import make_error_label, show_error
from records_desk.ui.messages import describe

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleMonitor(QObject):
    """Emits `idle` once no input reached any window of the app for the interval."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """Tests use a few milliseconds."""
        self._timer.setInterval(ms)
        if self._watching:
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False


class LockPage(QWidget):
    """The password prompt shown in place of the tabs."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self._principal = principal
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlockPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._unlock)
        self.error_label = make_error_label()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(460)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.heading)
        inner.addWidget(self.explanation)
        inner.addSpacing(8)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Records Desk is locked"))
        self.explanation.setText(
            self.tr(
                "%1 (%2) is signed in. Enter the password to carry on where you "
                "left off, or sign out."
            )
            .replace("%1", self._principal.full_name)
            .replace("%2", self._principal.username)
        )
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("Sign &out"))

    def reset(self) -> None:
        self.password_edit.clear()
        show_error(self.error_label, "")
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.password_edit.clear()
        show_error(self.error_label, text)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password_edit.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ScreenLock(QObject):
    """Switches `stack` between the workspace and the lock page of one window. Emits
    `locked_changed(bool)`, and `sign_out_requested(error)` when unlocking ended in a
    locked or disabled account (or the user chose to sign out)."""

    locked_changed = Signal(bool)
    sign_out_requested = Signal(object)

    def __init__(
        self,
        window: QWidget,
        stack: QStackedWidget,
        workspace: QWidget,
        auth: AuthService,
        principal: Principal,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._workspace = workspace
        self._auth = auth
        self._principal = principal
        self.page = LockPage(principal)
        stack.addWidget(self.page)
        self.page.unlock_requested.connect(self._unlock)
        self.page.sign_out_requested.connect(lambda: self.sign_out_requested.emit(None))
        self._hidden: list[QWidget] = []
        self._focus: QWidget | None = None

    @property
    def locked(self) -> bool:
        return self._stack.currentWidget() is self.page

    def lock(self, summary: str) -> None:
        if self.locked:
            return
        self._focus = QApplication.focusWidget()
        self._hide_other_windows()
        self._stack.setCurrentWidget(self.page)
        self.page.reset()
        self.locked_changed.emit(True)
        # Audit after the screen is locked: a slow or failing write must not delay the lock.
        self._auth.record(self._principal, AuditAction.SESSION_LOCK, summary)

    def _unlock(self, password: str) -> None:
        try:
            self._auth.unlock(self._principal, password)
        except (AccountLocked, AccountDisabled) as e:
            self.sign_out_requested.emit(e)
            return
        except DomainError as e:
            self.page.show_error(describe(e))
            return
        self.page.reset()
        self._stack.setCurrentWidget(self._workspace)
        self._restore_windows()
        self.locked_changed.emit(False)

    def _hide_other_windows(self) -> None:
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                widget.hide()  # menus and tool tips are not worth bringing back
                continue
            self._hidden.append(widget)
            widget.hide()

    def _restore_windows(self) -> None:
        for widget in self._hidden:
            if Shiboken.isValid(widget):
                widget.show()
        self._hidden = []
        if self._focus is not None and Shiboken.isValid(self._focus):
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
