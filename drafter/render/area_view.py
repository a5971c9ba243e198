"""An area as templates see it: ``area.name``, ``area.in_text``, ``area.parent``, ``area.whole``, the extra columns
of areas.csv."""

from __future__ import annotations

from drafter.model import Area, Campaign


class AreaView:
    """An area as templates see it: name, in_text, slug, parent, children and the extra columns."""

    def __init__(self, area: Area, campaign: Campaign) -> None:
        self._area = area
        self._campaign = campaign
        self.name = area.name
        self.in_text = area.in_text
        self.slug = area.slug
        self.extra = dict(area.extra)
        self.some_areas = area.some_areas  # areas.csv lists only some of its areas (areas_listed: some)

    @property
    def parent(self) -> AreaView | None:
        if self._area.parent is None:
            return None
        return AreaView(self._campaign.area(self._area.parent), self._campaign)

    @property
    def whole(self) -> AreaView | None:
        """The parent, for "Across the North West as a whole": None where the area is all of it (its parent's one
        area, as areas.csv lists every area of the parent), since the sentence would repeat the area's figures."""
        parent = self.parent
        if parent is None or (len(self._campaign.children(parent.name)) < 2 and not parent.some_areas):
            return None
        return parent

    @property
    def children(self) -> list[AreaView]:
        return [AreaView(a, self._campaign) for a in self._campaign.children(self.name)]

    def __getattr__(self, name: str) -> str:
        extra = self.__dict__.get("extra", {})
        if name in extra:
            return str(extra[name])
        raise AttributeError(name)

    def __str__(self) -> str:
        return self.name
