"""R-AUD-1: every action the code writes to the operation log is an AuditAction member, named
where it is written. The source is read with `ast`: an action passed to journal.append (or to
AuthService.record, the window's way to log a session event) must be `AuditAction.MEMBER`, a
variable holding one (mypy checks its type), or a choice between those. A string literal, an
f-string, `Action.X.value` or `AuditAction(...)` built from a string is refused. The last test
plants such calls in a sample and sees them found, so the scan is known to guard something."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "records_desk"


def _is_member_or_variable(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return isinstance(node.value, ast.Name) and node.value.id == "AuditAction"
    if isinstance(node, ast.IfExp):
        return _is_member_or_variable(node.body) and _is_member_or_variable(node.orelse)
    return isinstance(node, ast.Name)


def _append_names(tree: ast.Module) -> set[str]:
    """`append`, and any name the journal's append is imported as."""
    return {"append"} | {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("journal")
        for alias in node.names
        if alias.name == "append"
    }


def _action_argument(call: ast.Call, appends: set[str]) -> ast.expr | None:
    """The action of a journal.append(session, at, account, action, summary, …) call or of an
    <…auth>.record(principal, action, summary) call; None for any other call. list.append
    takes one argument, so an `append` with four or more (or an action=) is the journal's,
    whatever the module is imported as."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    keyword = next((k.value for k in call.keywords if k.arg == "action"), None)
    if name in appends and (len(call.args) >= 4 or keyword is not None):
        return call.args[3] if len(call.args) >= 4 else keyword
    if name == "record" and isinstance(func, ast.Attribute):
        receiver = func.value
        owner = receiver.attr if isinstance(receiver, ast.Attribute) else ""
        owner = receiver.id if isinstance(receiver, ast.Name) else owner
        if owner.endswith("auth") and (len(call.args) >= 2 or keyword is not None):
            return call.args[1] if len(call.args) >= 2 else keyword
    return None


def audited_actions(path: Path) -> tuple[int, list[str]]:
    """(calls found, the offending ones as "file:line: expression")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found, bad, appends = 0, [], _append_names(tree)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
        action = _action_argument(node, appends)
        if action is None:
            continue
        found += 1
        if not _is_member_or_variable(action):
            bad.append(f"{path.name}:{node.lineno}: {ast.unparse(action)}")
    return found, bad


def scan(files: list[Path]) -> tuple[int, list[str]]:
    found, bad = 0, []
    for path in files:
        n, offenders = audited_actions(path)
        found += n
        bad.extend(offenders)
    return found, bad


def test_no_action_is_a_loose_string_R_AUD_1() -> None:
    found, bad = scan(sorted(PACKAGE.rglob("*.py")))
    assert found >= 40, f"the scan found only {found} audit writes: is it still looking?"
    assert bad == []


def test_the_window_names_its_session_events_by_member() -> None:
    found, bad = scan(sorted((PACKAGE / "ui").rglob("*.py")))
    assert found >= 3  # the idle lock, sign-out, and the window closed while signed in
    assert bad == []


PLANTED = """
from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.journal import append as log

def write(session, at, action, kind, active):
    journal.append(session, at, "boss", "customer.void", "a literal")
    journal.append(session, at, "boss", f"account.{kind}", "built from parts")
    journal.append(session, at, "boss", Action.CUSTOMER_VOID.value, "a permission's value")
    journal.append(session, at, "boss", AuditAction("customer.void"), "converted")
    log(session, at, "boss", "login" if active else "logout", "a choice of literals")
    journal.append(session, at, account="boss", action="login", summary="by keyword")
    journal.append(session, at, "boss", AuditAction.CUSTOMER_VOID, "fine")
    journal.append(session, at, "boss", action, "fine: a variable, typed by mypy")
    journal.append(session, at, "boss", AuditAction.LOGIN if active else action, "fine")
    rows = []
    rows.append("login")  # a list, not the journal

def window(self, principal):
    self._auth.record(principal, "session.lock", "a literal from the window")
    self.services.auth.record(principal, AuditAction.LOGOUT, "fine")
"""


def test_the_scan_finds_planted_loose_actions(tmp_path: Path) -> None:
    sample = tmp_path / "planted.py"
    sample.write_text(PLANTED, encoding="utf-8")
    found, bad = scan([sample])
    assert found == 11
    assert [b.split(": ", 1)[1] for b in bad] == [
        "'customer.void'",
        "f'account.{kind}'",
        "Action.CUSTOMER_VOID.value",
        "AuditAction('customer.void')",
        "'login' if active else 'logout'",
        "'login'",
        "'session.lock'",
    ]
