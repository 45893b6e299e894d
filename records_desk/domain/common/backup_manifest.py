"""The manifest beside every backup (R-BAK-1…3, R-AUD-3): what the copy holds and how to know
it is whole — app version, schema revision, when, the row count of every table, the file's
size and SHA-256, and the audit log's head — signed with an HMAC keyed from the database key.

The backup feature writes manifests; the operation log reads them (`audit verify --against`):
the head a manifest keeps is the audit log's head outside the database, so entries cut from
the end of the log (or all of them) show against it even when the chain itself still links.

Decisions:
- Signed, not encrypted: a manifest says nothing of a customer (table names and counts, a
  hash), so an office can read it; the HMAC (under a key derived from the database key, never
  the key itself) makes a forged or edited one fail.
- `key_id`, a short fingerprint derived from the key, says whether a manifest was made under
  this database's key at all: "another office's backup" is a different message from "this
  manifest was altered".
- Canonical JSON (sorted keys, no spaces) is what the HMAC covers, so the file may be
  re-indented by hand without breaking it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import Head

FORMAT = "records-desk-backup"
VERSION = 1
MAC_LABEL = b"records-desk backup manifest v1"
KEY_ID_LABEL = b"records-desk key id v1"
SUFFIX = ".manifest.json"


class ManifestProblem(StrEnum):
    UNREADABLE = "unreadable"  # not JSON, or not a Records Desk manifest
    OTHER_KEY = "other_key"  # made under another database's key
    ALTERED = "altered"  # this key's, but the signature does not match its text


class ManifestInvalid(Exception):
    def __init__(self, problem: ManifestProblem, name: str) -> None:
        super().__init__(f"manifest {name}: {problem.value}")
        self.problem = problem
        self.name = name  # the manifest's file name (never a path with a user's folders)


@dataclass(frozen=True)
class Manifest:
    file: str  # the backup's file name, beside the manifest
    made_at: datetime  # UTC
    app_version: str
    schema: tuple[str, ...]  # the Alembic heads of the copy
    size: int
    sha256: str
    tables: Mapping[str, int]  # row count of every table in the copy
    head: Head  # the audit log's last entry in the copy
    office: str = ""  # the database's name (its file's stem), as the file name carries it
    extra: Mapping[str, Any] = field(default_factory=dict)  # later versions' keys, kept

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def key_id(database_key_hex: str) -> str:
    return audit_chain.derive_key(database_key_hex, KEY_ID_LABEL).hex()[:16]


def _mac(body: Mapping[str, Any], database_key_hex: str) -> str:
    key = audit_chain.derive_key(database_key_hex, MAC_LABEL)
    message = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def encode(manifest: Manifest, database_key_hex: str) -> str:
    body: dict[str, Any] = {
        **manifest.extra,
        "format": FORMAT,
        "version": VERSION,
        "file": manifest.file,
        "office": manifest.office,
        "made_at": audit_chain.format_time(manifest.made_at),
        "app_version": manifest.app_version,
        "schema": list(manifest.schema),
        "size": manifest.size,
        "sha256": manifest.sha256,
        "tables": dict(sorted(manifest.tables.items())),
        "audit_head": {"seq": manifest.head.seq, "hash": manifest.head.hash},
        "key_id": key_id(database_key_hex),
    }
    return json.dumps({**body, "mac": _mac(body, database_key_hex)}, indent=1, ensure_ascii=False)


def decode(raw: str, database_key_hex: str, name: str) -> Manifest:
    """The manifest in RAW, checked against the database key; ManifestInvalid otherwise."""
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ManifestInvalid(ManifestProblem.UNREADABLE, name)
        mac = str(data.pop("mac"))
        if data.get("key_id") != key_id(database_key_hex):
            raise ManifestInvalid(ManifestProblem.OTHER_KEY, name)
        if not hmac.compare_digest(_mac(data, database_key_hex), mac):
            raise ManifestInvalid(ManifestProblem.ALTERED, name)
        known = {"format", "version", "file", "office", "made_at", "app_version", "schema",
                 "size", "sha256", "tables", "audit_head", "key_id"}  # fmt: skip
        return Manifest(
            file=str(data["file"]),
            office=str(data.get("office", "")),
            made_at=audit_chain.parse_time(str(data["made_at"])),
            app_version=str(data["app_version"]),
            schema=tuple(str(s) for s in data["schema"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            tables={str(k): int(v) for k, v in data["tables"].items()},
            head=Head(int(data["audit_head"]["seq"]), str(data["audit_head"]["hash"])),
            extra={k: v for k, v in data.items() if k not in known},
        )
    except ManifestInvalid:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ManifestInvalid(ManifestProblem.UNREADABLE, name) from None


def manifest_name(backup_name: str) -> str:
    return backup_name + SUFFIX


def check_head(manifest_head: Head, database: Head, hash_at: str | None) -> str | None:
    """What the database's log says against a head a manifest kept (R-AUD-3): None when the
    database's log holds that entry unchanged (its HASH_AT the manifest's sequence number);
    else "shorter" (entries cut from the end) or "rewritten" (the entry there differs)."""
    if manifest_head.seq == 0:
        return None
    if database.seq < manifest_head.seq:
        return "shorter"
    if hash_at != manifest_head.hash:
        return "rewritten"
    return None
