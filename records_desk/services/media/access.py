"""The permission check of the media services (R-ACC-2, R-ACC-5): the shared one
(services/common/acting.py) — the archivist's deputy, named once in the loan register, acts
with the archivist's rights in the inventory on the days of the period, and the act is
recorded as the deputy's; consenting to an issue is a department head's and is never lent
(the archivist has no such right to lend)."""

from __future__ import annotations

from records_desk.services.common.acting import Acting, allowed, authorize

__all__ = ["Acting", "allowed", "authorize"]
