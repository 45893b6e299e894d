"""One demo customer file before it is written (demo.py): its plan (type, department,
lines, entry moment, grade, void or blacklisted) and its content as an office has it: zh_TW
names and companies from Faker, Taiwan mobiles and landlines as offices type them, valid
身分證字號 and 統一編號, shelf places and events entered on the day or a little late."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from records_desk.domain.common.identifiers import (
    is_valid_tw_business_number,
    is_valid_tw_national_id,
)
from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    Grade,
    ProspectLevel,
    RecordType,
    admission_required,
)
from records_desk.services.common.clock import office_day
from records_desk.services.customers.dto import CustomerDraft

AREAS = ("02", "03", "04", "05", "06", "07", "08")
POOL = 5_000  # names, addresses, e-mails drawn from Faker once (its slowest part)
_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


@dataclass
class Plan:
    """What is decided about a file before it is generated: enough to keep grades within
    the quotas, which are shares of whole departments and product lines."""

    record_type: RecordType
    department: str
    lines: tuple[str, ...]
    entered_at: datetime
    void: bool
    blacklisted: bool
    grade: Grade | None = None


class FileMaker:
    """One file's content: names, phones, numbers and addresses as an office has them."""

    def __init__(self, rnd: random.Random, fake: Any, consultants: list[int], count: int) -> None:
        self.rnd = rnd
        self.consultants = consultants
        # Faker is the slowest part of a large fill (~0.5 ms a file): draw from pools of its
        # output instead; common names repeat in a real archive too.
        size = max(1, min(count, POOL))
        self.people = [fake.name() for _ in range(size)]
        self.companies = [fake.company() for _ in range(max(1, size // 2))]
        self.addresses = [fake.address() for _ in range(size)]
        self.emails = [fake.free_email() for _ in range(size)]

    def draft(self, plan: Plan) -> CustomerDraft:
        rnd = self.rnd
        company = plan.record_type is not RecordType.INTERNAL and rnd.random() < 0.4
        name = rnd.choice(self.companies) if company else rnd.choice(self.people)
        phones = [self.mobile()] if rnd.random() < 0.9 else []
        if company or rnd.random() < 0.3:
            phones.append(self.landline())
        if company:
            id_number = self.business_number()
        else:
            id_number = self.national_id() if rnd.random() < 0.5 else ""
        graded = admission_required(plan.record_type)
        sales = plan.record_type in (RecordType.CLOSED_SALES, RecordType.KEY_CUSTOMER)
        # Most files are entered the day of the event; a few late ones (R-CUS-5) for the
        # data-quality screens to find.
        late = rnd.choices((0, 1, 2, 4), (85, 9, 4, 2))[0]
        event = office_day(plan.entered_at) - timedelta(days=late)
        return CustomerDraft(
            record_type=plan.record_type,
            name=name,
            department=plan.department,
            product_lines=plan.lines,
            contact_person=rnd.choice(self.people) if company else "",
            phones=tuple(phones),
            email=rnd.choice(self.emails) if rnd.random() < 0.6 else "",
            address=rnd.choice(self.addresses),
            id_number=id_number,
            consultant_id=rnd.choice(self.consultants) if self.consultants and sales else None,
            prospect_level=rnd.choice(tuple(ProspectLevel))
            if sales and rnd.random() < 0.5
            else None,
            admission=AdmissionChecklist.all_met() if graded else AdmissionChecklist(),
            shelf_location=f"{rnd.choice('ABCDEF')}-{rnd.randint(1, 40):02d}-{rnd.randint(1, 6)}",
            event_date=event,
        )

    def mobile(self) -> str:
        digits = f"09{self.rnd.randrange(100_000_000):08d}"
        style = self.rnd.random()
        if style < 0.5:
            return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
        if style < 0.6:
            return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
        return digits

    def landline(self) -> str:
        area = self.rnd.choice(AREAS)
        if area in ("02", "04"):  # 臺北 and 臺中: 8-digit local numbers
            local = f"2{self.rnd.randrange(10_000_000):07d}"
        else:
            local = f"{self.rnd.randrange(2_000_000, 10_000_000)}"
        if self.rnd.random() < 0.5:
            return f"({area}){local[:-4]}-{local[-4:]}"
        return f"{area}-{local[:-4]}-{local[-4:]}"

    def national_id(self) -> str:
        letter, sex = self.rnd.choice(_LETTERS), self.rnd.choice("12")
        stem = f"{letter}{sex}{self.rnd.randrange(10_000_000):07d}"
        return next(stem + d for d in "0123456789" if is_valid_tw_national_id(stem + d))

    def business_number(self) -> str:
        while True:
            stem = f"{self.rnd.randrange(10_000_000):07d}"
            for last in "0123456789":
                if is_valid_tw_business_number(stem + last):
                    return stem + last
