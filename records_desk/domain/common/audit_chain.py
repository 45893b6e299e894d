"""The audit log's hash chain (R-AUD-3): canonical JSON of each entry plus the previous hash,
and what an anchor kept outside the database says about the chain's head.

An entry is a plain mapping; the store keeps the same fields in columns.

Decisions:
- Keyed chain. A plain SHA-256 chain proves nothing against someone who can write the file: with
  the database key and `DROP TRIGGER` they change an entry and recompute every hash after it.
  New entries are hashed with HMAC-SHA256 under a key derived from the database key
  (`chain_key`), so a rewrite needs the key as well as write access to the file.
- Old databases hold plain SHA-256 entries. A chain may be a plain prefix followed by keyed
  entries; once a keyed entry has verified, a plain one is no longer accepted (otherwise
  whoever lacks the key would simply append plain entries).
- The chain alone cannot show that entries were cut from its end (or all of them), nor a
  rewrite by someone with the key. The head (sequence and hash) is therefore anchored outside
  the database (store/audit_anchor.py); `compare_head` is the rule that matches a database's
  head against that anchor, and `TamperAlarm` is what a mismatch leaves behind, for good.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

GENESIS_HASH = "0" * 64
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # UTC, fixed precision: as hashed
HASHED_FIELDS = ("seq", "at", "account", "action", "entity_type", "entity_id", "summary", "details")
CHAIN_KEY_LABEL = b"records-desk audit chain v1"
ANCHOR_KEY_LABEL = b"records-desk audit anchor v1"


def format_time(at: datetime) -> str:
    """UTC time as hashed: fixed precision so a round trip through the database hashes the same."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime(TIME_FORMAT)


def parse_time(stored: str) -> datetime:
    """The aware UTC time of a stored `at` (format_time's output); ValueError otherwise."""
    return datetime.strptime(stored, TIME_FORMAT).replace(tzinfo=UTC)


def canonical(entry: Mapping[str, Any]) -> str:
    body = {name: entry[name] for name in HASHED_FIELDS}
    if isinstance(body["at"], datetime):
        body["at"] = format_time(body["at"])
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def derive_key(database_key_hex: str, label: bytes) -> bytes:
    """A purpose-bound key from the database key (HMAC-SHA256 as the derivation function):
    the chain and the anchor never use the database key itself, nor each other's."""
    return hmac.new(bytes.fromhex(database_key_hex), label, hashlib.sha256).digest()


def chain_key(database_key_hex: str) -> bytes:
    return derive_key(database_key_hex, CHAIN_KEY_LABEL)


def entry_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    """The plain SHA-256 link of databases made before the chain was keyed."""
    return hashlib.sha256((canonical(entry) + prev_hash).encode("utf-8")).hexdigest()


def keyed_hash(entry: Mapping[str, Any], prev_hash: str, key: bytes) -> str:
    """The keyed link: HMAC-SHA256 of the same text under the chain key."""
    message = (canonical(entry) + prev_hash).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


class Finding(StrEnum):
    """What an anchor check found (stored in the anchor, so the values never change)."""

    SHORTER = "shorter"  # entries removed from the end of the log, or all of them
    LONGER = "longer"  # entries the anchor never saw: written outside the app
    REWRITTEN = "rewritten"  # same length, different head: entries changed and rehashed
    ANCHOR_MISSING = "anchor_missing"  # the database was anchored; its head file is gone
    ANCHOR_DAMAGED = "anchor_damaged"  # the head file does not verify under the key
    BROKEN_WHEN_ANCHORED = "broken_when_anchored"  # an old log that did not verify at adoption


@dataclass(frozen=True)
class Head:
    """The last entry of a chain: sequence 0 and the genesis hash for an empty log."""

    seq: int
    hash: str
    # The entry's time as hashed, where known (store/audit_shared.py: a desk's head written
    # before a restore); not part of what makes two heads the same.
    at: str = field(default="", compare=False)

    @classmethod
    def empty(cls) -> Head:
        return cls(0, GENESIS_HASH)


@dataclass(frozen=True)
class TamperAlarm:
    """A mismatch between the database and its anchor: when it was found, what, and the two
    sequence numbers. Kept in the anchor for good; signing in later cannot launder it."""

    finding: Finding
    found_at: str  # format_time of the moment it was found
    database_seq: int | None
    anchored_seq: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "finding": self.finding.value,
            "found_at": self.found_at,
            "database_seq": self.database_seq,
            "anchored_seq": self.anchored_seq,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TamperAlarm:
        return cls(
            finding=Finding(data["finding"]),
            found_at=str(data["found_at"]),
            database_seq=data.get("database_seq"),
            anchored_seq=data.get("anchored_seq"),
        )


def compare_head(database: Head, confirmed: Head, pending: Head | None) -> Finding | None:
    """The rule an append applies before it writes (under the database's write lock).

    `confirmed` is the head the anchor saw committed; `pending` the head a writer announced
    just before its commit (it may or may not have committed before a crash). The database's
    head must be one of the two; anything else is a finding: shorter, longer or rewritten."""
    if database == confirmed or (pending is not None and database == pending):
        return None
    if database.seq < confirmed.seq:
        return Finding.SHORTER
    top = pending.seq if pending is not None and pending.seq > confirmed.seq else confirmed.seq
    if database.seq > top:
        return Finding.LONGER
    if database.seq in (top, confirmed.seq):
        return Finding.REWRITTEN
    return Finding.SHORTER  # between the confirmed head and a pending one that committed


def continues_from(entries: Iterable[Mapping[str, Any]], head: Head, key: bytes) -> bool:
    """Whether ENTRIES (sequence order, from HEAD's own sequence number on; from 1 for the
    empty head) start with HEAD unchanged and every later one links to the one before under
    the chain key: a log another desk extended through the app, not one cut, rewritten or
    forged without the key."""
    seen_head = head.seq == 0
    prev = head.hash
    expected = head.seq if head.seq else 1
    for entry in entries:
        if entry["seq"] != expected:
            return False
        if not seen_head:
            if entry["hash"] != head.hash:
                return False
            seen_head = True
        elif entry["prev_hash"] != prev or not hmac.compare_digest(
            keyed_hash(entry, prev, key), entry["hash"]
        ):
            return False
        prev = entry["hash"]
        expected += 1
    return seen_head


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # first sequence number that does not verify
    keyed_from: int | None = None  # first entry hashed under the chain key (None: no keyed)
    # Filled by the audit service from the anchor (store/audit_anchor.py):
    head_seq: int | None = None  # the database's last sequence number
    anchored_seq: int | None = None  # the sequence number the anchor holds
    alarms: tuple[TamperAlarm, ...] = field(default=())

    @property
    def intact(self) -> bool:
        """The chain itself verifies (every link, no gap)."""
        return self.broken_at is None

    @property
    def trustworthy(self) -> bool:
        """The chain verifies and its anchor agrees: no alarm was ever kept."""
        return self.intact and not self.alarms


def verify(entries: Iterable[Mapping[str, Any]], key: bytes | None = None) -> ChainReport:
    """Walk entries in sequence order. A gap (deleted row), an altered row or a re-linked
    row all stop the walk at the first sequence number that fails. With the chain key, an
    entry verifies by its keyed hash, or by its plain one as long as no keyed entry came
    before it."""
    expected_seq = 1
    prev = GENESIS_HASH
    count = 0
    keyed_from: int | None = None
    for entry in entries:
        seq = entry["seq"]
        if seq != expected_seq:
            return ChainReport(entries=count, broken_at=expected_seq, keyed_from=keyed_from)
        if entry["prev_hash"] != prev:
            return ChainReport(entries=count, broken_at=seq, keyed_from=keyed_from)
        if key is not None and hmac.compare_digest(keyed_hash(entry, prev, key), entry["hash"]):
            keyed_from = seq if keyed_from is None else keyed_from
        elif keyed_from is not None or entry_hash(entry, prev) != entry["hash"]:
            return ChainReport(entries=count, broken_at=seq, keyed_from=keyed_from)
        prev = entry["hash"]
        expected_seq += 1
        count += 1
    return ChainReport(entries=count, broken_at=None, keyed_from=keyed_from)
