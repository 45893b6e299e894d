"""The record number as a barcode (reportlab's own barcode module): Code128 for plain ASCII
numbers, a QR code when asked for or when the number holds characters Code128 cannot carry,
or both ("code128+qr": a QR code a phone or a 2D scanner reads, over the Code128 a line
scanner reads — the 借閱單's loan number, issue 11)."""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCode, QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable


def code128_possible(value: str) -> bool:
    return bool(value) and all(32 <= ord(c) < 127 for c in value)


def barcode_flowables(value: str, kind: str, max_width: float) -> list[Flowable]:
    """The barcodes of KIND for VALUE, top to bottom: one, or a QR code over a Code128."""
    if kind == "code128+qr":
        # reportlab's QrCode flowable draws on the canvas itself: no Drawing, so no font
        # (a Drawing brings Helvetica into the PDF; R-PRN: only the bundled font is embedded).
        side = min(max_width, 20 * mm)
        qr = QrCode(value, width=side, height=side, qrLevel="M", qrBorder=2)
        qr.hAlign = "RIGHT"
        return [qr, barcode_flowable(value, "code128", max_width)]
    return [barcode_flowable(value, kind, max_width)]


def barcode_flowable(value: str, kind: str, max_width: float, height: float = 11 * mm) -> Flowable:
    """A barcode no wider than max_width; Code128 bars are narrowed to fit, never cut."""
    if kind == "code128" and code128_possible(value):
        bar_width = 0.33 * mm
        probe = Code128(value, barWidth=bar_width, barHeight=height, humanReadable=False)
        if probe.width > max_width:
            bar_width *= max_width / probe.width
        return Code128(value, barWidth=bar_width, barHeight=height, humanReadable=False)
    side = min(max_width, 2.2 * height)
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
