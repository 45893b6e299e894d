"""Logging to a rotating file in the user log folder (never the database key)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from records_desk.paths import log_dir

LOG_FILE_NAME = "records-desk.log"


def setup_logging(console: bool = True) -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if any(getattr(h, "_records_desk", False) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._records_desk = True  # type: ignore[attr-defined]  # our mark on a stdlib handler
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._records_desk = True  # type: ignore[attr-defined]  # our mark, as above
        root.addHandler(stream)
    return path
