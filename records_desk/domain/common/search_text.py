"""What customer search compares (issue item 7), as pure functions: the normalised form of a
field and of a query (NFKC + casefold, so full- and half-width characters match each other),
the 1- and 2-character grams of the short-query index, the query's terms (a phone typed with
dashes or spaces is also looked for as digits) and the ranking tiers.

The store keeps one search text per customer: its searchable fields normalised and joined by
SEP, a character no field or query can contain, so no match ever spans two fields."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from enum import IntEnum

SEP = "\x1f"
# Above every character in SQLite's binary (UTF-8) order: `key >= t AND key < t + TOP` is
# "key starts with t", answered by an index range.
TOP = "\U0010ffff"
# Queries this short are answered by the gram index; longer ones by the trigram index.
SHORT_QUERY = 2

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_PHONE_LIKE = re.compile(r"[+\d][\d\s\-().+/]*")


def normalise(text: str | None) -> str:
    """The compared form: NFKC (full-width ＡＢＣ/０９１２ become ABC/0912), casefolded,
    control characters dropped, runs of white space one space, trimmed."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _CONTROL.sub("", folded)).strip()


def search_fields(
    name: str,
    contact_person: str,
    phone_digits: Iterable[str],
    email: str,
    archive_number: str,
) -> tuple[str, ...]:
    """The searchable fields of one customer, normalised, empty ones left out. Phones are
    the stored digits-only form (customer.phone_digits)."""
    values = [name, contact_person, *phone_digits, email, archive_number]
    return tuple(f for f in (normalise(v) for v in values) if f)


def search_text(fields: Sequence[str]) -> str:
    return SEP.join(fields)


def grams(fields: Iterable[str]) -> set[str]:
    """Every 1- and 2-character substring of each field (never across two fields)."""
    out: set[str] = set()
    for field in fields:
        out.update(field)
        out.update(field[i : i + 2] for i in range(len(field) - 1))
    return out


def gram_token(gram: str) -> str:
    """A gram spelled as one ASCII word, so FTS5's ascii tokenizer keeps it whole whatever
    characters it holds (`-`, `@`, a space, a CJK character)."""
    return "".join(f"x{ord(ch):x}" for ch in gram)


def filter_token(kind: str, value: str | None) -> str:
    """A filter's value (d: department, t: record type, g: grade) as one more word of the
    gram document, so a short query with filters is answered inside the index. Grams start
    with "x", these with "z": they never meet."""
    return f"z{kind}" + (gram_token(value) if value else "none")


def gram_document(fields: Iterable[str], filters: Iterable[str] = ()) -> str:
    return " ".join([*sorted(gram_token(g) for g in grams(fields)), *filters])


def query_terms(text: str) -> tuple[str, ...]:
    """The substrings a query looks for. A phone-like query ("0912-345 678", "(02) 2345")
    is also looked for as its digits, since phones are stored as digits only; the typed form
    is kept for archive numbers and the like ("2026-000")."""
    term = normalise(text)
    if not term:
        return ()
    terms = [term]
    if _PHONE_LIKE.fullmatch(term):
        digits = re.sub(r"\D", "", term)
        if digits and digits != term:
            terms.append(digits)
    return tuple(terms)


def is_short(term: str) -> bool:
    return len(term) <= SHORT_QUERY


def trigram_phrase(term: str) -> str:
    """An FTS5 phrase for the trigram index: the whole term as one substring."""
    return '"' + term.replace('"', '""') + '"'


def match_expression(terms: Sequence[str]) -> tuple[str, str]:
    """(gram MATCH, trigram MATCH) expressions for the terms; "" where no term needs it."""
    short = " OR ".join(gram_token(t) for t in terms if is_short(t))
    long = " OR ".join(trigram_phrase(t) for t in terms if not is_short(t))
    return short, long


class Tier(IntEnum):
    """Ranking: the whole name or archive number first, then names starting with the
    query, then every other match; ties by archive number."""

    EXACT = 0
    PREFIX = 1
    OTHER = 2


def tier(name_key: str, archive_key: str, terms: Sequence[str]) -> Tier:
    """The tier of a matching row (name_key/archive_key are normalised)."""
    if any(t in (name_key, archive_key) for t in terms):
        return Tier.EXACT
    if any(name_key.startswith(t) for t in terms):
        return Tier.PREFIX
    return Tier.OTHER


def matches(text: str, terms: Sequence[str]) -> bool:
    """Whether a search text contains one of the terms (the index's answer, spelt out)."""
    return any(t in field for field in text.split(SEP) for t in terms)
