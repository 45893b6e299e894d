"""The help of every command (`records-desk … --help`) in the command line's language: its
descriptions and help texts are marked `later.translate("CommandHelp", "English")` and
translated when the help is printed; argparse's own words ("usage:", the headings, -h's help)
are given by cli/arguments.py's CommandParser. Option names, sub-command names and metavars
stay as they are in both languages: scripts call them.

Decisions:
- Translated when shown, not when the parsers are built: every command builds them all, and
  reading the translations (wording/language.py `catalogue`) would slow each one down, also the
  many that never print a word (`--json`, a PDF written). `later.translate` keeps the call's
  form so that lupdate collects the strings as it collects every `translate(` call.
- argparse's words are given by the parser rather than by a gettext catalogue of argparse's
  domain: Python ships none, and a process-wide gettext setting would reach beyond the CLI.
- Text with Chinese in it is wrapped by its width on screen (a Chinese character takes two
  columns) and may break between two characters, as Chinese has no spaces; text without is
  left to argparse's textwrap, so the English help is laid out as before."""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterable

from records_desk.wording.language import translate


class Later(str):
    """An English help text, translated in its context when the help is printed."""

    context: str


class _Later:
    """`later.translate(CONTEXT, TEXT)`: TEXT marked for translation when shown."""

    @staticmethod
    def translate(context: str, text: str) -> str:
        marked = Later(text)
        marked.context = context
        return marked


later = _Later()


def shown(text: str) -> str:
    """TEXT as the help shows it: in the command line's language if it was marked."""
    return translate(text.context, text) if isinstance(text, Later) else text


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, translating the marked texts as it lays them out."""

    _usage_stand_in = ""
    _usage_prefix = ""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("CommandLine", "usage: ")
        if columns(prefix) != len(prefix):
            # argparse lines the usage's continuation up by counting characters: it is given
            # spaces as wide as the prefix on screen, and the prefix goes in afterwards.
            self._usage_stand_in, self._usage_prefix = " " * columns(prefix), prefix
            prefix = self._usage_stand_in
        super().add_usage(usage, actions, groups, prefix)

    def format_help(self) -> str:
        text = super().format_help()
        stand_in = self._usage_stand_in
        if stand_in and text.startswith(stand_in):
            return self._usage_prefix + text[len(stand_in) :]
        return text

    def start_section(self, heading: str | None) -> None:
        super().start_section(shown(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(shown(text) if text else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return shown(action.help) if action.help else action.help

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not _WIDE.search(text):
            return super()._split_lines(text, width)
        return wrapped(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not _WIDE.search(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrapped(text, width - len(indent)))


_WIDE_CHARACTERS = "\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
_WIDE = re.compile(f"[{_WIDE_CHARACTERS}]")
_OPENING = "（「『《〈【"
_CLOSING = "、，。；：？！）」』》〉】…"
# What a line may not be broken inside: a Chinese character or a run of other letters, with the
# opening marks before it and the closing ones after it kept on its line.
_PIECE = re.compile(
    rf"\s+|[{_OPENING}]*(?:[{_WIDE_CHARACTERS}]|[^\s{_WIDE_CHARACTERS}]+)[{_CLOSING}]*"
)


def columns(text: str) -> int:
    """TEXT's width on a terminal: two columns for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped(text: str, width: int) -> list[str]:
    """TEXT in lines of at most WIDTH columns (a piece wider than that on a line of its own)."""
    lines: list[str] = []
    line, used, gap = "", 0, False
    for piece in _PIECE.findall(text.strip()):
        if piece.isspace():
            gap = True
            continue
        space = " " if gap and line else ""
        wide = columns(piece)
        if line and used + len(space) + wide > width:
            lines.append(line)
            line, used = piece, wide
        else:
            line, used = line + space + piece, used + len(space) + wide
        gap = False
    if line:
        lines.append(line)
    return lines
