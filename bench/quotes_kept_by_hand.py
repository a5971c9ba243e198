"""Figures inside a regional quote, as a press officer writes them, held against every release the quote may
appear in: the shipped helpline-rise example, with the sentence put into a draft quote scoped to the North West
(and so printed in the region's release and each of its five areas'), previewed for every area.

    python bench/quotes_kept_by_hand.py           # every case
    python bench/quotes_kept_by_hand.py times     # the cases whose sentence holds "times"

Each case says, area by area, what a press officer needs: "ok" (printed, no warning about it), "flag" (printed,
with a warning: another rounding level, or a figure to check by hand), or "refuse" (the batch stops, naming the
quote, the area and the figure). The exit status is 1 when any area is not as the case wants.

Found and fixed (each with a test in tests/test_quotes_hand_kept.py): quotation marks pasted with a quote printed
doubled (““…””); "24/7" and "2023/24" refused as the figures 24 and 7; "more than 400" accepted in Cumbria's release
on the strength of the region's 1,747; "fewer than 200" read as "200"; "£45,000" in a campaign counting people
refused; "1 in 5" refused as the figure 1; Welsh "150 y cant" accepted as the count 150 (and "193 y cant"
refused); "three times as many" not read at all; a role written "Local" silently leaving Cheshire's quote out;
`areas: Cheshire, Cumbria` answered as one misspelt area; `speaker:` given as a name; a Windows quotes.yaml left
with mixed line endings by `quotes approve`; a save by a second person overwritten; a Welsh release introducing
a speaker in English without a word; no warning of a quote about to expire; `status: Approved` refused.

Found and left: a quote's figure is held against every figure its release prints, the parent's too, so "more than
1,500 people in Cumbria" passes in Cumbria's release on the region's 1,747 (a quote does not say which area a
figure is of); "half", "a third of", ranks ("the highest in the north west") and Welsh band words ("bron â
threblu") are not read; a date ("4 September") is a figure to check by hand, in words meant for counts;
`quotes approve` rewrites a quote's text written as a plain scalar over several lines onto one line (ruamel.yaml
keeps no layout of plain scalars; the words and the fingerprint are unchanged); a non-breaking space pasted into
an approved quote and later typed as a space makes the quote "changed since approval" with nothing visible to
show why.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter import api  # noqa: E402  (after the path is set)
from drafter.errors import DrafterError  # noqa: E402

EXAMPLE = ROOT / "templates" / "helpline-rise" / "example"
AREAS = ("North West", "Cheshire", "Cumbria", "Greater Manchester", "Lancashire", "Merseyside")
QUOTES = """speakers:
  alan-barr:
    name: Alan Barr
    title: Assistant Chief Constable
    organisation: North West Regional Organised Crime Unit
quotes:
  - id: barr-regional
    role: regional
    speaker: alan-barr
    areas: [North West]
    status: draft
    text: |
      {text}
"""
OK, FLAG, REFUSE = "ok", "flag", "refuse"
# The sentence, and what each area's release wants (one word for all six, or one per area in AREAS' order).
CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("More than 400 people asked for help.", (FLAG, FLAG, REFUSE, REFUSE, FLAG, FLAG)),
    ("More than 1,000 people asked for help.", (FLAG,)),
    ("Fewer than 200 people asked for help.", (FLAG, FLAG, FLAG, REFUSE, REFUSE, REFUSE)),
    ("The helpline is open 24/7, every day, and has been since 2019.", (OK,)),
    ("Call 0808 1000 900 for help.", (OK,)),
    ("We spent £45,000 on it.", (FLAG,)),
    ("One in five callers were women.", (FLAG,)),
    ("A rise of 193% is shocking.", (OK, OK, REFUSE, REFUSE, REFUSE, REFUSE)),
    ("Contacts have almost trebled.", (OK, OK, REFUSE, REFUSE, REFUSE, REFUSE)),
    ("Almost three times as many people called.", (OK, OK, REFUSE, REFUSE, REFUSE, REFUSE)),
    ("Twice as many people called.", (OK, REFUSE, REFUSE, OK, REFUSE, REFUSE)),
)


def verdicts(campaign: Path, text: str) -> list[str]:
    (campaign / "quotes.yaml").write_text(QUOTES.format(text=text), encoding="utf-8")
    found = []
    for area in AREAS:
        try:
            _, release = api.preview(campaign, area)
        except DrafterError:
            found.append(REFUSE)
            continue
        warned = [w for w in release.warnings if w.code in ("quote_rounding", "quote_unchecked")]
        found.append(FLAG if warned else OK)
    return found


def main(argv: list[str]) -> int:
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        campaign = Path(folder) / "campaign"
        shutil.copytree(EXAMPLE, campaign)
        for text, want in CASES:
            if argv and not any(word in text for word in argv):
                continue
            wanted = list(want) * len(AREAS) if len(want) == 1 else list(want)
            found = verdicts(campaign, text)
            wrong = [f"{area}: {got} (wants {w})" for area, got, w in zip(AREAS, found, wanted, strict=True)
                     if got != w]
            failed += bool(wrong)
            print(("FAIL " if wrong else "ok   ") + text + ("".join("\n       " + line for line in wrong)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
