"""The scan field of the lend and return dialogs (the field itself: records_desk/ui/common/
scan_field.py): a barcode scanner types what the folder label holds (the archive number) and
Enter, like a keyboard. Each Enter hands the text to `check`
(one service call); a file that fits is added to the list, one that does not is said next to
the field — no pop-up to dismiss between two scans — and a second scan of a file already in
the list is ignored with a note. Enter here never reaches the dialog's default button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.ui.common.scan_field import DONE_STYLE, NOTE_STYLE, PROBLEM_STYLE, ScanInput
from records_desk.ui.messages import describe

if TYPE_CHECKING:
    from records_desk.services.loans.dto import ScannedFile

__all__ = ["DONE_STYLE", "NOTE_STYLE", "PROBLEM_STYLE", "ScanField"]


class ScanField(ScanInput):
    """`scanned(ScannedFile)` for each file accepted; `numbers()` lists those taken."""

    scanned = Signal(object)

    def __init__(self, check: Callable[[str], ScannedFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._taken: list[str] = []

    def numbers(self) -> list[str]:
        return list(self._taken)

    def forget(self, archive_number: str) -> None:
        """A file taken off the list may be scanned again."""
        if archive_number in self._taken:
            self._taken.remove(archive_number)

    def clear(self) -> None:
        self._taken.clear()
        self.edit.clear()
        self.say("", "")

    def take(self, text: str) -> None:
        from records_desk.services.loans.scans import scanned_archive_number

        number = scanned_archive_number(text)
        if not number:
            return
        if number in self._taken:
            self.say(
                self.tr("%1 is already on the list; the second scan was ignored.").replace(
                    "%1", number
                )
            )
            return
        try:
            found = self._check(text)
        except DomainError as e:
            self.say(describe(e), PROBLEM_STYLE)
            return
        self._taken.append(found.archive_number)
        self.say(self.tr("%1 added.").replace("%1", found.archive_number), DONE_STYLE)
        self.scanned.emit(found)
