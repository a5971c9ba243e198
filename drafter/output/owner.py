"""One campaign to an output folder: the campaign whose releases a folder holds, recorded in its manifest.

Two campaigns drafted in turn into one folder would leave both campaigns' releases there, a release of an area
both cover replaced by the later one, and the later one's reviewer pack alone. So the manifest records the
campaign that drafts into the folder (``"campaign": {"title": …, "folder": …}``), and another campaign is
refused before anything changes, unless told to take the folder over (``--take-over``).

A campaign is the same one when its title (campaign.yaml's ``title:``) is the same, whatever its folder is
called now: a campaign folder moved or renamed on the shared drive, or reached as ``S:\\`` on one laptop and
``\\\\server\\share`` on another, is still the same campaign. It is also the same one when it is drafted from
the same folder, so a title corrected in campaign.yaml is still the same campaign. Only a campaign with
another title, from another folder, is another campaign. A folder whose manifest records no campaign (drafted
by an older drafter) is taken as this campaign's.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import OutputError
from drafter.fileio import real_path
from drafter.model import SourceRef


@dataclass(frozen=True)
class Owner:
    """A campaign as the manifest records it: its title, and the campaign folder it was drafted from."""

    title: str
    folder: str

    @classmethod
    def of(cls, title: str, campaign_dir: Path) -> Owner:
        return cls(title, str(real_path(campaign_dir)))

    @classmethod
    def read(cls, record: dict[str, str] | None) -> Owner | None:
        if not record:
            return None
        return cls(record.get("title", ""), record.get("folder", ""))

    def record(self) -> dict[str, str]:
        return {"title": self.title, "folder": self.folder}

    def same(self, other: Owner) -> bool:
        """Whether ``other`` is this campaign: the same title, or the same campaign folder."""
        return (bool(_title_key(self.title)) and _title_key(self.title) == _title_key(other.title)) or (bool(
            self.folder) and os.path.normcase(self.folder) == os.path.normcase(other.folder))


def _title_key(title: str) -> str:
    """A title as compared: the same letters, whatever the spaces and capitals."""
    return " ".join(unicodedata.normalize("NFC", title).split()).casefold()


def refuse_another(out_dir: Path, owner: Owner, found: Owner | None, take_over: bool) -> None:
    """Stop if the folder holds another campaign's releases, unless ``take_over``."""
    if found is None or take_over or owner.same(found):
        return
    raise OutputError(
        f'holds the releases of another campaign, "{found.title}"'
        f'{f" (drafted from {found.folder})" if found.folder else ""}, not of "'
        f'{owner.title}"; nothing has been changed', source=SourceRef(str(out_dir)), field="--out",
        expected="a folder for this campaign's releases: give another --out, or add --take-over to draft this "
                 "campaign here instead, leaving the other campaign's files as they are")
