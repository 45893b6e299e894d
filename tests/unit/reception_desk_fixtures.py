"""Shared by the reception-record tests: consultants signed in, a clerk and a manager."""

from __future__ import annotations

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from tests.conftest import make_user


def consultants(services: Services, gm: Principal, *names: str) -> dict[str, Principal]:
    return {n: make_user(services, gm, n, Role.CONSULTANT) for n in names}


def signed_in(services: Services, clerk: Principal, *names: str) -> None:
    for n in names:
        services.reception.day.sign_in(clerk, n)
