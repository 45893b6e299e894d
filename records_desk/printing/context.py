"""What every printed page says about its printing: who, when, and the audit-log head at that
moment, so a signed paper copy can be matched to the digital record (R-AUD, R-PRN)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PrintContext:
    printed_by: str  # e.g. "王大明 (wang.dm)"
    printed_at: datetime  # aware; printed in local time
    audit_seq: int | None = None  # the newest audit entry when the PDF was made
    audit_hash: str | None = None  # its full hash; pages show the first 12 characters

    @property
    def printed_at_local(self) -> str:
        """The printing time as pages show it: local, to the minute."""
        return self.printed_at.astimezone().strftime("%Y-%m-%d %H:%M")

    @property
    def audit_head(self) -> str:
        if self.audit_seq is None or not self.audit_hash:
            return "-"
        return f"#{self.audit_seq} {self.audit_hash[:12]}"
