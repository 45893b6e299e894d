"""The removable-media inventory's terms in the user's language: types, classification,
states (the badges), actions (menu entries and the refusals that name them), preparation
steps, disposal methods and the reasons a stocktake scan was unexpected."""

from __future__ import annotations

from collections.abc import Iterable

from records_desk.domain.media.stocktake import Unexpectedly
from records_desk.domain.media.vocabulary import (
    Action,
    Classification,
    DisposalMethod,
    MediumState,
    MediumType,
    Preparation,
)
from records_desk.wording.language import sub, translate


def type_name(kind: MediumType) -> str:
    names = {
        MediumType.USB: translate("MediaTerms", "USB stick"),
        MediumType.HDD: translate("MediaTerms", "portable hard disk"),
        MediumType.OPTICAL: translate("MediaTerms", "optical disc"),
        MediumType.TAPE: translate("MediaTerms", "tape"),
        MediumType.CARD: translate("MediaTerms", "memory card"),
        MediumType.FLOPPY: translate("MediaTerms", "floppy disk"),
    }
    return names[MediumType(kind)]


def classification_name(classification: Classification) -> str:
    names = {
        Classification.CLASSIFIED: translate("MediaTerms", "classified"),
        Classification.UNCLASSIFIED: translate("MediaTerms", "unclassified"),
    }
    return names[Classification(classification)]


def state_name(state: MediumState) -> str:
    names = {
        MediumState.REGISTERED: translate("MediaTerms", "registered, not prepared"),
        MediumState.READY: translate("MediaTerms", "ready to issue"),
        MediumState.ISSUED: translate("MediaTerms", "issued to a borrower"),
        MediumState.RETURNED: translate("MediaTerms", "returned, awaiting a check"),
        MediumState.IN_REPAIR: translate("MediaTerms", "in repair"),
        MediumState.DISPOSED: translate("MediaTerms", "disposed of"),
        MediumState.LOST: translate("MediaTerms", "reported lost"),
    }
    return names[MediumState(state)]


def action_name(action: Action) -> str:
    names = {
        Action.PREPARE_LABEL: translate("MediaTerms", "Record the security label"),
        Action.PREPARE_ENCRYPTION: translate("MediaTerms", "Record the encryption software"),
        Action.VIRUS_CHECK: translate("MediaTerms", "Record a virus check"),
        Action.ISSUE: translate("MediaTerms", "Issue to a borrower"),
        Action.RETURN: translate("MediaTerms", "Record the return"),
        Action.REPAIR_SEND: translate("MediaTerms", "Send for repair"),
        Action.REPAIR_BACK: translate("MediaTerms", "Record the return from repair"),
        Action.DISPOSE: translate("MediaTerms", "Dispose of"),
        Action.LOST: translate("MediaTerms", "Report lost"),
        Action.CLASSIFY: translate("MediaTerms", "Classify"),
    }
    return names[Action(action)]


def preparation_name(step: Preparation) -> str:
    names = {
        Preparation.LABEL: translate("MediaTerms", "the security label"),
        Preparation.ENCRYPTION: translate("MediaTerms", "the encryption software"),
        Preparation.VIRUS_CHECK: translate("MediaTerms", "a clean virus check"),
    }
    return names[Preparation(step)]


def method_name(method: DisposalMethod) -> str:
    names = {
        DisposalMethod.DEGAUSS_SHRED: translate("MediaTerms", "degaussed and shredded"),
        DisposalMethod.WIPE_DESTROY: translate("MediaTerms", "wiped and destroyed"),
    }
    return names[DisposalMethod(method)]


def unexpected_name(reason: Unexpectedly) -> str:
    names = {
        Unexpectedly.NOT_A_NUMBER: translate("MediaTerms", "not a medium number"),
        Unexpectedly.UNKNOWN: translate("MediaTerms", "no medium has this number"),
        Unexpectedly.ELSEWHERE: translate("MediaTerms", "recorded elsewhere"),
        Unexpectedly.ISSUED: translate("MediaTerms", "recorded as issued"),
        Unexpectedly.IN_REPAIR: translate("MediaTerms", "recorded as in repair"),
        Unexpectedly.DISPOSED: translate("MediaTerms", "recorded as disposed of"),
        Unexpectedly.LOST: translate("MediaTerms", "recorded as lost"),
    }
    return names[Unexpectedly(reason)]


def listing(items: Iterable[str]) -> str:
    """Items joined as the language lists them (“a, b and c” / “a、b及c”)."""
    words = list(items)
    text = words[0] if words else ""
    for i, word in enumerate(words[1:], start=2):
        if i < len(words):
            text = sub(translate("MediaTerms", "%1, %2"), text, word)
        else:
            text = sub(translate("MediaTerms", "%1 and %2"), text, word)
    return text
