"""The window's answers to what opening a server office asks (app_opening.py
`ServerQuestions`): the server's password (ServerPasswordDialog) and the office key
(OfficeKeyDialog). The opening runs on its own thread and waits for the answer; the dialog is
shown on the GUI thread, with open() over the window in front, so the window never freezes.

Decisions:
- The question crosses to the GUI thread as a queued signal; the opening's thread waits on an
  Event the dialog's end sets. A dialog closed without an answer (Cancel, Escape, its parent
  deleted) answers None, and `close()` (at exit) answers every question still open with None,
  so the opening's thread never waits on a window that is gone.
- Never called on the GUI thread (it would wait for itself): the opening's thread only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from records_desk.ui.dialogs.office_key import OfficeKeyDialog
from records_desk.ui.dialogs.server_password import ServerPasswordDialog


@dataclass(eq=False)
class _Question:
    kind: str  # "password" or "office_key"
    address: str
    why: Exception | None
    answer: str | None = None
    done: threading.Event = field(default_factory=threading.Event)


class ServerQuestionsAsker(QObject):
    """`asked(dialog)` when a question's dialog is on screen (`dialog` is also kept as an
    attribute for tests); PARENT gives the window to put it over (None: on its own)."""

    asked = Signal(object)
    _ask = Signal(object)

    def __init__(
        self,
        parent_window: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_window = parent_window
        self.dialog: QDialog | None = None
        self._open: list[_Question] = []
        self._passwords: dict[str, str] = {}  # kept in memory only, as the open engine does
        self._lock = threading.Lock()
        self._closed = False
        self._ask.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- on the opening's thread --------------------------------------------------------------

    def password(self, address: str, refused: Exception | None) -> str | None:
        """The password the server took for ADDRESS before, while this asker lives (a desk
        without a keyring to keep it is not asked again by the next connection: Open the
        office after Test connection); else, or when the server REFUSED it, asked."""
        with self._lock:
            if refused is not None:
                self._passwords.pop(address, None)
            known = self._passwords.get(address)
        if known is not None:
            return known
        return self._wait(_Question("password", address, refused))

    def password_taken(self, address: str, password: str) -> None:
        """The server took PASSWORD: kept in memory only, as the open engine keeps it."""
        with self._lock:
            self._passwords[address] = password

    def password_refused(self, address: str) -> None:
        with self._lock:
            self._passwords.pop(address, None)

    def office_key(self, address: str, why: Exception) -> str | None:
        return self._wait(_Question("office_key", address, why))

    def _wait(self, question: _Question) -> str | None:
        with self._lock:
            if self._closed:
                return None
            self._open.append(question)
        self._ask.emit(question)
        question.done.wait()
        return question.answer

    # -- on the GUI thread --------------------------------------------------------------------

    @Slot(object)
    def _show(self, question: _Question) -> None:
        if question.done.is_set():
            return
        parent = self.parent_window()
        dialog: QDialog
        if question.kind == "password":
            dialog = ServerPasswordDialog(question.address, question.why, parent)
        else:
            assert question.why is not None
            dialog = OfficeKeyDialog(question.why, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._answer(question, dialog, result))
        dialog.destroyed.connect(lambda _obj=None: self._end(question, None))
        self.dialog = dialog
        dialog.open()
        self.asked.emit(dialog)

    def _answer(self, question: _Question, dialog: QDialog, result: int) -> None:
        answer: str | None = None
        if result == QDialog.DialogCode.Accepted:
            if isinstance(dialog, ServerPasswordDialog):
                answer = dialog.password
            elif isinstance(dialog, OfficeKeyDialog):
                answer = dialog.key_hex
        if self.dialog is dialog:
            self.dialog = None
        self._end(question, answer)

    def _end(self, question: _Question, answer: str | None) -> None:
        with self._lock:
            if question.done.is_set():
                return
            question.answer = answer
            if question in self._open:
                self._open.remove(question)
            question.done.set()

    def close(self) -> None:
        """At exit: every question still open is answered None; none is asked any more."""
        with self._lock:
            self._closed = True
            waiting, self._open = self._open, []
            self._passwords.clear()
        for question in waiting:
            question.answer = None
            question.done.set()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
