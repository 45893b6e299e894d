"""How a stored operation-log summary is recognised and worded again (wording/audit_summary.py).

Each feature lists the summaries its services write as translated lines, per audit action:
`translate("AuditSummary", "registered %1 %2")`, its markers standing for the values the
program filled in. A table is a function of the translating function: called with `source`
(the English as written) it gives the patterns a stored summary is matched against; called
with `translate` it gives the same lines in the user's language, in the same order.

Decisions:
- A marker matches any text (shortest first, the whole summary must match); `values` narrows
  one where two could be told apart only so.
- A marker's value is kept as stored (archive numbers, names, dates, counts, file names),
  unless `words` names a term table for it (grades, roles, states …): a value that table does
  not know is kept too.
- `each` splits a summary made of several like parts ("row 3: …; row 4: …"): every part
  must match one of the action's lines with that separator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from records_desk.wording.language import sub, translate

Translate = Callable[[str, str], str]
Word = Callable[[str], str]


def source(context: str, text: str) -> str:
    """The English a line is written in: what the services store."""
    return text


@dataclass(frozen=True)
class Line:
    text: str
    words: Mapping[int, Word] = field(default_factory=dict)
    values: Mapping[int, str] = field(default_factory=dict)
    each: str = ""


Table = Callable[[Translate], Mapping[str, Sequence[Line]]]


def term(name: Callable[[str], str]) -> Word:
    """A term table as a word: a value it does not know stays as stored."""

    def word(value: str) -> str:
        try:
            return name(value)
        except (ValueError, KeyError):
            return value

    return word


def listed(word: Word, separator: str = ", ") -> Word:
    """A list of terms joined by `separator`, each worded (and joined as the language does)."""

    def words(value: str) -> str:
        return joiner(separator).join(word(part) for part in value.split(separator))

    return words


def joiner(separator: str) -> str:
    """What joins the items of a list, or the like parts of a summary, in the user's language."""
    joiners = {
        ", ": translate("AuditSummary", ", "),
        "; ": translate("AuditSummary", "; "),
    }
    return joiners.get(separator, separator)


_MARKER = re.compile(r"%(\d+)")


def pattern(line: Line) -> re.Pattern[str]:
    parts: list[str] = []
    at = 0
    for marker in _MARKER.finditer(line.text):
        parts.append(re.escape(line.text[at : marker.start()]))
        number = int(marker.group(1))
        parts.append(f"(?P<v{number}>{line.values.get(number, '.+?')})")
        at = marker.end()
    parts.append(re.escape(line.text[at:]))
    return re.compile("".join(parts), re.DOTALL)


def markers(text: str) -> list[int]:
    return sorted({int(m.group(1)) for m in _MARKER.finditer(text)})


class Summaries:
    """Every feature's lines, merged in the order given (a more general line last)."""

    def __init__(self, tables: Sequence[Table], suffixes: Table) -> None:
        self._tables = tables
        self._suffixes = suffixes
        self._lines: dict[str, dict[str, list[Line]]] = {}
        english = self._merged(source)
        self._patterns = {
            action: [pattern(line) for line in lines] for action, lines in english.items()
        }
        self._suffix_patterns = [
            re.compile("(?P<body>.+?)" + pattern(line).pattern, re.DOTALL)
            for line in english.get("", [])
        ]

    def _merged(self, tr: Translate) -> dict[str, list[Line]]:
        merged: dict[str, list[Line]] = {}
        for table in [*self._tables, self._suffixes]:
            for action, lines in table(tr).items():
                merged.setdefault(str(action), []).extend(lines)
        return merged

    def lines(self, language: str, tr: Translate) -> dict[str, list[Line]]:
        if language not in self._lines:
            self._lines[language] = self._merged(tr)
        return self._lines[language]

    def render(
        self, action: str, stored: str, language: str, tr: Translate, words: bool = True
    ) -> str | None:
        """STORED in the lines of LANGUAGE; None when no line of ACTION matches it. A suffix
        is taken off first: a line ending in a value would take it in as part of that value."""
        suffixes = self.lines(language, tr).get("", [])
        for found, line in zip(self._suffix_patterns, suffixes, strict=True):
            match = found.fullmatch(stored)
            if match is None:
                continue
            body = self._one(action, match.group("body"), language, tr, words)
            if body is not None:
                return body + _fill(line, match, words)
        return self._one(action, stored, language, tr, words)

    def _one(
        self, action: str, stored: str, language: str, tr: Translate, words: bool
    ) -> str | None:
        pairs = list(
            zip(
                self._patterns.get(action, []),
                self.lines(language, tr).get(action, []),
                strict=True,
            )
        )
        for regex, line in pairs:
            if line.each:
                continue
            match = regex.fullmatch(stored)
            if match is not None:
                return _fill(line, match, words)
        for separator in dict.fromkeys(line.each for _, line in pairs if line.each):
            parts = [self._part(part, pairs, separator, words) for part in stored.split(separator)]
            if all(part is not None for part in parts):
                joined = joiner(separator) if words else separator
                return joined.join(part for part in parts if part is not None)
        return None

    @staticmethod
    def _part(
        part: str, pairs: list[tuple[re.Pattern[str], Line]], separator: str, words: bool
    ) -> str | None:
        for regex, line in pairs:
            if line.each == separator:
                match = regex.fullmatch(part)
                if match is not None:
                    return _fill(line, match, words)
        return None

    def known(self, action: str, stored: str) -> bool:
        return self.render(action, stored, "en", source, words=False) is not None


def _fill(line: Line, match: re.Match[str], words: bool) -> str:
    values = []
    for number in range(1, max(markers(line.text), default=0) + 1):
        value = match.groupdict().get(f"v{number}") or ""
        word = line.words.get(number)
        values.append(word(value) if words and word is not None else value)
    return sub(line.text, *values)
