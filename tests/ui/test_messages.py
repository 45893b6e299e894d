"""Refusals name the action in words (R-ACC-2): every action of the permission matrix has one."""

from __future__ import annotations

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Action
from records_desk.ui.messages import action_name, describe


def test_every_action_is_worded() -> None:
    unworded = [a.value for a in Action if action_name(a.value) == a.value]
    assert unworded == []


def test_refusal_message_names_the_action_not_its_code_R_ACC_2() -> None:
    text = describe(PermissionDenied("ann", "staff", Action.CUSTOMER_VOID.value))
    assert "void a customer file" in text and "customer.void" not in text
