"""Shared fixtures: the shipped example, copies of it to break, and golden-file comparison."""

from __future__ import annotations

import functools
import gc
import os
import shutil
import sys
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
import typer.testing
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "templates" / "helpline-rise" / "example"
GOLDEN = Path(__file__).resolve().parent / "golden"
MEMORY_NEEDED = 1 << 30  # bytes free in memory for the tests' folders to go there (pytest_configure)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


# The quick local run (-m "not slow" -n auto, CONTRIBUTING.md) tries a tenth of each property test's examples;
# every other run, CI's included, tries them all: hypothesis's 100, or the number a test asks for through
# helpers.examples. (A quarter of them cost the quick run about 2 s of CPU more than a tenth.)
settings.register_profile("quick", max_examples=10)


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector
                        ) -> Generator[None, list[pytest.Collector], list[pytest.Collector]]:
    """``--doctest-modules`` (pyproject.toml) is for drafter's own examples. The test modules have none, and
    searching each of them for one (this conftest's hooks see only tests/) cost every test process a fifth of its
    collection."""
    collected = yield
    return [node for node in collected if type(node).__name__ != "DoctestModule"]


def pytest_configure(config: pytest.Config) -> None:
    # Python keeps each module it compiles, and pytest each test module it rewrites, in __pycache__ (which git
    # ignores), unless the shell says not to (PYTHONDONTWRITEBYTECODE, set in some containers). Without them each
    # of the quick run's processes compiles drafter and rewrites every test module again, run after run: about a
    # tenth of the quick run's CPU. So the tests keep them; drafter is imported only from here on (not above). The
    # processes -n starts (and the CLI's, in the tests that run it) are told so as they start, before pytest
    # imports its plugins, whose rewritten copies it keeps too (rewriting them took each a third of its start-up).
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    spread = config.getoption("numprocesses", None) or "PYTEST_XDIST_WORKER" in os.environ
    if config.getoption("markexpr", "") == "not slow" and spread and not config.getoption("hypothesis_profile", None):
        settings.load_profile("quick")
    # Python's cyclic garbage collector runs after every 700 allocations, and every so often walks every object the
    # process holds: in a test process (pytest, hypothesis, drafter, every test module) each such walk took about
    # 130 ms, and collecting took 7% of the quick run's CPU. Collecting after every 10,000, and setting aside
    # (gc.freeze) what collection made, which lives to the end anyway, halves that. No test relies on when garbage
    # is collected.
    gc.set_threshold(10_000, 10, 10)
    # Each test's folder (tmp_path) goes in memory where the system keeps a folder there (Linux's /dev/shm), unless
    # the shell chose where temporary files go (TMPDIR, or pytest's PYTEST_DEBUG_TEMPROOT): the tests copy
    # campaigns and draft, flush and rename thousands of files, and on a journalled drive creating, flushing and
    # removing them took a quarter of the quick run's CPU. drafter's calls are the same either way; a test that
    # needs a drive's failures (full, read-only, held open) makes them itself. A run's folders take about 70 MB and
    # pytest keeps the last three runs', so only where it has room (a container's is often 64 MB).
    memory = Path("/dev/shm")
    if not (os.environ.get("TMPDIR") or os.environ.get("PYTEST_DEBUG_TEMPROOT")) and memory.is_dir() \
            and os.access(memory, os.W_OK | os.X_OK) and shutil.disk_usage(memory).free >= MEMORY_NEEDED:
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(memory)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()  # the modules, tests and fixtures' definitions: never garbage, so never walked again


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of the shipped example campaign, safe to edit."""
    target = tmp_path / "campaign"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture
def food(tmp_path: Path) -> Path:
    """A private copy of count-change's example campaign (food parcels in Wales, in English and Welsh), safe to edit."""
    from drafter.shipped import shipped_root  # drafter is imported only once pytest_configure has run

    target = tmp_path / "food"
    shutil.copytree(shipped_root() / "count-change" / "example", target)
    return target


@pytest.fixture(autouse=True, scope="session")
def _click_command_built_once() -> Iterator[None]:
    """typer's CliRunner builds the click command from the app on every invoke (a quarter of a failing
    ``draft``'s time); drafter's app does not change while the tests run, so each process builds it once."""
    with pytest.MonkeyPatch.context() as patch:
        built = getattr(typer.testing, "_get_command", None)
        if built is not None:
            patch.setattr(typer.testing, "_get_command", functools.cache(built))
        yield


@pytest.fixture(scope="session")
def example_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped example drafted once per test process (every area, every default format): copy, never edit."""
    from drafter import api

    out = tmp_path_factory.mktemp("example-draft") / "out"
    api.draft(EXAMPLE, out)
    return out


@pytest.fixture
def inbox(example_draft: Path, tmp_path: Path) -> Path:
    """Cheshire's release as it comes back from a colleague: alone in another folder, with no manifest."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copyfile(example_draft / "cheshire.docx", folder / "cheshire.docx")
    return folder / "cheshire.docx"


@pytest.fixture
def drafted_example(example: Path, example_draft: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the example campaign and of its draft in ``tmp_path / "out"``: the same bytes a fresh
    ``api.draft(example, out)`` writes, for tests about what comes after drafting. Both are safe to edit."""
    out = tmp_path / "out"
    shutil.copytree(example_draft, out)
    return example, out


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>; ``pytest --update-golden`` rewrites it on purpose."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {path} is missing: run pytest --update-golden and review it")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return check


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must be present) with ``new`` in a text file."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def files_in(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def spaced(text: str) -> str:
    """Word's text as a person reads it: the no-break spaces drafter keeps a figure and its unit together with
    ("193 per cent") as plain spaces."""
    return text.replace("\u00a0", " ")
