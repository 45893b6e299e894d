"""The split a manager decides in the commission disputes dialog (R-REC-7…10), edited as rows:
one consultant (picked by name from a list, the account user name kept as the item's data)
and a whole percentage per row, rows added and removed with buttons, and a total that says
in words, and in red, when the shares do not add up to 100 % or name a consultant twice.

Decisions:
- The editor only collects the shares and words what the domain's check of them says
  (commission.check_split, SplitInvalid); the dispute service checks them again, the same
  way, when the decision is recorded.
- A consultant the proposal names who is not in the list offered (someone no longer on the
  roster) is added to the list, so a proposal always shows as it is; two of the same name
  are told apart by their user names.
- Rows are created and destroyed as the manager adds and removes them; `changed` tells the
  dialog, which sets the Tab order again (`focus_chain`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.reception.commission import check_split
from records_desk.domain.reception.dispute_errors import SplitInvalid, SplitProblem
from records_desk.ui.common.scan_field import PROBLEM_STYLE
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

Choices = list[tuple[str, str]]  # (user name, label)


class ShareRow:
    """One consultant's share: the consultant, the percentage, a button that removes the row."""

    def __init__(self, choices: Choices) -> None:
        self.consultant = QComboBox()
        self.consultant.setObjectName("splitConsultant")
        for username, label in choices:
            self.consultant.addItem(label, username)
        self.percent = QSpinBox()
        self.percent.setObjectName("splitPercent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setMinimumWidth(self.percent.sizeHint().width() + 12)
        self.remove = QPushButton()
        self.remove.setObjectName("splitRemove")
        self.remove.setAutoDefault(False)  # Enter in a field never removes a share

    @property
    def username(self) -> str:
        return str(self.consultant.currentData() or "")

    def widgets(self) -> list[QWidget]:
        return [self.consultant, self.percent, self.remove]


class SplitEditor(QWidget):
    """Shares as rows; `shares()` is what a decision sends, `problem()` what stops it."""

    changed = Signal()

    def __init__(self, consultants: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitEditor")
        self._choices: Choices = _distinct(consultants)
        self.rows: list[ShareRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.add_button = QPushButton()
        self.add_button.setObjectName("splitAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        self.total = QLabel()
        self.total.setObjectName("splitTotal")
        self.total.setWordWrap(True)
        under = QHBoxLayout()
        under.addWidget(self.add_button)
        under.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(under)
        self.retranslate_ui()

    # -- what the dialog asks --------------------------------------------------------------

    def shares(self) -> list[tuple[str, int]]:
        return [(r.username, r.percent.value()) for r in self.rows]

    def sum(self) -> int:
        return sum(r.percent.value() for r in self.rows)

    def problem(self) -> str | None:
        """Why these shares cannot be decided (the domain's check, commission.check_split),
        worded with the consultants' names; None when they can."""
        if not self.rows:
            return translate("ReceptionDisputes", "Add the consultants who share the deal.")
        try:
            check_split(self.shares())
        except SplitInvalid as e:
            if e.problem is SplitProblem.TWICE:
                label = next(r.consultant.currentText() for r in self.rows if r.username == e.text)
                text = translate("ReceptionDisputes", "%1 is chosen twice: each consultant once.")
                return sub(text, label)
            return translate("ReceptionDisputes", "The shares must add up to 100 %.")
        return None

    def focus_chain(self) -> list[QWidget]:
        return [w for r in self.rows for w in r.widgets()] + [self.add_button]

    def first_field(self) -> QWidget:
        return self.rows[0].consultant if self.rows else self.add_button

    # -- filling -----------------------------------------------------------------------------

    def set_shares(
        self, shares: Sequence[tuple[str, int]], names: Mapping[str, str] | None = None
    ) -> None:
        """Rows for SHARES (a proposal); a consultant not offered is added, labelled from
        NAMES or else by their user name."""
        offered = {u for u, _ in self._choices}
        missing = [(u, (names or {}).get(u) or u) for u in dict(shares) if u not in offered]
        if missing:
            self._choices = _distinct(self._choices + missing)
        while self.rows:
            self._drop(self.rows[-1])
        for username, percent in shares:
            row = self._add()
            row.consultant.setCurrentIndex(row.consultant.findData(username))
            row.percent.setValue(percent)
        self._update()

    def add_row(self) -> ShareRow:
        """A row for the first consultant not yet chosen, with what the others leave."""
        chosen = {r.username for r in self.rows}
        rest = max(0, 100 - self.sum())
        row = self._add()
        free = next((i for i, (u, _) in enumerate(self._choices) if u not in chosen), 0)
        row.consultant.setCurrentIndex(free)
        row.percent.setValue(rest)
        self._update()
        return row

    def remove_row(self, row: ShareRow) -> None:
        at = self.rows.index(row)
        self._drop(row)
        self._update()
        if self.rows:
            self.rows[min(at, len(self.rows) - 1)].consultant.setFocus()
        else:
            self.add_button.setFocus()

    def retranslate_ui(self) -> None:
        self.add_button.setText(translate("ReceptionDisputes", "&Add a consultant"))
        for row in self.rows:
            _word(row)
        self._show_total()

    # -- inside ------------------------------------------------------------------------------

    def _add_clicked(self) -> None:
        self.add_row().consultant.setFocus()

    def _add(self) -> ShareRow:
        row = ShareRow(self._choices)
        at = len(self.rows)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, at, column)
            widget.show()  # now, not after the next event loop pass: it takes the focus at once
        row.consultant.currentIndexChanged.connect(lambda _i: self._update())
        row.percent.valueChanged.connect(lambda _v: self._update())
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        _word(row)
        return row

    def _drop(self, row: ShareRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        # The rows below move up one line.
        for at, below in enumerate(self.rows):
            for column, widget in enumerate(below.widgets()):
                self.grid.addWidget(widget, at, column)

    def _update(self) -> None:
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < len(self._choices))
        self._show_total()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._show_total()

    def _show_total(self) -> None:
        if not self.isEnabled():  # nothing to decide (no deal, or decided): no alarm
            self.total.setText(
                sub(translate("ReceptionDisputes", "Total: %1 %"), self.sum()) if self.rows else ""
            )
            self.total.setStyleSheet("")
            return
        problem = self.problem()
        if problem is None:
            self.total.setText(sub(translate("ReceptionDisputes", "Total: %1 %"), self.sum()))
            self.total.setStyleSheet("")
        else:
            self.total.setText(
                sub(translate("ReceptionDisputes", "Total: %1 % — %2"), self.sum(), problem)
            )
            self.total.setStyleSheet(PROBLEM_STYLE)


def _distinct(choices: Choices) -> Choices:
    """Two consultants of the same name are told apart by their user names."""
    labels = [label for _, label in choices]
    return [(u, f"{label} ({u})" if labels.count(label) > 1 and label != u else label)
            for u, label in choices]  # fmt: skip


def _word(row: ShareRow) -> None:
    row.remove.setText(translate("ReceptionDisputes", "Remove"))
    row.remove.setToolTip(translate("ReceptionDisputes", "Remove this share"))
    row.consultant.setAccessibleName(translate("ReceptionDisputes", "Consultant"))
    row.percent.setAccessibleName(translate("ReceptionDisputes", "Share of the commission"))
