"""Hooks on every ORM session that a feature may add at any time, from any thread.

SQLAlchemy's `event.listen` on a class that already has sessions in use appends to the very
listener lists a commit on another thread is walking ("deque mutated during iteration": the
customer services, built on first use, installed their data-quality hooks while a background
job committed). Here the listeners are put on `Session` once, when the store is imported —
before any session exists — and each only walks the hooks of its event as they were when it
began: adding one replaces that tuple, it never changes a list being walked.

A hook is called with the arguments of its SQLAlchemy event, in the order added; adding one
that is there already does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

Hook = Callable[..., None]

EVENTS = ("after_flush", "before_commit", "after_rollback")

_hooks: dict[str, tuple[Hook, ...]] = {name: () for name in EVENTS}
_lock = threading.Lock()


def add(name: str, hook: Hook) -> None:
    """Call HOOK on every session's NAME event (one of EVENTS) from now on."""
    if name not in _hooks:
        raise ValueError(f"no session hook for {name!r}; one of {', '.join(EVENTS)}")
    with _lock:
        if hook not in _hooks[name]:
            _hooks[name] = (*_hooks[name], hook)


def hooks(name: str) -> tuple[Hook, ...]:
    """The hooks on NAME now."""
    return _hooks[name]


def _dispatcher(name: str) -> Hook:
    def dispatch(*args: Any) -> None:
        for hook in _hooks[name]:  # the tuple of this moment: added ones come next time
            hook(*args)

    dispatch.__name__ = f"session_hooks_{name}"
    return dispatch


for _name in EVENTS:
    event.listen(Session, _name, _dispatcher(_name))
