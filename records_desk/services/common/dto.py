"""Plain data handed out of the service layer (no ORM objects leave it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.roles import Role


@dataclass(frozen=True)
class Principal:
    """Who is signed in. Services re-check the account on every call."""

    account_id: int
    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    password_changed_at: datetime
    must_change_password: bool
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class AuditRecord:
    """One entry as stored. A known action or entity type is its enum member, which is equal
    to (and prints as) the stored string; a value this version does not know (an older or a
    newer one) is that plain string, so it still shows."""

    seq: int
    at: str
    account: str | None
    action: AuditAction | str
    entity_type: AuditTarget | str | None
    entity_id: str | None
    summary: str
    details: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class AuditFilter:
    account: str | None = None
    action: str | None = None  # exact action, or a prefix ending in "." (e.g. "account.")
    date_from: datetime | None = None  # inclusive, UTC
    date_to: datetime | None = None  # exclusive, UTC
