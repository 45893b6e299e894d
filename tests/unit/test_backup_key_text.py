"""Issue 14 §4: the database key as the key-recovery sheet prints it and as a person types it
back (domain/backup/key_text.py): groups of four with a check group, read back from whatever
is typed or scanned, a mistyped digit refused rather than tried."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from records_desk.domain.backup.key_text import (
    KeyTextInvalid,
    KeyTextProblem,
    check_group,
    format_key,
    read_key,
)
from records_desk.wording.describe import describe

keys = st.binary(min_size=32, max_size=32).map(bytes.hex)
KEY = "00ff" + "0123456789abcdef" * 3 + "a1b2c3d4e5f60789"[:12]


def test_a_key_is_printed_in_16_upper_case_groups_of_four_and_a_check_group() -> None:
    text = format_key(KEY)
    groups = text.split(" ")
    assert len(groups) == 17
    assert all(len(g) == 4 for g in groups)
    assert "".join(groups[:16]) == KEY.upper()
    assert groups[16] == check_group(KEY)


@settings(max_examples=300)
@given(keys)
def test_a_printed_key_reads_back_as_itself(key: str) -> None:
    assert read_key(format_key(key)) == key


@settings(max_examples=300)
@given(keys, st.integers(0, 67), st.integers(1, 15))
def test_a_single_changed_digit_is_refused(key: str, where: int, shift: int) -> None:
    digits = format_key(key).replace(" ", "")
    changed = format((int(digits[where], 16) + shift) % 16, "X")
    typed = digits[:where] + changed + digits[where + 1 :]
    with pytest.raises(KeyTextInvalid) as caught:
        read_key(typed)
    assert caught.value.problem is KeyTextProblem.CHECK_MISMATCH


def test_every_single_changed_digit_of_one_key_is_refused() -> None:
    """Exhaustively, for one key: each of the 68 places, each of the 15 other digits."""
    digits = format_key(KEY).replace(" ", "")
    for where in range(68):
        for d in "0123456789ABCDEF":
            if d == digits[where]:
                continue
            with pytest.raises(KeyTextInvalid):
                read_key(digits[:where] + d + digits[where + 1 :])


@pytest.mark.parametrize(
    "typed",
    [
        lambda f: f.lower(),
        lambda f: f.replace(" ", "-"),
        lambda f: f.replace(" ", ""),
        lambda f: "\n".join(f.split(" ")) + "\n",
        lambda f: "  " + f.replace(" ", "\u3000") + "\r\n",
        lambda f: " ".join(f.split(" ")[:16]),  # no check group
        lambda f: "-".join(g.lower() for g in f.split(" ")[:16]),
    ],
    ids=["lower", "dashes", "run-on", "lines", "ideographic-spaces", "no-check", "no-check-dashes"],
)
def test_what_a_person_types_or_a_scanner_sends_is_read(typed) -> None:
    assert read_key(typed(format_key(KEY))) == KEY


@pytest.mark.parametrize("letter, digit", [("O", "0"), ("o", "0"), ("I", "1"), ("l", "1")])
def test_o_for_0_and_i_for_1_are_refused_not_guessed(letter: str, digit: str) -> None:
    text = format_key("0" * 63 + "1")
    place = text.index("0")  # group 1
    if digit == "1":
        place = text.rindex("1", 0, 80)  # the key's last digit, group 16
    typed = text[:place] + letter + text[place + 1 :]
    with pytest.raises(KeyTextInvalid) as caught:
        read_key(typed)
    assert caught.value.problem is KeyTextProblem.NOT_HEX
    assert caught.value.character == letter
    assert caught.value.group == (1 if digit == "0" else 16)
    message = describe(caught.value)
    assert digit in message and letter in message


@pytest.mark.parametrize("count", [0, 1, 63, 65, 67, 69, 72])
def test_a_key_of_the_wrong_length_is_refused_with_the_count(count: int) -> None:
    with pytest.raises(KeyTextInvalid) as caught:
        read_key("a" * count)
    assert caught.value.problem is KeyTextProblem.WRONG_LENGTH
    assert caught.value.digits == count
    assert str(count) in describe(caught.value)


def test_a_refusal_never_carries_the_key() -> None:
    key = secrets.token_hex(32)
    digits = format_key(key).replace(" ", "")
    wrong_check = digits[:64] + ("0000" if digits[64:] != "0000" else "1111")
    for typed in (digits[:-1], wrong_check, digits[:10] + "G" + digits[11:]):
        with pytest.raises(KeyTextInvalid) as caught:
            read_key(typed)
        e = caught.value
        pieces = {key[i : i + 8] for i in range(64 - 8 + 1)}  # any 8 digits of it
        for text in (str(e), repr(e), describe(e), repr(vars(e))):
            assert not any(p in text.lower() for p in pieces)
