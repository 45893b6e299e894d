"""What the audit anchor holds (store/audit_anchor.py) and how it is written down: the
confirmed and pending heads with the tamper alarms kept, as JSON under a MAC keyed from the
database key. The same text goes into the head file and the keyring entry; a text that was
not made under this key reads as no state at all. Reading and writing the keyring entry
(`keyring_copy`, `keep_in_keyring`) is here too; the head file is the anchor's own.

Decisions:
- The MAC covers the JSON body with sorted keys and no spaces, so a copy of the text is valid
  wherever it is put (the anchor is named after the key, not the path).
- `confirmed_at` is written only when known: head files made before issue 15 keep their MAC.
- `restores` and `restores_of` (the restores a desk's head descends from, store/audit_shared.py)
  likewise only once known: a head file from before them reads as not knowing them
  (`restores_of` None), and is written with them from the next check on. At most
  MAX_RESTORES are kept, the newest (the ones found for the current head last).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import Head, TamperAlarm

FORMAT_VERSION = 1
MAX_ALARMS = 50  # the first ones are kept; later ones beyond this are counted, not stored
MAX_RESTORES = 16  # a restore is a general manager's deliberate act: a handful a year at most


@dataclass(frozen=True)
class AnchorState:
    confirmed: Head
    pending: Head | None = None
    alarms: tuple[TamperAlarm, ...] = field(default=())
    alarms_dropped: int = 0
    # The backup.restored entries (sequence number and hash) the confirmed head descends from,
    # and any the desk's earlier heads did (store/audit_shared.py); complete for RESTORES_OF
    # (None: not known, a head file from before they were kept).
    restores: tuple[Head, ...] = field(default=())
    restores_of: Head | None = None

    @property
    def knows_restores(self) -> bool:
        """Whether `restores` holds every restore the confirmed head descends from."""
        return self.restores_of is not None and self.restores_of == self.confirmed

    def with_restores(self, head: Head, found: tuple[Head, ...]) -> AnchorState:
        """FOUND: every restore entry HEAD descends from (sequence order). The ones known
        before are kept (a restore seen once is never one made after this desk's head)."""
        kept = tuple(r for r in self.restores if r not in found) + found
        return replace(self, restores=kept[-MAX_RESTORES:], restores_of=head)

    @property
    def newest(self) -> int:
        return max(self.confirmed.seq, self.pending.seq if self.pending else 0)

    def with_alarm(self, alarm: TamperAlarm) -> AnchorState:
        if len(self.alarms) >= MAX_ALARMS:
            return replace(self, alarms_dropped=self.alarms_dropped + 1)
        return replace(self, alarms=(*self.alarms, alarm))


class HeadFormat:
    """The anchor's text under one database key: encode a state, decode it back."""

    def __init__(self, database_key_hex: str) -> None:
        self._mac_key = audit_chain.derive_key(database_key_hex, audit_chain.ANCHOR_KEY_LABEL)

    def __repr__(self) -> str:  # never the key
        return "HeadFormat()"

    def _mac(self, body: dict[str, Any]) -> str:
        message = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return hmac.new(self._mac_key, message, hashlib.sha256).hexdigest()

    def encode(self, state: AnchorState) -> str:
        body: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "confirmed": [state.confirmed.seq, state.confirmed.hash],
            "pending": None if state.pending is None else [state.pending.seq, state.pending.hash],
            "alarms": [a.as_dict() for a in state.alarms],
            "alarms_dropped": state.alarms_dropped,
        }
        if state.confirmed.at:  # absent before issue 15: older head files keep their MAC
            body["confirmed_at"] = state.confirmed.at
        if state.restores_of is not None:  # likewise
            body["restores"] = [[r.seq, r.hash] for r in state.restores]
            body["restores_of"] = [state.restores_of.seq, state.restores_of.hash]
        return json.dumps({**body, "mac": self._mac(body)}, sort_keys=True)

    def decode(self, raw: str) -> AnchorState | None:
        """The state, or None when the text is not a head file made under this key."""
        try:
            data = json.loads(raw)
            mac = data.pop("mac")
            if not hmac.compare_digest(self._mac(data), str(mac)):
                return None
            pending = data["pending"]
            restores_of = data.get("restores_of")
            return AnchorState(
                confirmed=Head(
                    int(data["confirmed"][0]),
                    str(data["confirmed"][1]),
                    str(data.get("confirmed_at", "")),
                ),
                pending=None if pending is None else Head(int(pending[0]), str(pending[1])),
                alarms=tuple(TamperAlarm.from_dict(a) for a in data["alarms"]),
                alarms_dropped=int(data.get("alarms_dropped", 0)),
                restores=tuple(Head(int(r[0]), str(r[1])) for r in data.get("restores", ())),
                restores_of=None
                if restores_of is None
                else Head(int(restores_of[0]), str(restores_of[1])),
            )
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


KEYRING_SERVICE = "records-desk-audit-head"
log = logging.getLogger(__name__)


def keyring_copy(form: HeadFormat, account: str | None) -> AnchorState | None:
    """The head kept in the keyring under ACCOUNT (None: no keyring copy, or none readable)."""
    if account is None:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            raw = keyring.get_password(KEYRING_SERVICE, account)
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 - a broken keyring backend is skipped, never fatal
        log.warning("the keyring copy of the audit head could not be read")
        return None
    return None if raw is None else form.decode(raw)


def keep_in_keyring(form: HeadFormat, account: str | None, state: AnchorState) -> None:
    if account is None:
        return
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account, form.encode(state))
    except Exception:  # noqa: BLE001 - a failing keyring is skipped: the file still holds it
        log.warning("the keyring copy of the audit head could not be written")
