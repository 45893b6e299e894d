"""Running one service call from a slot (anki's CollectionOp, kept synchronous for the short
calls of this issue): busy cursor, domain errors to one message, anything else to the
application's error dialog through the excepthook."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.ui import notify
from records_desk.ui.messages import describe

T = TypeVar("T")


class Failed(Exception):
    """The call failed and the user has already been told."""


def call(parent: QWidget | None, fn: Callable[[], T]) -> T:
    """Run `fn`; on a DomainError tell the user and raise Failed (callers usually just return)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    except DomainError as e:
        failure = e
    finally:
        QApplication.restoreOverrideCursor()
    notify.error(parent, describe(failure))
    raise Failed(failure) from failure
