"""`records-desk demo --media N` (issue 13 Build 9): a sample inventory whose history is one the
life cycle allows at every step, in one transaction with one audit entry."""

from __future__ import annotations

import pytest

from records_desk.domain.common.errors import DemoRefused
from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import MediumState
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.media.demo import MediaDemo
from records_desk.services.media.dto import MediaFilter


def test_the_sample_inventory_has_every_state_and_a_history_the_rules_allow(
    services: Services, principals: dict[Role, Principal]
) -> None:
    gm = principals[Role.GENERAL_MANAGER]
    summary = MediaDemo(services.ctx, services.media.inventory).fill(gm, 80, seed=3)
    assert summary.media == 80 and summary.events > 300
    inventory = services.media.register
    assert inventory.count(gm, MediaFilter()) == 80
    for state in (MediumState.READY, MediumState.ISSUED, MediumState.DISPOSED):
        assert inventory.count(gm, MediaFilter(state=state)) > 0, state
    for row in inventory.page(gm, MediaFilter(), 0, 80):
        shown = inventory.show(gm, row.number)
        assert shown.events[-1].state_after is shown.state  # the last event says the state
        assert [e.at for e in shown.events] == sorted(e.at for e in shown.events)
        if shown.state is MediumState.ISSUED:
            assert shown.holder and shown.approved_by and shown.holder != shown.approved_by
        if any(e.action == "classify" for e in shown.events):
            assert shown.classified  # R-MED-4
        after_final = False
        for event in shown.events:
            assert not after_final, row.number  # R-MED-7: nothing after disposed or lost
            after_final = event.state_after in (MediumState.DISPOSED, MediumState.LOST)
    entry = services.audit.page(gm, AuditFilter(), 0, 1)[0]
    assert entry.action == "media.demo_fill" and entry.details["media"] == 80
    assert services.media.options.repair_units()  # the sample units its repairs went to


def test_only_the_general_manager_fills_sample_media(
    services: Services, principals: dict[Role, Principal]
) -> None:
    with pytest.raises(DemoRefused):
        MediaDemo(services.ctx, services.media.inventory).fill(principals[Role.ARCHIVIST], 5)
