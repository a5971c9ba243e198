"""The words of a story in campaign.yaml rather than in a template: each measure's subject and units, and the
story's own sentences, each checked here for the places it names ({area}, {parent}, an areas.csv column).

A shipped template reads them (:mod:`drafter.render.story`), so a press officer changes what a release says
by editing campaign.yaml, never Jinja2::

    measures:
      calls:
        label: calls to the crisis line
        unit: calls                 # "440 calls"
        unit_one: call              # "one call"
        subject: calls to the crisis line from {area}
        plural: true                # "calls … rise"
    story:
      rise: The rise follows the line's first advertising campaign, launched in January.
"""

from __future__ import annotations

import difflib
import re
import string

from drafter.errors import InputError
from drafter.load.schema import Mapping
from drafter.model import Area, Measure, SourceRef
from drafter.style.base import is_percentage
from drafter.style.numbers import is_money

PLACES = ("area", "parent", "organisation")  # {area}: the area as it reads mid-sentence; {parent}: its parent's
STORY_KEYS = {
    "rise": "a sentence printed only when the figure rose",
    "fall": "a sentence printed only when the figure fell",
    "unchanged": "a sentence printed only when the figure did not change",
    "background": "a sentence about the campaign or service behind the figures, printed whatever they did",
    "source_note": "the first note to editors: what the figures count and where they come from",
    "headline_start": "the words a headline saying what changed starts with: New figures show",
    "met_target": "a sentence printed only when the latest figure met story.target: {target} prints it",
    "missed_target": "a sentence printed only when the latest figure missed story.target: {target} prints it",
}
TARGET_MET = ("at or above", "at or below")  # story.target_met: which side of story.target meets it


def measure_words(entry: Mapping, unit: str, languages: list[str], columns: tuple[str, ...]
                  ) -> dict[str, object]:
    """A measure's words: ``unit_one``, ``subject`` and ``plural`` (and ``label_cy``, ``unit_cy``,
    ``unit_one_cy``, ``subject_cy`` for releases in Welsh), with their defaults."""
    unit_one = entry.text("unit_one", "person" if unit == "people" else unit)
    subject = entry.text("subject", "")
    if subject:
        check_places(subject, entry.ref("subject"), entry.key("subject"), columns)
    raw = entry.flag("plural", "is not true or false", "true (\"calls … rise\") or false (\"demand … rises\")")
    if raw is None and subject:
        raise entry.missing("plural", "plural: true when the subject takes a plural verb (\"calls … rise\"), "
                            "false when it takes a singular one (\"the number of calls … rises\")")
    translations: list[tuple[str, str, str]] = []
    if entry.has("rate_subject"):  # rate-change's subject for a count's rate per head: "the rate of fires in {area}"
        check_places(entry.text("rate_subject"), entry.ref("rate_subject"), entry.key("rate_subject"), columns)
        translations.append(("en", "rate_subject", entry.text("rate_subject")))
    for code in languages:
        for key in ("label", "unit", "unit_one", "subject", "rate_subject"):
            if entry.has(f"{key}_{code}"):
                text = entry.text(f"{key}_{code}")
                if key.endswith("subject"):
                    check_places(text, entry.ref(f"{key}_{code}"), entry.key(f"{key}_{code}"), columns)
                translations.append((code, key, text))
    per = entry.raw("per")
    if isinstance(per, str) and re.fullmatch(r"[1-9]\d{0,2}(,\d{3})+", per.strip()):
        per = int(per.replace(",", ""))  # "per: 100,000", as a press officer writes it
    if per is not None and (isinstance(per, bool) or not isinstance(per, int) or per < 1):
        raise entry.fail("per", "is not a whole number of 1 or more", per,
                         "how many people (or homes: the population's unit) a rate per head is given for, such as "
                         "1000 or 100000")
    population = entry.text("population", "")
    if population and per is None:
        raise entry.missing("per", "per: 1000 (or 100000): the rate per head is per this many of the population")
    return {"unit_one": unit_one, "subject": subject, "plural": bool(raw), "translations": tuple(translations),
            "population": population, "per": per or 0}


def check_populations(measures: tuple[Measure, ...]) -> None:
    """A measure's ``population`` names another measure of the campaign, a count."""
    ids = [m.id for m in measures]
    for measure in measures:
        if not measure.population:
            continue
        found = next((m for m in measures if m.id == measure.population), None)
        if found is None or found is measure or found.kind != "count":
            near = difflib.get_close_matches(measure.population, ids, n=1)
            raise InputError("is not another measure of the campaign that counts the population a rate divides "
                             "by (people, homes, pupils)", source=measure.source,
                             field=f"measures.{measure.id}.population", value=measure.population,
                             expected=f"did you mean {near[0]!r}?" if near and near[0] != measure.id else
                             "the id of a count measure such as population, given for some period")


def measure_kind(measure: Measure) -> tuple[str, str, str]:
    """What kind of measure a shipped template sees (:data:`drafter.shipped.TAKES`), and how a refusal names it, in
    full ("a rate in weeks", "money (unit: GBP)") and short ("money")."""
    if measure.kind == "count":
        return ("money", f"money (unit: {measure.unit})", "money") if is_money(measure.unit) else \
            ("count", "a count", "a count")
    if is_percentage(measure.unit):
        return "percentage", "a percentage", "a percentage"
    if measure.change_in == "unit":
        return "rate in its unit", f"a rate in {measure.unit}", f"a rate in {measure.unit}"
    return "rate", f"a rate ({measure.unit})", "a rate"


def check_template_measures(template: str, takes: tuple[tuple[str, ...], str] | None,
                            measures: tuple[Measure, ...], told: tuple[str, ...], periods: int = 2) -> None:
    """Refuse, before anything is drafted, a story measure of a kind the shipped template is not written for
    (league-table ranking a wait in weeks "by number"), saying which template to use instead. ``told``: the ids of
    the measures the story tells of; ``periods``: how many the campaign has (the template to use compares two)."""
    if takes is None:
        return
    for measure in (m for m in measures if m.id in told):
        kind, said, short = measure_kind(measure)
        if kind not in takes[0]:
            instead = "count-change" if kind == "money" else "rate-change"
            raise InputError(f"is {said}, and {template} {takes[1]}", source=measure.source,
                             field=f"measures.{measure.id}", value=measure.id,
                             expected=f"template: {instead} for {short}" + (
                                 "" if periods > 1 else ", which compares two periods: add the earlier period to "
                                 "periods: in campaign.yaml"))


def read_story(top: Mapping, measure_ids: list[str], languages: list[str], columns: tuple[str, ...]
               ) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], list[tuple[str, str, str]]]:
    """``story:``: which measure the story is about (default the first of ``measures:``, else the first
    measure), the measures a release of several gives (``measures:``, in order; empty: not set), its sentences,
    and their translations as (language, "story.rise", text)."""
    story = top.mapping("story", required=False)
    if story is None:
        return measure_ids[0], (), (), []
    listed: list[str] = []
    for item, ref in story.sequence("measures"):
        name = str(item).strip()
        if name not in measure_ids or name in listed:
            near = difflib.get_close_matches(name, measure_ids, n=1)
            raise InputError("is listed twice" if name in listed else "is not a measure in campaign.yaml",
                             source=ref, field=ref.key or "story.measures", value=item,
                             expected="each measure once" if name in listed else
                             f"did you mean {near[0]!r}?" if near else "one of " + ", ".join(measure_ids))
        listed.append(name)
    measure = story.text("measure", listed[0] if listed else measure_ids[0])
    if measure not in measure_ids:
        near = difflib.get_close_matches(measure, measure_ids, n=1)
        raise story.fail("measure", "is not a measure in campaign.yaml", measure,
                         f"did you mean {near[0]!r}?" if near else "one of " + ", ".join(measure_ids))
    sentences: list[tuple[str, str]] = []
    translations: list[tuple[str, str, str]] = []
    for key in STORY_KEYS:
        for code in ("", *languages):
            name = f"{key}_{code}" if code else key
            if not story.has(name):
                continue
            text = " ".join(story.text(name).split())
            check_places(text, story.ref(name), story.key(name), (*columns, *(("target",) if "target" in key else ())))
            if code:
                translations.append((code, f"story.{key}", text))
            else:
                sentences.append((key, text))
    if story.has("area_paragraph"):  # a paragraph of each area's own, from areas.csv: a case study
        column = story.text("area_paragraph")
        if column not in columns or column in ("area", "parent"):
            near = difflib.get_close_matches(column, columns, n=1)
            raise story.fail("area_paragraph", "is not a column of areas.csv", column,
                             f"did you mean {near[0]!r}?" if near else "the heading of a column of areas.csv "
                             "holding a paragraph for the areas that have one, such as case_study")
        sentences.append(("area_paragraph", column))
    sentences += _target(story, sentences)
    story.done()
    return measure, tuple(listed), tuple(sentences), translations


def _target(story: Mapping, sentences: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``story.target``, a figure of the story's measure in its unit (95 for "95 per cent"), and ``target_met``,
    which side of it meets it (default at or above; at or below for a wait or a response time): the release
    prints ``met_target`` or ``missed_target`` by which side the area's latest figure is on."""
    keys = {key for key, _ in sentences} & {"met_target", "missed_target"}
    raw, met = story.raw("target"), story.choice("target_met", TARGET_MET, TARGET_MET[0])
    if raw is None:
        if keys or story.has("target_met"):
            raise story.missing("target", f"the target {sorted(keys or {'target_met'})[0]} is about, a figure in "
                                "the measure's unit: target: 95 for 95 per cent")
        return []
    text = str(raw).strip().removesuffix("%").strip()
    text = text.removesuffix("per cent").strip().replace(",", "") if not isinstance(raw, bool) else "x"
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        raise story.fail("target", "is not a figure", raw, "the target as a figure in the measure's unit, "
                         "such as 95 for 95 per cent or 7 for seven minutes")
    if not keys:
        raise story.missing("met_target", "a sentence for the areas that met it, with {target} where the target "
                            "goes (met_target: That is above the target of {target}.), and missed_target for "
                            "the others")
    return [("target", text), ("target_met", met)]


def check_places(text: str, ref: SourceRef, field: str, columns: tuple[str, ...]) -> None:
    """Every {name} in ``text`` must be a place drafter fills: {area}, {parent}, {organisation} or an areas.csv
    column such as {force}."""
    known = [*PLACES, *columns]
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise InputError("has a { or } that does not close", source=ref, field=field, value=text,
                         expected="{area}, {parent}, {organisation} or an areas.csv column in braces") from None
    for name in names:
        if name not in known:
            near = difflib.get_close_matches(name, known, n=1)
            key = field.rsplit(".", 1)[-1]  # subject_cy naming {yn_cy}: text for another language's releases
            other = re.search(r"_[a-z]{2}$", key) and name.endswith(key[-3:])
            raise InputError(f"names {{{name}}}, which is not a place drafter fills", source=ref, field=field,
                             expected=(f"did you mean {{{near[0]}}}?" if near else
                                       f"a {name} column in areas.csv, as the example's has, for releases in "
                                       f"{key}'s language; if you publish none in it, delete {key}"
                                       if other else
                                       "{area}, {parent}, {organisation} or an areas.csv column in braces"))


def area_columns(areas: tuple[Area, ...]) -> tuple[str, ...]:
    """The extra columns of areas.csv (every area has the same ones)."""
    return tuple(column for column, _ in areas[0].extra) if areas else ()


def area_words(top: Mapping, others: list[str], languages: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """``area_word: force area`` (and ``area_words``, its plural, by default with an s): the kind of place the
    campaign's areas are, which releases print where they would say "area" ("of any force area", "The force areas
    of Wales", a table's "Force area" column). Each other language gives its own (``area_word_cy: ardal heddlu``,
    ``area_words_cy: ardaloedd heddlu``), and must where the campaign is published in it. As translations,
    (language, key, text), English's under ``en``."""
    found: list[tuple[str, str, str]] = []
    for code in ["en", *others]:
        tail = "" if code == "en" else f"_{code}"
        one, many = f"area_word{tail}", f"area_words{tail}"
        expected = "the kind of place your areas are, after one: area_word: force area" if code == "en" else \
            f"the kind of place your areas are in that language, after one ({one}: ardal heddlu)"
        word = top.text(one, "", expected=expected)
        if top.has(many) and not word:
            raise top.fail(many, f"is given without {one}", top.raw(many), f"{one}: the word after one, as well")
        if word:
            plural = top.text(many, "" if code != "en" else word + "s", expected=f"{one}'s plural")
            if not plural:
                raise top.missing(many, f"the plural of {word!r} ({many}: ardaloedd heddlu for ardal heddlu)")
            found += [(code, "area_word", word), (code, "area_words", plural)]
        elif code != "en" and top.has("area_word") and any(locale[:2] == code for locale in languages):
            raise top.missing(one, f"the words for {top.text('area_word')!r} in the releases in that language "
                              f"({one}: ardal heddlu, {many}: ardaloedd heddlu)")
    return found
