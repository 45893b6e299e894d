"""The geometry of a sheet of label stock (R-MED-8, R-PRN): where each label of a grid lies
on the paper, with the calibration offsets; no drawing (printing/labels.py draws on it).

Standard A4 stock (`LabelLayout.standard`; the grid is centred on the sheet):

    grid  label (mm)     gaps (mm)  per sheet  sold as (for example)
    3×8   70   × 37      0          24         Avery 3474, edge to edge
    2×7   99.1 × 38.1    2.5 across 14         Avery L7163 / J8163
    2×8   99.1 × 33.9    2.5 across 16         Avery L7162
    3×7   63.5 × 38.1    2.5 across 21         Avery L7160
    3×6   63.5 × 46.6    2.5 across 18         Avery L7161
    2×4   99.1 × 67.7    2.5 across 8          Avery L7165

Any other grid (or paper) divides the sheet evenly, edge to edge, as "full-face" stock does.
Positions are numbered in reading order (left to right, then down), from 0 in the API and from
1 on paper.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from reportlab.lib.units import mm

PAPER_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "A3": (297.0, 420.0)}
PAPER_MM["letter"] = (215.9, 279.4)
MAX_OFFSET_MM = 20.0
MIN_LABEL_MM = (20.0, 10.0)  # narrower or lower than this holds neither text nor a barcode
_TOLERANCE_MM = 0.05  # stock sizes are rounded to 0.1 mm; their sums may exceed the sheet by that

# (columns, rows) -> label width, label height, gap across, gap down — all in mm, on A4.
STANDARD_A4_STOCK: dict[tuple[int, int], tuple[float, float, float, float]] = {
    (3, 8): (70.0, 37.0, 0.0, 0.0),
    (2, 7): (99.1, 38.1, 2.5, 0.0),
    (2, 8): (99.1, 33.9, 2.5, 0.0),
    (3, 7): (63.5, 38.1, 2.5, 0.0),
    (3, 6): (63.5, 46.6, 2.5, 0.0),
    (2, 4): (99.1, 67.7, 2.5, 0.0),
}


class _Axis(NamedTuple):
    count_field: str
    size: str
    gap: str
    margin: str
    paper_index: int  # of the paper's (width, height)
    side: str
    direction: str
    extent: str


_AXES = (
    _Axis("columns", "label_width_mm", "gap_x_mm", "margin_left_mm", 0, "left", "across", "wide"),
    _Axis("rows", "label_height_mm", "gap_y_mm", "margin_top_mm", 1, "top", "down", "tall"),
)


class Box(NamedTuple):
    """A rectangle in points, measured from the paper's top-left corner (as PDF viewers and
    pdfplumber show it), calibration offsets included."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of label stock. Sizes left as None are filled in on construction: label size and
    gaps from STANDARD_A4_STOCK (or the sheet divided evenly), margins so the grid is centred.
    Offsets move everything printed; positive is right / down."""

    columns: int
    rows: int
    paper: str = "A4"
    label_width_mm: float | None = None
    label_height_mm: float | None = None
    margin_top_mm: float | None = None
    margin_left_mm: float | None = None
    gap_x_mm: float | None = None
    gap_y_mm: float | None = None
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    # The first free label of a part-used sheet, 0-based in reading order: the positions
    # before it are left empty on the first sheet (`start_position` from a row and column).
    start_at: int = 0

    @classmethod
    def standard(
        cls,
        columns: int,
        rows: int,
        offset_x_mm: float = 0.0,
        offset_y_mm: float = 0.0,
        paper: str = "A4",
    ) -> LabelLayout:
        return cls(columns, rows, paper, offset_x_mm=offset_x_mm, offset_y_mm=offset_y_mm)

    def __post_init__(self) -> None:
        for name in ("columns", "rows"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")
        if self.paper not in PAPER_MM:
            raise ValueError(f"paper must be one of {', '.join(PAPER_MM)}, not {self.paper!r}")
        for name, value in (("horizontal", self.offset_x_mm), ("vertical", self.offset_y_mm)):
            if not abs(value) <= MAX_OFFSET_MM:
                raise ValueError(
                    f"the {name} offset {value:g} mm is outside ±{MAX_OFFSET_MM:g} mm; "
                    "check the paper size and the printer's scaling instead"
                )
        if isinstance(self.start_at, bool) or not 0 <= self.start_at < self.per_sheet:
            raise ValueError(
                f"the first label must be on the {self.columns}×{self.rows} sheet "
                f"(row 1–{self.rows}, column 1–{self.columns})"
            )
        stock = STANDARD_A4_STOCK.get((self.columns, self.rows)) if self.paper == "A4" else None
        for axis in _AXES:
            self._resolve(axis, stock)
        assert self.label_width_mm is not None and self.label_height_mm is not None  # resolved
        if self.label_width_mm < MIN_LABEL_MM[0] or self.label_height_mm < MIN_LABEL_MM[1]:
            raise ValueError(
                f"{self.columns}×{self.rows} labels of {self.label_width_mm:.1f} × "
                f"{self.label_height_mm:.1f} mm are too small; a label needs at least "
                f"{MIN_LABEL_MM[0]:g} × {MIN_LABEL_MM[1]:g} mm for its text and barcode"
            )

    def _resolve(self, axis: _Axis, stock: tuple[float, float, float, float] | None) -> None:
        """Fill in one axis's unset sizes (from the stock, else the paper divided evenly; the
        margin centres the grid) and refuse a grid that runs off the paper."""
        count, paper = getattr(self, axis.count_field), PAPER_MM[self.paper][axis.paper_index]
        gap = self._fill(axis.gap, stock[2 + axis.paper_index] if stock else 0.0)
        size = self._fill(
            axis.size, stock[axis.paper_index] if stock else (paper - (count - 1) * gap) / count
        )
        span = count * size + (count - 1) * gap
        margin = self._fill(axis.margin, round(max(0.0, (paper - span) / 2), 3))
        if size <= 0 or gap < 0 or margin < 0:
            raise ValueError(
                f"{axis.size} must be above 0, {axis.gap} and {axis.margin} at least 0 "
                f"(not {size:g}, {gap:g}, {margin:g})"
            )
        if margin + span > paper + _TOLERANCE_MM:
            extras = f" with {gap:g} mm gaps" if gap and count > 1 else ""
            extras += f" and a {margin:g} mm {axis.side} margin" if margin else ""
            raise ValueError(
                f"the grid does not fit the paper: {count} {axis.count_field} of {size:g} mm labels"
                f"{extras} need {margin + span:.1f} mm {axis.direction}, but {self.paper} paper "
                f"is {paper:g} mm {axis.extent}"
            )

    def _fill(self, name: str, default: float) -> float:
        value = getattr(self, name)
        if value is None:
            object.__setattr__(self, name, float(default))
            return float(default)
        return float(value)

    def start_position(self, row: int, column: int) -> LabelLayout:
        """This layout starting at label (row, column), both counted from 1 as on paper."""
        if not (1 <= row <= self.rows and 1 <= column <= self.columns):
            raise ValueError(
                f"row {row}, column {column} is not on a {self.columns}×{self.rows} sheet "
                f"(row 1–{self.rows}, column 1–{self.columns})"
            )
        return replace(self, start_at=(row - 1) * self.columns + (column - 1))

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        """The paper in points (portrait), as reportlab wants it."""
        w, h = PAPER_MM[self.paper]
        return w * mm, h * mm

    def describe(self) -> str:
        """'3×8, 70 × 37 mm, A4': the grid as the UI and the PDF's properties show it."""
        size = f"{self.label_width_mm:g} × {self.label_height_mm:g} mm"
        return f"{self.columns}×{self.rows}, {size}, {self.paper}"

    def box(self, position: int) -> Box:
        """Label `position` (0-based, reading order) with the offsets applied."""
        if not 0 <= position < self.per_sheet:
            raise IndexError(f"position {position} is not on a {self.columns}×{self.rows} sheet")
        row, col = divmod(position, self.columns)
        # All set by __post_init__; `or 0.0` only tells the type checker so.
        w, h = self.label_width_mm or 0.0, self.label_height_mm or 0.0
        left = (self.margin_left_mm or 0.0) + col * (w + (self.gap_x_mm or 0.0))
        top = (self.margin_top_mm or 0.0) + row * (h + (self.gap_y_mm or 0.0))
        x, y = left + self.offset_x_mm, top + self.offset_y_mm
        return Box(x * mm, y * mm, w * mm, h * mm)

    def point(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """A paper position in mm from the top-left, offsets applied, in reportlab coordinates."""
        return (x_mm + self.offset_x_mm) * mm, self.page_size[1] - (y_mm + self.offset_y_mm) * mm
