"""A target's sentence said of the wrong side, for the check: campaign.yaml's ``story.met_target`` typed (or moved)
into the release of an area whose figure missed ``story.target``, or ``story.missed_target`` into one that met it.
Its figure is the target itself, true in every release, so only the sentence's own words tell the two apart."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.errors import possessive
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_known import Problem
from drafter.reports.check_states import words_of

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {area}, {target}: filled differently in each release
_SIDES = ("met_target", "missed_target")


def target_sides(d: Drafted, texts: Sequence[str]) -> list[Problem]:
    """A finding for each edited paragraph that reads as the target sentence drafter did not print for its area
    (the one for the other side of the target), where drafter printed the other."""
    campaign, language = d.universe.campaign, d.universe.style.language.code
    wordings = {side: [words_of(part) for part in _PLACEHOLDER.split(campaign.story_text(side, language))]
                for side in _SIDES}
    if not all(any(w for w in parts) for parts in wordings.values()):
        return []
    printed = {side for text in d.texts if (side := _reads_as(words_of(text), wordings))}
    if len(printed) != 1:  # neither printed (suppressed, not available), or a campaign's own template gave both
        return []
    drafted = printed.pop()
    other = _SIDES[1 - _SIDES.index(drafted)]
    key = "story." + other + ("" if language == "en" else f"_{language}")
    problems = []
    for j, text in enumerate(texts):
        if _reads_as(words_of(text), wordings) == other:
            said = "met" if other == "met_target" else "missed"
            truly = "missed" if said == "met" else "met"
            area = d.release.area
            problems.append(Problem(j, "wrong_target_side", text, "", None, f"says {area} {said} the target "
                                    f"(campaign.yaml's {key}), but {possessive(area)} latest figure {truly} it: "
                                    f"drafter wrote the sentence for an area that {truly} it"))
    return problems


def _reads_as(words: tuple[str, ...], wordings: dict[str, list[tuple[str, ...]]]) -> str:
    """The target sentence whose own words (all but its {…}) ``words`` holds in order, the one with more words
    where it holds both ('has not met the target' holds 'met the target' too); "" for neither."""
    held = [(sum(len(p) for p in parts), side) for side, parts in wordings.items() if _holds(words, parts)]
    return max(held)[1] if held and len(set(n for n, _ in held)) == len(held) else ""


def _holds(words: tuple[str, ...], parts: Sequence[tuple[str, ...]]) -> bool:
    at = 0
    for part in filter(None, parts):
        found = next((k for k in range(at, len(words) - len(part) + 1) if words[k:k + len(part)] == part), None)
        if found is None:
            return False
        at = found + len(part)
    return True
