"""The selected medium in full, beside the inventory's table: its facts (number, type,
classification, state, department, custodian, location, brand, model, serial, capacity), its
preparation (R-MED-2: label, encryption, virus check), who holds it and until when (R-MED-3),
a disc's backup category and content (R-MED-5), and its history as a timeline, newest first:
when, who, what, and the evidence recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from records_desk.domain.media.vocabulary import (
    Action,
    Classification,
    DisposalMethod,
    MediumState,
    MediumType,
    VirusResult,
)
from records_desk.ui.common.table import shown
from records_desk.ui.media.people import PeopleNames
from records_desk.wording.media.terms import (
    action_name,
    classification_name,
    method_name,
    state_name,
    type_name,
)

if TYPE_CHECKING:
    from records_desk.services.media.dto import MediumEventInfo, MediumInfo

BANNER = "padding: 6px; border-radius: 3px; font-weight: bold;"
CLASSIFIED_BANNER = BANNER + "background: #b71c1c; color: white;"
FINAL_BANNER = BANNER + "background: #e0e0e0; color: #333333;"
EVENT_STYLE = "border-left: 3px solid #90a4ae; padding-left: 6px;"


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MediumDetailPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediumDetail")
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)
        self.info: MediumInfo | None = None
        self.names = PeopleNames()  # the screen's shared map, as the table shows them
        self._show()

    def show_medium(self, info: MediumInfo | None) -> None:
        self.info = info
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _named(self, username: str | None) -> str:
        """The person's name and account (張業務 (sales1)); the account alone if unknown."""
        return self.names.named(username)

    def timeline_texts(self) -> list[str]:
        """The timeline's entries as shown, newest first (for tests and the screen reader)."""
        return [w.text() for w in self.findChildren(QLabel, "mediumEvent")]

    def _show(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        info = self.info
        if info is None:
            empty = _value(
                self.tr("Select a medium in the list to see its facts and its history here.")
            )
            empty.setObjectName("mediumDetailEmpty")
            layout.addWidget(empty)
            layout.addStretch(1)
            self.setWidget(body)
            return
        if info.classified:
            banner = _value(self.tr("Classified: stays classified for ever"))
            banner.setStyleSheet(CLASSIFIED_BANNER)
            banner.setObjectName("mediumBanner")
            layout.addWidget(banner)
        if MediumState(info.state) in (MediumState.DISPOSED, MediumState.LOST):
            final = _value(self.tr("%1: nothing can issue it again.").replace(
                "%1", state_name(info.state)))  # fmt: skip
            final.setStyleSheet(FINAL_BANNER)
            layout.addWidget(final)
        layout.addWidget(self._facts_box(info))
        layout.addWidget(self._preparation_box(info))
        layout.addWidget(self._history_box(info))
        layout.addStretch(1)
        self.setWidget(body)

    def _facts_box(self, info: MediumInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Medium %1").replace("%1", info.number))
        form = QFormLayout(box)
        kind = Classification.CLASSIFIED if info.classified else Classification.UNCLASSIFIED
        form.addRow(self.tr("State:"), _value(state_name(info.state)))
        form.addRow(self.tr("Type:"), _value(type_name(info.media_type)))
        form.addRow(self.tr("Classification:"), _value(classification_name(kind)))
        form.addRow(self.tr("Department:"), _value(info.department))
        rows = (
            (self.tr("Custodian:"), self._named(info.custodian)),
            (self.tr("Location:"), info.location),
            (self.tr("Brand and model:"), " ".join(p for p in (info.brand, info.model) if p)),
            (self.tr("Serial number:"), info.serial),
            (self.tr("Capacity:"), info.capacity),
            (self.tr("Borrower:"), self._named(info.holder)),
            (self.tr("Consent by:"), self._named(info.approved_by)),
            (self.tr("Due back:"), shown(info.due_on)),
            (self.tr("Repair unit:"), info.repair_unit or ""),
            (self.tr("Backup category:"), info.backup_category or ""),
            (self.tr("Content:"), info.content or ""),
        )
        for label, text in rows:
            if text:
                form.addRow(label, _value(text))
        if MediumType(info.media_type) is MediumType.OPTICAL and not info.backup_category:
            form.addRow(self.tr("Backup category:"), _value(self.tr("not filed as a backup")))
        registered = f"{shown(info.registered_at)} · {info.registered_by}"
        form.addRow(self.tr("Registered:"), _value(registered))
        counted = shown(info.last_counted_on) or self.tr("never")
        form.addRow(self.tr("Last counted:"), _value(counted))
        return box

    def _preparation_box(self, info: MediumInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Preparation (needed before issuing)"))
        form = QFormLayout(box)
        yes, no = "✔ ", "✘ "
        form.addRow(
            self.tr("Security label:"),
            _value(yes + self.tr("on") if info.labelled else no + self.tr("not recorded")),
        )
        form.addRow(
            self.tr("Encryption:"),
            _value(yes + info.encryption if info.encryption else no + self.tr("not recorded")),
        )
        if info.virus_check_clean:
            check = yes + self.tr("clean, %1").replace("%1", shown(info.virus_checked_at))
        else:
            check = no + self.tr("no clean check since it was last out or classified")
        form.addRow(self.tr("Virus check:"), _value(check))
        return box

    def _history_box(self, info: MediumInfo) -> QGroupBox:
        box = QGroupBox(self.tr("History (newest first)"))
        layout = QVBoxLayout(box)
        for event in sorted(info.events, key=lambda e: e.at)[::-1]:  # same time: later first
            entry = _value(self._event_text(event))
            entry.setObjectName("mediumEvent")
            entry.setStyleSheet(EVENT_STYLE)
            layout.addWidget(entry)
        if not info.events:
            layout.addWidget(_value(self.tr("Nothing recorded yet.")))
        return box

    def _event_text(self, event: MediumEventInfo) -> str:
        what = self._action_text(event.action)
        head = f"{shown(event.at)} · {event.account} — {what}"
        if event.state_before is not None and event.state_before != event.state_after:
            head += f"\n{state_name(event.state_before)} → {state_name(event.state_after)}"
        lines = [head]
        for key, value in event.evidence.items():
            line = self._evidence_line(key, value)
            if line:
                lines.append("  " + line)
        if event.note:
            lines.append("  " + self.tr("Note: %1").replace("%1", event.note))
        return "\n".join(lines)

    def _action_text(self, action: str) -> str:
        if action == "register":
            return self.tr("Registered and numbered")
        if action == "backup":
            return self.tr("Filed as a backup disc")
        if action == "imported":  # registered from an Excel list (services/media/exchange.py)
            return self.tr("Registered from an imported list")
        try:
            return action_name(Action(action))
        except ValueError:
            return action

    def _evidence_line(self, key: str, value: Any) -> str:
        if value in (None, "", False) or key in ("type", "department", "classified"):
            return ""
        labels = {
            "software": self.tr("Software"),
            "version": self.tr("Version"),
            "tool": self.tr("Tool"),
            "signature_date": self.tr("Signatures of"),
            "result": self.tr("Result"),
            "check_tool": self.tr("Check tool"),
            "check_signature_date": self.tr("Signatures of"),
            "check_result": self.tr("Check result"),
            "to": self.tr("Borrower"),
            "approved_by": self.tr("Consent by"),
            "due": self.tr("Due back"),
            "condition": self.tr("Condition"),
            "unit": self.tr("Repair unit"),
            "backed_up": self.tr("Backed up"),
            "wiped": self.tr("Wiped"),
            "sent_on": self.tr("Sent on"),
            "returned_on": self.tr("Back on"),
            "method": self.tr("Method"),
            "on": self.tr("On"),
            "witness": self.tr("Witness"),
            "certificate": self.tr("Certificate no."),
            "at_security_office": self.tr("At the security office"),
            "reported_by": self.tr("Reported by"),
            "circumstances": self.tr("Circumstances"),
            "serial": self.tr("Serial number"),
            "category": self.tr("Category"),
            "content": self.tr("Content"),
            "note": self.tr("Note"),
            "source": self.tr("From the list"),
            "row": self.tr("Row"),
        }
        if key not in labels:
            return ""
        if value is True:
            return f"✔ {labels[key]}"
        text = str(value)
        if key in ("result", "check_result"):
            text = self.tr("clean") if text == VirusResult.CLEAN else self.tr("infected")
        if key == "method":
            try:
                text = method_name(DisposalMethod(text))
            except ValueError:
                pass
        return f"{labels[key]}: {text}"
