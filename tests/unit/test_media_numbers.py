"""Medium numbers and types (R-MED-1, domain/media/numbers.py): a prefix per type, never a
guess; what a scanner or a hand may type reads as the printed number."""

from __future__ import annotations

import pytest

from records_desk.domain.media.errors import MediumNumberInvalid, MediumTypeInvalid
from records_desk.domain.media.numbers import (
    format_medium_number,
    normalise_medium_number,
    parse_medium_number,
    parse_medium_type,
)
from records_desk.domain.media.vocabulary import PREFIXES, MediumType


def test_every_type_has_its_number_prefix_R_MED_1() -> None:
    printed = [format_medium_number(kind, 7) for kind in MediumType]
    assert printed == ["USB-0007", "HD-0007", "CD-0007", "TP-0007", "MC-0007", "FD-0007"]
    assert len(set(PREFIXES.values())) == len(MediumType)
    assert format_medium_number(MediumType.OPTICAL, 12345) == "CD-12345"


@pytest.mark.parametrize(
    "scanned",
    [
        "USB-0007",
        "usb-0007",
        "  USB-0007\n",
        "USB 0007",
        "USB - 0007",
        "USB0007",
        "usb-7",
        "ＵＳＢ－０００７",  # a Chinese input method's full-width characters
        "USB\u20130007",  # en dash
        "USB\u22120007",  # minus sign
        "USB\u30000007",  # ideographic space
    ],
)
def test_a_scan_or_typing_reads_as_the_printed_number_R_MED_1(scanned: str) -> None:
    assert normalise_medium_number(scanned) == "USB-0007"
    assert parse_medium_number(scanned) == (MediumType.USB, 7)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "USB",
        "USB-",
        "XX-0007",
        "USB-0000",
        "USB-1234567",
        "L-2026-000123",
        "USB-0007 x",
        "https://office/USB-0007",
        "0007",
    ],
)
def test_anything_else_is_not_a_medium_number_R_MED_1(text: str) -> None:
    with pytest.raises(MediumNumberInvalid):
        parse_medium_number(text)


def test_a_type_is_named_by_its_value_or_its_prefix() -> None:
    assert parse_medium_type("USB") is MediumType.USB
    assert parse_medium_type(" hd ") is MediumType.HDD
    assert parse_medium_type("optical") is MediumType.OPTICAL
    assert parse_medium_type("CD") is MediumType.OPTICAL
    with pytest.raises(MediumTypeInvalid):
        parse_medium_type("zip drive")
