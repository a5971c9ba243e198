"""A derived fact of the fact sheet in words, for a finding of the check: "Powys's rank by fires per 10000 in the
first period (year)" rather than its name in the fact sheet, "fires.year.per_10000.rank".

>>> nth = {"before": "first", "after": "second"}.get
>>> derived_words("contacts.after.per_100000.rank", "Cheshire", nth)
"Cheshire's rank by contacts per 100000 in the second period (after)"
>>> derived_words("contacts.after.share", "Cheshire", nth)
"Cheshire's share of its region's contacts in the second period (after)"
>>> derived_words("contacts.before-after.change.rank_lowest", "Cheshire", nth)
"Cheshire's rank, lowest first, by the change in contacts from the first period to the second"
>>> derived_words("contacts.after", "Cheshire", nth) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DERIVED = re.compile(r"^(?P<m>[a-z0-9_]+)\.(?P<p>[a-z0-9_]+(?:-[a-z0-9_]+)?)"
                      r"(?:\.(?P<what>per_(?P<per>\d+)|share|change|percent))?(?P<rank>\.rank(?:_lowest)?)?$")


def derived_words(name: str, area: str, nth: Callable[[str], str | None]) -> str | None:
    """``name`` (a rate per head, a share, or a rank by count, rate, change or percent) in words, or None for a
    fact that is not one of those."""
    found = _DERIVED.match(name)
    if found is None or not (found["rank"] or (found["what"] or "").startswith(("per_", "share"))):
        return None
    m, period, what = found["m"], found["p"], found["what"] or "count"
    if what in ("change", "percent"):
        old, _, new = period.partition("-")
        words = (f"the {'change' if what == 'change' else 'percentage change'} in {m} from the {nth(old)} period "
                 f"to the {nth(new)}")
    else:
        when = f"in the {nth(period)} period ({period})"
        words = {"count": f"{m} {when}", "share": f"share of its region's {m} {when}"}.get(
            what, f"{m} per {found['per']} {when}")
    if not found["rank"]:
        return f"{area}'s {words}"
    return f"{area}'s rank{', lowest first,' if found['rank'] == '.rank_lowest' else ''} by {words}"
