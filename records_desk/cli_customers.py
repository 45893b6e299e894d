"""Command-line access to the customer files: `records-desk customers search QUERY [--json]`
and `records-desk demo --customers N`.

The commands sign in like every other (cli._signed_in) and go through the same services,
permission matrix and audit as the GUI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this module's sub-commands on the main parser."""


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {}
