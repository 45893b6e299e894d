"""Backups ▸ Purge old data… (R-BAK-4; the general manager's alone): how many years to keep
(at least 3, as the regulations keep records), then what would go — the void customer files
and the closed loans older than that, by number — and only then Purge: a checked backup is
made first, then everything listed goes in one transaction, audited with counts and numbers.
The audit log is never purged; archive numbers stay burnt. Once in six months. Long work runs
off the UI thread. Opened with show() (never exec())."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.backup.purge import MIN_YEARS
from records_desk.services.backup.purge import PurgePlan, PurgeResult
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.common.ask import ask
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)
SHOWN = 200  # numbers listed per kind; the rest counted


def kind_name(kind: str) -> str:
    return {
        "customer_files": translate("PurgeDialog", "Void customer files"),
        "loans": translate("PurgeDialog", "Closed loans"),
    }.get(kind, kind)


class PurgeDialog(RememberingDialog):
    geometry_key = "purge"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("purgeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.principal = principal
        self.plan: PurgePlan | None = None
        self.job: BackgroundJob | None = None
        self.years = QSpinBox()
        self.years.setObjectName("purgeYears")
        self.years.setRange(MIN_YEARS, 50)
        self.years.setValue(max(MIN_YEARS, 5))
        self.years.setSuffix(translate("PurgeDialog", " years"))
        self.years.valueChanged.connect(lambda _v: self.show_plan())
        years_label = QLabel(translate("PurgeDialog", "Keep the last:"))
        years_label.setBuddy(self.years)
        self.summary = QLabel()
        self.summary.setObjectName("purgeSummary")
        self.summary.setWordWrap(True)
        self.listing = QPlainTextEdit()
        self.listing.setObjectName("purgeListing")
        self.listing.setReadOnly(True)
        self.purge_button = QPushButton(translate("PurgeDialog", "&Purge…"))
        self.purge_button.setObjectName("purgeButton")
        self.purge_button.clicked.connect(self.confirm)
        close = QPushButton(translate("PurgeDialog", "Close"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(years_label)
        top.addWidget(self.years)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.purge_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        intro = QLabel(translate(
            "PurgeDialog",
            "Void customer files and closed loans older than the years kept are removed, after "
            "a checked backup of everything. The operation log is never purged, and archive "
            "numbers are never given again. Once in six months."))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.listing, 1)
        layout.addLayout(bottom)
        self.setWindowTitle(translate("PurgeDialog", "Purge old data"))
        self.resize(720, 520)
        self.show_plan()

    def show_plan(self) -> None:
        try:
            plan = operations.call(
                self, lambda: self.services.backup.purge.preview(self.principal, self.years.value())
            )
        except operations.Failed:
            self.plan = None
            self.purge_button.setEnabled(False)
            return
        self.plan = plan
        cutoff = plan.cutoff.astimezone().strftime("%Y-%m-%d")
        total = sum(plan.counts.values())
        if plan.next_allowed is not None:
            text = sub(translate("PurgeDialog", "The last purge was on %1: the next may run from %2."),
                       plan.last_purge.astimezone().strftime("%Y-%m-%d") if plan.last_purge else "",
                       plan.next_allowed.astimezone().strftime("%Y-%m-%d"))  # fmt: skip
        elif total == 0:
            text = sub(
                translate("PurgeDialog", "Nothing is older than %1: nothing would go."), cutoff
            )
        else:
            text = sub(
                translate("PurgeDialog", "Older than %1, %2 records would go:"), cutoff, str(total)
            )
        self.summary.setText(text)
        lines: list[str] = []
        for kind, numbers in plan.purged.items():
            lines.append(f"{kind_name(kind)} ({len(numbers)})")
            lines.extend(f"  {n}" for n in numbers[:SHOWN])
            if len(numbers) > SHOWN:
                lines.append(
                    "  "
                    + sub(
                        translate("PurgeDialog", "… and %1 more records"), str(len(numbers) - SHOWN)
                    )
                )
        self.listing.setPlainText("\n".join(lines))
        self.purge_button.setEnabled(self.job is None and total > 0 and plan.next_allowed is None)
        if plan.next_allowed is not None:
            self.purge_button.setToolTip(text)

    def confirm(self) -> None:
        plan = self.plan
        if plan is None:
            return
        question = sub(translate(
            "PurgeDialog",
            "Remove %1 records older than %2 for good? A checked backup of everything is made "
            "first."), str(sum(plan.counts.values())), plan.cutoff.astimezone().strftime("%Y-%m-%d"))  # fmt: skip
        ask(self, question, self.purge)

    def purge(self) -> None:
        purge, principal, years = self.services.backup.purge, self.principal, self.years.value()
        job = BackgroundJob(self, lambda _p, _c: purge.run(principal, years),
                            translate("PurgeDialog", "Backing up, then purging…"), cancellable=False)  # fmt: skip
        job.finished.connect(self._done)
        job.failed.connect(self._failed)
        self.job = job.start()
        self.purge_button.setEnabled(False)

    def _done(self, result: object) -> None:
        self.job = None
        if isinstance(result, PurgeResult):
            notify.info(self, sub(translate(
                "PurgeDialog", "Purged %1 records. The backup made before is %2."),
                str(sum(result.counts.values())), result.backup.name))  # fmt: skip
        self.show_plan()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, Exception):
            notify.error(self, describe(error))
        self.show_plan()
