"""The audit log's hash chain (R-AUD-3): canonical JSON of each entry plus the previous hash.

An entry is a plain mapping; the store keeps the same fields in columns.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
HASHED_FIELDS = ("seq", "at", "account", "action", "entity_type", "entity_id", "summary", "details")


def format_time(at: datetime) -> str:
    """UTC time as hashed: fixed precision so a round trip through the database hashes the same."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(entry: Mapping[str, Any]) -> str:
    body = {name: entry[name] for name in HASHED_FIELDS}
    if isinstance(body["at"], datetime):
        body["at"] = format_time(body["at"])
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    return hashlib.sha256((canonical(entry) + prev_hash).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # first sequence number that does not verify

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(entries: Iterable[Mapping[str, Any]]) -> ChainReport:
    """Walk entries in sequence order. A gap (deleted row), an altered row or a re-linked
    row all stop the walk at the first sequence number that fails."""
    expected_seq = 1
    prev = GENESIS_HASH
    count = 0
    for entry in entries:
        seq = entry["seq"]
        if seq != expected_seq:
            return ChainReport(entries=count, broken_at=expected_seq)
        if entry["prev_hash"] != prev or entry_hash(entry, prev) != entry["hash"]:
            return ChainReport(entries=count, broken_at=seq)
        prev = entry["hash"]
        expected_seq += 1
        count += 1
    return ChainReport(entries=count, broken_at=None)
