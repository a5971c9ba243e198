"""A percentage typed for a change the house style gives with its two figures, not as a percentage: a fall to none
("fell by 100 per cent" for drafter's "fell from 96 to none"), a rise from none (which has no percentage), and a
change from a base too small for one ("rose by 158 per cent" for "have risen from 12 to 31"); or in a rate's own unit
(``change_in: unit``: "fell by 15 per cent" for "fell by 2.2 weeks"). A finding says what the figures give, in the
words drafter drafted: a true percentage is a note on the house style, another a wrong figure, naming the fall or
rise it is not."""

from __future__ import annotations

from decimal import Decimal

from drafter.compute.changes import round_half_up
from drafter.reports.check_facts import Universe
from drafter.reports.check_known import Known
from drafter.reports.check_words import Item

UNPRINTED = "unprinted"  # the band of a change's percentage the house style does not print


def unprinted_percents(universe: Universe, area: str) -> list[Known]:
    """The percentage of each of the area's changes that the house style words with its two figures (a small base,
    a fall to none, a rise from none: value None) or in its own unit ("fell by 2.2 weeks"), as a fact whose text is
    the change as drafter words it."""
    found, facts = [], universe.of_area(area)
    printed = {k.change for k in facts if k.kind in ("percent", "points") and k.change}
    for known in facts:
        if known.kind != "band" or known.change in printed or known.band not in ("small_base", "units"):
            continue
        _, measure, old, new = known.change
        figures = universe.campaign.figures
        before, after = figures[(area, measure, old)].amount, figures[(area, measure, new)].amount
        percent = (after - before) / before * 100 if before else None
        said = next((k.text for k in facts if k.change == known.change and k.kind == "direction"), known.text)
        found.append(Known(area, known.name.replace(".band", ".percent"), "percent", said, known.what, known.sources,
                           percent, band=UNPRINTED, direction=known.direction, change=known.change))
    return found


def unprinted_note(item: Item, known: Known, universe: Universe) -> tuple[str, str]:
    """The kind of finding for ``item``, a percentage said of ``known`` (an unprinted one), and why, in a press
    officer's words: ("style", "a fall to none, which the house style gives with its two figures, not as a
    percentage"), or ("wrong_figure", "the figures give a fall of 100 per cent, …"); of a rate that changes in its
    unit, "a fall, which the house style gives in weeks, not as a percentage"."""
    way = "fall" if known.direction == "down" else "rise"
    measure = universe.campaign.measure(known.change[1])
    unit = measure.unit if measure.change_in == "unit" else ""  # "weeks": a rate's change in its unit
    how = f"in {unit}" if unit else "with its two figures"
    what = ("a rise from zero" if known.value is None else f"a {way}") if unit else "a fall to none" if \
        known.value == -100 else "a rise from none" if known.value is None else f"a {way} from a base this small"
    if known.value is None:
        return "wrong_figure", f"{what} has no percentage: the house style gives it {how}"
    exponent = item.value.as_tuple().exponent if item.value is not None else 0
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    exact = round_half_up(abs(known.value), places)
    if item.value == exact and not item.qualifier:
        return "style", f"{what}, which the house style gives {how}, not as a percentage"
    shown = format(exact.normalize(), "f") if places else format(exact.quantize(Decimal(1)), "f")
    return "wrong_figure", f"the figures give a {way} of {shown} per cent, which the house style gives {how}, not " \
                           "as a percentage"


def is_unprinted(known: Known | None) -> bool:
    return known is not None and known.kind == "percent" and known.band == UNPRINTED

