"""A feature made only to prove the registry (test_feature_registry.py): a tab, one menu action
and one command-line command, declared here and registered by extending FEATURES — no file of
records_desk changes for it."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from records_desk.cli.common import ExitCode, SubParsers, command, verbs
from records_desk.domain.common.permissions import Action
from records_desk.features import Feature
from records_desk.ui.common.feature import FeatureAction, FeatureHost, FeatureUi

FEATURE = Feature("throwaway", ui="tests.ui.throwaway_feature", cli="tests.ui.throwaway_feature")


class ThrowawayTab(QLabel):
    def title(self) -> str:
        return "Throwaway"


class ThrowawayMenu:
    def __init__(self, host: FeatureHost) -> None:
        self.host = host
        self.greeted: list[str] = []

    def greet(self) -> None:
        self.greeted.append(self.host.principal.username)


def _tab(host: FeatureHost) -> QWidget:
    tab = ThrowawayTab("a throwaway feature")
    tab.setObjectName("throwawayTab")
    return tab


FEATURE_UI = FeatureUi(
    "throwaway",
    tab=_tab,
    menu_title=lambda: "&Throwaway",
    menu=("throwaway_greet",),
    actions=(
        FeatureAction(
            "throwaway_greet",
            lambda: "&Greet",
            lambda: "Say hello",
            ThrowawayMenu.greet,
            "Ctrl+Alt+G",
            Action.AUDIT_READ,
        ),
    ),
    controller=ThrowawayMenu,
)


def register(sub: SubParsers) -> None:
    noun = sub.add_parser("throwaway", help="a throw-away feature")
    hello = command(verbs(noun, "throwaway"), "hello", cmd_hello, help="say hello")
    hello.add_argument("--name", default="world")


def cmd_hello(args: argparse.Namespace, db_path: Path) -> int:
    print(f"hello {args.name} ({db_path.name})")
    return ExitCode.OK
