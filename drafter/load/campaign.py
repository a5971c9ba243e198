"""campaign.yaml and the files it names → a validated :class:`~drafter.model.Campaign`."""

from __future__ import annotations

import dataclasses
import os
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path, PureWindowsPath

from drafter.errors import InputError, name_list
from drafter.fileio import capitals_hint, read_bounded, real_path
from drafter.load.area_names import AreaNames
from drafter.load.areas import load_areas
from drafter.load.chosen_areas import chosen_areas, language_areas
from drafter.load.dates import period_words, timing_notices, zone_differs, zone_said
from drafter.load.exhibits import read_exhibits
from drafter.load.figures import load_figures
from drafter.load.folder import CAMPAIGN_FILE, campaign_file
from drafter.load.media_columns import contact_address
from drafter.load.media_warnings import media_warnings
from drafter.load.numbers import same_places
from drafter.load.quotes_file import load_quotes
from drafter.load.schema import Mapping
from drafter.load.story import area_columns, area_words, check_places, check_populations, measure_words, read_story
from drafter.load.yamlio import load_yaml
from drafter.model import Campaign, Contact, Measure, Period, SourceRef, Warning
from drafter.quotes.choose import expiring
from drafter.shipped import template_hint, template_present
from drafter.style.base import SCALES, is_percentage
from drafter.style.house import PRESETS
from drafter.style.lang import languages as known_languages
from drafter.style.titles import name_words

MAX_REFERENCE_BYTES = 50_000_000
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def load_campaign(root: Path) -> Campaign:
    """Read and validate a whole campaign folder; raises :class:`InputError` naming the first problem."""
    path = campaign_file(root)
    lost: list[Warning] = []  # a ŵ or ŷ that saving the file as ANSI made a ?
    top = Mapping(load_yaml(path, CAMPAIGN_FILE, lost), CAMPAIGN_FILE)
    title = top.text("title", expected="the campaign's title, for the reviewer pack: title: Fires attended in 2024")
    organisation = top.text("organisation", expected="who issues the releases: organisation: Cumbria Fire Service")
    in_text = top.text("organisation_in_text", "")  # "The Lucy Faithfull Foundation": its "The" is its own
    template = top.text("template", expected="a shipped template such as count-change (drafter templates lists them), "
                        "or a folder of your own")
    if not _absolute(template):  # data\\templates\\mine, as Windows writes it, is data/templates/mine
        template = PureWindowsPath(template).as_posix()
    if not template_present(template, root):  # told here, with its line
        raise top.fail("template", "is not a shipped template or a folder in the campaign folder", template,
                       template_hint(template) + capitals_hint(root / template, "template"))
    locale = top.choice("locale", tuple(PRESETS), "en_GB")
    style = top.choice("style", tuple(PRESETS), locale)
    if PRESETS[style].language is not PRESETS[locale].language:
        same = ", ".join(name for name, p in PRESETS.items() if p.language is PRESETS[locale].language)
        raise top.fail("style", f"is a preset for another language than the locale {locale}", style,
                       f"a preset in the locale's language ({same})")
    languages = _languages(top, locale)
    release_date = top.date("release_date")
    embargo, said = top.datetime("embargo"), zone_said(str(top.raw("embargo") or ""))  # "12:01 a.m. ET": its zone
    timezone = top.text("timezone", said[1] if said else PRESETS[style].timezone)
    _check_timezone(top, timezone)
    if embargo and said and (differs := zone_differs(said[0], embargo, timezone)):
        raise top.fail("embargo", differs, top.raw("embargo"), f"the time in {timezone} with its zone as it is that "
                       "day, or the zone alone (ET, PT), or timezone: set to the zone the embargo is in")
    areas, areas_read = load_areas(root / "areas.csv", "areas.csv")
    columns = area_columns(areas)
    others = [code for code in known_languages() if code != "en"]
    measures = _measures(top, others, columns)
    check_populations(measures)
    periods = _periods(top, style)
    story_measure, story_measures, story, story_translations = read_story(top, [m.id for m in measures], others,
                                                                          columns)
    draft_areas, taken_too = chosen_areas(top, areas)

    outside: list[Warning] = []  # files campaign.yaml names outside the campaign folder

    def path_of(name: str, ref: SourceRef) -> Path:
        path = campaign_path(root, name, ref)
        if not real_path(path).is_relative_to(real_path(root)):
            outside.append(Warning("outside_campaign", f"{ref}: {ref.key} names {name}, which is outside the campaign "
                                   "folder; check it is the file you mean (a copy inside the folder travels with it)"))
        return path

    if isinstance(top.raw("figures"), dict):  # one file per period, as published
        from drafter.load.published import load_published  # on demand: ARCHITECTURE.md
        figures = load_published(top, areas, measures, periods, path_of)
    else:
        figures_name = top.text("figures", "") or _default_figures(root, top)
        sheet = top.text("figures_sheet", "") or None
        figures_path = path_of(figures_name, top.ref("figures"))
        figures = load_figures(figures_path, figures_name, areas, measures, periods, sheet)
    aligned, padded = same_places(figures.figures, measures)  # a rate "1" beside "0.4" prints as 1.0
    figures = dataclasses.replace(figures, figures=aligned, notices=figures.notices + (
        (Warning("rate_places", padded + " (a cell in Excel's General format shows 1.0 as 1)"),)
        if padded else ()))

    places = name_words(*(text for a in areas for text in (a.name, a.in_text, *(v for k, v in a.extra if k != "code"))))
    speakers, quotes, quote_notices = load_quotes(root / "quotes.yaml", "quotes.yaml", AreaNames.of(areas), places,
                                                  {organisation: in_text} if in_text else {}) \
        if _present(root / "quotes.yaml") else ((), (), ())  # a campaign may have no quotes

    contact_map = top.mapping("media_contact")
    assert contact_map is not None
    contact = Contact(
        name=contact_map.text("name", expected="who journalists contact: name: Press Office"),
        phone=contact_map.text("phone", expected="the press office's telephone number"),
        email=contact_address(contact_map), out_of_hours=contact_map.text("out_of_hours", ""),
    )
    translations = story_translations  # about_cy, notes_to_editors_cy, …: campaign text in another language
    translations += [("en", "organisation_in_text", in_text)] if in_text else []
    translations += area_words(top, [c for c in known_languages() if c != "en"], languages)
    for code in [c for c in known_languages() if c != "en"]:
        contact_name = contact_map.text(f"name_{code}", "")
        if contact_name:
            translations.append((code, "contact_name", contact_name))
        for key in ("about", "organisation", "title", "dateline", "label"):
            if top.has(f"{key}_{code}"):
                translations.append((code, key, top.text(f"{key}_{code}")))
        translations += [(code, "notes", _text_item(v, ref, columns))
                         for v, ref in top.sequence(f"notes_to_editors_{code}")]
        translations += [(code, "area", name) for name in language_areas(top, code, areas, languages)]
    contact_map.done()
    about = top.text("about", expected="the paragraph about your organisation that ends each release")
    notes = tuple(_text_item(v, ref, columns) for v, ref in top.sequence("notes_to_editors"))
    style_map = top.mapping("house_style", required=False)
    settings: tuple[tuple[str, str], ...] = ()
    if style_map is not None:
        settings = _style_settings(style_map)
    sum_tolerance = _tolerance(top)
    disclosure = _disclosure(top)
    dateline = top.text("dateline", "")
    label = top.text("label", "")
    reference = top.text("reference", "") or None
    if reference is not None:
        reference_path = path_of(reference, top.ref("reference"))
        _check_reference(reference_path, top)
        reference = reference_path.relative_to(root).as_posix() if reference_path.is_relative_to(root) \
            else str(reference_path)
    table, chart = read_exhibits(top, measures, periods, story_measure)
    top.done()
    return Campaign(
        root=str(root), title=title, organisation=organisation, template=template, locale=locale,
        style=style, release_date=release_date, embargo=embargo, timezone=timezone, measures=measures,
        periods=periods, areas=areas, draft_areas=draft_areas, figures=figures.figures,
        unavailable=figures.unavailable, notices=tuple(lost) + areas_read + taken_too + figures.notices + tuple(outside)
        + quote_notices + expiring(quotes, release_date)
        + media_warnings(root, areas, draft_areas)
        + timing_notices(release_date, embargo, periods, top.ref("release_date"), top.ref("embargo")),
        speakers=speakers, quotes=quotes, contact=contact, about=about, notes=notes, settings=settings,
        source=SourceRef(CAMPAIGN_FILE), sum_tolerance=sum_tolerance, reference=reference, languages=languages,
        translations=tuple(translations), disclosure_threshold=disclosure, dateline=dateline,
        story_measure=story_measure, story=story, story_measures=story_measures, table=table, chart=chart,
        label=label,
    )


def _languages(top: Mapping, locale: str) -> tuple[str, ...]:
    """``languages: [en_GB, cy_GB]`` publishes every release in each; the default is the locale alone."""
    items = top.sequence("languages")
    if not items:
        return (locale,)
    chosen: list[str] = []
    for value, ref in items:
        code = str(value).strip()
        if code not in PRESETS:
            raise InputError("is not a supported language", source=ref, field=ref.key, value=code,
                             expected="one of " + ", ".join(PRESETS))
        if any(PRESETS[code].language is PRESETS[c].language for c in chosen):
            raise InputError("repeats a language", source=ref, field=ref.key, value=code,
                             expected="each language once, in one of its presets: " + "; ".join(
                                 " or ".join(n for n, p in PRESETS.items() if p.language is language)
                                 for language in known_languages().values()))
        chosen.append(code)
    return tuple(chosen)


def _style_settings(style_map: Mapping) -> tuple[tuple[str, str], ...]:
    """``house_style:`` as (rule, value) pairs; a mapping under a preset's name gives ("cy_GB.rule", value)."""
    settings: list[tuple[str, str]] = []
    for key in [str(k) for k in style_map.data]:
        value = style_map.raw(key)
        if isinstance(value, dict):
            inner = style_map.mapping(key)
            assert inner is not None
            settings += [(f"{key}.{k}", str(inner.raw(str(k)))) for k in [str(k) for k in inner.data]]
        else:
            settings.append((key, str(value)))
    return tuple(settings)


def _disclosure(top: Mapping) -> int | None:
    """``disclosure_threshold: 5`` suppresses counts from 1 to 4 (off by default)."""
    raw = top.raw("disclosure_threshold")
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 2:
        raise top.fail("disclosure_threshold", "is not a whole number of 2 or more", raw,
                       "the smallest count that may be published, such as 5 (leave it out to switch it off)")
    return raw


def _tolerance(top: Mapping) -> Decimal:
    raw = top.raw("sum_tolerance")
    if raw is None:
        return Decimal(0)
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value < 0:
        raise top.fail("sum_tolerance", "is not a number of 0 or more", raw,
                       "how far a parent's figure may differ from the sum of its areas, e.g. 5")
    return value


def campaign_path(root: Path, text: str, ref: SourceRef) -> Path:
    """A file named in campaign.yaml: relative to the campaign folder, with ``/`` or ``\\`` between folders
    (``data\\figures.csv``, as Windows users write it), or absolute. A drive letter or network share
    (``C:\\…``, ``\\\\server\\share\\…``) is used as it is on Windows and refused elsewhere, where it cannot be
    reached."""
    windows = PureWindowsPath(text)
    if text.startswith("/"):
        return Path(text)
    if windows.drive or windows.root:
        if os.name == "nt":  # pragma: no cover - Windows only
            return Path(text)
        raise InputError("is a Windows drive or network path, which this computer cannot open", source=ref,
                         field=ref.key, value=text, expected="a path relative to the campaign folder, such as "
                         "data\\figures.csv")
    return root.joinpath(*windows.parts)


def _absolute(text: str) -> bool:
    return text.startswith("/") or bool(PureWindowsPath(text).drive or PureWindowsPath(text).root)


def _check_reference(path: Path, top: Mapping) -> None:
    """The letterhead is a Word file whose parts unpack to a sane size (read before any release), or one line why."""
    from drafter.load.archive import LETTERHEAD, check_archive, refuse_outside_links  # on demand: ARCHITECTURE.md
    try:
        data = read_bounded(path, top.ref("reference"), MAX_REFERENCE_BYTES)
    except (FileNotFoundError, InputError) as exc:
        raise top.fail("reference", getattr(exc, "problem", "is not a file in the campaign folder"), top.raw(
            "reference"), getattr(exc, "expected", None) or "a .docx or .dotx letterhead whose styles, header and "
            "footer the releases should use" + capitals_hint(path, "reference")) from None
    check_archive(data, top.ref("reference"), LETTERHEAD, name=str(top.raw("reference")), field="reference")
    refuse_outside_links(data, SourceRef(str(top.raw("reference"))))


def _present(path: Path) -> bool:
    """Whether anything is at ``path`` (a link, a special file, ``Quotes.yaml``: the loader says what is wrong)."""
    return path.exists() or path.is_symlink() or bool(capitals_hint(path))


def _default_figures(root: Path, top: Mapping) -> str:
    """figures.csv, or figures.xlsx or figures.ods when that is the one there; with two, campaign.yaml must say
    which (a workbook saved beside the example's figures.csv would otherwise be passed over without a word). With
    none, a figures.xls there is the one, so that it is refused as a file drafter does not read, saying what to do."""
    present = [name for name in ("figures.csv", "figures.xlsx", "figures.ods") if (root / name).exists()]
    if len(present) > 1:
        listed = name_list(present, and_word="and")
        raise InputError(f"the campaign folder has both {listed}" if len(present) == 2 else
                         f"the campaign folder has {listed}", source=top.ref(), field="figures",
                         expected=f"figures: {present[-1]} (or {present[0]}) in campaign.yaml to say which holds the "
                         "figures, or only one of them in the folder")
    unread = [name for name in ("figures.xls", "figures.xlsb", "figures.numbers") if (root / name).exists()]
    return present[0] if present else unread[0] if unread else "figures.csv"  # the one there, told to save it


def _check_timezone(top: Mapping, name: str) -> None:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder ("Europe"), a long name
        raise top.fail("timezone", "is not a known time zone", name, "an IANA zone such as Europe/London") \
            from None


def _measures(top: Mapping, languages: list[str], columns: tuple[str, ...]) -> tuple[Measure, ...]:
    measures = []
    entries = top.mapping("measures")
    populations = {str(e.get("population")) for e in (entries.data.values() if entries else ()) if isinstance(e, dict)}
    for measure_id, entry in top.items("measures"):
        if not _ID.match(measure_id):
            raise top.fail("measures", "is not a usable measure id", measure_id,
                           "lower-case letters, digits and underscores, starting with a letter: parcels, calls_999")
        # left out, the unit is "people", as it always has been; a warning says so, unless the measure is a
        # population, so that library loans are not printed as "118,250 people" without a word; a rate's is
        # "per cent", so that it changes in percentage points, as rates did before a unit could say otherwise
        unit_given = entry.raw("unit") is not None or measure_id in populations
        # a unit of per cent says the measure is a percentage, which is a rate whether or not kind: says so
        percentage = isinstance(entry.raw("unit"), str) and is_percentage(str(entry.raw("unit")))
        kind = entry.choice("kind", ("count", "rate"), "rate" if percentage else "count")
        unit = entry.text("unit", "per cent" if kind == "rate" else "people",
                          expected="the word that follows a number of it: unit: loans for \"118,250 loans\", "
                          "unit: people for \"440 people\"")
        required = entry.flag("required", "is not true or false",
                              "false when the measure is given for some areas only (templates ask has())")
        scale = SCALES[entry.choice("figures_in", tuple(SCALES), "units")]
        change_in = entry.choice("change_in", ("per cent", "unit"), "unit" if is_percentage(unit) else "per cent")
        if (kind == "count" and change_in == "unit") or (is_percentage(unit) and change_in == "per cent"):
            raise entry.fail("change_in", f"is not for a {'count' if kind == 'count' else 'percentage'}", change_in,
                             "change_in: unit on a rate (kind: rate) such as a wait in weeks, for \"fell by 2.2 weeks\""
                             "; a count changes in per cent, a percentage in percentage points")
        measures.append(Measure(
            id=measure_id,
            label=entry.text("label", expected="what is counted, in words: label: fires attended"),
            unit=unit,
            kind=kind,  # type: ignore[arg-type]
            source=entry.ref(),
            required=required is not False,
            unit_given=unit_given,
            scale=scale,
            change_in=change_in,  # type: ignore[arg-type]
            **measure_words(entry, unit, languages, columns),  # type: ignore[arg-type]
        ))
        entry.done()
    return tuple(measures)


def _periods(top: Mapping, preset: str) -> tuple[Period, ...]:  # each with its words for messages
    periods = []
    for period_id, entry in top.items("periods"):
        if not _ID.match(period_id):
            raise top.fail("periods", "is not a usable period id", period_id,
                           "lower-case letters, digits and underscores, starting with a letter: y2023, last_year")
        start, end = entry.date("start"), entry.date("end")
        if end < start:
            raise entry.fail("end", f"is before the start {start.isoformat()}", end.isoformat(),
                             "an end date on or after the start")
        periods.append(Period(period_id, start, end, entry.ref(), period_words(start, end, preset)))
        entry.done()
    if not periods:  # one period is a statement of where things stand; two or more can be compared
        raise top.fail("periods", "has no periods", None, "a period, or two to compare")
    return tuple(sorted(periods, key=lambda p: (p.start, p.end)))  # date order, however listed: never rise as fall


def _text_item(value: object, ref: SourceRef, columns: tuple[str, ...]) -> str:
    """A note to editors: its places ({area}, an areas.csv column) are filled in for each area, as a story's."""
    if not isinstance(value, str) or not value.strip():
        raise InputError("is not text", source=ref, field=ref.key, value=value, expected="a paragraph of text")
    from drafter.load.text import check_text

    check_places(value, ref, ref.key or "", columns)
    return check_text(" ".join(value.split()), ref, ref.key or "")
