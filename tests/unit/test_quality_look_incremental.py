"""Issue 10 §3: a data-quality look brings the tracking of problems (R-DQ-3) up to date for
what changed since the last look only (files written, problems starting or ending to hold on
the days between, blacklisted customers, problems found at look time). Whatever happens
between looks, a look that examines every file afterwards finds nothing to add or fix."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import delete

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.container import Services
from records_desk.store.customers import QualityLook
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, office, register

__all__ = ["office"]  # the fixture
SEED = 20261205


def look(services: Services, office: Office, *, everything: bool = False) -> dict[str, object]:
    """One look; `everything`: forget the last look first, so every file is examined."""
    if everything:
        with services.ctx.uow.write() as uow:
            uow.session.execute(delete(QualityLook))
            uow.commit()
    services.customers.quality.report(office.director, limit=5)
    return audit_trail(services, office.gm, "quality.view")[-1].details


def test_a_look_tracks_what_changed_since_the_last_as_a_look_at_every_file_would(
    services: Services, office: Office, clock: Clock
) -> None:
    rnd = random.Random(SEED)
    files: list[int] = []
    entries: list[int] = []
    carl = office.consultant.account_id
    for step in range(40):
        action = rnd.choice(["register", "register", "change", "days", "blacklist", "lift"])
        if action == "register" or not files:
            fields: dict[str, object] = {
                "name": rnd.choice(["甲公司", "乙公司", "丙公司", f"公司{step}"]),
                "phones": (rnd.choice(["0912-345-678", "12-34", "0922-000-111"]),),
                "shelf_location": rnd.choice(["", "A-01-01"]),
                "event_date": clock.now.date() - timedelta(days=rnd.choice([0, 5])),
            }
            if rnd.random() < 0.5:
                fields |= {"record_type": RecordType.AFTER_SALES, "id_number": ""}
            else:
                fields["consultant_id"] = carl  # graded: its periodic review falls due
            files.append(register(services, office.archivist, **fields)[0].id)
        elif action == "change":
            change = rnd.choice(
                [{"phones": ["0933-222-111"]}, {"shelf_location": ""}, {"phones": ["1-2"]}]
            )
            try:
                services.customers.files.change_directly(
                    office.director, rnd.choice(files), change, "fixed"
                )
            except DomainError:
                pass  # the file holds that already
        elif action == "days":
            clock.advance(days=rnd.choice([1, 7, 25, 31]))
        elif action == "blacklist":
            try:
                ends = clock.now.date() + timedelta(days=rnd.choice([2, 60]))  # no write then
                entry = services.customers.blacklist.add(
                    office.gm, rnd.choice(files), BlacklistScope.COMPANY, None, "貨款未付", ends
                )
                entries.append(entry.id)
            except DomainError:
                pass  # already on the list
        elif entries:
            try:
                services.customers.blacklist.lift(office.gm, entries.pop(), "已付清")
            except DomainError:
                pass  # ended already
        if rnd.random() < 0.4:
            look(services, office)
            again = look(services, office, everything=True)
            assert (again["new"], again["fixed"]) == (0, 0), f"step {step}: {action}"
    dimensions = {p.dimension for p in services.customers.quality.problems(office.director)}
    assert {Dimension.COMPLETENESS, Dimension.VALIDITY, Dimension.TIMELINESS} <= dimensions
    assert Dimension.UNIQUENESS in dimensions
