"""The public data model: a `Brief` of one article and its parts.

Every claim, denial and figure carries `Evidence`: a verbatim passage of the article and its
character offsets (end exclusive), computed by `summarizer.text.grounding`, never by the model.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ActorKind = Literal["person", "organization", "state", "group", "media"]
Presentation = Literal["asserted", "reported", "alleged", "confirmed"]
DenialKind = Literal["denial", "rejection", "no_comment"]
EndpointKind = Literal["local", "openai", "custom", "replay", "rules"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(_Model):
    """A verbatim passage of the article: `article[start:end] == quote`."""

    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("evidence span length differs from the quote's length")
        return self


class Actor(_Model):
    """Someone who acts or speaks in the article, with every name the article uses for them."""

    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)
    speaks_for: str | None = Field(
        default=None,
        description="The actor of the brief this one acts or speaks for, where the article "
        "says so: the state, for its officials or forces ('Ruritanian officials').",
    )


class Claim(_Model):
    """An assertion and who makes it, as the article presents it."""

    speaker: str = Field(description="Who makes the claim, as the article names them.")
    actor: str | None = Field(
        default=None, description="The brief's actor the speaker resolves to, if any."
    )
    cue: str | None = Field(
        default=None,
        description="The reporting words as written ('said', 'according to', 'warned'), so "
        "that speaker, cue and statement read as the article says it.",
    )
    statement: str = Field(description="What is claimed, in the article's words.")
    stands_for: str | None = Field(
        default=None,
        description="Whom or what a pronoun that opens the statement stands for ('he' of "
        "'he would resign'), where the article names it before.",
    )
    presentation: Presentation
    evidence: Evidence


class Denial(_Model):
    """A denial, rejection or refusal to comment, and what it answers."""

    speaker: str
    actor: str | None = None
    cue: str | None = Field(
        default=None,
        description="The denying or refusing words as written ('denied', 'declined to comment').",
    )
    denied: str = Field(description="What is denied or left without comment.")
    stands_for: str | None = Field(
        default=None,
        description="Whom or what a pronoun that opens `denied` stands for, where the "
        "article names it before.",
    )
    answers: str | None = Field(
        default=None, description="Whose claim it answers, when the article says so."
    )
    refers_to: str | None = Field(
        default=None,
        description="What the denied words point back at ('that allegation'): the claim "
        "reported just before, by another speaker, in the article's words.",
    )
    kind: DenialKind
    evidence: Evidence


class Figure(_Model):
    """A quantity reported in the article."""

    value: float | None = Field(
        description="The whole number (27.5e9 for '$27.5bn'); the low end of a range, the "
        "first side of a score; None for a vague quantity ('dozens')."
    )
    high: float | None = Field(
        default=None, description="The high end of a range, the second side of a score ('2-1')."
    )
    unit: str | None = Field(
        default=None,
        description="An ISO 4217 code for money ('USD'), 'percent', 'percentage points', or "
        "what is counted.",
    )
    counts: str | None = Field(default=None, description="What the number counts or measures.")
    qualifier: str | None = Field(default=None, description="'at least', 'nearly', ...")
    text: str = Field(description="The figure as written in the article.")
    evidence: Evidence


class Dropped(_Model):
    """An item the model proposed that could not be grounded or validated, and why."""

    step: str
    item: str
    reason: str


class Usage(_Model):
    """Tokens and calls spent on a brief, retries included."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    calls: int = 0
    retries: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            calls=self.calls + other.calls,
            retries=self.retries + other.retries,
        )


class Provenance(_Model):
    """Where a brief came from: enough to reproduce it or to judge it."""

    source: str = Field(description="The article's name (file name, or a hash of the text).")
    article_sha256: str
    model: str
    endpoint: EndpointKind
    prompt_versions: dict[str, int]
    usage: Usage
    cache_hits: int = 0
    degraded: list[str] = Field(
        default_factory=list,
        description="The steps whose model answers stayed unusable after the re-asks, so "
        "that our code's rules alone decided what they were asked (empty: none).",
    )
    chunks: int = Field(default=1, description="Parts a long article was briefed in.")
    source_format: Literal["text", "html"] = Field(
        default="text",
        description="html: the text briefed was extracted from an HTML page, and the offsets "
        "refer to that text.",
    )
    url: str | None = Field(default=None, description="The URL the article was fetched from.")
    final_url: str | None = Field(default=None, description="Where that URL led, after redirects.")
    fetched_at: datetime | None = Field(default=None, description="When the page was fetched.")
    version: str | None = Field(default=None, description="The summarizer that made the brief.")


class Brief(_Model):
    """The structured brief of one article."""

    title: str
    summary: str
    actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    denials: list[Denial] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dropped: list[Dropped] = Field(
        default_factory=list, description="Items left out because they could not be grounded."
    )
    provenance: Provenance


# --- the dossier: one cross-source brief over many articles ----------------------------

LinkRelation = Literal["denies", "confirms", "contradicts"]


class DossierActor(_Model):
    """One real-world actor across articles: its canonical name, every other name the
    articles use for it, the articles it appears in, and whom it speaks for."""

    name: str
    kind: ActorKind
    aliases: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    speaks_for: list[str] = Field(
        default_factory=list,
        description="The dossier actors this one acts or speaks for in some article (a "
        "spokesman's ministry, a minister's state, a state's officials' state): a link of its "
        "own, never a merge.",
    )
    statements: dict[str, int] = Field(
        default_factory=dict, description="Claims and denials it makes, by article."
    )


class Statement(_Model):
    """A claim or denial of one article, as a link end: grounded in its own article
    (`article_text[start:end] == quote`)."""

    article: str = Field(description="The article's name (its file name).")
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: Literal["claim", "denial"]
    speaker: str
    actor: str | None = Field(default=None, description="The dossier actor who speaks.")
    statement: str


class Link(_Model):
    """A responding statement (`from`) and the claim it answers (`to`)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, serialize_by_alias=True
    )

    relation: LinkRelation
    source: Statement = Field(alias="from")
    target: Statement = Field(alias="to")
    rationale: str


class FigureReport(_Model):
    """A figure as one article reports it."""

    article: str
    text: str
    value: float | None
    counts: str | None
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class FigureConflict(_Model):
    """The same quantity reported with different values by different sources."""

    quantity: str = Field(description="What is counted.")
    reports: list[FigureReport] = Field(min_length=2)


class Source(_Model):
    """An article of the dossier."""

    article: str
    title: str
    article_sha256: str


class Dossier(_Model):
    """The cross-source brief of many articles."""

    sources: list[Source]
    actors: list[DossierActor] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    figure_conflicts: list[FigureConflict] = Field(default_factory=list)
    dropped: list[Dropped] = Field(
        default_factory=list, description="Questions the model could not answer, and why."
    )
    model: str
    usage: Usage = Field(description="Tokens of the cross-article steps, retries included.")
