"""How a list shows what is overdue (a loan's file, an issued medium): the same red on a pale red
ground and a warning sign, so it is seen without colour too (R-LOAN-8)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

OVERDUE_RED = QColor("#b71c1c")
OVERDUE_ROW = QColor("#fdecea")
OVERDUE_SIGN = "⚠"  # seen without colour
OVERDUE_BRUSH = QBrush(OVERDUE_RED)
OVERDUE_GROUND = QBrush(OVERDUE_ROW)
