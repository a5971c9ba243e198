"""A template is the campaign's own code: whatever it calls, with whatever arguments, a mistake in it is one line
naming the template's line and what was wrong, never a traceback, and no loop, recursive or not, runs past
drafter's limits. (Each rule is tested here on a template rendered alone; test_bad_inputs.py has the line as the
command prints it.)"""

from __future__ import annotations

import inspect
import os
import sys
from pathlib import Path

import pytest

from drafter.errors import TemplateError
from drafter.load.text import slugify
from drafter.render import limits
from drafter.render.arguments import check_arguments
from drafter.render.environment import ReleaseTemplate


def rendered(tmp_path: Path, body: str, **variables: object) -> str:
    path = tmp_path / "mine" / "release.md.j2"
    path.parent.mkdir(exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return ReleaseTemplate(path, root=tmp_path).render({"area": "Cheshire", **variables}, "Cheshire")


def refused(tmp_path: Path, body: str, **variables: object) -> str:
    with pytest.raises(TemplateError) as caught:
        rendered(tmp_path, body, **variables)
    return caught.value.line()


MISTAKES = [
    ('{{ area.split("") }}', "cannot be worked out (empty separator)"),
    ("{% for i in range(1, 5, 0) %}x{% endfor %}", "cannot be worked out (range() arg 3 must not be zero)"),
    ('{{ area - "x" }}', "cannot be worked out (unsupported operand type(s) for -: 'str' and 'str')"),
    ("{{ area.startswith(none) }}", "cannot be worked out (startswith first arg must be str or a tuple of str, "
                                    "not NoneType)"),
]


@pytest.mark.parametrize(("body", "problem"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_a_mistake_in_the_template_itself_is_one_line_naming_its_line(tmp_path: Path, body: str, problem: str
                                                                      ) -> None:
    assert refused(tmp_path, "# Title\n\n" + body + "\n") == (
        f"mine/release.md.j2:3: template: area 'Cheshire': {problem} (expected an expression that works for every "
        "area, with text where text is wanted and a list where a loop is (docs/templates.md))")


def test_a_loop_over_something_that_is_not_a_list_is_one_line(tmp_path: Path) -> None:
    assert refused(tmp_path, "{% for x in n %}{% endfor %}\n", n=True) == (
        "mine/release.md.j2:1: template: area 'Cheshire': loops over true, which is not a list (expected a template "
        "within drafter's limits (docs/templates.md))")


def test_a_recursive_loop_counts_every_turn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("drafter.render.limits.MAX_LOOP_STEPS", 1_000)
    body = ("{% for x in range(30) recursive %}{% if loop.depth < 4 %}{{ loop(range(30)) }}{% endif %}"
            "{% endfor %}\n")  # 30 + 900 + 27,000 turns, each loop but the first started by loop(…)
    assert refused(tmp_path, body) == (
        "mine/release.md.j2:1: template: area 'Cheshire': runs its loops more than 1,000 times for one release "
        "(expected a template within drafter's limits (docs/templates.md))")


def test_a_template_including_itself_is_said_to_call_itself(tmp_path: Path) -> None:
    assert refused(tmp_path, '{% include "release.md.j2" %}\n').endswith(
        "template: area 'Cheshire': calls itself too deeply (a macro, or a template that includes or extends itself) "
        "(expected a macro or template that stops calling itself)")


@pytest.mark.parametrize("body", ["{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}\n",
                                  '{% include "release.md.j2" %}\n', '{% extends "release.md.j2" %}\n'],
                         ids=["macro", "include", "extends"])
def test_a_template_calling_itself_is_stopped_by_drafter_before_pythons_own_limit(
        tmp_path: Path, body: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    """At Python's own recursion limit, objects finalised as the stack unwinds fail again, and Python prints
    that over the one-line error (CI saw it); drafter's check stops the template with the stack far from it."""
    stopped: list[int] = []
    check = limits.check_depth

    def spied() -> None:
        try:
            check()
        except RecursionError:
            stopped.append(len(inspect.stack(0)))
            raise

    monkeypatch.setattr(limits, "check_depth", spied)
    assert refused(tmp_path, body).endswith("calls itself too deeply (a macro, or a template that includes or "
                                            "extends itself) (expected a macro or template that stops calling itself)")
    assert len(stopped) == 1 and stopped[0] <= sys.getrecursionlimit() - limits.STACK_HEADROOM + 1
    assert capfd.readouterr().err == ""


def test_a_helper_given_the_wrong_kind_of_argument_is_refused_before_it_runs(tmp_path: Path) -> None:
    assert refused(tmp_path, "{{ slug(5) }}\n", slug=slugify) == (
        "mine/release.md.j2:1: template: area 'Cheshire': slugify(): name is 5, not text (expected the helper's "
        "arguments as docs/templates.md lists them)")


@pytest.mark.parametrize(("args", "kwargs", "problem"), [
    ((5,), {}, "slugify(): name is 5, not text"),
    ((["a"],), {}, "slugify(): name is a list, not text"),
    ((None,), {}, "slugify(): name is none, not text"),
])
def test_each_argument_is_checked_against_the_helpers_signature(args: tuple[object, ...], kwargs: dict[str, object],
                                                                  problem: str) -> None:
    with pytest.raises(TemplateError) as caught:
        check_arguments(slugify, args, kwargs)
    assert caught.value.problem == problem


def test_the_kinds_a_signature_gives_are_told_apart() -> None:
    def helper(measure: str, period: str | None = None, exact: bool = False, places: int | None = None,
               columns: list[str] | None = None) -> None: ...
    helper.__module__ = "drafter.render.context"
    check_arguments(helper, ("contacts", None), {"exact": True, "places": 2, "columns": ["before", "after"]})
    for kwargs, problem in [({"exact": 1}, "exact is 1, not true or false"), ({"places": True}, "places is true, "
                            "not a whole number or none"), ({"columns": ["a", 5]}, "columns is a list, not a list of "
                            "texts or none"), ({"period": 5}, "period is 5, not text or none")]:
        with pytest.raises(TemplateError) as caught:
            check_arguments(helper, ("contacts",), kwargs)
        assert caught.value.problem == f"helper(): {problem}"
    check_arguments(helper, (), {})  # a call that does not fit at all is left for Python to refuse in its words
    check_arguments(str.upper, (5,), {})  # only drafter's own functions are checked


def test_a_template_file_larger_than_any_template_is_refused_before_it_is_read(tmp_path: Path) -> None:
    # A sparse file (truncate -s 3G) was read whole: gigabytes of memory, then a traceback.
    part = tmp_path / "mine" / "part.md.j2"
    part.parent.mkdir()
    part.write_bytes(b"")
    os.truncate(part, 2_000_001)
    assert refused(tmp_path, '{% include "part.md.j2" %}\n') == (
        'template: "part.md.j2" is larger than any template (expected a template file of at most 2,000,000 bytes)')


@pytest.mark.parametrize(("body", "reason"), [
    ("{% if true %}" * 120 + "x" + "{% endif %}" * 120, "too many levels of indentation (release.md.j2, line "),
    ("{{ " + "(" * 3000 + "area" + ")" * 3000 + " }}", "maximum recursion depth exceeded"),
], ids=["ifs", "brackets"])
def test_a_template_nested_too_deeply_to_compile_is_one_line(tmp_path: Path, body: str, reason: str) -> None:
    line = refused(tmp_path, body + "\n")  # Python's words, with the line of the code Jinja2 made, in brackets
    assert line.startswith(f'template: "release.md.j2" nests ifs, loops or brackets too deeply to be compiled '
                           f"({reason}")
    assert line.endswith(") (expected a template nesting them a few levels deep)")
