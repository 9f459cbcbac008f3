"""Render a `Brief` for people (markdown) and programs (JSON)."""

from __future__ import annotations

from summarizer.schema import Brief, Evidence, Figure


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
    for dropped in brief.dropped:
        lines.append(f"<sub>- dropped from {dropped.step}: {dropped.item} ({dropped.reason})</sub>")
    return "\n".join(lines) + "\n"


def to_json(brief: Brief) -> str:
    """The brief as JSON: exactly `Brief.model_dump_json()`."""
    return brief.model_dump_json(indent=2)
