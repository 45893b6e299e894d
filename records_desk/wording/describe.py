"""`describe(error)`: one sentence for an error a user can cause, in the current language.

One describer per error type, registered with `@describer.register` (functools.singledispatch,
so a subclass is worded by its nearest registered base): wording/common.py for the errors every
feature shares, and each feature's wording module (records_desk/features.py `wording`) for its
own — imported on the first `describe`, so nothing is loaded before an error happens.
An error no describer knows is shown by its own `str()` (and a test lists every error type
that has none)."""

from __future__ import annotations

import importlib
from functools import singledispatch


@singledispatch
def describer(error: Exception) -> str:
    return str(error) or type(error).__name__


def load_describers() -> None:
    """Import common.py and every registered feature's wording module (a module already
    imported costs a dictionary look-up)."""
    from records_desk.features import features

    importlib.import_module("records_desk.wording.common")
    importlib.import_module("records_desk.wording.files")
    importlib.import_module("records_desk.wording.exchange")
    importlib.import_module("records_desk.wording.move")
    for feature in features():
        if feature.wording:
            importlib.import_module(feature.wording)


def describe(error: Exception) -> str:
    load_describers()
    return describer(error)


def has_describer(error_type: type[Exception]) -> bool:
    load_describers()
    return describer.dispatch(error_type) is not describer.dispatch(Exception)
