"""Printing the pages of a PDF (from the printing engine) on a QPrinter: each page is rendered
by QtPdf at the printer's resolution (capped, so an A4 page stays a few tens of MB) and painted
to fit the paper. `ready()` checks the printer before the caller writes the audit entry, which comes
before any page is sent: a job cannot be taken back once begun (QPrinter.abort() does nothing
for CUPS or PDF output), so a page must never go out ahead of its audit entry (R-AUD-1)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# 300 dpi keeps 6-point Chinese text sharp; a 1200 dpi A4 page would be a 550 MB image.
MAX_DPI = 300


def match_paper(printer: QPrinter, document: QPdfDocument) -> None:
    """Give the printer (and so the print dialog) the paper size and orientation of page 1."""
    if document.pageCount() < 1:
        return
    points = document.pagePointSize(0)
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF()))


def chosen_pages(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """0-based page numbers the print dialog asked for, in the order they go to the printer."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)] if page_count else []
    elif mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        pages = list(range(first - 1, last))
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def ready(printer: QPrinter) -> bool:
    """Whether the job can start: an existing printer, or a writable folder for a PDF file."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        name = printer.outputFileName()
        folder = Path(name).parent if name else None
        return folder is not None and folder.is_dir() and os.access(folder, os.W_OK)
    return printer.isValid()


class PdfPrintJob:
    """`begin()` (False: the printer or output file refused the job), `paint(pages)`, `end()`."""

    def __init__(self, document: QPdfDocument, printer: QPrinter, max_dpi: int = MAX_DPI) -> None:
        self.document = document
        self.printer = printer
        self.max_dpi = max_dpi
        self.painter = QPainter()

    @property
    def copies_in_app(self) -> int:
        """How often the pages are sent: once when the driver makes the copies itself."""
        return 1 if self.printer.supportsMultipleCopies() else max(self.printer.copyCount(), 1)

    def begin(self) -> bool:
        self.printer.setFullPage(True)  # the PDF carries its own margins
        return self.painter.begin(self.printer)

    def paint(self, pages: list[int]) -> int:
        """Paint the pages (times the copies the driver cannot make); returns sheets sent."""
        sent = 0
        for _copy in range(self.copies_in_app):
            for page in pages:
                if sent and not self.printer.newPage():
                    return sent
                self._paint_page(page)
                sent += 1
        return sent

    def end(self) -> bool:
        return self.painter.end()

    def _paint_page(self, page: int) -> None:
        paper = self.printer.paperRect(QPrinter.Unit.DevicePixel)
        points = self.document.pagePointSize(page)
        if points.isEmpty() or paper.isEmpty():
            return
        # Fit the page into the paper, keeping its proportions, centred.
        scale = min(paper.width() / points.width(), paper.height() / points.height())
        target = QRectF(0, 0, points.width() * scale, points.height() * scale)
        target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
        dpi = min(self.printer.resolution(), self.max_dpi)
        pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = self.document.render(page, pixels)
        self.painter.drawImage(target, image)
