"""The fields the steps of StepDialog (step_dialog.py) are built from: a step's section (a
group of fields that reads its evidence), and a labelled line, day, check box, account chooser
and virus check (tool, signature date, result) added to it, each worded now and again on a
change of language. Mixed into StepDialog: its strings keep the dialog's translation context."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from records_desk.domain.media import evidence as ev
from records_desk.domain.media.vocabulary import Action, VirusResult
from records_desk.services.media.search import Person
from records_desk.ui.widgets.date_field import DateField

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def medium_title(what: str, number: str) -> str:
    """The title of a dialog about one medium: what is done, a dash, then the medium
    ("Issue to a borrower — USB-0007"), in the same order in every language (the window
    titles of the app put the thing before its context: "Backups — Records Desk")."""
    return f"{what} — {number}"


class StepSection(QGroupBox):
    """One step's fields; `evidence()` reads them (DomainError for a date that is no day)."""

    def __init__(self, action: Action, read: Callable[[], ev.Evidence]) -> None:
        super().__init__()
        self.action = action
        self.read = read
        self.form = QFormLayout(self)


class StepFields:
    """Mixed into StepDialog, whose attributes these are."""

    _texts: list[tuple[QWidget, Callable[[], str]]]
    _people: list[Person]
    _today: date

    def _tr(self, widget: QWidget, text: Callable[[], str]) -> None:
        """Word WIDGET (a label, check box or group) with TEXT now and on a change of language."""
        self._texts.append((widget, text))

    def _row(self, section: StepSection, label: Callable[[], str], field: QWidget) -> None:
        caption = QLabel()
        caption.setBuddy(field)
        self._tr(caption, label)
        section.form.addRow(caption, field)

    def _line(self, section: StepSection, name: str, label: Callable[[], str]) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(200)
        self._row(section, label, edit)
        return edit

    def _day(
        self, section: StepSection, name: str, label: Callable[[], str], day: date | None
    ) -> DateField:
        field = DateField(day)
        field.setObjectName(name)
        self._row(section, label, field)
        return field

    def _check(self, section: StepSection, name: str, text: Callable[[], str]) -> QCheckBox:
        box = QCheckBox()
        box.setObjectName(name)
        self._tr(box, text)
        section.form.addRow(box)
        return box

    def _person(
        self, section: StepSection, name: str, label: Callable[[], str], consenting: bool = False
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)  # an account the list does not know is checked by the service
        combo.addItem("", "")
        for person in self._people:
            if person.may_consent or not consenting:
                combo.addItem(person.display, person.username)
        self._row(section, label, combo)
        return combo

    @staticmethod
    def _account(combo: QComboBox) -> str:
        """The chosen account's user name, or what was typed."""
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == combo.currentText():
            return str(combo.itemData(index) or "")
        return combo.currentText().strip()

    def _virus_fields(self, section: StepSection, prefix: str) -> Callable[[], ev.VirusCheck]:
        tool = self._line(section, prefix + "Tool", lambda: translate("StepDialog", "Virus &tool:"))
        tool.setPlaceholderText(translate("StepDialog", "e.g. ClamAV 1.3"))
        signatures = self._day(
            section,
            prefix + "Signatures",
            lambda: translate("StepDialog", "Si&gnatures dated:"),
            self._today,
        )
        result = QComboBox()
        result.setObjectName(prefix + "Result")
        result.addItem("", VirusResult.CLEAN)
        result.addItem("", VirusResult.INFECTED)
        self._row(section, lambda: translate("StepDialog", "Res&ult:"), result)
        self._results = getattr(self, "_results", []) + [result]
        return lambda: ev.VirusCheck(
            tool.text(), signatures.read() or self._today, VirusResult(result.currentData())
        )
