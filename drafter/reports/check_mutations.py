"""A place left unmutated where the release's language mutates it, in edited text: Welsh "yn Conwy" typed over
drafter's "yng Nghonwy", or in a sentence a colleague added (:func:`unmutated_places`). A form drafter itself printed
(areas.csv's ``yn_cy`` written "yn Conwy" on purpose) is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafter.model import Area
from drafter.style.base import Language


def unmutated_places(texts: Sequence[str], drafted: Sequence[str], language: Language, areas: Sequence[Area]
                     ) -> list[tuple[int, str, str]]:
    """(the edited paragraph's index in ``texts``, the words as typed, the form the language writes) for each place
    after "in" in the name areas.csv gives in ``language`` (``name_cy``), unmutated where the language mutates it
    (:meth:`~drafter.style.base.Language.unmutated`). One pattern for every area, read once per paragraph."""
    column = f"name_{language.code}"
    own = {typed.casefold(): form for area in areas
           for typed, form in language.unmutated(dict(area.extra).get(column, ""))}
    if not own:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(own, key=len, reverse=True))
                         + r")(?!\w)", re.IGNORECASE)
    printed = {m.group(0).casefold() for text in drafted for m in pattern.finditer(text)}
    return [(j, m.group(0), own[m.group(0).casefold()]) for j, text in enumerate(texts)
            for m in pattern.finditer(text) if m.group(0).casefold() not in printed]
