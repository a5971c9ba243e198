"""The copy of a shipped template that ``drafter new`` puts in a campaign folder: one nobody has edited, while
drafter's own has changed since (a newer drafter's wording), is named in a warning, never used unseen."""

from __future__ import annotations

import hashlib
from pathlib import Path

from drafter import api
from drafter.shipped import COPY_NOTE

STALE = ("count-change/ in the campaign folder is drafter's count-change template as drafter new copied it, "
         "unedited, and drafter's own has changed since: delete the folder count-change to draft with drafter's "
         "own, or edit the copy to keep it as it is")


def as_if_shipped_earlier(copy: Path) -> None:
    """The copy and its note as an earlier drafter, whose template had one more line, would have left them."""
    template = copy / "release.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    note = copy / COPY_NOTE
    digest = hashlib.sha256(template.read_bytes()).hexdigest()
    note.write_text("".join(f"{digest} release.md.j2\n" if line.endswith(" release.md.j2") else f"{line}\n"
                            for line in note.read_text(encoding="utf-8").splitlines()), encoding="utf-8")


def warnings_of(campaign: Path) -> list[str]:
    return [w.message for w in api.preview(campaign, "Cardiff")[1].warnings if w.code == "template_copy"]


def test_an_unedited_copy_of_an_older_template_is_told_and_an_edited_one_is_not(tmp_path: Path) -> None:
    campaign = tmp_path / "parcels"
    api.new_campaign(campaign, "count-change")
    assert warnings_of(campaign) == []  # as drafter ships it now
    as_if_shipped_earlier(campaign / "count-change")
    assert warnings_of(campaign) == [STALE]
    with (campaign / "count-change" / "release.md.j2").open("a", encoding="utf-8") as template:
        template.write("{# our own line #}\n")
    assert warnings_of(campaign) == []  # the campaign's own now
