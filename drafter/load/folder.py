"""The campaign folder a person meant, when the one given is not one: a file in it given instead (campaign.yaml or
figures.csv dragged onto the command), the folder above it, or a folder inside it (out, data). Each is told with the
folder to give instead."""

from __future__ import annotations

import difflib
from pathlib import Path

from drafter.errors import InputError, UsageError, name_list
from drafter.fileio import capitals_hint, kind
from drafter.model import SourceRef

CAMPAIGN_FILE = "campaign.yaml"
MAX_LOOKED = 200  # a folder's entries looked through for a campaign folder inside it: a shared drive's may be many


def campaign_file(root: Path) -> Path:
    """``root``'s campaign.yaml; a :class:`UsageError` when ``root`` is no folder, an :class:`InputError` when it
    holds no campaign.yaml, each naming the campaign folder nearby where there is one."""
    if not root.is_dir():
        if kind(root.parent / CAMPAIGN_FILE) == "file" and kind(root) is not None:
            hint = f"; this file is in one: give {root.parent}"
        else:
            near = difflib.get_close_matches(root.name, _campaigns(root.parent), n=1, cutoff=0.75)
            hint = f"; did you mean {root.parent / near[0]}?" if near else ""
        raise UsageError("is not a folder" if kind(root) is not None else "does not exist", field="CAMPAIGN_DIR",
                         value=str(root),
                         expected="a campaign folder holding campaign.yaml" + hint)
    path = root / CAMPAIGN_FILE
    if kind(path) is None:
        raise InputError("file not found", source=SourceRef(CAMPAIGN_FILE),
                         expected=f"a campaign.yaml in {root}" + (capitals_hint(path) or _nearby(root)))
    return path


def _nearby(root: Path) -> str:
    """Where a campaign.yaml is near ``root``: the folder above it (``root`` is its out or data folder), or the
    folders inside it (``root`` is the folder of several campaigns); "" where there is none."""
    if kind(root.parent / CAMPAIGN_FILE) == "file" and root.resolve() != root.parent.resolve():
        return f"; the folder above it is a campaign folder: give {root.parent}"
    inside = [root / name for name in _campaigns(root)]
    if len(inside) == 1:
        return f"; the folder {inside[0].name} inside it is a campaign folder: give {inside[0]}"
    if inside:
        return f"; these folders inside it are campaign folders, give one: {name_list([str(p) for p in inside], 5)}"
    return ""


def _campaigns(folder: Path) -> list[str]:
    """The names of the campaign folders in ``folder`` (among its first :data:`MAX_LOOKED` entries)."""
    try:
        return sorted(entry.name for _, entry in zip(range(MAX_LOOKED), folder.iterdir(), strict=False)
                      if kind(entry / CAMPAIGN_FILE) == "file")
    except OSError:
        return []
