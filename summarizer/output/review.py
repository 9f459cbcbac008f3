"""The review view: a brief as one self-contained HTML page, its items highlighted in the text.

The page is rendered by Jinja2 with autoescape from the templates in `templates/` (shipped
inside the package as `summarizer/templates/`, like the prompts). Each highlighted item is
a `Mark`; `lay_out` turns an article and its marks into nested nodes so that every mark is
one element whose text is exactly its span. The `article` and `item_list` macros of
`templates/review.html` take an article's name, text and marks, so other pages (a dossier)
can show articles the same way.

A dossier's page (`dossier_to_html`) shows every source article folded, with each link end
and each conflicting figure highlighted: one mark per distinct span of an article, however
many links point to it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import jinja2
from markupsafe import Markup, escape

from summarizer.errors import ConfigurationError, GroundingError
from summarizer.output.render import (
    disputes,
    figure_amount,
    speaker_label,
    stamp_of,
    what_is_denied,
    who_said_what,
)
from summarizer.resources import shipped_dir
from summarizer.schema import (
    Actor,
    Brief,
    Dossier,
    Figure,
    FigureReport,
    Source,
    Statement,
)
from summarizer.text.grounding import is_verbatim
from summarizer.text.statements.presentation import what_was_said

Kind = Literal["claim", "denial", "figure", "actor"]

#: Among marks with the same span, the first kind is the outer element.
_KIND_ORDER: dict[str, int] = {"claim": 0, "denial": 1, "figure": 2, "actor": 3}


@dataclass(frozen=True)
class Mark:
    """One item to highlight: a page-unique id, its kind, its span of the article
    (`start`/`end` in characters, end exclusive) and what the page says about it."""

    id: str
    kind: Kind
    start: int
    end: int
    heading: str
    body: str = ""
    tag: str | None = None

    @property
    def label(self) -> str:
        """The one-line description shown when the pointer rests on the highlight."""
        tag = f" ({self.tag})" if self.tag else ""
        body = f": {self.body}" if self.body else ""
        return f"{self.kind.capitalize()} · {self.heading}{tag}{body}"


@dataclass
class Highlight:
    """A mark laid out in the text: its element holds `children` (text runs and the marks
    it contains), whose text put together is exactly the mark's span."""

    mark: Mark
    children: list[str | Highlight] = field(default_factory=list)


@dataclass(frozen=True)
class Ranged:
    """A mark that crosses the boundary of another (neither contains the other), so no
    element can hold it: the page's script highlights it from its offsets, counted in
    UTF-16 code units as the browser counts them."""

    mark: Mark
    start: int
    end: int


@dataclass(frozen=True)
class Layout:
    """An article ready for the page: text runs and highlights in order, and the marks
    that are highlighted by offsets instead of by an element."""

    nodes: list[str | Highlight]
    ranged: list[Ranged]


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def lay_out(text: str, marks: list[Mark]) -> Layout:
    """Nest `marks` into `text`: each mark becomes one element around exactly its span.

    A mark inside another (or with the same span) becomes a child of it. A mark that
    starts inside another and ends after it cannot be an element too; it is laid out as
    `Ranged` instead. Raises GroundingError when a mark's span is empty or outside `text`.
    """
    for mark in marks:
        if not 0 <= mark.start < mark.end <= len(text):
            raise GroundingError(f"{mark.id}: span {mark.start}:{mark.end} is outside the text")
    root = Highlight(Mark("", "claim", 0, len(text), ""))
    open_: list[Highlight] = [root]
    ranged: list[Ranged] = []
    placed: dict[int, list[Highlight]] = {}
    for mark in sorted(marks, key=lambda m: (m.start, -m.end, _KIND_ORDER[m.kind])):
        while len(open_) > 1 and open_[-1].mark.end <= mark.start:
            open_.pop()
        parent = open_[-1]
        if mark.end > parent.mark.end:
            ranged.append(Ranged(mark, _utf16(text, mark.start), _utf16(text, mark.end)))
            continue
        highlight = Highlight(mark)
        placed.setdefault(id(parent), []).append(highlight)
        open_.append(highlight)

    def fill(highlight: Highlight) -> Highlight:
        position = highlight.mark.start
        for child in placed.get(id(highlight), []):
            if child.mark.start > position:
                highlight.children.append(text[position : child.mark.start])
            highlight.children.append(fill(child))
            position = child.mark.end
        if position < highlight.mark.end:
            highlight.children.append(text[position : highlight.mark.end])
        return highlight

    return Layout(nodes=fill(root).children, ranged=ranged)


def _figure_body(figure: Figure) -> str:
    """What a figure counts, with its parsed amount when that reads differently from the text."""
    amount = figure_amount(figure, unspecified="")
    if amount.casefold() == " ".join(figure.text.split()).casefold():
        amount = ""
    return " — ".join(part for part in (amount, figure.counts) if part)


def first_mention(actor: Actor, text: str) -> tuple[int, int] | None:
    """The span of the first place `text` names `actor` (its name or an alias, as a whole
    word, case as written), or None when the text never does."""
    spans = [
        (found.start(), found.end())
        for name in (actor.name, *actor.aliases)
        if name.strip()
        and (found := re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text)) is not None
    ]
    return min(spans, key=lambda span: (span[0], -span[1])) if spans else None


def brief_marks(brief: Brief, text: str, prefix: str = "") -> tuple[list[Mark], list[Actor]]:
    """The marks of a brief's items in its article: every claim, denial and figure at its
    evidence, and every actor at its first mention; with the actors the text never names.
    Ids are `claim-0`, `figure-2`, ... after `prefix` (for a page of several articles).

    Raises GroundingError when an item's evidence is not at its offsets in `text` (the
    brief is of another article).
    """
    evidence = [
        *((f"claim {index}", claim.evidence) for index, claim in enumerate(brief.claims)),
        *((f"denial {index}", denial.evidence) for index, denial in enumerate(brief.denials)),
        *((f"figure {index}", figure.evidence) for index, figure in enumerate(brief.figures)),
    ]
    for item, found in evidence:
        if not is_verbatim(found, text):
            raise GroundingError(f"{item}: its quote is not at its offsets in this text")

    marks: list[Mark] = []

    for index, claim in enumerate(brief.claims):
        marks.append(
            Mark(
                f"{prefix}claim-{index}",
                "claim",
                claim.evidence.start,
                claim.evidence.end,
                heading=speaker_label(claim.speaker, claim.actor),
                tag=claim.presentation,
                body=what_was_said(claim.cue, claim.statement, stands_for=claim.stands_for),
            )
        )
    for index, denial in enumerate(brief.denials):
        marks.append(
            Mark(
                f"{prefix}denial-{index}",
                "denial",
                denial.evidence.start,
                denial.evidence.end,
                heading=speaker_label(denial.speaker, denial.actor),
                tag=denial.kind.replace("_", " "),
                body=what_is_denied(denial),
            )
        )
    for index, figure in enumerate(brief.figures):
        marks.append(
            Mark(
                f"{prefix}figure-{index}",
                "figure",
                figure.evidence.start,
                figure.evidence.end,
                heading=" ".join(figure.text.split()),
                body=_figure_body(figure),
            )
        )
    unmentioned: list[Actor] = []
    for index, actor in enumerate(brief.actors):
        mention = first_mention(actor, text)
        if mention is None:
            unmentioned.append(actor)
            continue
        details = [
            actor.role or "",
            f"for {actor.speaks_for}" if actor.speaks_for else "",
            *(f"also “{alias}”" for alias in actor.aliases),
        ]
        marks.append(
            Mark(
                f"{prefix}actor-{index}",
                "actor",
                *mention,
                heading=actor.name,
                tag=actor.kind,
                body="; ".join(detail for detail in details if detail),
            )
        )
    return marks, unmentioned


def _load_template(name: str) -> str:
    path = shipped_dir("templates") / name
    if not path.is_file():
        raise jinja2.TemplateNotFound(name)
    return path.read_text(encoding="utf-8")


def _article_text(run: str) -> Markup:
    """Escape a run of article text; a carriage return becomes a character reference,
    which the HTML parser would otherwise turn into a line feed (and shift every offset)."""
    return Markup(str(escape(run)).replace("\r", "&#13;"))


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the review pages: autoescape on for `.html` templates,
    the page's stylesheet and script as globals (`review_css`, `review_js`) with their
    Content-Security-Policy hashes, and the `lay_out` and `article_text` filters.

    Raises ConfigurationError when the stylesheet or the script is missing.
    """
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    try:
        css, js = _load_template("review.css"), _load_template("review.js")
    except jinja2.TemplateNotFound as error:
        raise ConfigurationError(f"the review template {error.name!r} is missing") from error
    env.globals.update(
        review_css=Markup(css),
        review_js=Markup(js),
        csp=f"default-src 'none'; img-src data:; style-src {_csp_hash(css)}; "
        f"script-src {_csp_hash(js)}",
    )
    env.filters["lay_out"] = lay_out
    env.filters["article_text"] = _article_text
    return env


def to_html(brief: Brief, text: str) -> str:
    """A self-contained HTML page of `brief` (inline style and script, no network): the
    article `text` with every claim, denial, figure and actor's first mention highlighted
    by kind, and the list of items beside it; choosing an item scrolls to its highlight.

    Raises GroundingError when the brief's evidence is not at its offsets in `text`.
    """
    marks, unmentioned = brief_marks(brief, text)
    return (
        environment()
        .get_template("brief.html")
        .render(brief=brief, text=text, marks=marks, unmentioned=unmentioned, stamp=stamp_of(brief))
    )


# --- the dossier's page -----------------------------------------------------------------

Spanned = Statement | FigureReport


@dataclass(frozen=True)
class DossierArticle:
    """A source article on the dossier's page: its number (as the ledger cites it), its
    text, and the marks of the link ends and conflicting figures that stand in it."""

    number: int
    source: Source
    text: str
    marks: list[Mark]

    @property
    def name(self) -> str:
        """The article's name (its file name), as link ends and reports name it."""
        return self.source.article


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class DossierMarks:
    """The marks of a dossier's link ends and figure reports, by article: each distinct
    span of an article (its start and end) is one mark, whatever points to it, and
    `id_of` gives the id of the mark of any link end or report."""

    def __init__(self, dossier: Dossier, texts: Mapping[str, str]) -> None:
        """Check every link end and figure report against its article's text and collect
        their spans. Raises GroundingError when an article of the dossier has no text in
        `texts`, or when a quote is not at its offsets in its article's text."""
        self.numbers = {source.article: n for n, source in enumerate(dossier.sources, 1)}
        for source in dossier.sources:
            if source.article not in texts:
                raise GroundingError(f"{source.article}: no text was given for this article")
        uses: dict[tuple[str, int, int], list[Spanned]] = {}
        items: list[Spanned] = [end for link in dossier.links for end in (link.target, link.source)]
        items += [report for conflict in dossier.figure_conflicts for report in conflict.reports]
        for item in items:
            text = texts.get(item.article)
            if item.article not in self.numbers or text is None:
                raise GroundingError(f"{item.article}: not a source of this dossier")
            if text[item.start : item.end] != item.quote:
                raise GroundingError(
                    f"{item.article}: the quote {item.quote[:60]!r} is not at its offsets"
                )
            uses.setdefault((item.article, item.start, item.end), []).append(item)
        answered = {
            (link.target.article, link.target.start, link.target.end) for link in dossier.links
        }
        self.by_article: dict[str, list[Mark]] = {source.article: [] for source in dossier.sources}
        for key, items in uses.items():
            self.by_article[key[0]].append(self._mark(key, items, key in answered))

    def id_of(self, item: Spanned) -> str:
        """The id of the mark of a link end or figure report: `a<article number>-<start>-<end>`."""
        return f"a{self.numbers[item.article]}-{item.start}-{item.end}"

    def _mark(self, key: tuple[str, int, int], items: list[Spanned], answered: bool) -> Mark:
        first = items[0]
        _, start, end = key
        if isinstance(first, FigureReport):
            return Mark(
                self.id_of(first),
                "figure",
                start,
                end,
                heading=" ".join(first.text.split()),
                tag="in conflict",
                body=first.counts or "",
            )
        links = sum(isinstance(item, Statement) for item in items)
        return Mark(
            self.id_of(first),
            first.kind,
            start,
            end,
            heading=speaker_label(first.speaker, first.actor),
            tag=("disputed, " if answered else "") + _plural(links, "link"),
            body=first.statement,
        )


def dossier_to_html(dossier: Dossier, texts: Mapping[str, str]) -> str:
    """A self-contained HTML page of `dossier` (inline style and script, no network): who
    said what (actors by articles), the claim ledger grouped by disputed claim and the
    figure conflicts, each end a button that opens its article and scrolls to its
    highlight; and every source article's text (`texts`, by article name), folded, with
    its link ends and conflicting figures highlighted.

    Raises GroundingError when an article of the dossier has no text in `texts`, or a link
    end's or a report's quote is not at its offsets in its article's text.
    """
    marks = DossierMarks(dossier, texts)
    articles = [
        DossierArticle(n, source, texts[source.article], marks.by_article[source.article])
        for n, source in enumerate(dossier.sources, 1)
    ]
    return (
        environment()
        .get_template("dossier.html")
        .render(
            dossier=dossier,
            articles=articles,
            disputes=disputes(dossier),
            who_said_what=who_said_what(dossier),
            numbers=marks.numbers,
            mark_id=marks.id_of,
            all_marks=[mark for article in articles for mark in article.marks],
        )
    )
