"""The media inventory's operation-log summaries in the user's language
(wording/audit_summary.py): registering, each step of a medium's life, stocktakes, lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.domain.media.vocabulary import Action, MediumState
from records_desk.wording.audit_summary_kit import Line, Translate, listed, term
from records_desk.wording.media.terms import action_name, state_name

_STEPS = (
    A.MEDIA_PREPARE,
    A.MEDIA_ISSUE,
    A.MEDIA_RETURN,
    A.MEDIA_REPAIR,
    A.MEDIA_DISPOSE,
    A.MEDIA_LOST,
    A.MEDIA_CLASSIFY,
)


def step_word(value: str) -> str:
    return action_name(Action(value))


def state_word(value: str) -> str:
    return state_name(MediumState(value))


def lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    step = term(step_word)
    state = term(state_word)
    code = r"[a-z_]+"
    steps = [
        Line(
            translate("AuditSummary", "medium %1: %2 (%3 -> %4)"),
            {2: step, 3: state, 4: state},
            {1: r"\S+", 2: code, 3: code, 4: code},
        ),
        Line(translate("AuditSummary", "medium %1: %2"), {2: step}, {1: r"\S+", 2: code}),
    ]
    none = translate("AuditSummary", "(none)")
    return {
        A.MEDIA_REGISTER: [
            Line(translate("AuditSummary", "medium %1 registered (classified)")),
            Line(translate("AuditSummary", "medium %1 registered")),
        ],
        **{action: steps for action in _STEPS},
        A.MEDIA_BACKUP: [Line(translate("AuditSummary", "medium %1 filed as a backup: %2"))],
        A.MEDIA_STOCKTAKE_OPEN: [
            Line(translate("AuditSummary", "media stocktake %1 opened: %2 expected"))
        ],
        A.MEDIA_STOCKTAKE_CLOSE: [
            Line(
                translate(
                    "AuditSummary",
                    "media stocktake %1 closed: %2 expected, %3 found, %4 missing, "
                    "%5 unexpected, %6 scanned twice",
                )
            )
        ],
        A.MEDIA_IMPORT: [Line(translate("AuditSummary", "imported %1 media from %2"))],
        A.MEDIA_EXPORT: [Line(translate("AuditSummary", "exported %1 media to %2"))],
        A.MEDIA_DEMO_FILL: [
            Line(translate("AuditSummary", "filled %1 sample media with %2 events (seed %3)"))
        ],
        A.OFFICE_SETTINGS_CHANGE: [
            Line(
                translate("AuditSummary", "office settings changed: media repair units %1"),
                {1: listed(term(lambda v: {"(none)": none}[v]))},
            ),
            Line(
                translate("AuditSummary", "office settings changed: backup categories %1"),
                {1: listed(term(lambda v: {"(none)": none}[v]))},
            ),
        ],
    }
