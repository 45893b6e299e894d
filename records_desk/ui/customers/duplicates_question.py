"""The likely-duplicate question of the new-file and change dialogs (issue 10 §2): "register
anyway?" above the files on record that look like the one typed, each a link that selects it in
the list, with why it looks alike.

Decisions: a QMessageBox sizes itself from its text and wrapped the question after a few words
("Register / it anyway?") with the files squeezed beside the icon; the box is widened to a
readable line (at most the screen's free width, so it fits 1366×768), the question is one
paragraph, the files a table (number, name, why), and a long list stops after SHOWN lines."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from records_desk.domain.customers.duplicates import DuplicateMatch
from records_desk.ui.customers.customer_form import ask
from records_desk.wording.customers.import_errors import basis_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

WIDTH = 560  # the box's width in pixels: the question on one line, a file on one row
SHOWN = 10  # files listed; the rest are counted


def duplicates_question(
    matches: tuple[DuplicateMatch, ...], question: str, linked: bool = True
) -> str:
    """The question, then the look-alike files — as links (customer:<id>) when `linked` — with
    why they look alike."""
    rows = []
    for match in matches[:SHOWN]:
        why = translate("DuplicatesQuestion", ", ").join(basis_text(b) for b in sorted(match.bases))
        link = escape(match.archive_number)
        if linked:
            link = f'<a href="customer:{match.customer_id}">{link}</a>'
        rows.append(
            f"<tr><td>{link}</td><td>{escape(match.name)}</td>"
            f'<td style="color:#555555">{escape(why)}</td></tr>'
        )
    more = ""
    if len(matches) > SHOWN:
        rest = translate("DuplicatesQuestion", "… and %1 more")
        more = f"<p>{escape(rest.replace('%1', str(len(matches) - SHOWN)))}</p>"
    hint = (
        translate(
            "DuplicatesQuestion",
            "Files on record that look like it (click a number to show it in the list):",
        )
        if linked
        else translate("DuplicatesQuestion", "Files on record that look like it:")
    )
    return (
        f"<p><b>{escape(question)}</b></p><p>{escape(hint)}</p>"
        f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>{more}'
    )


def ask_about_duplicates(
    parent: QWidget,
    matches: tuple[DuplicateMatch, ...],
    question: str,
    yes: str,
    no: str,
    on_yes: Callable[[], object],
    follow: Callable[[str], object] | None = None,
) -> QMessageBox:
    """The question as `ask` puts it (no is the default and Esc), widened to be read at a glance;
    a link followed calls `follow("customer:<id>")` (no links without `follow`)."""
    text = duplicates_question(matches, question, linked=follow is not None)
    box = ask(parent, parent.windowTitle(), text, yes, no, on_yes)
    box.setObjectName("duplicatesQuestion")
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
        if follow is not None:
            label.linkActivated.connect(follow)
    widen(box, WIDTH)
    return box


def widen(box: QMessageBox, width: int) -> None:
    """A QMessageBox keeps no minimum width of its own: a spacer under its text holds it."""
    screen = box.screen() or QApplication.primaryScreen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width() - 40)
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
