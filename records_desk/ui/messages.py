"""The window's door to wording/: errors and the shared terms in the user's language, worded
once for the window, the command line and the Excel reports alike."""

from __future__ import annotations

from records_desk.wording import describe
from records_desk.wording.terms import action_name, local_time, role_name

__all__ = ["action_name", "describe", "local_time", "role_name"]
