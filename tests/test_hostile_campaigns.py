"""A property test over hostile campaigns (issue 19): the example campaign's files are mutated (bytes, cells,
YAML values, template snippets) and every run ends with exit status 0 or 1 and one error line, never a
traceback."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from drafter.cli import app
from tests.conftest import EXAMPLE

FILES = ("campaign.yaml", "areas.csv", "figures.csv", "quotes.yaml")
SNIPPETS = ['{{ "a" * 10**9 }}', "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
            "{{ lipsum(n=2000000) }}", "{{ range(10**9) }}", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
            '{{ figure("contacts", "after") ~ area.name }}', "{{ 1 / 0 }}", "{{ area.name.center(99) }}",
            "{{ 10 ** 10 ** 10 }}", '{{ "%d" % 3 }}', "{{ area.name | join(', ') }}", "{{ [1] * 99999999 }}",
            "{{ change('contacts').nope }}", "{% for c in area.name %}{{ c }}{% endfor %}", "{{ quote('x') }}"]
CELLS = ["-0", "৪", "９", "1e9", "9" * 40, "", "=A1", "\ud800", "1,2,3", "0x10", "NaN", "Infinity", "١٢٣", " ", '"']
YAML_VALUES = ["", "[", "{a: 1}", "- x", '"\\ud800"', "!!python/object:os.system", "&a x", "*a", "2018-02-30",
               "9" * 40, "C:\\x", "\\\\server\\share", "../../etc/passwd", "/dev/zero", "null", "true", "0.1e999"]

mutation = st.one_of(
    st.tuples(st.just("bytes"), st.sampled_from(FILES), st.integers(0, 3000), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("cell"), st.sampled_from(("areas.csv", "figures.csv")), st.integers(0, 60),
              st.sampled_from(CELLS)),
    st.tuples(st.just("yaml"), st.sampled_from(("campaign.yaml", "quotes.yaml")), st.integers(0, 80),
              st.sampled_from(YAML_VALUES)),
    st.tuples(st.just("template"), st.just(""), st.integers(0, 0), st.sampled_from(SNIPPETS)),
)


def _mutate(campaign: Path, kind: str, name: str, at: int, new: object) -> None:
    if kind == "template":
        (campaign / "mine").mkdir(exist_ok=True)
        (campaign / "mine" / "release.md.j2").write_text(
            '{% extends "base/release.md.j2" %}\n{% block headline %}' + str(new) + "{% endblock %}\n", "utf-8")
        text = (campaign / "campaign.yaml").read_bytes()
        (campaign / "campaign.yaml").write_bytes(text.replace(b"template: helpline-rise", b"template: mine"))
        return
    path = campaign / name
    data = path.read_bytes()
    if kind == "bytes":
        at %= len(data)
        assert isinstance(new, bytes)
        path.write_bytes(data[:at] + new + data[at + len(new):])
        return
    text = data.decode("utf-8", "surrogateescape")  # an earlier mutation may have broken the encoding
    if kind == "cell":
        cells = [(i, j) for i, line in enumerate(text.split("\n")) for j in range(len(line.split(",")))]
        i, j = cells[at % len(cells)]
        lines = text.split("\n")
        row = lines[i].split(",")
        row[j] = str(new)
        lines[i] = ",".join(row)
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass" if new == "\ud800" else "surrogateescape"))
        return
    lines = text.split("\n")
    keyed = [i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")]
    i = keyed[at % len(keyed)]
    key = lines[i].split(": ", 1)[0]
    lines[i] = f"{key}: {new}"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape"))


@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(mutation, min_size=1, max_size=3))
def test_a_mutated_campaign_ends_with_exit_0_or_1_and_never_a_traceback(tmp_path: Path,
                                                                         mutations: list[tuple]) -> None:
    campaign = tmp_path / uuid.uuid4().hex
    shutil.copytree(EXAMPLE, campaign)
    for kind, name, at, new in mutations:
        _mutate(campaign, kind, name, at, new)
    result = CliRunner().invoke(app, ["draft", str(campaign), "--out", str(campaign / "out"), "--format", "md"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1), result.stderr
    if result.exit_code:
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
