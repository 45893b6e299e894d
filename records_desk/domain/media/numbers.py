"""Medium numbers (R-MED-1): a prefix per type and a sequence of that type, `USB-0007`,
`HD-0012`, `CD-0103`, `TP-…`, `MC-…`, `FD-…`; four digits at least, more once a type passes
9,999. A number is never reused (the store keeps the highest issued per type and only raises
it), so a disposed or lost medium keeps its number for ever.

What a scan (or a hand) may give, read by `parse_medium_number`:
- the number as printed, in any case: `USB-0007`, `usb-0007`;
- with spaces around or inside it: ` USB - 0007 `, `USB 0007`, or no dash at all: `USB0007`;
- full-width letters, digits and dash (a Chinese input method: `ＵＳＢ－０００７`), and the
  other dashes a keyboard layout or a word processor puts in (‐ ‑ – — − ―);
- fewer leading zeros (`USB-7`): it is the same medium, so the same number.
The label's QR code and Code128 carry the bare number and nothing else (no URL, no prefix of
the office), so a scanner acting as a keyboard types exactly the printed number.

Decisions:
- A scan is read, not guessed: an unknown prefix or anything else around the number is
  refused (MediumNumberInvalid), so a stocktake lists it rather than matching something.
"""

from __future__ import annotations

import re

from records_desk.domain.common.identifiers import to_half_width
from records_desk.domain.media.errors import MediumNumberInvalid, MediumTypeInvalid
from records_desk.domain.media.vocabulary import PREFIXES, TYPE_OF_PREFIX, MediumType

MAX_SEQUENCE = 999_999
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"})
_SPACES = re.compile(r"\s+")
_PATTERN = re.compile(r"([A-Z]{2,3})-?(\d{1,6})")


def format_medium_number(kind: MediumType, sequence: int) -> str:
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise MediumNumberInvalid(f"{PREFIXES[MediumType(kind)]}-{sequence}")
    return f"{PREFIXES[MediumType(kind)]}-{sequence:04d}"


def parse_medium_number(text: str) -> tuple[MediumType, int]:
    """(type, sequence) of a medium number as typed or scanned (see the module's list)."""
    compact = _SPACES.sub("", to_half_width(text).translate(_DASHES)).upper()
    found = _PATTERN.fullmatch(compact)
    if found is None or found.group(1) not in TYPE_OF_PREFIX or int(found.group(2)) == 0:
        raise MediumNumberInvalid(text.strip())
    return TYPE_OF_PREFIX[found.group(1)], int(found.group(2))


def normalise_medium_number(text: str) -> str:
    """The number as stored and printed, from a scan or typing (`usb 7` → `USB-0007`)."""
    return format_medium_number(*parse_medium_number(text))


def parse_medium_type(text: str) -> MediumType:
    """A type by its value (`usb`) or its number prefix (`HD`), any case."""
    word = to_half_width(text).strip().lower()
    for kind in MediumType:
        if word in (kind.value, PREFIXES[kind].lower()):
            return kind
    raise MediumTypeInvalid(text.strip())
