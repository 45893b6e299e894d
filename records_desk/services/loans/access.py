"""The permission check of the loan services (R-ACC-2, R-ACC-5): the shared one
(services/common/acting.py) — an account named the archivist's deputy acts with the archivist's
rights on the days of its period (services/loans/acting.py says which days), and the act is
recorded as the deputy's."""

from __future__ import annotations

from records_desk.services.common.acting import Acting, allowed, authorize

__all__ = ["Acting", "allowed", "authorize"]
