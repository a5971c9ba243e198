"""One edited file against its release: the items the edit touched (:class:`~drafter.reports.check_judge.Judge`),
and what is wrong with the file as a whole: tracked changes still pending, comments left in it, approved quotes
changed or no longer usable, a missing embargo or closing line, a new sentence that starts with a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from drafter.batch import Batch
from drafter.errors import possessive
from drafter.quotes.choose import refusal
from drafter.quotes.scope import scope_rank, scope_words
from drafter.reports.check_chart import chart_problems
from drafter.reports.check_compare import comparisons
from drafter.reports.check_drafted import Drafted
from drafter.reports.check_from_to import sides_changed, turned_round
from drafter.reports.check_judge import Judge
from drafter.reports.check_known import BY_HAND, Problem
from drafter.reports.check_measure_names import renamed_bases, renamed_measures, renamed_units, renamed_wholes
from drafter.reports.check_mutations import unmutated_places
from drafter.reports.check_order import list_orders
from drafter.reports.check_read import Edited, with_lead_ins
from drafter.reports.check_spliced import spliced
from drafter.reports.check_states import words_of
from drafter.reports.check_targets import target_sides
from drafter.reports.check_words import DATE_IN_FIGURES, strip_marker, tokens
from drafter.style import wording

# A quotation: from an opening mark to its closing mark, or to the end of the paragraph (a quote running on).
_QUOTATION = re.compile(r"[“\"„«]([^”\"“«»]+)(?:[”\"»]|$)")
_TIME = re.compile(r"\b([012]?\d)[.:](\d\d)(?: ?([ap])\.? ?m\b\.?)?", re.IGNORECASE)  # "00.01", "12:01am"
_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
SPOKEN = 5  # words: a quotation this long is someone's words; a shorter one is a name or a phrase in quotes


class FileCheck:
    def __init__(self, edited: Edited, drafted: Drafted, batch: Batch) -> None:
        self.edited, self.release, self.batch = edited, drafted.release, batch
        self.style = batch.style
        self.vocab = drafted.vocab
        # Comments are not the release's text: they are reported, not read as part of it; a chart's figures are
        # checked as a chart's (:mod:`drafter.reports.check_chart`).
        self.order = [k for k, p in enumerate(edited.paragraphs) if not p.comment and p.chart is None and
                      not p.picture]
        self.texts = [edited.paragraphs[k].text for k in self.order]
        self.plain = [_plain(t) for t in self.texts]  # for approved quotes: "’" and "'" are one apostrophe
        self.drafted = drafted.texts
        self.judge = Judge(drafted, self.texts, with_lead_ins(self.texts, [edited.paragraphs[k].context for k in
                                                                         self.order]),
                           [edited.paragraphs[k].where for k in self.order])

    def run(self) -> list[Problem]:
        judge = self.judge
        problems = [self._at(p) for p in (*judge.run(), *comparisons(judge.d, self.texts, judge.toks_e,
                                                                       judge.alignment.matches),
                                          *list_orders(judge.d, self.texts, judge.counterpart))]
        renamed = {p.paragraph for p in problems if p.kind == "wrong_area"}  # a name typed over drafter's
        problems += [self._at(p) for p in spliced(judge.d, self.texts, judge.toks_e, judge.alignment)
                     if self.order[p.paragraph] not in renamed]
        problems += [self._at(p) for p in (*renamed_measures(judge.d, self.texts, judge.toks_e, judge.alignment),
                                           *renamed_bases(judge.d, self.texts, judge.toks_e, judge.alignment),
                                           *renamed_units(judge.d, self.texts, judge.toks_e, judge.alignment),
                                           *renamed_wholes(judge.d, self.texts, judge.toks_e, judge.alignment))]
        problems += [self._at(p) for p in (*turned_round(judge.d, self.texts, judge.toks_e, judge.counterpart),
                                           *sides_changed(judge.d, self.texts, judge.toks_e, judge.alignment),
                                           *target_sides(judge.d, self.texts))]
        for k, paragraph in enumerate(self.edited.paragraphs):
            if paragraph.pending:
                problems.append(Problem(k, "tracked_change", "; ".join(paragraph.pending), "", None,
                                        "a tracked change is still pending (accept or reject it): "
                                        + "; ".join(paragraph.pending)))
            if paragraph.picture:
                problems.append(Problem(k, "picture_to_check", paragraph.text, "", None, "a picture, or an object "
                                        "pasted from another program (an Excel table, say): drafter cannot read "
                                        "figures in it"))
            if paragraph.hidden:  # not read: it does not print, but Word shows it with formatting marks on
                hidden = "; ".join(repr(_short(h)) for h in paragraph.hidden)
                problems.append(Problem(k, "hidden_text", "; ".join(paragraph.hidden), "", None,
                                        "hidden text (Word's Hidden font) is still in the document: it does not "
                                        f"print, but shows when formatting marks are on (delete it): {hidden}"))
            if paragraph.struck:  # not read: meant to be gone, but it prints, with a line through it
                problems.append(Problem(k, "struck_text", "; ".join(paragraph.struck), "", None, "text struck "
                                        "through by hand is still in the document: it prints, with a line through "
                                        "it (delete it): " + "; ".join(repr(_short(s)) for s in paragraph.struck)))
            for shown in paragraph.broken:  # "3,5⏎49": read as one figure, but it prints on two lines
                whole, (first, second) = shown.replace("⏎", ""), shown.split("⏎", 1)
                problems.append(Problem(k, "broken_figure", shown, whole, None, f"a line break inside '{whole}': it "
                                        f"prints on two lines, as '{first}' and '{second}' (take the line break out)"))
            if paragraph.comment:  # reported at the paragraph it is on, where Word shows it
                on = next((i for i, p in enumerate(self.edited.paragraphs) if paragraph.anchor and not p.comment
                           and paragraph.anchor in p.comments), None)
                problems.append(Problem(k if on is None else on, "comment", paragraph.text, "", None,
                                        "a comment " + ("" if on is None else f"({paragraph.where}) ") +
                                        f"is still in the document: {_short(paragraph.text)!r}"))
        problems.extend(chart_problems(self.edited, [b.chart for b in self.release.blocks if b.chart is not None],
                                       self.judge.universe))
        problems.extend(self._quotes())
        problems.extend(self._quotations())
        problems.extend(self._lines(problems))
        problems.extend(self._sentence_starts())
        problems += [Problem(self.order[j], "style", typed, own, None, f"'{typed}' where {self.style.language.english} "
                             f"writes '{own}' (the place's name mutates there)") for j, typed, own in
                     unmutated_places(self.texts, self.drafted, self.style.language, self.batch.campaign.areas)]
        return sorted(problems, key=lambda p: p.paragraph)

    def _at(self, problem: Problem) -> Problem:
        """The problem with its paragraph's number among all the file's paragraphs, comments included."""
        return Problem(self.order[problem.paragraph], problem.kind, problem.found, problem.expected, problem.fact,
                       problem.message)

    def _edited_paragraph_for(self, drafted_index: int) -> int:
        for j in range(len(self.texts)):
            if self.judge.counterpart(j) == drafted_index:
                return self.order[j]
        return -1

    def _quotes(self) -> list[Problem]:
        body = "\n".join(self.plain)
        # A quote's paragraph split in two ("… children and,¶“wherever …"), or inside one paragraph by a line break
        # (Word's Shift+Enter, read as a space: "… children and, “wherever …")
        joined = re.sub(r'"?\n"?|(?<=\S) "(?=\w)', " ", body)
        campaign = self.batch.campaign
        used = set(self.release.quotes_used)
        problems = []
        for quote in campaign.quotes:
            wanted = [_plain(p) for p in quote.paragraphs]
            present = [p for p in wanted if p in body or p in joined]
            if quote.id in used:
                changed = self._changed_quote(quote.id, wanted, present)
                flagged = {p.paragraph for p in changed}  # an edit told of once: "… grown enormously … Every time"
                problems.extend(changed)
                problems.extend(p for p in self._added_to(quote.id, present, body) if p.paragraph not in flagged)
            if present:
                area, code = campaign.area(self.release.area), self.style.language.code
                other = f", in language {quote.language}" if quote.language != code else ""
                in_scope = scope_rank(quote, area, campaign.parents()) is not None and not other
                reason = refusal(quote, campaign.release_date) or (None if in_scope else (
                    f"is not approved for {possessive(area.name)} release (quotes.yaml gives it for "
                    f"{scope_words(quote)}{other})"))
                if reason:
                    problems.append(Problem(self._holding(present[0]), "unusable_quote", present[0], "", None,
                                            f"quote {quote.id!r} {reason}"))
        return problems

    def _changed_quote(self, quote: str, wanted: list[str], present: list[str]) -> list[Problem]:
        """An approved quote the release uses, edited, shortened or attributed to someone else; taken out whole,
        it is not a finding (the release no longer quotes it)."""
        edited_at = {text: self._edited_paragraph_for(next((i for i, d in enumerate(self.drafted) if text in _plain(d)),
                                                           -1))
                     for text in wanted if text not in present}
        if not present and all(k < 0 for k in edited_at.values()):
            return []
        kept = self._holding(present[0]) if present else -1
        problems = []
        for text, k in edited_at.items():
            if k >= 0 and (instead := self._quote_in(k, quote)):  # another quote of the library stands there
                problems.append(Problem(k, "changed_quote", "", text, None, f"quote {instead!r} stands where "
                                        f"drafter puts approved quote {quote!r}, which quotes.yaml now gives this "
                                        "release (draft it again, or put the new quote in by hand)"))
            elif k >= 0:
                cut = any(mark in self.edited.paragraphs[k].text and mark not in text for mark in ("…", "..."))
                problems.append(Problem(k, "changed_quote", "", text, None, f"approved quote {quote!r} has been " + (
                    "cut, with '…' where words were taken out: an approved quote is used whole, as approved" if cut
                    else "changed: its wording no longer matches what was approved")))
            else:
                problems.append(Problem(kept, "changed_quote", "", text, None, f"approved quote {quote!r} has been "
                                        f"shortened: its paragraph “{_short(text)}” is missing (an approved quote is "
                                        "used whole, as approved)"))
        if wanted[0] in present:
            problems.extend(self._attribution(quote, wanted[0]))
        return problems

    def _added_to(self, quote: str, present: list[str], body: str) -> list[Problem]:
        """An approved quote's paragraph still there whole, with words typed inside its quotation marks before or
        after it ("… as long as they are needed. Parcels rose by 23 per cent.”"): a quote is used as approved."""
        problems = []
        for text in present:
            at = body.find(text)
            if at < 0:  # found only with its paragraph split in two: read by _changed_quote
                continue
            before = body[:at].rstrip(" ")[-1:]
            after = body[at + len(text):].lstrip(" ")[:1]
            if "…" in (before, after) or body[:at].rstrip(" ").endswith("...") or body[at + len(text):].lstrip(
                    " ").startswith("..."):
                problems.append(Problem(self._holding(text), "changed_quote", "", text, None,
                                        f"approved quote {quote!r} has been cut, with '…' where words were taken "
                                        "out: an approved quote is used whole, as approved"))
            elif before not in ('"', "'", "\n", "") or after not in ('"', "'", "\n", ""):
                problems.append(Problem(self._holding(text), "changed_quote", "", text, None,
                                        f"approved quote {quote!r} has words added inside its quotation marks: its "
                                        "wording no longer matches what was approved"))
        return problems

    def _quote_in(self, k: int, quote: str) -> str | None:
        """The id of another quote of the campaign's whose wording is in edited paragraph ``k`` (its index among
        all the file's paragraphs), if any: the quote an earlier draft put where ``quote`` now goes."""
        text = _plain(self.edited.paragraphs[k].text)
        return next((q.id for q in self.batch.campaign.quotes if q.id != quote
                     and any(_plain(p) in text for p in q.paragraphs)), None)

    def _holding(self, text: str) -> int:
        """The edited paragraph (its index among all the file's paragraphs) that holds ``text``."""
        opening = " ".join(text.split()[:3])  # or its first words, where a quote's paragraph split in two starts
        paragraphs = list(zip(self.order, self.plain, strict=True))
        return next((k for k, t in paragraphs if text in t), next(k for k, t in paragraphs if opening in t))

    def _attribution(self, quote: str, first: str) -> list[Problem]:
        """The words before a quote's first paragraph (who says it, their title and organisation) as drafter
        wrote them, the attribution verb aside ("said", "added"), in any order (the title after the name)."""
        drafted_text = next((_plain(d) for d in self.drafted if first in _plain(d)), "")
        expected = drafted_text[:drafted_text.index(first)].rstrip("“\"").strip() if drafted_text else ""
        if not expected:  # the template names the speaker elsewhere
            return []
        k = self._holding(first)
        text = _plain(self.edited.paragraphs[k].text)
        found = text[:text.index(" ".join(first.split()[:3]))].rstrip("“\"").strip()  # its paragraph may be split
        if not found and k > 0:  # the attribution put in a paragraph of its own, before the quote
            found = _plain(self.edited.paragraphs[k - 1].text)
        language = self.style.language
        verbs = {w for verb in language.attribution_verbs
                 for w in words_of(language.attribution(verb, "", titled=False) + language.attribution(
                     verb, "", titled=True))}
        if sorted(w for w in words_of(found) if w not in verbs) == sorted(
                w for w in words_of(expected) if w not in verbs):
            return []  # the same words, perhaps in another order: "Megan Price, Chief Executive of …, said:"
        return [Problem(k, "changed_quote", found, expected, None, f"the words introducing approved quote {quote!r} "
                        f"have changed: '{found}' where drafter wrote '{expected}' (who is quoted, with their title "
                        "and organisation, is as approved in quotes.yaml)")]

    def _quotations(self) -> list[Problem]:
        """Someone's words in quotation marks that drafter did not draft and no quote in quotes.yaml holds (an
        approved quote edited is reported by :meth:`_quotes`)."""
        approved = [" ".join(t.norm for t in tokens(p)) for q in self.batch.campaign.quotes for p in q.paragraphs]
        drafted = [" ".join(p) for p in self.judge.d.norms]
        problems = []
        for j, text in enumerate(self.texts):
            if self.edited.paragraphs[self.order[j]].where not in ("", "text box") or text in self.drafted:
                continue
            toks, row = self.judge.toks_e[j], self.judge.alignment.matches[j]
            for match in _QUOTATION.finditer(text):
                inside = [k for k, t in enumerate(toks) if match.start(1) <= t.start < match.end(1)]
                words = " ".join(toks[k].norm for k in inside)
                if len(inside) < SPOKEN or any(words in p for p in drafted + approved):
                    continue
                if sum(row[k] is not None for k in inside) * 2 >= len(inside):
                    continue  # drafter's quote, edited
                said = match.group(1).strip()
                problems.append(Problem(self.order[j], "unapproved_quote", said, "", None,
                                        f"a quotation that is not an approved quote: “{_short(said)}” "
                                        "(quotes must be in quotes.yaml, approved, and used as approved)"))
        return problems

    def _lines(self, found: list[Problem]) -> list[Problem]:
        """The closing line and the embargo line: missing, or a word of the embargo line changed that no item covers
        ("GMT" for "BST": an hour out), unless a finding in it says so already; words added are not a finding."""
        style = self.style
        texts = set(self.texts)
        problems = []
        if style.ends in self.drafted and words_of(style.ends) not in {words_of(t) for t in texts}:  # or "-ENDS-"
            problems.append(Problem(-1, "style", "", style.ends, None, f"the {style.ends!r} line is missing"))
        opening = self.drafted[0] if self.drafted else ""
        embargo, immediate = words_of(style.embargo_words), words_of(style.no_embargo)

        def embargo_line(text: str) -> bool:  # compared word by word: "I’W GYHOEDDI" is "I'W GYHOEDDI"
            words = words_of(text)
            return words[:len(embargo)] == embargo or words == immediate

        if embargo_line(opening) and not any(embargo_line(t) for t in texts):
            problems.append(Problem(-1, "style", "", opening, None, f"the {opening!r} line is missing" if words_of(
                opening) == immediate else f"the embargo line is missing (drafter wrote {opening!r})"))
        for j, text in enumerate(self.texts):
            k = self.order[j]
            if embargo_line(text) and embargo_line(opening) and not any(
                    p.paragraph == k and p.kind not in BY_HAND for p in found) and \
                    not _within(words_of(_clock(opening)), words_of(_clock(text)), style.language.forms):
                problems.append(Problem(k, "wrong_date", text, opening, None, f"the embargo line has changed: "
                                        f"drafter wrote {opening!r} (campaign.yaml, keys embargo and timezone)"))
        return problems

    def _sentence_starts(self) -> list[Problem]:
        problems = []
        drafted = set(self.drafted)
        for j, text in enumerate(self.texts):
            paragraph = self.edited.paragraphs[self.order[j]]
            if paragraph.where not in ("", "text box") or text in drafted:
                continue
            figure = wording.figure_starting_sentence(self._masked(text), self.style)
            counterpart = self.judge.counterpart(j)  # or the drafted paragraph it retypes whole ("1 December 2026")
            counterpart = self.judge.alignment.replaced.get(j) if counterpart is None else counterpart
            if figure and (counterpart is None or not wording.figure_starting_sentence(
                    self._masked(self.drafted[counterpart]), self.style)):
                problems.append(Problem(self.order[j], "style", figure, "", None, f"a sentence starts with a figure "
                                        f"({figure!r}): spell it out or recast the sentence"))
        return problems

    def _masked(self, text: str) -> str:
        """The paragraph without its list number, and with abbreviations' full stops ("Sept. 4") taken out."""
        text = DATE_IN_FIGURES.sub("Date", strip_marker(text))  # "04/09/2018" is a date, checked as one
        for abbreviation in self.vocab.abbreviations:
            text = text.replace(abbreviation, abbreviation.rstrip("."))
        return text


def _within(words: tuple[str, ...], text: tuple[str, ...], forms: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether every one of ``words`` is in ``text``, in order (words may be added between them: "UNTIL 00:01 BST
    ON TUESDAY"), in any of its ``forms`` (Welsh "DYDD MAWRTH" for drafter's "DDYDD MAWRTH")."""
    rest = iter(text)
    return all(any(word == other or other in forms(word) or word in forms(other) for other in rest)
               for word in words)


def _clock(text: str) -> str:
    """A line's times one way, on the 24-hour clock: "00.01", "12:01am" and "12:01 A.M." as "00:01"."""
    return _TIME.sub(lambda m: f"{int(m[1]) % 12 + (12 if m[3].lower() == 'p' else 0) if m[3] else int(m[1]):02d}:"
                     f"{m[2]}", text)


def _plain(text: str) -> str:
    """Text as a quote's wording is compared: typographic and straight quotation marks and apostrophes alike,
    spaces collapsed ("someone else’s" is "someone else's", whatever the editor did to them)."""
    return " ".join(text.translate(_STRAIGHT).split())


def _short(text: str, length: int = 80) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
