"""The media feature's words (wording/media/): every type, classification, state, action,
preparation, disposal method and unexpected-scan reason has a name of its own in Traditional
Chinese and in English, and every media error has its describer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum

import pytest

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media import errors as me
from records_desk.domain.media.stocktake import Unexpectedly
from records_desk.domain.media.vocabulary import (
    Action,
    Classification,
    DisposalMethod,
    MediumState,
    MediumType,
    Preparation,
)
from records_desk.wording import describe, set_language
from records_desk.wording.describe import has_describer
from records_desk.wording.media.terms import (
    action_name,
    classification_name,
    listing,
    method_name,
    preparation_name,
    state_name,
    type_name,
    unexpected_name,
)

NAMERS: list[tuple[type[StrEnum], Callable[..., str]]] = [
    (MediumType, type_name),
    (Classification, classification_name),
    (MediumState, state_name),
    (Action, action_name),
    (Preparation, preparation_name),
    (DisposalMethod, method_name),
    (Unexpectedly, unexpected_name),
]


@pytest.mark.parametrize("language", ["zh_TW", "en"])
@pytest.mark.parametrize(("words", "namer"), NAMERS, ids=[w.__name__ for w, _ in NAMERS])
def test_every_media_term_has_a_name_of_its_own(
    language: str, words: type[StrEnum], namer: Callable[..., str]
) -> None:
    set_language(language)
    names = [namer(word) for word in words]
    assert len(set(names)) == len(names) and all(names)


def test_the_classification_reads_as_the_office_writes_it() -> None:
    assert classification_name(Classification.CLASSIFIED) == "涉密"
    assert classification_name(Classification.UNCLASSIFIED) == "非涉密"
    assert listing(["保密標識", "加密軟件", "病毒查殺"]) == "保密標識、加密軟件及病毒查殺"
    set_language("en")
    assert listing(["a", "b", "c"]) == "a, b and c" and listing([]) == ""


def test_every_media_error_has_its_describer() -> None:
    errors = {
        e
        for e in vars(me).values()
        if isinstance(e, type) and issubclass(e, DomainError) and e is not DomainError
    }
    assert len(errors) == 7
    assert [e.__name__ for e in errors if not has_describer(e)] == []


def test_a_refusal_without_its_holder_still_reads_well() -> None:
    issued = me.MediumActionRefused(
        "USB-0007", MediumState.ISSUED, Action.DISPOSE, me.RefusalReason.ISSUED
    )
    in_repair = replace(issued, state=MediumState.IN_REPAIR, reason=me.RefusalReason.IN_REPAIR)
    assert describe(issued) == "USB-0007 已借出：歸還後才能「銷毀」。"
    assert describe(in_repair) == "USB-0007 正在維修：取回後才能「銷毀」。"
    assert describe(replace(issued, holder="chen")) == "USB-0007 已借給 chen：歸還後才能「銷毀」。"
