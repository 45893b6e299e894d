"""Issue 10 §3 (the import's CPU): the commit keeps the collector's full collections off
its drafts and rows (import_bulk.long_lived, gc.freeze) and leaves the collector as it
found it — on success, on failure, and when someone else had frozen objects."""

from __future__ import annotations

import gc

import pytest

from records_desk.services.customers.import_bulk import long_lived


def test_import_leaves_the_collector_as_it_found_it() -> None:
    assert gc.get_freeze_count() == 0
    kept = [[n] for n in range(1000)]
    with long_lived() as settle:
        assert gc.get_freeze_count() > 0  # what was alive: out of the full collections
        rows = [[n] for n in range(1000)]
        settle()
        assert gc.get_freeze_count() >= len(kept) + len(rows)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    with pytest.raises(RuntimeError), long_lived():  # a failed import unfreezes too
        raise RuntimeError
    assert gc.get_freeze_count() == 0


def test_import_leaves_objects_someone_else_froze_alone() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with long_lived() as settle:
            settle()
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen  # not unfrozen by the import
    finally:
        gc.unfreeze()
