"""The print preview's page view: the whole PDF in a QPdfView, pages one under another, zoomed
in steps between 25 % and 500 % or fitted to the page width. It says when the zoom shown
changes, so the preview's label follows it (fitting the width changes it on every resize)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


class ZoomingPdfView(QPdfView):
    zoom_shown = Signal()  # the factor effective_zoom() returns may have changed

    # QPdfView(QWidget *parent) takes its parent explicitly; the view lives in the preview.
    def __init__(self, document: QPdfDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self.setDocument(document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setPageSpacing(16)
        self.setDocumentMargins(QMargins(16, 16, 16, 16))
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.zoomFactorChanged.connect(self.zoom_shown)
        self.zoomModeChanged.connect(self.zoom_shown)
        self.viewport().installEventFilter(self)

    def effective_zoom(self) -> float:
        """The zoom factor on screen (QPdfView keeps 1.0 while it fits the width itself)."""
        document = self.document()
        if self.zoomMode() != QPdfView.ZoomMode.FitToWidth or document.pageCount() < 1:
            return self.zoomFactor()
        margins = self.documentMargins()
        available = self.viewport().width() - margins.left() - margins.right()
        page_width = document.pagePointSize(0).width() * self.logicalDpiX() / 72
        return max(available / page_width, ZOOM_MIN) if page_width > 0 else 1.0

    def _zoom_to(self, factor: float) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))
        self.zoom_shown.emit()

    def zoom_in(self) -> None:
        self._zoom_to(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.zoom_shown.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.zoom_shown.emit()
        return super().eventFilter(watched, event)
