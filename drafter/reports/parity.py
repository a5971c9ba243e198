"""The languages of one release say the same: the English and Welsh releases of an area must print the same
set of facts (each fact's name and exact value; the words differ by language), and quote the same roles (each
language its own approved words). A campaign's own templates that drift apart are named in a warning, fact by
fact; quotes whose areas differ between languages, role by role."""

from __future__ import annotations

from decimal import Decimal

from drafter.errors import possessive
from drafter.model import Release, Warning

FactKey = tuple[str, str, Decimal]  # (area, fact name, exact value)


class LanguageParity:
    """Collects each release's facts by language, as a batch drafts them, and compares each area's."""

    def __init__(self, roles: dict[str, str] | None = None) -> None:
        self._facts: dict[str, dict[str, dict[FactKey, str]]] = {}  # language name → area → fact → as printed
        self._quoted: dict[str, dict[str, dict[str, str]]] = {}  # language name → area → role → quote id
        self._roles = roles or {}  # quote id → role
        self._first: str | None = None

    def add(self, language: str, release: Release) -> None:
        """Record ``release``'s facts as printed in ``language`` ("English", "Welsh": named in English, as
        drafter's messages are)."""
        self._first = self._first or language
        self._facts.setdefault(language, {})[release.area] = {(f.area, f.name, f.value): f.text
                                                              for f in release.facts}
        self._quoted.setdefault(language, {})[release.area] = {self._roles.get(q, q): q for q in release.quotes_used}

    def warnings(self) -> tuple[Warning, ...]:
        """One warning per area whose releases in two languages print different facts, naming them."""
        if self._first is None:
            return ()
        first = self._facts[self._first]
        found = []
        for language, by_area in self._facts.items():
            if language == self._first:
                continue
            for area, facts in by_area.items():
                found.extend(self._quotes(language, area))
                other = first.get(area)
                if other is None or other.keys() == facts.keys():
                    continue
                found.append(Warning("language_facts", f"the {self._first} and {language} releases print "
                                     f"different facts{_only(self._first, other, facts, area)}"
                                     f"{_only(language, facts, other, area)}; make the templates say the same",
                                     area))
        return tuple(found)

    def _quotes(self, language: str, area: str) -> list[Warning]:
        """A warning when the area's release in ``language`` quotes other roles than in the first language: a
        role's quotes in the two languages whose areas differ ("North West only" in English, "North West" in
        Welsh)."""
        assert self._first is not None
        first, other = self._quoted[self._first].get(area), self._quoted[language].get(area, {})
        if first is None or first.keys() == other.keys():
            return []
        return [Warning("language_quotes", f"the {self._first} and {language} releases quote different roles"
                        f"{_roles_only(self._first, first, other)}{_roles_only(language, other, first)}; give each "
                        "role a quote approved in each language (its language: in quotes.yaml), with the same areas",
                        area)]


def _roles_only(language: str, quoted: dict[str, str], other: dict[str, str]) -> str:
    alone = [f"{role} ({quote!r})" for role, quote in quoted.items() if role not in other]
    return f"; only in {language}: " + ", ".join(alone) if alone else ""


def _only(language: str, facts: dict[FactKey, str], other: dict[FactKey, str], release_area: str) -> str:
    """"; only in English: contacts.after.rank ("third"), Cumbria's contacts.after ("171")": the facts in
    ``facts`` and not in ``other``, as ``language`` printed them."""
    alone = sorted(key for key in facts if key not in other)
    if not alone:
        return ""
    named = ", ".join(("" if key[0] == release_area else f"{possessive(key[0])} ") + f"{key[1]} ({facts[key]!r})"
                      for key in alone)
    return f"; only in {language}: {named}"
