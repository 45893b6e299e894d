"""The operation log's summaries in the user's language (issue 8 item 4, wording/audit_summary.py).

The completeness test reads the program's own source: every summary passed to journal.append
(directly, or through a helper whose parameter is `summary`, AuthService.record, the window's
lock) is followed back to the literal or f-string it is made of, a sample is made of it (each
value a plausible word, each choice `a if c else b` both ways, the action chosen by the same
condition), and the wording must recognise it and read it in Chinese but its values. A summary
someone adds without its wording fails; so does text added after a value (a line ending in a
value would recognise "voided C-1 for good", but the words "for good" would be left in English).
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.wording import audit_summary as wording
from records_desk.wording.audit_summary_kit import source
from records_desk.wording.language import set_language

ROOT = Path(__file__).resolve().parents[2] / "records_desk"
SCANNED = ("services", "ui", "cli")
SAMPLE = "sample"
LIMIT = 64  # variants of one expression
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


class Unbound(Exception):
    def __init__(self, frame: Frame) -> None:
        self.frame = frame


@dataclass(frozen=True)
class Frame:
    """A function being read: its parameters bound to a caller's arguments (None: not yet)."""

    func: ast.FunctionDef | None
    module: Module
    bindings: dict[str, ast.expr | None] | None
    parent: Frame | None
    depth: int = 0


@dataclass
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]

    def enclosing(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef):
                return node
        return None

    def assigned(self, scope: ast.AST, name: str) -> list[tuple[ast.expr, bool]]:
        """Values given to NAME in SCOPE (not in nested functions), in order; True: `+=`."""
        key = (id(scope), name)
        if key not in _ASSIGNED:
            _ASSIGNED[key] = self._assigned(scope, name)
        return _ASSIGNED[key]

    def _assigned(self, scope: ast.AST, name: str) -> list[tuple[ast.expr, bool]]:
        found: list[tuple[ast.expr, bool]] = []
        for node in _walk_scope(scope):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                found.append((node.value, False))
            elif (
                isinstance(node, ast.AnnAssign | ast.AugAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == name
                and node.value is not None
            ):
                found.append((node.value, isinstance(node, ast.AugAssign)))
        return found


def _walk_scope(scope: ast.AST) -> Iterator[ast.AST]:
    for child in ast.iter_child_nodes(scope):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        yield child
        yield from _walk_scope(child)


def _modules() -> list[Module]:
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
            found.append(Module(path, tree, parents))
    return found


MODULES = _modules()
_ASSIGNED: dict[tuple[int, str], list[tuple[ast.expr, bool]]] = {}
FUNCTIONS: dict[str, list[tuple[Module, ast.FunctionDef]]] = {}
CALLS: dict[str, list[tuple[Module, ast.Call]]] = {}
for _module in MODULES:
    for _node in ast.walk(_module.tree):
        if isinstance(_node, ast.FunctionDef):
            FUNCTIONS.setdefault(_node.name, []).append((_module, _node))
        elif isinstance(_node, ast.Call):
            _f = _node.func
            _called = _f.id if isinstance(_f, ast.Name) else getattr(_f, "attr", "")
            CALLS.setdefault(_called, []).append((_module, _node))


def _params(func: ast.FunctionDef) -> list[str]:
    names = [a.arg for a in func.args.posonlyargs + func.args.args]
    return names[1:] if names and names[0] in ("self", "cls") else names


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _functions(name: str) -> list[tuple[Module, ast.FunctionDef]]:
    return FUNCTIONS.get(name, [])


def _bind(func: ast.FunctionDef, call: ast.Call) -> dict[str, ast.expr | None] | None:
    params = _params(func)
    if len(call.args) > len(params) or any(isinstance(a, ast.Starred) for a in call.args):
        return None
    bound: dict[str, ast.expr | None] = dict.fromkeys(params)
    bound.update(zip(params, call.args, strict=False))
    for keyword in call.keywords:
        if keyword.arg is None:
            continue
        if keyword.arg not in bound:
            return None
        bound[keyword.arg] = keyword.value
    return bound


def _callers(frame: Frame) -> list[Frame]:
    """FRAME's function as called from each place that calls a function of its name."""
    assert frame.func is not None
    found = []
    private = frame.func.name.startswith("_")  # called in its own module only
    for module, node in CALLS.get(frame.func.name, []):
        if private and module is not frame.module:
            continue
        if module.enclosing(node) is frame.func:  # no function of this program calls itself
            continue
        bindings = _bind(frame.func, node)
        if bindings is None:
            continue
        caller = Frame(module.enclosing(node), module, None, None, frame.depth + 1)
        found.append(Frame(frame.func, frame.module, bindings, caller, frame.depth + 1))
    return found


class Reader:
    """Evaluates an expression to its possible texts, each `if` choice fixed by `truths`."""

    def __init__(self, truths: dict[str, bool]) -> None:
        self.truths = truths
        self.tests: list[str] = []

    def texts(self, node: ast.expr | None, frame: Frame) -> list[str]:
        return list(dict.fromkeys(self._texts(node, frame)))[:LIMIT]

    def _texts(self, node: ast.expr | None, frame: Frame) -> list[str]:
        if node is None:
            return [SAMPLE]
        if isinstance(node, ast.Constant):
            return [node.value if isinstance(node.value, str) else str(node.value)]
        if isinstance(node, ast.JoinedStr):
            parts = [self.texts(v, frame) for v in node.values]
            return ["".join(p) for p in itertools.islice(itertools.product(*parts), LIMIT)]
        if isinstance(node, ast.FormattedValue):
            return self.texts(node.value, frame)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.texts(node.left, frame), self.texts(node.right, frame)
            return [a + b for a, b in itertools.product(left, right)]
        if isinstance(node, ast.IfExp | ast.BoolOp):
            return self._choice(node, frame)
        if isinstance(node, ast.Name):
            return self._name(node.id, frame)
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "AuditAction":
            return [AuditAction[node.attr].value]
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            table = frame.module.assigned(frame.module.tree, node.value.id)
            if table and isinstance(table[0][0], ast.Dict):
                return [t for v in table[0][0].values for t in self.texts(v, frame)]
        if isinstance(node, ast.Call):
            return self._call(node, frame)
        return [SAMPLE]

    def _choice(self, node: ast.IfExp | ast.BoolOp, frame: Frame) -> list[str]:
        if isinstance(node, ast.BoolOp):
            return [t for v in node.values for t in self.texts(v, frame)]
        test = ast.unparse(node.test)
        self.tests.append(test)
        if test in self.truths:
            return self.texts(node.body if self.truths[test] else node.orelse, frame)
        return self.texts(node.body, frame) + self.texts(node.orelse, frame)

    def _name(self, name: str, frame: Frame) -> list[str]:
        func = frame.func
        if func is not None and name in _params(func):
            if frame.bindings is None:
                raise Unbound(frame)
            bound = frame.bindings.get(name)
            if bound is None or frame.parent is None:
                return [SAMPLE]
            return self.texts(bound, frame.parent)
        scope: ast.AST = func if func is not None else frame.module.tree
        values = frame.module.assigned(scope, name)
        if not values and func is not None:
            values = frame.module.assigned(frame.module.tree, name)
            frame = Frame(None, frame.module, None, None, frame.depth)
        if not values:
            return [SAMPLE]
        texts = [t for v, added in values if not added for t in self.texts(v, frame)]
        for value, added in values:
            if added:
                more = self.texts(value, frame)
                texts += [t + m for t in texts for m in more]
        return texts[:LIMIT]

    def _call(self, node: ast.Call, frame: Frame) -> list[str]:
        name = _name(node)
        if name == "AuditAction" and node.args:
            return self.texts(node.args[0], frame)
        if name == "join" and node.args and isinstance(node.args[0], ast.GeneratorExp):
            separator = self.texts(node.func.value, frame)[0]  # type: ignore[attr-defined]
            one = self.texts(node.args[0].elt, frame)
            return one + [separator.join(pair) for pair in itertools.product(one, one)]
        defined = [(m, f) for m, f in _functions(name) if m is frame.module or not node.args]
        if not defined:
            return [SAMPLE]
        texts: list[str] = []
        for module, func in defined:
            bindings = _bind(func, node)
            if bindings is None:
                continue
            inner = Frame(func, module, bindings, frame, frame.depth)
            texts += self._returns(func.body, inner)
        return texts or [SAMPLE]

    def _returns(self, body: list[ast.stmt], frame: Frame) -> list[str]:
        texts: list[str] = []
        for statement in body:
            if isinstance(statement, ast.Return):
                return texts + self.texts(statement.value, frame)
            if isinstance(statement, ast.If):
                test = ast.unparse(statement.test)
                self.tests.append(test)
                if self.truths.get(test, True):
                    texts += self._returns(statement.body, frame)
                ends = statement.body and isinstance(statement.body[-1], ast.Return)
                if self.truths.get(test, False) and ends:
                    return texts
        return texts


@dataclass(frozen=True)
class Written:
    where: str
    action: str
    summary: str


def _summary_calls() -> Iterator[tuple[Module, ast.Call, ast.expr, ast.expr]]:
    """Every journal.append, with its action and summary arguments."""
    for module, node in CALLS.get("append", []):
        if ast.unparse(node.func) == "journal.append" and len(node.args) >= 5:
            yield module, node, node.args[3], node.args[4]


def _written(module: Module, call: ast.Call, action: ast.expr, summary: ast.expr) -> set[Written]:
    where = f"{module.path.relative_to(ROOT.parent)}:{call.lineno}"
    found: set[Written] = set()
    frames = [Frame(module.enclosing(call), module, None, None)]
    while frames:
        frame = frames.pop()
        try:
            found |= _read(where, action, summary, frame)
        except Unbound as unbound:
            callers = _callers(unbound.frame) if unbound.frame.depth < 6 else []
            if not callers:  # nobody passes it here: any value
                callers = [
                    Frame(unbound.frame.func, unbound.frame.module, {}, None, unbound.frame.depth)
                ]
            frames += [_replace(frame, unbound.frame, c) for c in callers]
    return found


def _replace(frame: Frame, old: Frame, new: Frame) -> Frame:
    if frame is old:
        return new
    assert frame.parent is not None
    parent = _replace(frame.parent, old, new)
    return Frame(frame.func, frame.module, frame.bindings, parent, frame.depth)


def _read(where: str, action: ast.expr, summary: ast.expr, frame: Frame) -> set[Written]:
    probe = Reader({})
    probe.texts(action, frame)
    tests = list(dict.fromkeys(probe.tests))
    found = set()
    for values in itertools.product([True, False], repeat=len(tests)):
        reader = Reader(dict(zip(tests, values, strict=True)))
        for act in reader.texts(action, frame):
            for text in reader.texts(summary, frame):
                found.add(Written(where, act, text))
    return found


def _everything_written() -> tuple[dict[str, set[Written]], list[str]]:
    by_call: dict[str, set[Written]] = {}
    for module, call, action, summary in _summary_calls():
        written = _written(module, call, action, summary)
        for w in written:
            by_call.setdefault(w.where, set()).add(w)
    actions = {a.value for a in AuditAction}
    passed_through = [
        where
        for where, written in by_call.items()
        if not any(w.action in actions and w.summary != SAMPLE for w in written)
    ]
    return by_call, passed_through


WRITTEN, UNREAD = _everything_written()
SUMMARIES = sorted(
    {w for ws in WRITTEN.values() for w in ws if w.action in {a.value for a in AuditAction}},
    key=lambda w: (w.where, w.action, w.summary),
)


def test_every_summary_the_program_writes_is_found_by_reading_its_source() -> None:
    # Each journal.append is read back to at least one summary of a real action (a helper that
    # only passes `summary` on is read at its callers), and there are as many as the program has.
    assert not UNREAD, UNREAD
    templates = {(w.action, w.summary) for w in SUMMARIES}
    assert len(templates) >= 90
    assert {w.action for w in SUMMARIES} >= {
        AuditAction.LOGIN,
        AuditAction.SESSION_LOCK,
        AuditAction.LOGOUT,
        AuditAction.FORM_PRINT,
        AuditAction.BACKUP_MADE,
        AuditAction.RECEPTION_WALK_IN,
        AuditAction.MEDIA_ISSUE,
        AuditAction.LOAN_APPROVE,
    }


@pytest.mark.parametrize("written", SUMMARIES, ids=lambda w: f"{w.where}-{w.action}")
def test_every_summary_the_program_writes_has_its_wording(written: Written) -> None:
    assert wording.known(written.action, written.summary), (
        f"{written.where}: no line of wording/…/audit_summary.py reads {written.action} "
        f"{written.summary!r}"
    )


@pytest.mark.parametrize("written", SUMMARIES, ids=lambda w: f"{w.where}-{w.action}")
def test_a_summary_read_back_in_english_is_the_stored_text(written: Written) -> None:
    summaries = wording._summaries()
    assert (
        summaries.render(written.action, written.summary, "en", source, words=False)
        == written.summary
    )
    set_language("en")
    try:
        assert wording.audit_summary(written.action, written.summary) == written.summary
    finally:
        set_language("zh_TW")


def test_an_unknown_summary_is_shown_as_stored() -> None:
    set_language("zh_TW")
    assert wording.audit_summary("login", "signed in with a smart card") == (
        "signed in with a smart card"
    )
    assert wording.audit_summary("login.sso", "signed in") == "signed in"
    assert wording.audit_summary("customer.register", "") == ""


def test_a_summary_reads_in_chinese_with_its_values_kept() -> None:
    set_language("zh_TW")
    shown = wording.audit_summary("customer.register", "registered C-2026-0001 王小明")
    assert "C-2026-0001" in shown and "王小明" in shown and "registered" not in shown
    shown = wording.audit_summary(
        "account.change_role", "changed the role of amy from staff to consultant"
    )
    assert "amy" in shown and "staff" not in shown and "consultant" not in shown
    shown = wording.audit_summary(
        "loan.lend", "loan L-2026-000123 of C-1 to 王小明: out (as deputy archivist)"
    )
    assert "L-2026-000123" in shown and "deputy" not in shown and "out" not in shown


@pytest.mark.parametrize("written", SUMMARIES, ids=lambda w: f"{w.where}-{w.action}")
def test_every_summary_the_program_writes_reads_in_chinese_but_its_values(
    written: Written,
) -> None:
    set_language("zh_TW")
    shown = wording.audit_summary(written.action, written.summary)
    assert not LATIN_WORD.search(re.sub(rf"{SAMPLE}|None", " ", shown)), shown


@pytest.mark.parametrize(
    ("action", "stored", "values"),
    [
        ("grade.change", "CS-2026-00001: preferred -> qualified", ["CS-2026-00001"]),
        ("blacklist.readmit", "re-admitted CS-2026-00001 as qualified", ["CS-2026-00001"]),
        ("media.issue", "medium M-0001: issue (ready -> issued)", ["M-0001"]),
        ("media.register", "medium M-0001 registered (classified)", ["M-0001"]),
        ("loan.return", "CS-1 of loan L-1 returned torn, fine 200", ["CS-1", "L-1"]),
        ("loan.return", "CS-1 of loan L-1 returned ok, fine waived", ["CS-1", "L-1"]),
        ("loan.reshelve", "CS-1 back on its shelf (as deputy archivist)", ["CS-1"]),
        ("reception.verify", "visitor sheet of 2026-12-01: CHANGED", ["2026-12-01"]),
        ("reception.verify", "visitor sheet of 2026-12-01: intact", ["2026-12-01"]),
        ("reception.relate", "registrations 3 and 4 related: parent_child", []),
        ("reception.event", "sign_in amy", ["amy"]),
        (
            "reception.walk_in",
            "row 3: amy (rotation, counted), skipped 1; row 4: bob (designated), skipped 0",
            ["amy", "bob"],
        ),
        ("form.print", "printed blacklist: 1 page(s) x 2 on HP LaserJet", ["HP LaserJet"]),
        (
            "form.save",
            "saved appraisal_form for customer 42 as /tmp/a.pdf (2 page(s))",
            ["/tmp/a.pdf"],
        ),
        ("logout", "signed out: AccountLocked", []),
        ("account.disable", "disabled account amy", ["amy"]),
        ("account.enable", "enabled account amy", ["amy"]),
        ("account.create", "created account amy (sales_manager)", ["amy"]),
        ("permission.denied", "refused: customer.void", []),
        ("login.failed", "unlock: wrong password", []),
        ("spot_check.mark", "spot check of CS-1: failed", ["CS-1"]),
        ("customer.request_change", "asked to change name, phones of CS-1", ["CS-1"]),
        ("office.settings", "office settings changed: codes, sample_size", []),
        (
            "backup.made",
            "backup made (automatic): r.rdbackup, 12 rows, audit head 9",
            ["r.rdbackup"],
        ),
        ("backup.verified", "backup r.rdbackup is not good: truncated", ["r.rdbackup"]),
        ("backup.failed", "backup failed: DestinationUnusable", []),  # the error's kind
        ("backup.failed", "backup failed: DiskFull", []),
        ("backup.failed", "backup failed: truncated", []),
        ("data.purged", "purged older than 2021-01-01: 3 customer_files, 2 loans", ["2021-01-01"]),
        ("extract.decide", "approved extract request 4 (sms)", []),
        (
            "customer.export",
            "exported 5 customer files to a.xlsx (extract request 4, approved by boss)",
            ["a.xlsx", "boss"],
        ),
    ],
)
def test_the_terms_inside_a_summary_are_worded_and_its_values_kept(
    action: str, stored: str, values: list[str]
) -> None:
    set_language("zh_TW")
    shown = wording.audit_summary(action, stored)
    for value in values:
        assert value in shown
        shown = shown.replace(value, " ")
    assert not LATIN_WORD.search(shown), shown
