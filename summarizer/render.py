"""Render a `Brief` or a `Dossier` for people (markdown) and programs (JSON)."""

from __future__ import annotations

from pydantic import BaseModel

from summarizer.schema import Brief, Dossier, Dropped, Evidence, Figure, Statement


def _quote(evidence: Evidence) -> str:
    text = " ".join(evidence.quote.split())
    return f"> {text}  \n> <sub>characters {evidence.start}–{evidence.end}</sub>"


def _number(value: float | None) -> str:
    if value is None:
        return "unspecified"
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


def _figure_line(figure: Figure) -> str:
    amount = " ".join(p for p in (figure.qualifier, _number(figure.value), figure.unit) if p)
    counts = f" — {figure.counts}" if figure.counts else ""
    return f"- **{amount}**{counts} (“{' '.join(figure.text.split())}”)"


def _who(speaker: str, actor: str | None) -> str:
    return (
        speaker
        if actor is None or actor.casefold() == speaker.casefold()
        else (f"{speaker} [{actor}]")
    )


def to_markdown(brief: Brief) -> str:
    """A readable brief: actors, claims, denials, figures, each with its quote, and a
    provenance footer (model, endpoint, prompt versions, tokens, cache hits, dropped items)."""
    lines = [f"# {brief.title}", "", brief.summary, ""]

    lines += ["## Actors", ""]
    for actor in brief.actors:
        role = f", {actor.role}" if actor.role else ""
        aliases = f" — also “{'”, “'.join(actor.aliases)}”" if actor.aliases else ""
        lines.append(f"- **{actor.name}** ({actor.kind}{role}){aliases}")
    if not brief.actors:
        lines.append("_None found._")

    claims = [
        (f"**{_who(c.speaker, c.actor)}** ({c.presentation}): {c.statement}", c.evidence)
        for c in brief.claims
    ]
    denials = [
        (
            f"**{_who(d.speaker, d.actor)}** ({d.kind.replace('_', ' ')}): {d.denied}"
            + (f" — answers {d.answers}" if d.answers else ""),
            d.evidence,
        )
        for d in brief.denials
    ]
    lines.append("")
    for heading, items in (("Claims", claims), ("Denials", denials)):
        lines += [f"## {heading}", ""]
        for line, evidence in items:
            lines += [f"- {line}", "", _quote(evidence), ""]
        if not items:
            lines += ["_None found._", ""]

    lines += ["## Figures", ""]
    lines += [_figure_line(figure) for figure in brief.figures] or ["_None found._"]

    p = brief.provenance
    extracted = ", text extracted from HTML" if p.source_format == "html" else ""
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
        f"dropped as ungrounded or invalid: {len(brief.dropped)}</sub>",
    ]
    return "\n".join(lines + _dropped_lines(brief.dropped)) + "\n"


def _dropped_lines(dropped: list[Dropped]) -> list[str]:
    return [f"<sub>- dropped from {d.step}: {d.item} ({d.reason})</sub>" for d in dropped]


def to_json(document: Brief | Dossier) -> str:
    """A brief or dossier as JSON: exactly its `model_dump_json()`."""
    return document.model_dump_json(indent=2)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def dossier_to_markdown(dossier: Dossier) -> str:
    """A readable dossier: who said what (actors by articles), the claim ledger grouped by
    disputed claim, figure conflicts, the sources, and what was dropped."""
    number = {s.article: i for i, s in enumerate(dossier.sources, 1)}

    def where(item: Statement | BaseModel) -> str:
        article = getattr(item, "article", "")
        return f"[{number.get(article, '?')}]"

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
    for actor in dossier.actors:
        if len(actor.articles) < 2 and not actor.statements:
            continue  # one mention in one article: not a cross-source actor
        cells = [
            str(actor.statements[a])
            if actor.statements.get(a)
            else "·"
            if a in actor.articles
            else ""
            for a in number
        ]
        aliases = f" <sub>also {', '.join(actor.aliases)}</sub>" if actor.aliases else ""
        lines.append(f"| {actor.name}{aliases} | " + " | ".join(cells) + " |")

    lines += ["", "## Claim ledger", ""]
    groups: dict[tuple[str, int], list[int]] = {}
    for i, link in enumerate(dossier.links):
        groups.setdefault((link.target.article, link.target.start), []).append(i)
    for indices in groups.values():
        target = dossier.links[indices[0]].target
        lines += [f"### {_one_line(target.statement)}", "", f"Claimed by {statement(target)}", ""]
        for i in indices:
            link = dossier.links[i]
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
