"""How well `drafter check` does on its corpus: the detection rate (harmful edits found, each finding naming what
drafter drafted there) and the false-alarm rate (benign edits with any finding), per language and class.

    python bench/check_corpus.py                 # a table, in en_GB, en_US and cy_GB
    python bench/check_corpus.py --locale cy_GB  # one language
    python bench/check_corpus.py --json          # for machines

The corpus is tests/check_corpus.py's: the shipped example's Cheshire release drafted in each language, then
edited in Word, Markdown and plain text (the kinds of wording added last each in one of the three in turn), each
edit in its own file. Harmful classes: a count, a percentage, a
change word ("almost trebled"), a direction word, a year, a date, an ordinal, a number word, a new sentence
with a wrong figure, a Word tracked change, a table, a wrong figure with other words ("450 calls from
Cheshire" for 440 people), a wrong figure straight after a date or period and a comma ("Between January and June
2018, 12 people"), a wrong figure that looks like a year ("…, 2000 people", "a total of 2000 people"), a wrong day
of the week beside a date (Welsh "Ar Ddydd Llun"), a wrong rate per 100,000 people, a figure typed over in a Word
chart and two areas' labels swapped there, a false approximate word ("more than 200 per cent", "has almost
doubled", "nearly 200 per cent" beside "193 per cent"), a percentage at more decimal places than are true, figures
swapped between two areas or the wrong way round ("from 3,549 to 1,747"), a change in other words ("down from",
"twice as many"), a wrong difference ("300 more people"), a wrong earlier figure in brackets, a sign flipped in a
table's change column, a place name with one word changed ("the north east" for "the north west"), a false rank
in general words ("the highest number in the region", "nationally") and with no place ("Cheshire saw the smallest
rise."), a figure of the region in general words ("the regional total was 440"), a false comparison of two places ("a
smaller rise than Cumbria", "more than any other force area", "Cheshire's rise was below Cumbria's"), a plural
subject's false change words ("more than treble"), a comparison naming no period that was true only of the earlier
one, two lines of a list run together, a percentage typed as percentage points or rounded to ten, "four hundred" for
440, a quote's change word, a month in the notes to editors, a list's lines swapped under a lead-in that states their
order ("highest first:"), a wrong figure in Word's runs with a bookmark and a proofing mark between its digits, the
dateline retyped as a DATE field, thousands typed with spaces ("3 594") or in thousands ("4.5k"), the area's share of
the region's in words ("half of the people … in the north west"), a figure and its change pasted from another area's
release, the area's and the region's figures exchanged between two paragraphs, a Welsh number word ("dau gant a
chwech o bobl"), a gap in points no two places give ("3.5 points lower than Cheshire's", "5 points higher than the
region's"), a wrong year in a heading in capitals with a law's word before it, two figures each beside the other's
period ("from 440 in 2017 to 150 in 2018", "1,747 …, compared with 3,549 in July to December 2017"), each in its own
period with the later first ("from 440 in 2018 to 150 in 2017"), a wrong number in
words after "from" ("up from one
hundred and sixty"), the embargo's time changed or typed "10.00", the dateline's year, a headline's false or
double-rounded figure ("more than 200 per cent", "nearly 200 per cent"), "almost doubled" of another area's 1.88
times, the out-of-hours number with a digit changed or a bracket typed in, a sentence opening with a wrong number
in words, another area's count said of the area, a wrong figure after a line break or before a footnote's mark,
a line break inside a figure ("3,5⏎49"), a table's cell typed over, "445 people … as many as the 150 who did so
between July and December 2017", and of a wait whose change is given in weeks a false percentage typed over "has
fallen by 4.0 weeks" and "5.0 weeks shorter", and a comparison period named by where it stands
("up from 150 the previous month", "a year earlier", "year on year") that the periods compared do not bear out.
Benign classes: rewording, an added sentence
(one with a phone number, an e-mail and a web address; one with figures the campaign does not measure, "24 hours
a day", "Cheshire Constabulary has 430
officers", "24 stations offering free courses", which check lists to check by hand, not as findings), a date
or time and a comma before a true figure or before words, a true day of the week and years beside a count's
words ("Since 2018 people", "2018/19"), a true rate and the base of a rate alone, true approximate words and
decimal places, two areas' figures each in its place, a true change in other words, change words said of
something else ("Donations have doubled"), a true comparison (one naming the period it is true of), the change
as the difference in number ("rose by 290 to 440"), a list put in alphabetical order with its lead-in
rewritten to say so, a quote's introduction reordered, an amount of
money in a campaign that measures none, a
deleted note, bold and italics, a moved and a split paragraph, a chart restyled, a note's marker (a superscript
digit) after a figure and a zero-width space inside one, a true figure in thousands ("1.7k to 3.5k"), a true share in
words ("more than a tenth of the people … in the north west"), a caption's label typed by hand ("Figure 1:"), an
age range ("aged 16 to 24"), ranges of other things in a sentence naming a period ("Between January and June 2018,
callers waited from 20 to 30 minutes", "open from 9 to 5"; its twin "from 150 to 480 people"), roads, codes and
labels ("the A6", "Covid-19", "Year 7", "Level 3", "the 3rd", "text 81066", "60% of abuse"; its twin a wrong count
beside them), what a charity adds for context ("The age of criminal responsibility is 10", "registered charity no.
1013025", "aged 11–17", "the 9 and the 61 routes", "stopitnow.org.uk/2024", "#StopItNow2024"; its twin a wrong count
beside them), context outside the campaign ("since 2020", "in 2002", "over the last ten years", "across the UK"; its
twins a year one off beside the campaign's months and a wrong count beside "since 2020" and the campaign's period), a
law's section and a
time ("Section 2 of the Act", "10.30am"), a law's name with
its year ("the Sexual Offences Act 2003", Welsh "Deddf 2003"; its twin a wrong year beside one), a list of areas'
figures turned into prose ("Cumbria from 90 to 171"; its twin one figure wrong), the change as the
difference in place ("went up by 1,802 to 3,549"), the gap in points between two places' rises ("90 points below
Cheshire's", "90 percentage points lower than Cheshire's", "90 points higher than the region's"; its twin "90 points
above"), a quote's paragraph split
in two, a law's name typed in lower case ("the children act 1989"), each figure beside its own period ("3,549 …,
compared with 1,747 in July to December 2017"), idioms with number words ("from one to the next"), the embargo
line in title case or its time typed "00.01" or "12:01am", the dateline with its weekday, a headline with the
exact figure, "almost doubled" of Lancashire's 1.95 times, the out-of-hours number written another way
("07700900001", "+44 7700 900 001"), a sentence opening with the figure in words ("One hundred and fifty
people"), another area's count said of its own area, "440 people … as many as the 150 who did so between July and
December 2017", a line break or a footnote's mark beside a right figure, a
table's heading in capitals, a wait's change in weeks in other words ("4.0 weeks shorter"), a comparison period
the periods compared bear out ("in the previous six months", "last year"), and (when LibreOffice is installed) the
release with a chart re-saved by LibreOffice.
tests/test_check_corpus.py requires a detection rate of 100 per cent and a false-alarm rate of 0.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.check_corpus import LOCALES, build, caught, run  # noqa: E402  (after the path is set)


@dataclass
class Row:
    locale: str
    harmful: bool
    cls: str
    files: int = 0
    flagged: int = 0  # harmful: found (naming what drafter drafted); benign: with any finding


def measure(locale: str, libreoffice: bool) -> tuple[list[Row], float]:
    """The corpus's rows for one language, and the seconds the check took per file."""
    with tempfile.TemporaryDirectory(prefix="drafter-check-corpus-") as work:
        made = build(Path(work), locale, libreoffice=libreoffice)
        start = time.perf_counter()
        results = run(made)
        seconds = (time.perf_counter() - start) / len(results)
    rows: dict[tuple[bool, str], Row] = {}
    for edit, _, findings in results:
        row = rows.setdefault((edit.harmful, edit.cls), Row(locale, edit.harmful, edit.cls))
        row.files += 1
        row.flagged += caught(edit, findings) if edit.harmful else bool(findings)
    return list(rows.values()), seconds


def adversarial() -> dict[str, tuple[float, str]]:
    """Seconds `drafter check` takes on hostile files, and what it says: a 10 MB paragraph of "1,1,1,…" in a
    release, and a Word document that unpacks to 60 MB (a zip bomb). tests/test_check.py asserts the outcomes."""
    import zipfile

    from drafter import api
    from tests.conftest import EXAMPLE

    timings = {}
    with tempfile.TemporaryDirectory(prefix="drafter-check-hostile-") as work:
        out = Path(work)
        api.draft(EXAMPLE, out)
        text = (out / "cheshire.md").read_text(encoding="utf-8")
        (out / "cheshire.md").write_text(text.replace("ENDS", "1," * 5_000_000 + "\n\nENDS"), encoding="utf-8")
        with zipfile.ZipFile(out / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("word/document.xml", b"\0" * 60_000_000)
        for name in ("cheshire.md", "bomb.docx"):
            start = time.perf_counter()
            result = api.check(EXAMPLE, [out / name], area="Cheshire")
            said = result.summary() if result.checked else f"skipped: {result.skipped[0][1]}"
            timings[name] = (time.perf_counter() - start, said)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--locale", choices=LOCALES, action="append", help="one language (repeatable)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    options = parser.parse_args()
    libreoffice = shutil.which("soffice") is not None
    rows: list[Row] = []
    timings = {}
    for locale in options.locale or LOCALES:
        found_rows, timings[locale] = measure(locale, libreoffice)
        rows.extend(found_rows)
    found = sum(r.flagged for r in rows if r.harmful)
    harmful = sum(r.files for r in rows if r.harmful)
    alarms = sum(r.flagged for r in rows if not r.harmful)
    benign = sum(r.files for r in rows if not r.harmful)
    if options.json:
        print(json.dumps({"rows": [asdict(r) for r in rows], "detection_rate": found / harmful,
                          "false_alarm_rate": alarms / benign, "seconds_per_file": timings,
                          "libreoffice": libreoffice}, indent=1))
        return
    print(f"{'locale':7} {'edit':8} {'class':24} {'files':>5} {'flagged':>7}")
    for row in rows:
        print(f"{row.locale:7} {'harmful' if row.harmful else 'benign':8} {row.cls:24} {row.files:>5} "
              f"{row.flagged:>7}")
    print(f"\ndetection rate:   {found}/{harmful} harmful edits found ({100 * found / harmful:.1f} per cent)")
    print(f"false-alarm rate: {alarms}/{benign} benign edits flagged ({100 * alarms / benign:.1f} per cent)")
    print("check time per file: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in timings.items()))
    if not libreoffice:
        print("(LibreOffice is not installed: the re-saved-by-LibreOffice class was not measured)")
    for name, (seconds, said) in adversarial().items():
        print(f"hostile {name}: {seconds:.2f} s, {said}")


if __name__ == "__main__":
    main()
