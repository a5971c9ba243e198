"""The layout keeps its promises (ARCHITECTURE.md): no import cycles, stages that never reach back, no module-level
mutable state, modules small enough to read, no language branches outside the language modules and no
POSIX-only calls. Each test reads the source; none imports drafter's modules.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "drafter"
MAX_LINES = 350


@functools.cache
def modules() -> dict[str, Path]:
    """drafter's modules by dotted name."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


@functools.cache
def syntax(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once for every test that reads it (none changes it)."""
    return ast.parse(path.read_text(encoding="utf-8"))


WALKED = (ast.Import, ast.ImportFrom, ast.Global, ast.Attribute, ast.Subscript)


@functools.cache
def nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of a module's tree that a test below looks at (imports, ``global`` statements, attributes and
    subscripts), found in one walk of the tree for all of them."""
    return tuple(node for node in ast.walk(syntax(path)) if isinstance(node, WALKED))


def imports(name: str, path: Path) -> set[str]:
    """The drafter modules ``name`` imports, at the top or inside a function."""
    known = modules()
    found: set[str] = set()
    for node in nodes(path):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target.startswith("drafter") and target not in (name, "drafter"):
                found.add(target)
    return found


@functools.cache
def graph() -> dict[str, set[str]]:
    return {name: imports(name, path) for name, path in modules().items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_itself_back_through_others() -> None:
    assert cycles(graph()) == []


# What each stage may import from drafter (besides itself, model and errors). Data flows load → compute →
# format (style) → render → write (writers, output) → reports; api joins them; cli calls the api only.
ALLOWED = {
    "drafter.model": {"drafter.exhibits", "drafter.sources"},  # tables and charts, source references, re-exported
    "drafter.exhibits": set(),
    "drafter.sources": set(),
    "drafter.errors": {"drafter.model"},
    "drafter.shipped": set(),
    "drafter.fileio": {"drafter.model"},
    "drafter.load": {"drafter.shipped", "drafter.style", "drafter.quotes"},
    "drafter.compute": set(),
    "drafter.style": {"drafter.compute", "drafter.shipped"},
    "drafter.quotes": {"drafter.compute", "drafter.load", "drafter.output", "drafter.style"},
    "drafter.document": set(),
    "drafter.render": {"drafter.compute", "drafter.style", "drafter.quotes", "drafter.document", "drafter.shipped"},
    "drafter.writers": {"drafter.document", "drafter.shipped"},
    "drafter.output": set(),
    "drafter.batch": {"drafter.load", "drafter.compute", "drafter.style", "drafter.render", "drafter.shipped"},
    "drafter.reports": {"drafter.batch", "drafter.document", "drafter.output", "drafter.quotes", "drafter.style",
                        "drafter.writers", "drafter.compute", "drafter.load"},  # check: load's bounds on a DOCX
    # send comes after output and reports: the media list (load), the releases as drafted (batch, document,
    # style for the embargo line, writers for the bodies), the manifest and lock (output), check (reports)
    "drafter.send": {"drafter.batch", "drafter.document", "drafter.load", "drafter.output", "drafter.reports",
                     "drafter.style", "drafter.writers"},
}


def stage(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])


@pytest.mark.parametrize("owner", sorted(ALLOWED))
def test_each_stage_imports_only_the_stages_before_it(owner: str) -> None:
    allowed = ALLOWED[owner] | {owner, "drafter.model", "drafter.exhibits", "drafter.errors",
                              "drafter.fileio"}  # shared pieces
    wrong = {f"{name} imports {target}" for name, targets in graph().items() if stage(name) == owner
             for target in targets if stage(target) not in allowed}
    assert sorted(wrong) == []


def test_only_the_cli_imports_the_cli_and_nothing_below_the_api_imports_the_api() -> None:
    for name, targets in graph().items():
        if stage(name) not in ("drafter.cli", "drafter.__main__"):
            assert not any(stage(target) == "drafter.cli" for target in targets), name
        if stage(name) not in ("drafter.cli", "drafter.__main__", "drafter.api", "drafter"):
            assert "drafter.api" not in targets, name


MUTATORS = {"append", "extend", "insert", "update", "setdefault", "pop", "popitem", "clear", "add", "discard",
            "remove", "__setitem__"}
MUTABLE = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)


def module_level_state(path: Path) -> list[str]:
    """Module-level names bound to a mutable container that are not constants (UPPER_CASE), ``global``
    statements, and code that changes a module-level constant."""
    tree = syntax(path)
    problems = []
    constants = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        value = getattr(node, "value", None)
        mutable = isinstance(value, MUTABLE) or (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                                                 and value.func.id in ("list", "dict", "set", "defaultdict", "deque"))
        for target in targets:
            if isinstance(target, ast.Name) and mutable and not target.id.startswith("__"):
                if target.id.isupper() or target.id.lstrip("_").isupper():
                    constants.add(target.id)
                else:
                    problems.append(f"{path.name}:{node.lineno}: {target.id} is mutable module-level state")
    for node in nodes(path):
        if isinstance(node, ast.Global):
            problems.append(f"{path.name}:{node.lineno}: global {', '.join(node.names)}")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in constants \
                and node.attr in MUTATORS:
            problems.append(f"{path.name}:{node.lineno}: changes the constant {node.value.id}")
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store | ast.Del) \
                and isinstance(node.value, ast.Name) and node.value.id in constants:
            problems.append(f"{path.name}:{node.lineno}: changes the constant {node.value.id}")
    return problems


def test_the_state_finder_finds_state(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("CACHE = {}\ncache = []\ndef f():\n    global x\n    CACHE['a'] = 1\n    CACHE.clear()\n")
    assert module_level_state(sample) == ["sample.py:2: cache is mutable module-level state", "sample.py:4: global x",
                                          "sample.py:5: changes the constant CACHE",
                                          "sample.py:6: changes the constant CACHE"]


def test_no_module_level_mutable_state() -> None:
    assert [p for path in modules().values() for p in module_level_state(path)] == []


def test_every_module_is_short_enough_to_read() -> None:
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_LINES}
    assert long == {}


def test_no_language_branches_outside_the_language_modules() -> None:
    branch = re.compile(r'language == "cy"|\.language == |language\.code == "')
    found = [f"{path.relative_to(ROOT)}:{n}" for path in PACKAGE.rglob("*.py") if "lang" not in path.parts
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if branch.search(line)]
    assert found == []


def test_messages_name_a_language_in_english_outside_the_language_modules() -> None:
    """drafter's messages are in English, so they say "Welsh", not the language's own name, "Cymraeg"
    (``Language.english``, not ``Language.name``)."""
    own_name = re.compile(r"\blang(uage)?\.name\b|Cymraeg")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in PACKAGE.rglob("*.py") if "lang" not in path.parts
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if own_name.search(line)
             and "languages_of" not in line]  # media.csv's language cell may say Cymraeg
    assert found == []


POSIX_ONLY = re.compile(r"\bos\.(pread|pwrite|fork|forkpty|sched_getaffinity|getuid|geteuid|killpg|setsid)\b|"
                        r"\bimport (fcntl|termios|pwd|grp|resource)\b|\bsignal\.SIG(KILL|HUP|USR1|USR2|ALRM)\b|"
                        r"[\"']/proc/|[\"']/dev/|[\"']/tmp\b|"
                        # not on Windows either: called directly, each stops drafter there with a traceback (the
                        # open flags are taken with getattr, as fileio does, or not at all)
                        r"\bos\.(link|symlink|chown|lchown|fchown|fchmod|mkfifo|mknod|sync|statvfs|getloadavg|"
                        r"setpgrp|getpgrp|getpgid|getgid|nice|lockf|fdatasync|sysconf|uname|posix_\w+)\(|"
                        r"\bos\.O_(NOFOLLOW|NONBLOCK|DIRECTORY|CLOEXEC|NOCTTY)\b|\btime\.tzset\b|"
                        r"\bsignal\.(alarm|pause|setitimer)\b")


def test_no_posix_only_calls_in_the_package() -> None:
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}" for path in PACKAGE.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if POSIX_ONLY.search(line)]
    assert found == []


def test_no_test_module_imports_another() -> None:
    """Shared test code lives in conftest.py (fixtures) and helpers.py (plain functions), never in a test module."""
    found = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        text = path.read_text(encoding="utf-8")
        if "test_" not in text.replace("def test_", "").replace("tests/test_", ""):
            continue  # parsed only where an import of a test module could be
        for node in ast.walk(ast.parse(text)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [
                f"{node.module}.{a.name}" for a in node.names] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.name} imports {name}" for name in names if name.startswith("tests.test_")]
    assert found == []


def _exported(path: Path) -> set[str]:
    """The names in a module's ``__all__``, read from its source."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return {str(ast.literal_eval(element)) for element in node.value.elts}  # type: ignore[attr-defined]
    return set()


def test_the_package_exports_every_quote_command_the_api_has() -> None:
    """``import drafter`` gives the public API (issue 14): draft, preview, check, facts, new_campaign and every
    quote command, so a quote command added to the API is exported with it ("add_quote" was not)."""
    api, package = _exported(PACKAGE / "api.py"), _exported(PACKAGE / "__init__.py")
    quote_commands = {name for name in api if re.fullmatch(r"\w+_quotes?", name)}
    assert {"add_quote", "approve_quote", "withdraw_quote", "list_quotes"} <= quote_commands
    assert quote_commands | {"draft", "preview", "check", "facts", "new_campaign", "DrafterError"} <= package
