"""The describers of the removable-media errors (domain/media/errors.py) in the user's
language: a refusal names the medium, its state and what is missing or why, so the same
sentence serves a disabled action's tooltip and a refused command. Registered on
wording.describe's dispatcher when records_desk/features.py names this module as the media
feature's `wording`."""

from __future__ import annotations

from records_desk.domain.media import errors as me
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate
from records_desk.wording.media import exchange as _exchange  # noqa: F401 - the list's describers
from records_desk.wording.media.terms import action_name, listing, preparation_name, state_name


@describer.register
def _number_invalid(e: me.MediumNumberInvalid) -> str:
    text = translate("MediaMessages", "“%1” is not a medium number (it looks like USB-0007).")
    return sub(text, e.text)


@describer.register
def _type_invalid(e: me.MediumTypeInvalid) -> str:
    text = translate(
        "MediaMessages",
        "“%1” is not a type of medium: usb, hdd, optical, tape, card or floppy.",
    )
    return sub(text, e.text)


@describer.register
def _not_found(e: me.MediumNotFound) -> str:
    return sub(translate("MediaMessages", "There is no medium numbered %1."), e.number)


@describer.register
def _changed(e: me.MediumChanged) -> str:
    text = translate(
        "MediaMessages",
        "Medium %1 was changed at another desk after it was shown here; nothing was recorded. "
        "Reload it and try again.",
    )
    return sub(text, e.number)


@describer.register
def _refused(e: me.MediumActionRefused) -> str:
    R = me.RefusalReason
    reason = R(e.reason)
    state, action = state_name(e.state), action_name(e.action)
    missing = listing(preparation_name(p) for p in e.missing)
    if reason is R.FINAL:
        text = translate("MediaMessages", "%1 is %2, which is final: “%3” is no longer possible.")
        return sub(text, e.number, state, action)
    if reason is R.NOT_PREPARED:
        text = translate("MediaMessages", "%1 is %2: it still needs %3 before it is issued.")
        return sub(text, e.number, state, missing)
    if reason is R.NEEDS_CHECK:
        text = translate("MediaMessages", "%1 is %2: it needs %3 before it is issued again.")
        return sub(text, e.number, state, missing)
    if reason is R.NOT_READY:
        text = translate(
            "MediaMessages",
            "%1 is %2: only a medium ready to issue is sent for repair (it still needs %3).",
        )
        return sub(text, e.number, state, missing)
    if reason is R.ISSUED or reason is R.IN_REPAIR:
        return _away(e, action)
    if reason is R.NOT_ISSUED:
        text = translate(
            "MediaMessages", "%1 is not issued (it is %2): there is no return to record."
        )
        return sub(text, e.number, state)
    if reason is R.NOT_IN_REPAIR:
        text = translate(
            "MediaMessages", "%1 is not in repair (it is %2): it cannot come back from repair."
        )
        return sub(text, e.number, state)
    text = translate("MediaMessages", "%1 is already classified, and stays classified for ever.")
    return sub(text, e.number)


@describer.register
def _evidence_invalid(e: me.MediumEvidenceInvalid) -> str:
    P = me.EvidenceProblem
    texts = {
        P.NO_ENCRYPTION_SOFTWARE: translate(
            "MediaMessages", "Name the encryption software installed on the medium."
        ),
        P.NO_ENCRYPTION_VERSION: translate(
            "MediaMessages", "Give the version of the encryption software %1."
        ),
        P.NO_VIRUS_TOOL: translate("MediaMessages", "Name the tool the virus check was made with."),
        P.VIRUS_CHECK_UNREADABLE: translate(
            "MediaMessages",
            "“%1” is not a virus check: give the tool, the date of its signatures and the "
            "result, e.g. ClamAV 2026-11-30 clean.",
        ),
        P.VIRUS_RESULT_UNKNOWN: translate(
            "MediaMessages", "“%1” is not the result of a virus check: clean or infected."
        ),
        P.SIGNATURE_IN_FUTURE: translate(
            "MediaMessages", "The virus signatures cannot be dated %1, after the check."
        ),
        P.NO_BORROWER: translate("MediaMessages", "Name the account the medium is issued to."),
        P.NO_APPROVER: translate(
            "MediaMessages", "Name the approver who consents to the loan for the department."
        ),
        P.SELF_APPROVAL: translate(
            "MediaMessages",
            "%1 cannot approve their own loan: the department's consent comes from someone else.",
        ),
        P.DUE_IN_PAST: translate("MediaMessages", "The due date %1 has already passed."),
        P.UNIT_NOT_LISTED: translate(
            "MediaMessages",
            "“%1” is not a repair unit named by the IT office; media are repaired only there.",
        ),
        P.NOT_BACKED_UP: translate(
            "MediaMessages", "Back up the medium's data before it is sent for repair."
        ),
        P.NOT_WIPED: translate(
            "MediaMessages", "Wipe the medium's data before it is sent for repair."
        ),
        P.DATE_IN_FUTURE: translate("MediaMessages", "The date %1 is still to come."),
        P.BACK_BEFORE_SENT: translate(
            "MediaMessages", "It cannot be back from repair on %1, before it was sent."
        ),
        P.METHOD_UNKNOWN: translate(
            "MediaMessages",
            "“%1” is not a way of disposing of a medium: degauss+shred or wipe+destroy.",
        ),
        P.NEVER_SOLD: translate(
            "MediaMessages",
            "A medium is never sold as scrap: it is degaussed and shredded, or wiped and "
            "destroyed.",
        ),
        P.METHOD_NOT_FOR_CLASSIFIED: translate(
            "MediaMessages", "A classified medium is degaussed and shredded, not only wiped."
        ),
        P.NOT_AT_SECURITY_OFFICE: translate(
            "MediaMessages", "A classified medium is degaussed and shredded at the security office."
        ),
        P.NO_WITNESS: translate("MediaMessages", "Name the witness of the disposal."),
        P.WITNESS_IS_ACTOR: translate(
            "MediaMessages", "%1 records the disposal and cannot also be its witness."
        ),
        P.NO_CERTIFICATE: translate(
            "MediaMessages", "Give the number of the classified medium's destruction certificate."
        ),
        P.NO_REPORTER: translate("MediaMessages", "Name who reported the medium lost."),
        P.NO_CIRCUMSTANCES: translate("MediaMessages", "Say how the medium was lost."),
    }
    return sub(texts[P(e.problem)], e.value)


@describer.register
def _backup_invalid(e: me.BackupDiscInvalid) -> str:
    P = me.BackupProblem
    texts = {
        P.NOT_OPTICAL: translate(
            "MediaMessages", "Only an optical disc is filed as a backup disc."
        ),
        P.NO_CATEGORY: translate("MediaMessages", "File the backup disc under a category."),
        P.UNKNOWN_CATEGORY: translate(
            "MediaMessages",
            "“%1” is not one of the backup categories the office's settings list.",
        ),
        P.NO_CONTENT: translate("MediaMessages", "Say what the backup disc holds."),
    }
    return sub(texts[P(e.problem)], e.value)


def _away(e: me.MediumActionRefused, action: str) -> str:
    """Out with a borrower or at the repair unit (named when the refusal knows who)."""
    issued = me.RefusalReason(e.reason) is me.RefusalReason.ISSUED
    if issued and e.holder:
        text = translate(
            "MediaMessages", "%1 is issued to %2: “%3” is possible once it is returned."
        )
    elif issued:
        text = translate("MediaMessages", "%1 is issued: “%3” is possible once it is returned.")
    elif e.holder:
        text = translate(
            "MediaMessages", "%1 is in repair at %2: “%3” is possible once it is back."
        )
    else:
        text = translate("MediaMessages", "%1 is in repair: “%3” is possible once it is back.")
    return sub(text, e.number, e.holder, action)
