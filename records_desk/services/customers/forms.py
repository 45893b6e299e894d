"""Customer-file forms printed from the database (R-PRN; issue 4 item 12): the registration
sheet and 附件1, 2, 4, 5 for one customer, 附件3 for the blacklist.

    forms = services.customers.forms
    forms.printable(actor, customer_id)           -> [CustomerForm(form_id, title_zh, title_en)]
    forms.render(actor, form_id, customer_id)     -> PDF bytes (PrintService.render)
    forms.printed(actor, form_id, customer_id)    -> PrintedForm (bytes, pages, titles)
    forms.data_for(actor, form_id, customer_id)   -> the fill data the engine checks

The data is read through the services, as the actor (CUSTOMER_VIEW, so a refusal is audited
as any other), and arranged by customer_form_data. Rendering is PrintService's (FORM_PRINT):
like every form, a render is a preview and writes nothing; whoever sends the pages to a
printer or a file records it with services.printing.record_print / record_save (R-AUD-1).

Which record: the newest review, visit, evaluation or survey unless `record_id` names one of
the customer's. None recorded: the form comes back with the customer's part filled, the rest to
be written by hand. 附件3 is not one customer's: the entries in force on `on` (today), or with
`all_entries` every entry with its dates, optionally of one department's scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.errors import (
    ArchiveNumberNotFound,
    FormNotApplicable,
    FormRecordNotFound,
    NotACustomerForm,
)
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers import form_data as fill
from records_desk.services.customers import review_form_data
from records_desk.services.customers.dto import CustomerInfo
from records_desk.store.customers import Customer, GradeChange, Review
from records_desk.store.models import Account

if TYPE_CHECKING:
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

REGISTRATION = "customer_registration"
APPRAISAL = "appraisal_form"  # 附件1
PERIODIC_REVIEW = "periodic_review"  # 附件2
BLACKLIST = "blacklist"  # 附件3
SURVEY = "customer_survey"  # 附件4
VISIT_REPORT = "visit_report"  # 附件5
# In the order a print menu lists them.
CUSTOMER_FORMS = (REGISTRATION, APPRAISAL, PERIODIC_REVIEW, SURVEY, VISIT_REPORT)
GRADED_ONLY = frozenset({APPRAISAL, PERIODIC_REVIEW})  # a grade is what they weigh


class CustomerForm(NamedTuple):
    form_id: str
    title_zh: str
    title_en: str


class CustomerFormService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    # --- what the UI offers ----------------------------------------------------------------

    def printable(self, actor: Principal, customer_id: int) -> list[CustomerForm]:
        """The forms that can be printed for this customer, in menu order."""
        customer = self.services.customers.files.get(actor, customer_id)
        titles = {f.id: f for f in self.services.printing.list_forms()}
        return [
            CustomerForm(form_id, titles[form_id].title_zh, titles[form_id].title_en)
            for form_id in CUSTOMER_FORMS
            if form_id in titles and (customer.grade is not None or form_id not in GRADED_ONLY)
        ]

    def customer_id_of(self, actor: Principal, archive_number: str) -> int:
        """The file with this archive number (R-CUS-2), for the command line."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            found = uow.session.scalar(
                select(Customer.id).where(Customer.archive_number == archive_number.strip())
            )
        if found is None:
            raise ArchiveNumberNotFound(archive_number)
        return found

    # --- printing --------------------------------------------------------------------------

    def render(
        self, actor: Principal, form_id: str, customer_id: int | None = None, **which: Any
    ) -> bytes:
        return self.printed(actor, form_id, customer_id, **which).pdf

    def printed(
        self, actor: Principal, form_id: str, customer_id: int | None = None, **which: Any
    ) -> PrintedForm:
        from records_desk.services.common.printing import PrintSubject

        data, customer = self._fill(actor, form_id, customer_id, **which)
        printed = self.services.printing.render(actor, form_id, data)
        if customer is None:
            return printed
        subject = PrintSubject(AuditTarget.CUSTOMER, customer.id, customer.archive_number)
        return replace(printed, subject=subject)

    def data_for(
        self,
        actor: Principal,
        form_id: str,
        customer_id: int | None = None,
        *,
        record_id: int | None = None,
        on: date | None = None,
        all_entries: bool = False,
        department: str | None = None,
    ) -> dict[str, Any]:
        """The fill data (forms/README.md "Data"). Raises NotACustomerForm, CustomerNotFound,
        FormNotApplicable, FormRecordNotFound, or the permission refusal."""
        return self._fill(
            actor,
            form_id,
            customer_id,
            record_id=record_id,
            on=on,
            all_entries=all_entries,
            department=department,
        )[0]

    def _fill(
        self,
        actor: Principal,
        form_id: str,
        customer_id: int | None = None,
        *,
        record_id: int | None = None,
        on: date | None = None,
        all_entries: bool = False,
        department: str | None = None,
    ) -> tuple[dict[str, Any], CustomerInfo | None]:
        """`data_for`, with the file it read (a print names it: no second read)."""
        if form_id == BLACKLIST:
            if customer_id is not None:
                raise NotACustomerForm(form_id)
            return self._blacklist(actor, on, all_entries, department), None
        if form_id not in CUSTOMER_FORMS or customer_id is None:
            raise NotACustomerForm(form_id)
        customer = self.services.customers.files.get(actor, customer_id)
        return self._customer_form(actor, form_id, customer, record_id), customer

    def _customer_form(
        self, actor: Principal, form_id: str, customer: CustomerInfo, record_id: int | None
    ) -> dict[str, Any]:
        if form_id in GRADED_ONLY and customer.grade is None:
            raise FormNotApplicable(form_id, customer.id)
        if form_id == REGISTRATION:
            names = self._full_names(actor, [customer.consultant, customer.maintainer])
            return fill.registration(customer, names)
        if form_id == PERIODIC_REVIEW:
            return self._periodic_review(actor, customer, record_id)
        if form_id == VISIT_REPORT:
            visit = self._pick(
                form_id,
                customer.id,
                record_id,
                self.services.customers.reviews.visits(actor, customer.id),
            )
            names = self._full_names(actor, [visit.by] if visit else [])
            return fill.visit_report(customer, visit, names)
        if form_id == APPRAISAL:
            return self._appraisal(actor, customer, record_id)
        return self._survey(actor, customer, record_id)

    # --- each form -------------------------------------------------------------------------

    def _periodic_review(
        self, actor: Principal, c: CustomerInfo, record_id: int | None
    ) -> dict[str, Any]:
        reviews = self.services.customers.reviews.reviews(actor, c.id)  # newest first
        review = self._pick(PERIODIC_REVIEW, c.id, record_id, reviews)
        admitted = c.readmitted_on or office_day(c.entered_at)
        if review is None:
            last = reviews[0].reviewed_on if reviews else None
            return review_form_data.periodic_review(
                c, None, {}, period_from=last or admitted, grade_before=c.grade, effective_on=None
            )
        earlier = [r.reviewed_on for r in reviews if r.reviewed_on < review.reviewed_on]
        grade_before, effective = review_form_data.grade_around(
            self._grade_changes(c.id), review, self._recorded_at(review.id), c.grade
        )
        return review_form_data.periodic_review(
            c,
            review,
            self._full_names(actor, [review.reviewer]),
            # the period runs from the review before, or from admission (if that came first)
            period_from=max(earlier) if earlier else min(admitted, review.reviewed_on),
            grade_before=grade_before,
            effective_on=effective,
        )

    def _appraisal(
        self, actor: Principal, c: CustomerInfo, record_id: int | None
    ) -> dict[str, Any]:
        evaluations = self.services.customers.evaluations
        found = evaluations.evaluations(actor, c.id)  # newest first
        evaluation = self._pick(APPRAISAL, c.id, record_id, found)
        # unscored, the criteria carry the weights in force (the office's setting)
        policy = evaluations.policy
        return fill.appraisal(c, evaluation, policy.weights, policy.max_score)

    def _survey(self, actor: Principal, c: CustomerInfo, record_id: int | None) -> dict[str, Any]:
        found = self.services.customers.evaluations.surveys(actor, c.id)  # newest first
        return fill.survey(c, self._pick(SURVEY, c.id, record_id, found))

    def _blacklist(
        self, actor: Principal, on: date | None, all_entries: bool, department: str | None
    ) -> dict[str, Any]:
        today = on or office_day(self.ctx.now())
        entries = self.services.customers.blacklist.list_blacklist(actor, today)
        if not all_entries:
            entries = [e for e in entries if e.in_force]
        if department:  # a department's report: its own entries and the company's
            entries = [
                e
                for e in entries
                if e.scope is BlacklistScope.COMPANY or e.department == department
            ]
        id_numbers = self._id_numbers({e.customer_id for e in entries})
        names = self._full_names(actor, [actor.username, *(e.decided_by for e in entries)])
        return fill.blacklist(
            entries,
            id_numbers,
            names,
            prepared_by=fill.person(actor.username, names),
            report_date=office_day(self.ctx.now()),
            department=department or "",
            in_force_on=None if all_entries else today,
        )

    # --- gathering (reads as the actor already allowed CUSTOMER_VIEW) ----------------------

    @staticmethod
    def _pick(form_id: str, customer_id: int, record_id: int | None, found: list[Any]) -> Any:
        """The record asked for, else the newest (found is newest first), else None."""
        if record_id is None:
            return found[0] if found else None
        for record in found:
            if record.id == record_id:
                return record
        raise FormRecordNotFound(form_id, customer_id, record_id)

    def _grade_changes(self, customer_id: int) -> list[review_form_data.GradeStep]:
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(
                    GradeChange.changed_on,
                    GradeChange.at,
                    GradeChange.from_grade,
                    GradeChange.to_grade,
                )
                .where(GradeChange.customer_id == customer_id)
                .order_by(GradeChange.at, GradeChange.id)
            )
            return [
                review_form_data.GradeStep(on, at, Grade(old) if old else None, Grade(new))
                for on, at, old, new in rows
            ]

    def _recorded_at(self, review_id: int) -> datetime:
        with self.ctx.uow.read() as uow:
            at = uow.session.scalar(select(Review.recorded_at).where(Review.id == review_id))
        assert at is not None  # the review was just read
        return at

    def _id_numbers(self, customer_ids: set[int]) -> dict[int, str]:
        """附件3's 統一編號／證號 column in one read (a long list stays quick)."""
        if not customer_ids:
            return {}
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(Customer.id, Customer.id_number).where(Customer.id.in_(customer_ids))
            )
            return {i: number for i, number in rows}

    def _full_names(self, actor: Principal, usernames: Iterable[str | None]) -> dict[str, str]:
        """Full names for the printed "by" fields and signatures (the user name if none)."""
        wanted = {u for u in usernames if u}
        names = {actor.username: actor.full_name} if actor.full_name else {}
        if not wanted - set(names):
            return names
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(Account.username, Account.full_name).where(Account.username.in_(wanted))
            )
            names.update({u: full for u, full in rows if full})
        return names
