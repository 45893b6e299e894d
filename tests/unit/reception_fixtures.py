"""A reception day written as a script for the engine's tests: each call is one event, a
minute after the one before, applied to a Rotation at once."""

from __future__ import annotations

from datetime import date, time

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.registrations import Registration, Registry, Relation
from records_desk.domain.reception.rotation import Rotation
from records_desk.domain.reception.vocabulary import (
    Assignment,
    AwayReason,
    Fault,
    Reason,
    Visitor,
)

DAY = date(2026, 11, 27)


class DayScript:
    def __init__(
        self,
        *consultants: str,
        registrations: tuple[Registration, ...] = (),
        relations: tuple[Relation, ...] = (),
        day: date = DAY,
    ) -> None:
        self.rotation = Rotation(day, Registry(registrations, relations))
        self.minute = 0
        self.made: list[Assignment] = []
        self.events: list[ev.Event] = []
        self.visitors = 0
        self.sign_in(*consultants)

    def t(self) -> time:
        self.minute += 1
        return time(9 + self.minute // 60, self.minute % 60)

    def apply(self, event: ev.Event) -> list[Assignment]:
        made = self.rotation.apply(event)
        self.events.append(event)
        self.made.extend(made)
        return made

    def sign_in(self, *names: str) -> None:
        for name in names:
            self.apply(ev.SignIn(self.t(), name))

    def sign_out(self, name: str) -> None:
        self.apply(ev.SignOut(self.t(), name))

    def away(self, name: str, manager: bool = False) -> None:
        if manager:
            self.apply(ev.Away(self.t(), name, AwayReason.MANAGER_ASSIGNMENT, "經理"))
        else:
            self.apply(ev.Away(self.t(), name, AwayReason.UNEXCUSED))

    def back(self, name: str) -> None:
        self.apply(ev.Back(self.t(), name))

    def cancel(self, name: str) -> None:
        self.apply(ev.TurnCancelled(self.t(), name, "經理", "未按規範著裝"))

    def order(self, *names: str) -> None:
        self.apply(ev.OrderChanged(self.t(), names, "主管"))

    def walk_in(
        self, name: str = "", phone: str = "", designated: str | None = None, id_number: str = ""
    ) -> Assignment:
        self.visitors += 1
        visitor = Visitor(name or f"訪客{self.visitors}", phone, id_number)
        (made,) = self.apply(ev.WalkIn(self.t(), visitor, designated))
        return made

    def served(self, name: str = "", phone: str = "", designated: str | None = None) -> str:
        """Walk-in received and the visit ended at once; who received them."""
        made = self.walk_in(name, phone, designated)
        self.end(made.consultant)
        return made.consultant

    def end(self, name: str) -> None:
        self.apply(ev.VisitEnd(self.t(), name))

    def switch(self, name: str, fault: str = "none", insists: bool = False) -> list[Assignment]:
        return self.apply(ev.SwitchRequest(self.t(), name, Fault(fault), insists))

    def enquiry(self, name: str, phone: str) -> None:
        self.apply(ev.PhoneEnquiry(self.t(), Visitor(name, phone)))


def registration(
    phone: str, consultant: str, registered: date, last_follow_up: date | None = None
) -> Registration:
    return Registration(
        Visitor(f"客戶{phone[-2:]}", phone), consultant, registered, last_follow_up or registered
    )


def reasons(made: list[Assignment]) -> list[tuple[str, Reason]]:
    return [(a.consultant, a.reason) for a in made]
