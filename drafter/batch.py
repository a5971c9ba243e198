"""A campaign loaded, validated and ready to render: one :class:`Batch` per language it is published in, each
with its house style (the preset and the campaign's overrides) and its compiled template.

load → compute (the sums check) → format (the house style) → render; the API writes what this renders.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from drafter.compute.changes import round_rates
from drafter.compute.per_head import rates_per_head
from drafter.compute.sums import check_sums
from drafter.errors import InputError, UsageError, name_list
from drafter.load import load_campaign
from drafter.load.area_names import AreaNames
from drafter.load.name_forms import name_forms
from drafter.load.story import STORY_KEYS, check_template_measures
from drafter.model import Campaign, Measure, Release, Warning
from drafter.render.release import Renderer
from drafter.shipped import RATES_PER_HEAD, measure_kinds, reference_docx, resolve_template, stale_copy
from drafter.style.base import HouseStyle, Language
from drafter.style.house import PRESETS, resolve_style
from drafter.style.numbers import count_text, is_money

Renderers = dict[Path, Renderer]  # compiled templates by their file, kept by a caller that tries several languages


@dataclass(frozen=True)
class Batch:
    """A loaded campaign, ready to render: the house style and the compiled template."""

    campaign: Campaign
    areas: tuple[str, ...]  # the areas to draft, in order
    style: HouseStyle
    renderer: Renderer
    tag: str = ""  # "en" / "cy" in file names: every language but plain_language's
    drafts: bool = False  # draft quotes are printed, marked as not approved (preview, draft --draft-quotes)
    warnings: tuple[Warning, ...] = ()  # what loading and checking the campaign left out or let pass


def prepare(campaign_dir: Path, areas: Sequence[str] = (), *, locale: str | None = None,
            style: str | None = None, drafts: bool = False) -> Batch:
    """Load and validate a campaign and compile its template, for its first (or only) language."""
    return prepare_languages(campaign_dir, areas, locale=locale, style=style, drafts=drafts)[0]


def prepare_languages(campaign_dir: Path, areas: Sequence[str] = (), *, locale: str | None = None,
                      style: str | None = None, drafts: bool = False, campaign: Campaign | None = None,
                      renderers: Renderers | None = None) -> list[Batch]:
    """One batch per language the campaign is published in (``languages:``), or for ``locale`` alone.

    ``locale`` replaces the campaign's locale (and, unless ``style`` is given, its preset); ``style`` replaces
    the preset of the releases in that preset's language (in a bilingual campaign the other language keeps
    its own). A caller trying one campaign in several languages (``check``) passes the ``campaign`` it loaded
    and a dict of ``renderers`` it keeps, so each is loaded and each template compiled once.
    """
    for option, value in (("--locale", locale), ("--style", style)):
        if value is not None and value not in PRESETS:
            meant = [name for name in PRESETS if name.casefold() in (value.casefold().replace("-", "_"),
                                                                     value.casefold() + "_gb")]
            raise UsageError("is not a supported locale" if option == "--locale" else "is not a house-style preset",
                             field=option, value=value, expected=f"did you mean {meant[0]!r}?" if meant else
                             "one of " + ", ".join(PRESETS))
    campaign = campaign or load_campaign(campaign_dir)
    check_template_measures(campaign.template, measure_kinds(campaign.template, campaign_dir), campaign.measures,
                            campaign.story_measures or (campaign.story_measure,), len(campaign.periods))
    renderers = {} if renderers is None else renderers
    stale = stale_copy(campaign.template, campaign_dir)  # an unedited copy of an older shipped template
    notices = campaign.notices + check_sums(campaign) + ((Warning("template_copy", stale),) if stale else ())
    chosen = _choose_areas(campaign, areas)
    languages = (locale,) if locale else campaign.languages
    if style and not any(PRESETS[style].language is PRESETS[code].language for code in languages):
        raise UsageError("is a preset for releases in another language", field="--style", value=style,
                         expected="a preset in the language of the releases (" + ", ".join(languages) + ")")
    batches = []
    for language in languages:
        house = resolve_style(_preset(campaign, language, locale, style), campaign.settings, campaign.source,
                              main_language=PRESETS[campaign.locale].language.code)
        if house.locale != language:
            house = dataclasses.replace(house, locale=language)
        template = resolve_template(campaign.template, campaign_dir, house.language.code)
        renderer = renderers.get(template) or renderers.setdefault(template, Renderer(template, campaign_dir))
        code = house.language.code
        tag = code if len(campaign.languages) > 1 or code != plain_language(campaign) else ""
        scope = {t for lang, k, t in campaign.translations if (lang, k) == (code, "area")}  # areas_cy: [Wales]
        if locale and areas and scope and (outside := [a for a in chosen if a not in scope]):
            raise UsageError(f"has no release in {house.language.english}", field="--area", value=outside[0],
                             expected=f"an area areas_{code} in campaign.yaml publishes in {house.language.english} "
                             f"too; leave out --locale {locale} for its release in "
                             f"{PRESETS[campaign.locale].language.english}, or add the area to areas_{code}")
        rounded, said = round_rates(campaign, house.rate_places_max)  # "31.55" for 31.54567
        if rated_measures(campaign):  # rate-change: a count with population: and per: as its rate per head
            rounded, rated = rates_per_head(rounded, rated_measures(campaign),
                                            house.rate_places, functools.partial(rate_unit, style=house),
                                            house.language.code)
            said += rated
        batches.append(Batch(rounded, tuple(a for a in chosen if not scope or a in scope), house, renderer, tag,
                             drafts, notices + said))
    unnamed = label_notices(campaign, [b.style.language for b in batches]) + untranslated_notices(
        campaign, [b.style.language for b in batches])
    return [dataclasses.replace(b, warnings=b.warnings + unnamed) for b in batches] if unnamed else batches


def rated_measures(campaign: Campaign) -> tuple[str, ...]:
    """The story's measures a template of :data:`RATES_PER_HEAD` gives as a rate per head: those (not money) with
    ``population`` and ``per``."""
    if campaign.template not in RATES_PER_HEAD:
        return ()
    return tuple(m for m in campaign.story_measures or (campaign.story_measure,) if campaign.measure(m).population
                 and not is_money(campaign.measure(m).unit))


def rate_unit(m: Measure, people: Measure, style: HouseStyle) -> tuple[str, tuple[tuple[str, str, str], ...]]:
    """A rate per head's unit, as per_head() words it: "fires per 100,000 dwellings" in English; its label, and its
    unit and label in the style's language where it is another ("tanau fesul 100,000 o anheddau", from unit_cy and
    the population's), for the label a finding of drafter check, a warning or a table's caption gives it."""
    code = style.language.code
    per = count_text(Decimal(m.per), style, figures=True)
    many = people.words("unit", code) or people.unit
    of = style.language.counted(per, Decimal(m.per), people.words("unit_one", code) or many, many)
    words = ((code, key, style.furniture.per_head.format(rate=m.words(key, code), per=of))
             for key in ("unit", "label") if code != "en" and m.words(key, code))
    return f"{m.unit} per {m.per:,} {people.unit}", (("en", "label", f"{m.label} per {m.per:,} {people.unit}"),
                                                     *words)


def label_notices(campaign: Campaign, languages: Sequence[Language]) -> tuple[Warning, ...]:
    """A measure with no label in a language its releases are drafted in (no ``label_cy``, nor ``unit_cy``): the
    reviewer pack and a correction's list of what changed would name it in English. Said once, with the key."""
    return tuple(Warning("label_missing", f"measure {m.id!r} has no label_{language.code} in campaign.yaml, so the "
                         "reviewer pack and lists of what changed name it in English in releases in "
                         f"{language.english} ({m.label!r}): add label_{language.code}: under measures: {m.id}: "
                         f"(measures.{m.id}.label_{language.code}), what it counts in {language.english}")
                 for language in dict.fromkeys(languages) for m in campaign.measures
                 if not m.words("label", language.code, "unit"))


def untranslated_notices(campaign: Campaign, languages: Sequence[Language]) -> tuple[Warning, ...]:
    """Text campaign.yaml gives in English only (``story: rise:`` without ``rise_cy``, ``about`` without
    ``about_cy``, notes to editors), which releases in another language leave out: said once per language, with
    the keys to add, so that a Welsh release does not go out without its source note unawares; in a campaign that
    is Welsh first (``locale: cy_GB``) as in one that is English first. And the page's ``label`` ("PRESS RELEASE"),
    which a Welsh release carries as written without ``label_cy``."""
    notices = []
    for language in dict.fromkeys(lang for lang in languages if lang.code != "en"):
        code = language.code
        missing = [f"story.{key}" for key, _ in campaign.story  # its sentences: not area_paragraph, a column of
                   if key in STORY_KEYS and not campaign.story_text(key, code)]  # areas.csv, nor target, a figure
        missing += ["about"] if campaign.about and not campaign.text_for("about", code) else []
        missing += ["notes_to_editors"] if campaign.notes and not campaign.notes_for(code) else []
        if missing:
            adds = [f"{key}_{code}" for key in missing]
            notices.append(Warning("text_untranslated", f"releases in {language.english} leave out what campaign.yaml "
                                   f"gives in English only ({name_list(missing)}): add "
                                   f"{name_list(adds, and_word='and')}, the same "
                                   f"text in {language.english}"))
        if campaign.label and not campaign.text_for("label", code):
            notices.append(Warning("label_untranslated", f"releases in {language.english} carry campaign.yaml's label "
                                   f"as written ({campaign.label!r}) at the top of every page: add label_{code}:, "
                                   f"the label in {language.english}"))
    return tuple(notices)


def plain_language(campaign: Campaign) -> str:
    """The code of the language whose releases have plain names (``cheshire.docx``): a campaign's only language.
    Every other language's releases carry its code (``cheshire.cy.docx``), so a release drafted with
    ``--locale cy_GB`` into a folder of the campaign's English ones lives beside them, never under their names.
    In a bilingual campaign every release carries its code; a plain name there is from before (the locale's)."""
    return PRESETS[campaign.languages[0] if len(campaign.languages) == 1 else campaign.locale].language.code


def _preset(campaign: Campaign, language: str, locale: str | None, style: str | None) -> str:
    """The preset for releases in ``language``: --style, else --locale, else campaign.yaml's ``style:`` when it
    is in that language, else the language's own preset."""
    same = PRESETS[language].language
    for candidate in (style, locale, campaign.style):
        if candidate and PRESETS[candidate].language is same:
            return candidate
    return language


def _choose_areas(campaign: Campaign, areas: Sequence[str]) -> tuple[str, ...]:
    if not areas:
        return campaign.draft_areas
    names = AreaNames.of(campaign.areas)
    return tuple(dict.fromkeys(area_typed(campaign, name, names) for name in areas))


def area_typed(campaign: Campaign, name: str, names: AreaNames | None = None) -> str:
    """The area ``--area`` names, as a press officer types it: by any name drafter reads in a figures file (areas.csv's
    name in any form, its ``name_cy`` or ``other_names``, its code), its files' name or as its releases print it
    (``in_text``, "the north west"). A name two areas answer to is refused, naming both; one no area answers to
    is refused with "did you mean" for a slip, else the areas whose names hold it, else some of them."""
    names = names or AreaNames.of(campaign.areas)
    try:
        match = names.typed(name, "--area")
    except InputError as both:
        parted = " or ".join(repr(a) for a in names.parted if f"{a!r} (areas.csv row" in both.problem)
        raise UsageError(both.problem, field="--area", value=name,
                         expected="a name only one area answers to: " + (f"{parted}, as drafter names areas that "
                         "areas.csv gives one name" if parted else "the area's name as areas.csv writes it, or its "
                         "code")) from None
    if match is None:  # a slip, else the areas whose names hold what was typed ("St Marys"), else some
        known = [a.name for a in campaign.areas]
        form = name_forms(name)[-1]
        within = [a for a in known if form and form in name_forms(a)[-1]]
        near = (within[0] if len(within) == 1 else None) if within else names.near(name)
        raise UsageError("is not an area in areas.csv", field="--area", value=name,
                         expected=f"did you mean {near!r}?" if near else
                         ("one of the areas whose names hold it: " + name_list(within, 12) if within else
                          "one of " + name_list(known, 12)))
    return match


def render_all(batch: Batch) -> tuple[Release, ...]:
    return tuple(releases(batch))


def releases(batch: Batch) -> Iterator[Release]:
    """The batch's releases one by one, as each is rendered (a batch never holds them all)."""
    for name in batch.areas:
        yield release_of(batch, name)


def release_of(batch: Batch, area: str) -> Release:
    """One area's release of the batch, rendered, its slug tagged with the batch's language where it has one."""
    release = batch.renderer.render(batch.campaign, batch.campaign.area(area), batch.style, drafts=batch.drafts)
    return dataclasses.replace(release, slug=f"{release.slug}.{batch.tag}") if batch.tag else release


def campaign_reference(campaign: Campaign) -> Path:
    """The reference DOCX whose styles, page set-up, header and footer the releases take."""
    if campaign.reference:
        return Path(campaign.root) / campaign.reference
    return reference_docx()
