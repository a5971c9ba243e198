"""Templates → Markdown → blocks: the only module that imports Jinja2.

Templates run in a sandbox with ``StrictUndefined``. They never compute or format numbers: they call the
helpers below, which format through :mod:`drafter.wording` and record every number printed as a
:class:`~drafter.model.Fact`. Plain text from data is Markdown-escaped on output; helper output is not.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.exceptions import TemplateError as JinjaTemplateError
from jinja2.sandbox import SandboxedEnvironment

from drafter.compute import disclosure
from drafter.compute.changes import compute_change, describe_percent_formula
from drafter.document import escape_markdown, parse_markdown
from drafter.errors import DrafterError, QuoteError, TemplateError
from drafter.model import Area, Campaign, Change, Fact, Quote, Release, SourceRef, Speaker, Value, Warning
from drafter.quotes.choose import choose_quote
from drafter.quotes.claims import find_claims, judge
from drafter.shipped import shipped_root
from drafter.style import wording
from drafter.style.base import HouseStyle, Language
from drafter.style.titles import title_after_name, title_before_name

_DIGITS = re.compile(r"\d+")
_LIST_MARKER = re.compile(r"^\s*\d+\.(?=\s)")


class Md(str):
    """Markdown written by a helper; printed as is (plain strings are escaped)."""

    __slots__ = ()


def _finalize(value: object) -> str:
    if isinstance(value, Md):
        return str(value)
    if isinstance(value, bool | int | float | Decimal):
        raise TemplateError(
            f"prints the raw number {value!r}", field="template",
            expected="numbers printed through figure(), change() and the other helpers",
        )
    return escape_markdown(str(value))


class _Sandbox(SandboxedEnvironment):
    """Jinja2's sandbox, with a short way through for drafter's own views: their public attributes are
    values and helper methods, never internals, so a template's ``c.past()`` or ``area.in_text`` need not
    pass the general checks (anything else, and any ``_name``, still does)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) in _VIEWS and not attribute.startswith("_"):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)


class Renderer:
    """A compiled template and its environment, built once per batch."""

    def __init__(self, template_path: Path) -> None:
        self.template_path = template_path
        self._words_for: tuple[Campaign, HouseStyle] | None = None
        self._words: dict[tuple[str, ...], Md] = {}
        self.env = _Sandbox(
            loader=FileSystemLoader([str(template_path.parent), str(shipped_root())]),
            undefined=StrictUndefined,
            autoescape=False,
            finalize=_finalize,
            trim_blocks=False,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        self.env.filters["sentence"] = lambda text: Md(_capitalise(str(text)))
        try:
            self._refuse_literal_numbers(template_path.name, set())
            self.template = self.env.get_template(template_path.name)
        except TemplateSyntaxError as exc:
            raise TemplateError(f"syntax error: {exc.message}", source=SourceRef(_name(exc.filename), line=exc.lineno),
                                field="template", expected="valid Jinja2") from None
        except TemplateNotFound as exc:
            raise TemplateError("is not found", field="template", value=exc.name,
                                expected="a template beside the campaign template or a shipped one") from None

    def _refuse_literal_numbers(self, name: str, seen: set[str]) -> None:
        """A release may print no number that is not a fact: digits typed into a template are refused
        (ordered-list markers such as "1." at the start of a line aside)."""
        if name in seen:
            return
        seen.add(name)
        assert self.env.loader is not None
        source, filename, _ = self.env.loader.get_source(self.env, name)
        tree = self.env.parse(source, name, filename)
        for node in tree.find_all(nodes.TemplateData):
            for offset, line in enumerate(node.data.split("\n")):
                match = _DIGITS.search(_LIST_MARKER.sub("", line))
                if match:
                    raise TemplateError(
                        f"types the number {match.group()!r} into the template", field="template",
                        source=SourceRef(Path(filename or name).name, line=node.lineno + offset),
                        expected="numbers printed through figure(), change() and the date helpers, so each is a fact")
        for output in tree.find_all(nodes.Output):
            for child in output.nodes:
                if isinstance(child, nodes.Const) and _DIGITS.search(str(child.value)):
                    raise TemplateError(
                        f"prints the literal {child.value!r}", field="template",
                        source=SourceRef(Path(filename or name).name, line=child.lineno),
                        expected="numbers printed through figure(), change() and the date helpers, so each is a fact")
        for referenced in meta.find_referenced_templates(tree):
            if referenced:
                self._refuse_literal_numbers(referenced, seen)

    def render(self, campaign: Campaign, area: Area, style: HouseStyle) -> Release:
        known = self._words_for
        if known is None or known[0] is not campaign or known[1] is not style:  # another batch: words afresh
            self._words_for, self._words = (campaign, style), {}
        context = ReleaseContext(campaign, area, style, self._words)
        try:
            text = _tidy(_bounded(self.template.generate(context.variables()), self.template_path.name))
            context.check_quote_figures()
            context.check_disclosure()
            context.check_rounding_levels()
        except DrafterError as exc:
            _prefix_area(exc, area)
            raise
        except UndefinedError as exc:
            raise TemplateError(f"area {area.name!r}: {_plain(exc.message)}", source=_template_line(exc),
                                field="template", expected="only the variables and helpers drafter provides"
                                ) from None
        except SecurityError as exc:
            raise TemplateError(f"tried something unsafe: {exc}", source=_template_line(exc), field="template",
                                expected="templates that only print text and call drafter's helpers") from None
        except JinjaTemplateError as exc:
            raise TemplateError(f"area {area.name!r}: {exc}", source=_template_line(exc),
                                field="template") from None
        blocks = parse_markdown(text, SourceRef(f"{self.template_path.name} (rendered for {area.name})"))
        for block in blocks:
            if block.style in ("Title", "Body Text", "Quote") and wording.figure_starting_sentence(block.text, style):
                context._warn("sentence_start", "a sentence starts with a figure (spell it out or recast the "
                              f"sentence): {block.text[:60]!r}", area)
        headlines = [b for b in blocks if b.style == "Title"]
        if len(headlines) != 1:
            raise TemplateError(f"area {area.name!r}: the release has {len(headlines)} headlines",
                                field="template", expected="exactly one '# headline'")
        return Release(
            area=area.name, slug=area.slug, language=style.locale, headline=headlines[0].text, blocks=blocks,
            facts=tuple(context.facts), quotes_used=tuple(context.quotes_used),
            warnings=tuple(context.warnings), organisation=campaign.organisation,
            release_date=campaign.release_date,
        )


MAX_RELEASE_CHARS = 200_000  # a two-page release is ~6,000; anything near this is a runaway template


def _bounded(chunks: Iterator[str], name: str) -> str:
    """Join a template's output, stopping a runaway template before it eats memory."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_RELEASE_CHARS:
            raise TemplateError(f"produced more than {MAX_RELEASE_CHARS:,} characters for one release",
                                source=SourceRef(name), field="template",
                                expected="a press release of a few pages; look for a loop that never ends")
        parts.append(chunk)
    return "".join(parts)


def _tidy(markdown: str) -> str:
    """Block tags on lines of their own leave blank lines behind; Markdown needs one between blocks."""
    lines = [line.rstrip() for line in markdown.splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


def _prefix_area(exc: DrafterError, area: Area) -> None:
    if not exc.problem.startswith("area "):
        exc.problem = f"area {area.name!r}: {exc.problem}"
        exc.args = (exc.line(),)


def _plain(message: str | None) -> str:
    """Jinja2's message in a template writer's words: "the area has no attribute 'x'", not a class path."""
    return re.sub(r"'drafter\.[\w.]+\.(\w+)View object'", lambda m: f"the {m.group(1).lower()}", message or "")


def _name(filename: str | None) -> str:
    return Path(filename).name if filename else "template"


def _template_line(exc: BaseException) -> SourceRef | None:
    """The template file and line a Jinja error happened at (Jinja rewrites tracebacks to template lines)."""
    tb = exc.__traceback__
    found: SourceRef | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = SourceRef(Path(filename).name, line=tb.tb_lineno)
        tb = tb.tb_next
    return found


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class ReleaseContext:
    """The helpers one release's template may call, and the facts, quotes and warnings they record."""

    def __init__(self, campaign: Campaign, area: Area, style: HouseStyle,
                 words: dict[tuple[str, ...], Md] | None = None) -> None:
        self.campaign = campaign
        self._batch_words = {} if words is None else words  # dates in words, the same in every release
        self.area = area
        self.style = style
        self.figures = campaign.figures
        self.parents = campaign.parents()
        self.facts: list[Fact] = []
        self._recorded: dict[tuple[str, str, str, Decimal, str], list[tuple[SourceRef, ...]]] = {}
        self.quotes_used: list[str] = []
        self.warnings: list[Warning] = []
        self.speakers = {s.id: s for s in campaign.speakers}
        self.changes: list[Change] = []
        self.quotes: list[Quote] = []

    # --- context ---------------------------------------------------------------------------------------
    def variables(self) -> dict[str, Any]:
        c = self.campaign
        helpers: dict[str, Callable[..., Any]] = {
            "figure": self.figure, "change": self.change, "period": self.period, "between": self.between,
            "date": self.date, "month": self.month, "embargo_line": self.embargo_line, "quote": self.quote,
            "rank": self.rank, "changes": self.changes_of,
        }
        return {
            **helpers,
            "area": AreaView(self.area, c),
            "campaign": types.SimpleNamespace(
                title=c.title, organisation=c.text_for("organisation", self.style.language.code) or c.organisation,
                about=c.text_for("about", self.style.language.code),
                notes=list(c.notes_for(self.style.language.code)),
                contact=types.SimpleNamespace(name=c.text_for("contact_name", self.style.language.code)
                                              or c.contact.name,
                                              phone=c.contact.phone, email=c.contact.email,
                                              out_of_hours=c.contact.out_of_hours),
                bilingual=len({code[:2] for code in c.languages}) > 1,
                release_date=Md(escape_markdown(wording.date_text(c.release_date, self.style))),
            ),
            "measures": {m.id: types.SimpleNamespace(label=m.label, unit=m.unit) for m in c.measures},
            "ends": Md(escape_markdown(self.style.ends)),
        }

    # --- helpers ---------------------------------------------------------------------------------------
    def _area(self, area: object) -> Area:
        if area is None:
            return self.area
        name = area.name if isinstance(area, AreaView) else str(area)
        try:
            return self.campaign.area(name)
        except KeyError:
            pass
        raise TemplateError(f"asks for the unknown area {name!r}", field="template",
                            expected="an area from areas.csv")

    def _value(self, area: Area, measure: str, period: str) -> Value:
        self._check_ids(measure, period)
        return self.figures[(area.name, measure, period)]

    def _check_ids(self, measure: str, *periods: str) -> None:
        if measure not in {m.id for m in self.campaign.measures}:
            raise TemplateError("asks for an unknown measure", field="template", value=measure,
                                expected="one of " + ", ".join(m.id for m in self.campaign.measures))
        ids = [p.id for p in self.campaign.periods]
        for period in periods:
            if period not in ids:
                raise TemplateError("asks for an unknown period", field="template", value=period,
                                    expected="one of " + ", ".join(ids))

    def record(self, area: Area, name: str, text: str, value: Decimal, formula: str,
               sources: tuple[SourceRef, ...]) -> Md:
        # The same fact printed twice is one row; its key leaves out the source cells (a region's figure can
        # cite thousands), which are compared only when all else matches.
        same = self._recorded.setdefault((area.name, name, text, value, formula), [])
        if not any(earlier == sources for earlier in same):
            same.append(sources)
            self.facts.append(Fact(area.name, name, text, value, formula, sources))
        return Md(escape_markdown(text))

    def hidden(self, measure: str, value: Value) -> bool:
        """Whether disclosure control suppresses this count (off unless campaign.yaml sets a threshold)."""
        kind = next((m.kind for m in self.campaign.measures if m.id == measure), "count")
        return disclosure.is_suppressed(value.amount, self.campaign.disclosure_threshold, kind)

    def record_hidden(self, area: Area, measure: str, period: str, value: Value, after_from: bool = False) -> Md:
        threshold = self.campaign.disclosure_threshold
        assert threshold is not None
        text = wording.fewer_than_text(threshold, self.style, after_from=after_from)
        self.record(area, f"{measure}.{period}", text, Decimal(threshold),
                    f"suppressed: below the disclosure threshold of {threshold}", value.sources)
        return Md(escape_markdown(text))

    def figure(self, measure: str, period: str, area: object = None, approx: bool = False) -> Md:
        """A count as the house style prints it: ``{{ figure("contacts", "after") }}`` → "3,549" (money as
        "£1.2m" when the measure's unit is a currency code); ``approx=True`` says it roundly and honestly,
        "nearly 3,600" (one rounding level per figure per release still holds)."""
        where = self._area(area)
        value = self._value(where, measure, period)
        if self.hidden(measure, value):
            return self.record_hidden(where, measure, period, value)
        unit = self.campaign.measure(measure).unit
        found = wording.approx_count_text(value.amount, self.style) if approx and not wording.is_money(unit) \
            else None
        if found is not None:
            text, shown = found
            return self.record(where, f"{measure}.{period}", text, value.amount,
                               f"{_value_formula(value)} → {shown}", value.sources)
        text = wording.value_text(value.amount, self.style, unit)
        return self.record(where, f"{measure}.{period}", text, value.amount, _value_formula(value), value.sources)

    def rank(self, measure: str, period: str | None = None, area: object = None) -> Md:
        """Where an area's count ranks among its parent's areas, highest first: "third", "10th"
        (Welsh "3ydd"). Ties share the higher rank and say so: "joint third". A suppressed count has no rank
        (it would bound the count)."""
        where = self._area(area)
        period = period or self.campaign.periods[-1].id
        value = self._value(where, measure, period)
        if where.parent is None:
            raise TemplateError(f"asks for the rank of {where.name}, which has no parent area", field="template",
                                expected="rank() for an area with a parent in areas.csv")
        peers = [self._value(a, measure, period) for a in self.campaign.children(where.parent)]
        if any(self.hidden(measure, v) for v in peers):
            raise TemplateError(f"asks for the rank of {where.name} among areas whose counts are suppressed",
                                field="template", expected="no rank() where disclosure control hides a count")
        position = 1 + sum(1 for v in peers if v.amount > value.amount)
        tied = sum(1 for v in peers if v.amount == value.amount) > 1
        text = wording.ordinal_text(position, self.style, tied=tied)
        return self.record(where, f"{measure}.{period}.rank", text, Decimal(position),
                           f"rank {position}{' (joint)' if tied else ''} of {len(peers)} areas in {where.parent}",
                           tuple(s for v in peers for s in v.sources))

    def changes_of(self, measure: str, areas: object, old: str | None = None, new: str | None = None
                   ) -> list[ChangeView]:
        """The change in ``measure`` for each of a list of areas, as a sequence: their percentages share one
        number of decimal places ("9.6 per cent", "12.0 per cent")."""
        views = [self.change(measure, old, new, area=a) for a in list(areas)]  # type: ignore[call-overload]
        percents = [v._change.percent for v in views if v.has_percent and v._change.percent is not None]
        places = wording.sequence_places(percents, self.style)
        for view in views:
            view.places = places
        return views

    def check_rounding_levels(self) -> None:
        """One figure, one rounding level per release: "193 per cent" beside "nearly 200 per cent" is refused,
        or warned about when house_style sets rounding_conflicts: warn."""
        shown: dict[tuple[str, str], list[str]] = {}
        for fact in self.facts:
            texts = shown.setdefault((fact.area, fact.name), [])
            if fact.text not in texts:
                texts.append(fact.text)
        for (area, name), texts in shown.items():
            if len({_shown_value(t) for t in texts}) < 2:
                continue
            message = f"{area}'s {name} is shown at two rounding levels: {', '.join(repr(t) for t in texts)}"
            if self.style.rounding_conflicts == "warn":
                self._warn("rounding_conflict", message, self.area)
            else:
                raise TemplateError(f"area {self.area.name!r}: {message}", field="template",
                                    expected="one way of giving each figure in a release (or house_style: "
                                    "rounding_conflicts: warn)")

    def check_disclosure(self) -> None:
        """Refuse a release from which a suppressed count could be worked out: its parent's count and every
        other area's in the same parent printed exactly, leaving one suppressed area as the difference."""
        if self.campaign.disclosure_threshold is None:
            return
        exact: set[disclosure.Cell] = {(f.area, *f.name.split(".", 1)) for f in self.facts  # type: ignore[misc]
                                       if not f.formula.startswith("suppressed") and f.name.count(".") == 1}
        # Only a parent this release prints can give a count away: look at those parents' areas, not the
        # whole campaign, so the check costs the same in a batch of 10 areas as in one of 10,000.
        children = {area: [k.name for k in self.campaign.children(area)] for area in {cell[0] for cell in exact}}
        suppressed = {key for kids in children.values() for kid in kids for key in
                      ((kid, m.id, p.id) for m in self.campaign.measures for p in self.campaign.periods)
                      if key in self.figures and self.hidden(key[1], self.figures[key])}
        leak = disclosure.recoverable(exact, suppressed, children, [m.id for m in self.campaign.measures],
                                      [p.id for p in self.campaign.periods])
        if leak is not None:
            raise TemplateError(
                f"area {self.area.name!r}: the release gives {leak.parent}'s {leak.measure} for {leak.period} "
                f"and every area in it but {leak.area}, whose count is suppressed: it could be "
                "worked out by subtraction", field="template",
                expected="leave out the parent's figure or another area's, or raise "
                "disclosure_threshold so more areas are suppressed")

    def change(self, measure: str, old: str | None = None, new: str | None = None, area: object = None
               ) -> ChangeView:
        """The change in ``measure`` between two periods (default: the first and the last)."""
        where = self._area(area)
        periods = [p.id for p in self.campaign.periods]
        old = old or periods[0]
        new = new or periods[-1]
        kind = next(m.kind for m in self.campaign.measures if m.id == measure) \
            if measure in {m.id for m in self.campaign.measures} else "count"
        change = compute_change(where.name, measure, kind, old, new, self._value(where, measure, old),
                                self._value(where, measure, new))
        hidden = self.hidden(measure, change.old) or self.hidden(measure, change.new)
        if not hidden and change.kind == "count" and change.old.amount < self.style.small_base \
                and change.direction != "same":
            self._warn("small_base", f"the base for {measure} in {old} is below {self.style.small_base}: "
                       "counts given, not a percentage", where)
        if change not in self.changes:
            self.changes.append(change)
        return ChangeView(self, where, change)

    def period(self, period: str) -> Md:
        """A period's dates in words: "July to December 2017"."""
        return self._period_words("period", period)

    def between(self, period: str) -> Md:
        """"between July and December 2017"."""
        return self._period_words("between", period)

    def month(self, period: str, end: bool = False) -> Md:
        """The month a period starts (or, with ``end=True``, ends) in: "January 2018"."""
        return self._period_words("month_end" if end else "month", period)

    def _period_words(self, form: str, period: str) -> Md:
        found = self._batch_words.get((form, period)) if isinstance(period, str) else None
        if found is None:
            self._check_ids(self.campaign.measures[0].id, period)
            p = self.campaign.period(period)
            text = wording.period_text(p.start, p.end, self.style) if form == "period" else \
                wording.between_text(p.start, p.end, self.style) if form == "between" else \
                wording.month_text(p.end if form == "month_end" else p.start, self.style)
            found = self._batch_words[(form, period)] = Md(escape_markdown(text))
        return found

    def date(self, value: dt.date) -> Md:
        return Md(escape_markdown(wording.date_text(value, self.style)))

    def embargo_line(self) -> Md:
        found = self._batch_words.get(("embargo",))
        if found is None:
            c = self.campaign
            found = self._batch_words[("embargo",)] = Md(escape_markdown(wording.embargo_text(c.embargo, c.timezone,
                                                                                             self.style)))
        return found

    def quote(self, role: str, optional: bool = False, verb: str = "said") -> Md:
        """An approved quote, verbatim, with its speaker's attribution; "" when optional and none applies."""
        quote = choose_quote(role, self.area, self.campaign.quotes, self.parents, self.campaign.release_date,
                             optional=optional, language=self.style.language.code)
        if quote is None:
            self._warn("optional_quote", f"no quote for the optional role {role!r}; its paragraph is left out",
                       self.area)
            return Md("")
        self.quotes_used.append(quote.id)
        self.quotes.append(quote)
        if quote.fingerprint is None:
            self._warn("quote_unfingerprinted", f"quote {quote.id!r} is approved but has no fingerprint, so a later "
                       "change to its text would go unnoticed; run drafter quotes approve to record one", self.area)
        return Md(quote_markdown(quote, self.speakers[quote.speaker].in_language(self.style.language.code), verb,
                                 self.style.language,
                                 self.style.titles))

    def check_quote_figures(self) -> None:
        """Every figure a quote states must be supported by this release's data (see quote_figures)."""
        bands = {wording.change_band(c, self.style): c.area for c in self.changes}
        printed = {f.value: f.text for f in self.facts if f.name.endswith(".percent")}
        numbers = {f.value for f in self.facts if not f.name.endswith((".percent", ".points"))}
        for quote in self.quotes:
            for paragraph in quote.paragraphs:
                for claim in find_claims(paragraph):
                    verdict = judge(claim, self.changes, bands, printed, numbers)
                    if not verdict.supported:
                        raise QuoteError(
                            f"area {self.area.name!r}: quote {quote.id!r} says {claim.text!r}, which this "
                            "release's figures do not support", source=quote.source,
                            expected=f"a figure that agrees with the data ({verdict.nearest or 'none'})")
                    if verdict.flag:
                        self._warn("quote_rounding", f"quote {quote.id!r} says {claim.text!r} but "
                                   f"{verdict.flag}: one figure at two rounding levels", self.area)

    def _warn(self, code: str, message: str, area: Area) -> None:
        warning = Warning(code, message, area.name)
        if warning not in self.warnings:
            self.warnings.append(warning)


def attribution(speaker: Speaker, titles: str = "before") -> str:
    """"Assistant Chief Constable Alan Barr, from the North West Regional Organised Crime Unit"; with
    ``titles="after"`` (house_style ``titles: after``): "Alan Barr, assistant chief constable, from …"."""
    if not speaker.title:
        name = speaker.name
    elif titles == "after":
        name = f"{speaker.name}, {title_after_name(speaker.title)}"
    else:
        name = f"{title_before_name(speaker.title)} {speaker.name}"
    return f"{name}, {speaker.attribution}" if speaker.attribution else name


def quote_markdown(quote: Quote, speaker: Speaker, verb: str, language: Language, titles: str = "before") -> str:
    """The quote's paragraphs in the Quote style: attribution first (in the release's language: "…, said:",
    "Dywedodd …:"), opening marks on each paragraph and a closing mark on the last only, as newspapers set a
    quote that runs over several paragraphs."""
    if verb not in language.attribution_verbs:
        raise QuoteError(f"is not an attribution verb in {language.name}", field="quote(verb)", value=verb,
                         expected=", ".join(language.attribution_verbs))
    lines = []
    last = len(quote.paragraphs) - 1
    for index, paragraph in enumerate(quote.paragraphs):
        text = "“" + escape_markdown(paragraph) + ("”" if index == last else "")
        if index == 0:
            who = escape_markdown(attribution(speaker, titles))
            text = language.attribution(verb, who, titled=bool(speaker.title) and titles == "before") + text
        lines.append("{.quote}\n" + text)
    return "\n\n".join(lines)


_WORD_VALUES = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine"))}


def _shown_value(text: str) -> str:
    """What a printed figure says, for comparing rounding levels ("five" and "5" say the same)."""
    lowered = text.lower()
    if lowered in _WORD_VALUES:
        return str(_WORD_VALUES[lowered])
    return re.sub(r"[^\d.]|(?<=\d),(?=\d)", "", lowered) + ("~" if re.search(r"[a-z]+ \d", lowered) else "")


def _value_formula(value: Value) -> str:
    if value.derived_from:
        return "sum of " + ", ".join(value.derived_from) + f" = {value.amount}"
    return f"{value.amount} as given"


class AreaView:
    """An area as templates see it: name, in_text, slug, parent, children and the extra columns."""

    def __init__(self, area: Area, campaign: Campaign) -> None:
        self._area = area
        self._campaign = campaign
        self.name = area.name
        self.in_text = area.in_text
        self.slug = area.slug
        self.extra = dict(area.extra)

    @property
    def parent(self) -> AreaView | None:
        if self._area.parent is None:
            return None
        return AreaView(self._campaign.area(self._area.parent), self._campaign)

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


class ChangeView:
    """A change as templates see it. Each method prints house-style words and records the numbers in them."""

    def __init__(self, ctx: ReleaseContext, area: Area, change: Change) -> None:
        self._ctx = ctx
        self._area = area
        self._change = change
        self.direction = change.direction
        self._old_hidden = ctx.hidden(change.measure, change.old)
        self._new_hidden = ctx.hidden(change.measure, change.new)
        self.band = "suppressed" if self._old_hidden or self._new_hidden else wording.change_band(change, ctx.style)
        self.has_percent = change.percent is not None and self.band not in ("small_base", "points", "suppressed")
        self.places: int | None = None  # set by changes(): one number of decimal places across a sequence
        self.area = AreaView(area, ctx.campaign)

    def _suppressed(self, tense: str) -> Md:
        c, ctx = self._change, self._ctx
        threshold = ctx.campaign.disclosure_threshold
        assert threshold is not None
        for hidden, given, period, first in ((self._old_hidden, c.old, c.old_period, True),
                                              (self._new_hidden, c.new, c.new_period, False)):
            if hidden:
                ctx.record_hidden(self._area, c.measure, period, given, after_from=first)
            else:
                self._record_number("old" if first else "new", wording.count_text(given.amount, ctx.style,
                                                                                   figures=True), given.amount)
        return Md(escape_markdown(wording.suppressed_change_words(c, ctx.style, tense, threshold, self._old_hidden,
                                                                  self._new_hidden)))

    def _words(self, text: str, printed: list[wording.Printed]) -> Md:
        for what, number_text, rounded in printed:
            self._record_number(what, number_text, rounded)
        return Md(escape_markdown(text))

    def _record_number(self, what: str, text: str, rounded: Decimal) -> None:
        c = self._change
        name = f"{c.measure}.{c.old_period}-{c.new_period}.{what}"
        sources = c.old.sources + c.new.sources
        if what == "percent":
            value, formula = c.percent or Decimal(0), describe_percent_formula(c, rounded)
        elif what == "points":
            value, formula = c.difference, f"{c.new.amount} − {c.old.amount} = {c.difference} → {rounded}"
        elif what in ("old", "new"):
            given = c.old if what == "old" else c.new
            period = c.old_period if what == "old" else c.new_period
            name, value, formula, sources = f"{c.measure}.{period}", given.amount, _value_formula(given), \
                given.sources
        else:
            value, formula = abs(c.difference), f"{c.new.amount} − {c.old.amount} = {c.difference}"
        self._ctx.record(self._area, name, text, value, formula, sources)

    def past(self, exact: bool = False) -> Md:
        """"rose by 193 per cent" (exact) or "almost trebled"."""
        if self.band == "suppressed":
            return self._suppressed("past")
        return self._words(*wording.change_words(self._change, self._ctx.style, "past", exact=exact,
                                                 places=self.places))

    def perfect(self, exact: bool = False, plural: bool = False) -> Md:
        """"has risen by 193 per cent" / "has almost trebled"; ``plural`` gives "have"."""
        tense = "perfect_plural" if plural else "perfect"
        if self.band == "suppressed":
            return self._suppressed(tense)
        return self._words(*wording.change_words(self._change, self._ctx.style, tense, exact=exact, places=self.places))

    def present(self, exact: bool = False) -> Md:
        if self.band == "suppressed":
            return self._suppressed("present")
        return self._words(*wording.change_words(self._change, self._ctx.style, "present", exact=exact,
                                                 places=self.places))

    def headline(self, exact: bool = False) -> Md:
        """Headline form, present tense without "by": "almost trebles", "rises 47 per cent"."""
        if self.band == "suppressed":
            return self._suppressed("present")
        return self._words(*wording.change_words(self._change, self._ctx.style, "present", exact=exact,
                                                 headline=True, places=self.places))

    def noun(self) -> Md:
        """"a rise of 103 per cent"."""
        if self.band == "suppressed":
            return Md(escape_markdown(wording.bare_change_noun(self._change.direction, self._ctx.style)))
        return self._words(*wording.change_noun(self._change, self._ctx.style, places=self.places))

    def percent(self) -> Md:
        """The percentage alone, "193 per cent"; refused where the house style gives no percentage."""
        c = self._change
        if not self.has_percent or c.percent is None:
            raise TemplateError(
                f"asks for the percentage change in {c.measure} for {c.area}, which the house style does not "
                f"give ({self.band.replace('_', ' ')})", field="template",
                expected="{% if c.has_percent %} around it, or c.past()/c.noun(), which word it safely")
        text, rounded = wording.percent_text(c.percent, self._ctx.style, self.places)
        self._record_number("percent", text, rounded)
        return Md(escape_markdown(text))

    def approx(self) -> Md:
        """The percentage said roundly and honestly: "nearly 200 per cent", "more than 100 per cent". Using it
        beside c.percent() in one release shows one figure at two rounding levels (see rounding_conflicts)."""
        c = self._change
        found = wording.approx_percent_text(c.percent, self._ctx.style) if self.has_percent and c.percent else None
        if found is None:
            return self.percent()
        text, rounded = found
        self._record_number("percent", text, rounded)
        return Md(escape_markdown(text))

    def old(self) -> Md:
        """The first period's count, as figure() prints it."""
        return self._ctx.figure(self._change.measure, self._change.old_period, self._area.name)

    def new(self) -> Md:
        return self._ctx.figure(self._change.measure, self._change.new_period, self._area.name)

    def from_to(self) -> Md:
        """"from 1,747 to 3,549" (both in figures when either is 10 or more)."""
        c = self._change
        if self.band == "suppressed":
            old_text = self._ctx.record_hidden(self._area, c.measure, c.old_period, c.old, after_from=True) \
                if self._old_hidden else wording.count_text(c.old.amount, self._ctx.style, figures=True)
            new_text = self._ctx.record_hidden(self._area, c.measure, c.new_period, c.new) \
                if self._new_hidden else wording.count_text(c.new.amount, self._ctx.style, figures=True)
            for hidden, what, text, amount in ((self._old_hidden, "old", old_text, c.old.amount),
                                               (self._new_hidden, "new", new_text, c.new.amount)):
                if not hidden:
                    self._record_number(what, str(text), amount)
            return Md(escape_markdown(wording.from_to_words(str(old_text), str(new_text), self._ctx.style)))
        text, old_text, new_text = wording.from_to_text(c.old.amount, c.new.amount, self._ctx.style)
        self._record_number("old", old_text, c.old.amount)
        self._record_number("new", new_text, c.new.amount)
        return Md(escape_markdown(text))

    def difference(self) -> Md:
        c = self._change
        if self.band == "suppressed":
            raise TemplateError(f"asks for the difference in {c.measure} for {c.area}, whose count is suppressed",
                                field="template", expected="{% if c.band != 'suppressed' %} around it")
        text = wording.count_text(abs(c.difference), self._ctx.style)
        self._record_number("difference", text, abs(c.difference))
        return Md(escape_markdown(text))


_VIEWS = (ChangeView, AreaView, types.SimpleNamespace)
