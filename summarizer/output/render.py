"""Render a `Brief` or a `Dossier` for people (markdown) and programs (JSON)."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.schema import (
    Brief,
    Claim,
    Denial,
    Dossier,
    DossierActor,
    Dropped,
    Evidence,
    Figure,
    FigureReport,
    Link,
    Statement,
)
from summarizer.text.statements.presentation import what_was_said


def _quote(evidence: Evidence) -> str:
    text = " ".join(evidence.quote.split())
    return f"> {text}  \n> <sub>characters {evidence.start}–{evidence.end}</sub>"


def format_number(value: float) -> str:
    """A figure's value for people: "1,500", "2.5", "27.5 billion"."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{round(value / scale, 3):g} {word}"
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


def figure_amount(figure: Figure, unspecified: str = "unspecified") -> str:
    """A figure's amount as parsed: qualifier, value (a range's two ends), unit."""
    value = format_number(figure.value) if figure.value is not None else unspecified
    if figure.value is not None and figure.high is not None:
        value = f"{value}–{format_number(figure.high)}"
    return " ".join(p for p in (figure.qualifier, value, figure.unit) if p)


def _figure_line(figure: Figure) -> str:
    amount = figure_amount(figure)
    counts = f" — {figure.counts}" if figure.counts else ""
    return f"- **{amount}**{counts} (“{' '.join(figure.evidence.quote.split())}”)"


def speaker_label(speaker: str, actor: str | None) -> str:
    """A speaker as the article names them, with the actor they resolve to when that reads
    differently: "Palace spokesman Jan Novak [Jan Novak]"."""
    if actor is None or actor.casefold() == speaker.casefold():
        return speaker
    return f"{speaker} [{actor}]"


def what_is_denied(denial: Denial) -> str:
    """A denial as the article gives it (see `what_was_said`), with whose claim it answers
    and the claim its words point back at, where the brief knows them."""
    answers = f" — answers {denial.answers}" if denial.answers else ""
    refers = f" (that is: {denial.refers_to})" if denial.refers_to else ""
    return what_was_said(denial.cue, denial.denied, stands_for=denial.stands_for) + answers + refers


def by_speaker(claims: list[Claim]) -> list[tuple[str, list[Claim]]]:
    """Claims grouped by who makes them (the actor a speaker resolves to, else the speaker
    as named): the speakers with the most claims first, then in the article's order."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.actor or claim.speaker, []).append(claim)
    return sorted(groups.items(), key=lambda group: -len(group[1]))


def _heads(claim: Claim, heading: str) -> bool:
    """Whether a group's heading already names a claim's speaker as the article does."""
    return claim.speaker.casefold() == heading.casefold()


def stamp(article_sha256: str, version: str | None, model: str) -> str:
    """What an output file records of how it was made: from which text (its SHA-256), by
    which summarizer and which model. A rerun keeps a file whose stamp is its own."""
    return f"summarizer-brief sha256={article_sha256} version={version} model={model}"


def stamp_of(brief: Brief) -> str:
    """The stamp of `brief` (see `stamp`)."""
    p = brief.provenance
    return stamp(p.article_sha256, p.version, p.model)


def to_markdown(brief: Brief) -> str:
    """A readable brief, what a reader needs first: the summary, the denials, the claims
    grouped by speaker (those with the most first), then figures and actors, each item with
    its quote, and a provenance footer (model, endpoint, prompt versions, tokens, cache
    hits, dropped items). The exhaustive fields stay in JSON, JSON Lines and CSV."""
    lines = [f"# {brief.title}", "", brief.summary, ""]
    if brief.provenance.endpoint == "rules":
        lines += ["> Made by our rules alone (`--rules-only`): no model was asked.", ""]
    if brief.provenance.degraded:
        # Said first: a reader must not take the rules' fallback for the model's reading.
        steps = ", ".join(brief.provenance.degraded)
        lines += [
            f"> **Degraded**: the model's answers to {steps} were unusable; our rules alone "
            "decided those parts of this brief.",
            "",
        ]

    lines += ["## Denials", ""]
    for denial in brief.denials:
        lines += [
            f"- **{speaker_label(denial.speaker, denial.actor)}** "
            f"({denial.kind.replace('_', ' ')}): {what_is_denied(denial)}",
            "",
            _quote(denial.evidence),
            "",
        ]
    if not brief.denials:
        lines += ["_None found._", ""]

    lines += ["## Claims, by speaker", ""]
    for speaker, claims in by_speaker(brief.claims):
        lines += [f"### {speaker}", ""]
        for claim in claims:
            named = "" if _heads(claim, speaker) else f"**{claim.speaker}**, "
            said = what_was_said(claim.cue, claim.statement, stands_for=claim.stands_for)
            lines += [f"- {named}{said} _({claim.presentation})_", "", _quote(claim.evidence), ""]
    if not brief.claims:
        lines += ["_None found._", ""]

    lines += ["## Figures", ""]
    lines += [_figure_line(figure) for figure in brief.figures] or ["_None found._"]

    lines += ["", "## Actors", ""]
    for actor in brief.actors:
        role = f", {actor.role}" if actor.role else ""
        speaks_for = f", for {actor.speaks_for}" if actor.speaks_for else ""
        aliases = f" — also “{'”, “'.join(actor.aliases)}”" if actor.aliases else ""
        lines.append(f"- **{actor.name}** ({actor.kind}{role}{speaks_for}){aliases}")
    if not brief.actors:
        lines.append("_None found._")

    p = brief.provenance
    extracted = ", text extracted from HTML" if p.source_format == "html" else ""
    if p.url is not None:
        fetched = f"{p.fetched_at:%Y-%m-%d %H:%M} UTC" if p.fetched_at else "unknown"
        moved = f", redirected to {p.final_url}" if p.final_url not in (None, p.url) else ""
        extracted += f", fetched from {p.url}{moved} at {fetched}"
    made_by = f" · summarizer {p.version}" if p.version else ""
    versions = ", ".join(
        f"{name} v{version}" for name, version in sorted(p.prompt_versions.items())
    )
    lines += [
        "",
        "---",
        "",
        f"<sub>Source: {p.source} (sha256 {p.article_sha256[:12]}{extracted}) · "
        f"model {p.model} on the "
        f"{p.endpoint} endpoint · prompts: {versions} · tokens: {p.usage.prompt_tokens:,} prompt, "
        f"{p.usage.completion_tokens:,} completion, {p.usage.cached_tokens:,} cached, "
        f"{p.usage.calls} call(s), {p.usage.retries} retry(ies) · cache hits: {p.cache_hits} · "
        f"dropped as ungrounded or invalid: {len(brief.dropped)}{made_by}</sub>",
    ]
    lines += _dropped_lines(brief.dropped)
    # Invisible once rendered; what a rerun reads to know the file is up to date.
    return "\n".join([*lines, "", f"<!-- {stamp_of(brief)} -->"]) + "\n"


def _dropped_lines(dropped: list[Dropped]) -> list[str]:
    return [f"<sub>- dropped from {d.step}: {d.item} ({d.reason})</sub>" for d in dropped]


def to_json(document: Brief | Dossier) -> str:
    """A brief or dossier as JSON: exactly its `model_dump_json()`."""
    return document.model_dump_json(indent=2)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Dispute:
    """A claim of the ledger and the links that answer it, each with its index in
    `Dossier.links`."""

    claim: Statement
    links: list[tuple[int, Link]]


def disputes(dossier: Dossier) -> list[Dispute]:
    """The claim ledger grouped by disputed claim: each link's target once, with the links
    that answer it, in the order the dossier lists them."""
    grouped: dict[tuple[str, int, int], Dispute] = {}
    for index, link in enumerate(dossier.links):
        key = (link.target.article, link.target.start, link.target.end)
        grouped.setdefault(key, Dispute(link.target, [])).links.append((index, link))
    return list(grouped.values())


def who_said_what(dossier: Dossier) -> list[tuple[DossierActor, list[str]]]:
    """The rows of the actors-by-articles table: every actor named in two articles or
    making a statement, with one cell per source: its claims and denials there, "·" where
    it is only named, "" where it is absent."""
    return [
        (
            actor,
            [
                str(actor.statements[s.article]) if actor.statements.get(s.article)
                else "·" if s.article in actor.articles
                else ""
                for s in dossier.sources
            ],
        )
        for actor in dossier.actors
        if len(actor.articles) > 1 or actor.statements
    ]  # fmt: skip


def dossier_to_markdown(dossier: Dossier) -> str:
    """A readable dossier: who said what (actors by articles), the claim ledger grouped by
    disputed claim, figure conflicts, the sources, and what was dropped."""
    number = {s.article: i for i, s in enumerate(dossier.sources, 1)}

    def where(item: Statement | FigureReport) -> str:
        return f"[{number.get(item.article, '?')}]"

    def statement(item: Statement) -> str:
        return (
            f"**{item.actor or item.speaker}** {where(item)}: “{_one_line(item.quote)}” "
            f"<sub>({item.start}–{item.end})</sub>"
        )

    lines = [f"# Dossier of {len(dossier.sources)} articles", ""]
    lines += ["## Who said what", ""]
    lines += [
        "Claims and denials made by each actor in each article (· mentioned, no statement).",
        "",
        "| Actor | " + " | ".join(f"[{i}]" for i in number.values()) + " |",
        "|---|" + "---|" * len(number),
    ]
    for actor, cells in who_said_what(dossier):
        notes = [f"also {', '.join(actor.aliases)}"] if actor.aliases else []
        notes += [f"for {', '.join(actor.speaks_for)}"] if actor.speaks_for else []
        aliases = f" <sub>{'; '.join(notes)}</sub>" if notes else ""
        lines.append(f"| {actor.name}{aliases} | " + " | ".join(cells) + " |")

    lines += ["", "## Claim ledger", ""]
    for dispute in disputes(dossier):
        target = dispute.claim
        lines += [f"### {_one_line(target.statement)}", "", f"Claimed by {statement(target)}", ""]
        for _, link in dispute.links:
            lines.append(f"- **{link.relation}**: {statement(link.source)} — {link.rationale}")
        lines.append("")
    if not dossier.links:
        lines += ["_No links found._", ""]

    lines += ["## Figure conflicts", ""]
    for conflict in dossier.figure_conflicts:
        reports = " vs ".join(
            f"“{_one_line(r.text)}” {where(r)} (“{_one_line(r.quote)}”, {r.start}–{r.end})"
            for r in conflict.reports
        )
        lines.append(f"- **{conflict.quantity}**: {reports}")
    if not dossier.figure_conflicts:
        lines.append("_None found._")

    lines += ["", "## Sources", ""]
    lines += [f"{i}. {s.article} — {s.title}" for i, s in enumerate(dossier.sources, 1)]
    u = dossier.usage
    lines += [
        "",
        "---",
        "",
        f"<sub>Model {dossier.model} · cross-article tokens: {u.prompt_tokens:,} prompt, "
        f"{u.completion_tokens:,} completion, {u.calls} call(s) · dropped: "
        f"{len(dossier.dropped)}</sub>",
    ]
    return "\n".join(lines + _dropped_lines(dossier.dropped)) + "\n"
