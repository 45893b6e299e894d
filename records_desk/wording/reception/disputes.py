"""Commission disputes in the user's language (R-REC-7…10): the describers of their errors
(domain/reception/dispute_errors.py) and the words of a proposal — which clause decided and
why — for the command line and the window. Registered on wording.describe's dispatcher when
imported: by cli/reception_disputes.py, and by the reception feature's `wording` module."""

from __future__ import annotations

from records_desk.domain.reception import dispute_errors as de
from records_desk.domain.reception.commission import Basis
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def basis_text(basis: Basis | str) -> str:
    """What the rules said, in a few words (the clause is cited beside it)."""
    texts = {
        Basis.DESIGNATION_RETURNING: translate(
            "ReceptionDisputes",
            "a returning customer designated another consultant: all to the first",
        ),
        Basis.DESIGNATION_INSTIGATED: translate(
            "ReceptionDisputes", "the designated consultant instigated it: all to the first"
        ),
        Basis.DESIGNATION_SPLIT: translate(
            "ReceptionDisputes", "designated mid-visit: 55 % first, 45 % designated"
        ),
        Basis.REFERRAL_ANNOUNCED: translate(
            "ReceptionDisputes",
            "a referral announced in advance: the referring customer's consultant",
        ),
        Basis.REFERRAL_NAMED: translate(
            "ReceptionDisputes", "the referring customer came naming the consultant"
        ),
        Basis.REFERRAL_ROTATION: translate(
            "ReceptionDisputes", "a referral not announced: the rotation decides"
        ),
        Basis.FORGOTTEN_DEAL_FIRST: translate(
            "ReceptionDisputes",
            "a deal on the spot before anyone recognised the original"
            " consultant: all to the new one",
        ),
        Basis.FORGOTTEN_SAME_DAY: translate(
            "ReceptionDisputes", "the original consultant recognised the same day: all to them"
        ),
        Basis.FORGOTTEN_WITHIN_MONTH: translate(
            "ReceptionDisputes",
            "the original consultant recognised later within a month: shared equally",
        ),
        Basis.FORGOTTEN_NEVER: translate(
            "ReceptionDisputes",
            "the original consultant not recognised within a month: all to the new one",
        ),
        Basis.REGISTRATION: translate(
            "ReceptionDisputes", "the consultant of the customer's valid registration"
        ),
        Basis.HOUSEHOLD: translate(
            "ReceptionDisputes", "a direct relative's valid registration, the first one wins"
        ),
        Basis.RECEPTION: translate(
            "ReceptionDisputes", "no valid registration: who received the customer as new"
        ),
    }
    return texts[Basis(basis)]


@describer.register
def _deal_invalid(e: de.DealInvalid) -> str:
    P = de.DealProblem
    texts = {
        P.NO_NAME: translate("ReceptionDisputes", "Write the customer's name."),
        P.NO_CONTACT: translate(
            "ReceptionDisputes",
            "A deal needs the customer's phone or ID number to find their visits.",
        ),
        P.FUTURE_DATE: translate("ReceptionDisputes", "%1 is a day still to come."),
        P.NO_FIRST: translate(
            "ReceptionDisputes",
            "No visit of this customer on that day's sheet says who received them first;"
            " name the first consultant.",
        ),
        P.SAME_CONSULTANT: translate(
            "ReceptionDisputes", "%1 cannot be both the first and the designated consultant."
        ),
        P.BAD_RELATION: translate(
            "ReceptionDisputes",
            "A deal in a relative's name needs the customer's phone, the relative's phone"
            " and the relation (spouse, parent_child, sibling or other).",
        ),
        P.BAD_PERIOD: translate(
            "ReceptionDisputes", "“%1” is no day or month of a report (YYYY-MM-DD or YYYY-MM)."
        ),
    }
    return sub(texts[de.DealProblem(e.problem)], e.text)


@describer.register
def _deal_not_found(e: de.DealNotFound) -> str:
    return sub(translate("ReceptionDisputes", "There is no deal %1."), e.deal_id)


@describer.register
def _split_invalid(e: de.SplitInvalid) -> str:
    P = de.SplitProblem
    texts = {
        P.NOT_100: translate("ReceptionDisputes", "The shares add up to %1 %, not 100 %."),
        P.BAD_SHARE: translate(
            "ReceptionDisputes", "%1: a share is a whole percentage from 0 to 100."
        ),
        P.TWICE: translate("ReceptionDisputes", "%1 is named twice."),
        P.NO_REASON: translate(
            "ReceptionDisputes",
            "A split other than the proposal, or a revision, needs the reason for it.",
        ),
    }
    return sub(texts[de.SplitProblem(e.problem)], e.text)


@describer.register
def _already_decided(e: de.AlreadyDecided) -> str:
    text = translate(
        "ReceptionDisputes",
        "Deal %1 was decided by %2 and the decision is final; record a revision, with its"
        " reason, to change it.",
    )
    return sub(text, e.deal_id, e.decided_by)


@describer.register
def _not_decided(e: de.NotDecided) -> str:
    text = translate("ReceptionDisputes", "Deal %1 has no decision to revise yet.")
    return sub(text, e.deal_id)


@describer.register
def _not_your_deal(e: de.NotYourDeal) -> str:
    text = translate("ReceptionDisputes", "Consultants record their own deals only, not %1's.")
    return sub(text, e.consultant)
