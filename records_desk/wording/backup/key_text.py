"""The wording of a key typed from the key-recovery sheet that is refused
(domain/backup/key_text.py KeyTextInvalid): how many digits were read, which group holds a
character that is not a hex digit (and which digit an O, I or L was probably meant to be),
or that the check group does not match. Never the key or the text typed."""

from __future__ import annotations

from records_desk.domain.backup.key_text import KeyTextInvalid, KeyTextProblem
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def _looks_like(character: str) -> str:
    if character in "Oo":
        return translate("BackupMessages", " (the letter O is never used: read it as the digit 0)")
    if character in "IiLl":
        return translate(
            "BackupMessages", " (the letters I and L are never used: read it as the digit 1)"
        )
    return ""


@describer.register
def _key_text_invalid(e: KeyTextInvalid) -> str:
    if e.problem is KeyTextProblem.WRONG_LENGTH:
        text = translate(
            "BackupMessages",
            "The key has 64 hex digits (68 with its check group); %1 were typed.",
        )
        return sub(text, str(e.digits))
    if e.problem is KeyTextProblem.NOT_HEX:
        text = translate(
            "BackupMessages",
            "Group %1 of the key holds “%2”, which is not a hex digit (0-9, A-F)%3.",
        )
        return sub(text, str(e.group), e.character, _looks_like(e.character))
    return translate(
        "BackupMessages",
        "The key's check group does not match its digits: a digit was mistyped. "
        "Compare each group with the key-recovery sheet.",
    )
