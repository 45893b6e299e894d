"""The top of the reception counter (R-REC-1…5, R-REC-13): who receives the next walk-in, in
large type, with why and who would be passed over; and the day's signed-in consultants as
chips in the day's order — free, with a customer, or away with the reason — each a button whose
menu holds what can happen to that consultant (visit ended, away, back, a cancelled turn, a
switch, sign out).

Decisions:
- The chips are QToolButtons with an instant popup menu, so the whole row is reachable with
  Tab and the keyboard's menu key; colour is never the only sign (the state is written).
- The widgets only show a `LiveState` and emit `requested(consultant, what)`: the screen
  makes the service call and reads the state again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from records_desk.domain.reception.vocabulary import (
    Activity,
    AwayReason,
    ConsultantStatus,
    NextUp,
    Reason,
    Skip,
    SkipReason,
)
from records_desk.ui.common.flow_layout import FlowLayout, flow_policy
from records_desk.wording.language import sub
from records_desk.wording.reception.terms import reason_name, skip_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

# What a chip's menu asks for; the screen maps each to its dialog or service call.
VISIT_END, AWAY_UNEXCUSED, AWAY_MANAGER, BACK, CANCEL_TURN, SWITCH, SIGN_OUT = (
    "visit_end",
    "away_unexcused",
    "away_manager",
    "back",
    "cancel_turn",
    "switch",
    "sign_out",
)

_COLOURS = {  # background, border: free green, busy amber, away grey
    Activity.FREE: ("#e8f5e9", "#2e7d32"),
    Activity.BUSY: ("#fff8e1", "#a66200"),
    Activity.AWAY: ("#eeeeee", "#757575"),
}


def status_text(s: ConsultantStatus) -> str:
    """The chip's second line: what the consultant is doing, in words."""
    if s.activity is Activity.AWAY:
        if s.away_reason is AwayReason.MANAGER_ASSIGNMENT:
            text = skip_name(SkipReason.AWAY_MANAGER_ASSIGNMENT)
        else:
            text = skip_name(SkipReason.AWAY_UNEXCUSED)
    elif s.activity is Activity.BUSY:
        if s.busy_with is not None and s.busy_with in (Reason.DESIGNATED, Reason.COURTESY):
            text = sub(translate("ReceptionTerms", "%1 (%2)"), skip_name(SkipReason.BUSY_COUNTED),
                       reason_name(s.busy_with))  # fmt: skip
        else:
            text = skip_name(SkipReason.BUSY_COUNTED)
        if s.visitors_waiting:
            text += sub(translate("ReceptionCounter", ", %1 waiting"), str(s.visitors_waiting))
    else:
        text = translate("ReceptionCounter", "free")
    if s.owed:
        text += sub(translate("ReceptionCounter", " · owed %1"), str(s.owed))
    if s.turn_cancelled:
        text += translate("ReceptionCounter", " · next turn cancelled")
    return text


def goes_to_text(up: NextUp, names: dict[str, str]) -> str:
    """'Goes to 張三: rotation; passed over: …' — where a visitor would go now, and why."""
    if up.consultant is None:
        return translate("ReceptionCounter", "Nobody can receive them now.")
    why = reason_name(up.reason) if up.reason is not None else ""
    if up.waits:
        why += translate("ReceptionCounter", " (the visitor waits)")
    line = sub(
        translate("ReceptionCounter", "Goes to %1: %2"),
        names.get(up.consultant) or up.consultant,
        why,
    )
    return line + passed_over_text(up.skipped, names)


def passed_over_text(skipped: tuple[Skip, ...], names: dict[str, str]) -> str:
    if not skipped:
        return ""
    passed = translate("ReceptionTerms", ", ").join(
        sub(
            translate("ReceptionTerms", "%1 (%2)"),
            names.get(s.consultant) or s.consultant,
            skip_name(s.why),
        )
        for s in skipped
    )
    return sub(translate("ReceptionTerms", "; passed over: %1"), passed)


class NextUpPanel(QFrame):
    """'Next up: 張三' in large type, why, and who would be passed over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextUpPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.name = QLabel()
        self.name.setObjectName("nextUpName")
        big = QFont(self.name.font())
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        self.name.setFont(big)
        self.why = QLabel()
        self.why.setObjectName("nextUpWhy")
        self.why.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.name)
        layout.addWidget(self.why)
        self._shown: tuple[NextUp | None, dict[str, str]] = (None, {})

    def show_next(self, next_up: NextUp | None, names: dict[str, str]) -> None:
        self._shown = (next_up, names)
        self.caption.setText(translate("ReceptionCounter", "Next walk-in goes to"))
        if next_up is None or next_up.consultant is None:
            self.name.setText(translate("ReceptionCounter", "nobody yet"))
            self.why.setText(
                translate(
                    "ReceptionCounter",
                    "No consultant can receive a visitor: sign consultants in (F4) or "
                    "wait until one is back or free.",
                )
            )
            return
        self.name.setText(names.get(next_up.consultant) or next_up.consultant)
        why = reason_name(next_up.reason) if next_up.reason is not None else ""
        if next_up.waits:
            why += translate("ReceptionCounter", " (the visitor waits)")
        self.why.setText(why + passed_over_text(next_up.skipped, names))

    def retranslate_ui(self) -> None:
        self.show_next(*self._shown)


class ConsultantChip(QToolButton):
    requested = Signal(str, str)  # consultant, what

    def __init__(self, status: ConsultantStatus, label: str, supervise: bool) -> None:
        super().__init__()
        self.consultant = status.consultant
        self.status = status
        self.setObjectName(f"chip_{status.consultant}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        marker = "▶ " if status.at_pointer else ""
        self.setText(f"{marker}{label}\n{status_text(status)}")
        self.setToolTip(
            sub(translate("ReceptionCounter", "%1: open the menu for what happens to them"), label)
        )
        background, border = _COLOURS[status.activity]
        weight = 3 if status.at_pointer else 1
        self.setStyleSheet(
            f"QToolButton {{ background: {background}; border: {weight}px solid {border};"
            " border-radius: 6px; padding: 6px 10px; color: #1b1b1b; }"
        )
        self.setMenu(self._menu(supervise))

    def _menu(self, supervise: bool) -> QMenu:
        menu = QMenu(self)
        s = self.status

        def item(text: str, what: str, enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.setObjectName(f"chip_{what}")
            action.setEnabled(enabled)
            action.triggered.connect(lambda: self.requested.emit(self.consultant, what))

        busy, away = s.activity is Activity.BUSY, s.activity is Activity.AWAY
        item(translate("ReceptionCounter", "Visit &ended"), VISIT_END, busy)
        item(translate("ReceptionCounter", "&Switch consultant…"), SWITCH, busy)
        menu.addSeparator()
        item(translate("ReceptionCounter", "Away &without good reason"), AWAY_UNEXCUSED, not away)
        item(translate("ReceptionCounter", "Away, &called by a manager…"), AWAY_MANAGER, not away)
        item(translate("ReceptionCounter", "&Back at the counter"), BACK, away)
        if supervise:
            menu.addSeparator()
            item(translate("ReceptionCounter", "&Cancel the next turn…"), CANCEL_TURN)
        menu.addSeparator()
        item(translate("ReceptionCounter", "Sign &out for the day"), SIGN_OUT)
        return menu


class ChipsBar(QWidget):
    """The signed-in consultants in the day's order, wrapping to a second row when many."""

    requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultantChips")
        self.setSizePolicy(flow_policy())
        self.chips: list[ConsultantChip] = []
        self.empty = QLabel()
        self.empty.setObjectName("noConsultants")
        self.empty.setWordWrap(True)
        self._flow = FlowLayout(self)

    def show_statuses(
        self, statuses: tuple[ConsultantStatus, ...], names: dict[str, str], supervise: bool
    ) -> None:
        while self._flow.count():
            taken = self._flow.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None and widget is not self.empty:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.chips = []
        if not statuses:
            self.empty.setText(
                translate(
                    "ReceptionCounter",
                    "No consultant has signed in today. Sign them in as they arrive "
                    "(F4): the sign-in order is the day's rotation.",
                )
            )
            self._flow.addWidget(self.empty)
        for status in statuses:
            label = names.get(status.consultant) or status.consultant
            chip = ConsultantChip(status, label, supervise)
            chip.requested.connect(self.requested)
            self._flow.addWidget(chip)
            self.chips.append(chip)
        self.empty.setVisible(not statuses)
        self.updateGeometry()

    def chip(self, consultant: str) -> ConsultantChip | None:
        return next((c for c in self.chips if c.consultant == consultant), None)
