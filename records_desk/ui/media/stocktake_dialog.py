"""The media stocktake (issue 13 §4): open one — all media, one department's or one
location's — then walk the cupboards with the scanner: ONE scan field (the scanner types the
number and Enter; records_desk/ui/common/scan_field.py), and after each scan the live counts
(expected, found, missing, unexpected, scanned twice) with the lists of what is missing, what
was unexpected and why (an unknown number, a medium recorded elsewhere or issued), and what
was scanned twice. Closing it gives the report. One stocktake is open at a time; opening the
dialog while one is open goes on with it (a walk may take more than one sitting)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.stocktake import Unexpectedly
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import StocktakeCounts, StocktakeReport
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.scan_field import DONE_STYLE, NOTE_STYLE, PROBLEM_STYLE, ScanInput
from records_desk.ui.media.people import PeopleNames
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.media.terms import unexpected_name

COUNT_STYLE = "font-size: 15pt; font-weight: bold;"


class StocktakeDialog(RememberingDialog):
    """`changed()` after a stocktake is opened, scanned into or closed."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        departments: list[str],
        locations: list[str],
        parent: QWidget | None = None,
        names: PeopleNames | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("stocktakeDialog")
        self._services = services
        self._principal = principal
        # who opened a stocktake, by name (林檔案), not by account (archivist)
        self.names = names if names is not None else PeopleNames()
        self.report: StocktakeReport | None = None
        self._missing_items: dict[str, QListWidgetItem] = {}  # number -> its line, to strike
        self.closed_report: StocktakeReport | None = None
        # -- the scope -------------------------------------------------------------------
        self.scope_box = QGroupBox()
        self.everything = QRadioButton()
        self.everything.setObjectName("scopeAll")
        self.by_department = QRadioButton()
        self.by_department.setObjectName("scopeDepartment")
        self.by_location = QRadioButton()
        self.by_location.setObjectName("scopeLocation")
        self.everything.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.everything, self.by_department, self.by_location):
            group.addButton(button)
        self.department = QComboBox()
        self.department.setObjectName("scopeDepartmentName")
        self.department.addItems(departments)
        self.location = QComboBox()
        self.location.setObjectName("scopeLocationName")
        self.location.addItems(locations)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startStocktake")
        self.start_button.clicked.connect(self.start)
        self.department.setEnabled(False)
        self.location.setEnabled(False)
        self.by_department.toggled.connect(self.department.setEnabled)
        self.by_location.toggled.connect(self.location.setEnabled)
        self.scope_hint = QLabel()
        self.scope_hint.setWordWrap(True)
        scope = QGridLayout(self.scope_box)
        scope.addWidget(self.scope_hint, 0, 0, 1, 2)
        scope.addWidget(self.everything, 1, 0)
        scope.addWidget(self.by_department, 2, 0)
        scope.addWidget(self.department, 2, 1)
        scope.addWidget(self.by_location, 3, 0)
        scope.addWidget(self.location, 3, 1)
        scope.addWidget(self.start_button, 4, 1, Qt.AlignmentFlag.AlignRight)
        scope.setColumnStretch(1, 1)
        self.scope_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # -- the walk --------------------------------------------------------------------
        self.walk = QWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("stocktakeStatus")
        self.scan = ScanInput()
        self.scan.entered.connect(self.scan_text)
        self.count_labels: dict[str, QLabel] = {}
        self.count_words: dict[str, QLabel] = {}
        counts = QHBoxLayout()
        for key in ("expected", "found", "missing", "unexpected", "twice"):
            cell = QVBoxLayout()
            number, word = QLabel("0"), QLabel()
            number.setObjectName(f"count_{key}")
            number.setStyleSheet(COUNT_STYLE)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            word.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.addWidget(number)
            cell.addWidget(word)
            counts.addLayout(cell)
            self.count_labels[key], self.count_words[key] = number, word
        self.missing, self.unexpected, self.twice = QListWidget(), QListWidget(), QListWidget()
        self.list_titles = [QLabel(), QLabel(), QLabel()]
        lists = QGridLayout()
        for column, (title, widget, name) in enumerate(
            zip(
                self.list_titles,
                (self.missing, self.unexpected, self.twice),
                ("missingList", "unexpectedList", "twiceList"),
                strict=True,
            )
        ):
            widget.setObjectName(name)
            if widget is self.unexpected:  # "USB-0099 — no medium has this number" whole
                widget.setWordWrap(True)
                widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            else:  # tens of thousands of numbers: one line each, laid out without measuring
                widget.setUniformItemSizes(True)
            title.setBuddy(widget)
            lists.addWidget(title, 0, column)
            lists.addWidget(widget, 1, column)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeStocktake")
        self.close_button.clicked.connect(self.close_stocktake)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.accept)
        self.report_job: object | None = None  # the report being saved (print_menu.py)
        self.report_button = QPushButton()  # the closed stocktake's 盤點報告, saved as a PDF
        self.report_button.setObjectName("printStocktakeReport")
        self.report_button.clicked.connect(self.print_report)
        self.report_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.done_button)
        walk = QVBoxLayout(self.walk)
        walk.setContentsMargins(0, 0, 0, 0)
        walk.addWidget(self.status)
        walk.addWidget(self.scan)
        walk.addLayout(counts)
        walk.addLayout(lists, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.walk, 1)
        self.filler = QWidget()  # keeps the scope's choices together before the walk
        layout.addWidget(self.filler, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.resize(760, 560)
        stocktakes = services.media.stocktakes
        try:
            self._show(operations.call(self, lambda: stocktakes.current(principal)))
        except operations.Failed:
            self._show(None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Media stocktake"))
        self.scope_box.setTitle(self.tr("Count which media"))
        self.everything.setText(self.tr("&All media in the cupboards"))
        self.by_department.setText(self.tr("One &department's:"))
        self.by_location.setText(self.tr("One &location's:"))
        self.start_button.setText(self.tr("&Start the stocktake"))
        self.scope_hint.setText(
            self.tr(
                "The media expected are those in the cupboards: not issued, in repair, "
                "disposed of or lost. Then scan every medium you find; the counts follow "
                "each scan."
            )
        )
        self.scan.retranslate_ui(
            self.tr("S&can:"), self.tr("Scan a medium's label, or type its number and Enter")
        )
        words = {
            "expected": self.tr("expected"),
            "found": self.tr("found"),
            "missing": self.tr("missing"),
            "unexpected": self.tr("unexpected"),
            "twice": self.tr("scanned twice"),
        }
        for key, word in words.items():
            self.count_words[key].setText(word)
        titles = (self.tr("&Missing:"), self.tr("&Unexpected:"), self.tr("Scanned t&wice:"))
        for label, text in zip(self.list_titles, titles, strict=True):
            label.setText(text)
        self.close_button.setText(self.tr("Cl&ose the stocktake and report"))
        self.report_button.setText(self.tr("&Print the report…"))
        self._show_status()

    # -- the stocktake -----------------------------------------------------------------------
    def start(self) -> None:
        department = self.department.currentText() if self.by_department.isChecked() else None
        location = self.location.currentText() if self.by_location.isChecked() else None
        stocktakes = self._services.media.stocktakes
        try:
            operations.call(self, lambda: stocktakes.start(self._principal, department, location))
            report = operations.call(self, lambda: stocktakes.current(self._principal))
        except operations.Failed:
            return
        self._show(report)
        self.changed.emit()
        self.scan.setFocus()

    def scan_text(self, text: str) -> None:
        """One scan: one service call; the counts come with its answer and the lists change
        by the one number (a stocktake of every medium expects tens of thousands: rereading
        them at each scan would make the scanner wait)."""
        stocktakes = self._services.media.stocktakes
        try:
            (result,) = stocktakes.scan(self._principal, [text])
        except DomainError as e:  # said next to the field: no pop-up between two scans
            self.scan.say(describe(e), PROBLEM_STYLE)
            return
        shown = result.number or result.scanned.strip()
        self._show_counts(result.counts)
        if result.outcome == "found":
            item = self._missing_items.pop(shown, None)
            if item is not None:
                self.missing.takeItem(self.missing.row(item))
            self.scan.say(self.tr("%1 found.").replace("%1", shown), DONE_STYLE)
        elif result.outcome == "twice":
            if not self.twice.findItems(shown, Qt.MatchFlag.MatchExactly):
                self.twice.addItem(shown)
            self.scan.say(self.tr("%1 was already scanned.").replace("%1", shown), NOTE_STYLE)
        else:
            try:  # why it is unexpected: the report's note (unexpected scans are few)
                report = stocktakes.current(self._principal)
            except DomainError:
                report = None
            why = self._why(report, shown)
            self.unexpected.addItem(f"{shown} — {why}")
            self.scan.say(
                self.tr("%1 is unexpected: %2").replace("%1", shown).replace("%2", why),
                PROBLEM_STYLE,
            )

    def close_stocktake(self) -> None:
        stocktakes = self._services.media.stocktakes
        try:
            report = operations.call(self, lambda: stocktakes.close(self._principal))
        except operations.Failed:
            return
        self.closed_report = report
        self._show(None, closed=report)
        self.changed.emit()

    def print_report(self) -> None:
        from records_desk.ui.media.print_menu import print_stocktake_report

        if self.closed_report is not None:
            self.report_job = print_stocktake_report(
                self, self._services, self._principal, self.closed_report.id
            )

    # -- showing -----------------------------------------------------------------------------
    def _why(self, report: StocktakeReport | None, number: str) -> str:
        note = report.notes.get(number, "") if report is not None else ""
        try:
            return unexpected_name(Unexpectedly(note))
        except ValueError:
            return note or self.tr("not expected here")

    def _show(self, report: StocktakeReport | None, closed: StocktakeReport | None = None) -> None:
        self.report = report
        shown = report or closed
        self.scope_box.setVisible(report is None)
        self.filler.setVisible(shown is None)
        self.walk.setVisible(shown is not None)
        self.close_button.setVisible(report is not None)
        self.report_button.setVisible(report is None and closed is not None)
        self.scan.setVisible(report is not None)
        if shown is not None:
            self._show_counts(shown.counts)
            self.missing.clear()
            self.missing.addItems(list(shown.missing))
            self._missing_items = {
                self.missing.item(i).text(): self.missing.item(i)
                for i in range(self.missing.count())
            }
            self.unexpected.clear()
            self.unexpected.addItems([f"{n} — {self._why(shown, n)}" for n in shown.unexpected])
            self.twice.clear()
            self.twice.addItems(list(shown.twice))
        self._show_status()

    def _show_counts(self, counts: StocktakeCounts) -> None:
        for key in ("expected", "found", "missing", "unexpected", "twice"):
            self.count_labels[key].setText(str(getattr(counts, key)))

    def counts(self) -> dict[str, int]:
        return {key: int(label.text()) for key, label in self.count_labels.items()}

    def _show_status(self) -> None:
        self.done_button.setText(
            self.tr("Co&ntinue later")
            if self.report is not None
            else (self.tr("Done") if self.closed_report is not None else self.tr("Close"))
        )
        self.done_button.setToolTip(
            self.tr("The stocktake stays open: Stocktake… goes on with it.")
            if self.report is not None
            else ""
        )
        report = self.report or self.closed_report
        if report is None:
            self.status.setText("")
            return
        scope = report.department or report.location or self.tr("all media")
        if self.report is not None:
            text = self.tr("Stocktake of %1, opened %2 by %3. Scan every medium you find.")
        else:
            text = self.tr("Stocktake of %1 (opened %2 by %3) is closed. Its report:")
        from records_desk.ui.common.table import shown

        self.status.setText(
            text.replace("%1", scope)
            .replace("%2", shown(report.opened_at))
            .replace("%3", self.names.name(report.opened_by))
        )
