"""The single-call baseline: one grammar-constrained call per article for the whole brief.

What a careful user would write first: one schema with quotes in it, the model asked for
everything at once. Its quotes are located by our code like any other; items whose quote
does not locate count against grounding and are left out of the scored brief. Scored
against the same gold as `summarizer eval`.

    python benchmarks/single_call_baseline.py [--base-url URL] [--gold eval/seeds-gold.json]

Prints the per-article table and, as the last line, the JSON summary.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from summarizer import (
    Actor,
    Brief,
    Claim,
    Denial,
    Figure,
    GroundingError,
    ModelOutputError,
    Provenance,
    Settings,
    Usage,
    locate,
)
from summarizer.evaluation import Score, load_gold, report, score_brief, table
from summarizer.model.client import ModelClient
from summarizer.model.endpoint import open_endpoint


class BActor(BaseModel):
    name: str
    kind: Literal["person", "organization", "state", "group", "media"]
    role: str | None
    aliases: list[str]


class BClaim(BaseModel):
    speaker: str
    claim: str
    quote: str


class BDenial(BaseModel):
    speaker: str
    denied: str
    kind: Literal["denial", "rejection", "no_comment"]
    quote: str


class BFigure(BaseModel):
    value: float | None
    unit: str | None
    about: str
    quote: str


class WholeBrief(BaseModel):
    title: str
    summary: str
    actors: list[BActor]
    claims: list[BClaim]
    denials: list[BDenial]
    figures: list[BFigure]


PROMPT = (
    "Extract a brief of this news article: its title, a short summary, the actors (people, "
    "organisations, states, groups, media), the claims (who claims what), the denials (who "
    "denies what, or refuses to comment) and the figures (numbers and what they count). "
    "Every claim, denial and figure must quote the article's exact words.\n\nARTICLE:\n\n"
)


def to_brief(answer: WholeBrief, text: str, name: str) -> tuple[Brief, int, int]:
    """The answer as a Brief with located evidence; also (quotes located, quotes given)."""
    located = given = 0

    def find(quote: str):  # type: ignore[no-untyped-def]
        nonlocal located, given
        given += 1
        try:
            evidence = locate(quote, text)
        except GroundingError:
            return None
        located += 1
        return evidence

    claims = [
        Claim(speaker=c.speaker, statement=c.claim, presentation="asserted", evidence=e)
        for c in answer.claims
        if (e := find(c.quote))
    ]
    denials = [
        Denial(speaker=d.speaker, denied=d.denied, kind=d.kind, evidence=e)
        for d in answer.denials
        if (e := find(d.quote))
    ]
    figures = [
        Figure(value=f.value, unit=f.unit, counts=f.about, text=e.quote, evidence=e)
        for f in answer.figures
        if (e := find(f.quote))
    ]
    actors = [
        Actor(name=a.name, kind=a.kind, role=a.role, aliases=a.aliases) for a in answer.actors
    ]
    provenance = Provenance(
        source=name, article_sha256="-", model="-", endpoint="local", prompt_versions={},
        usage=Usage(),
    )  # fmt: skip
    brief = Brief(
        title=answer.title, summary=answer.summary, actors=actors, claims=claims,
        denials=denials, figures=figures, provenance=provenance,
    )  # fmt: skip
    return brief, located, given


async def run(settings: Settings, gold: dict[str, dict], seeds: Path) -> dict[str, object]:  # type: ignore[type-arg]
    scores: dict[str, Score] = {}
    valid = 0
    located = given = 0
    seconds: list[float] = []
    with open_endpoint(settings) as endpoint:
        client = ModelClient(endpoint, settings)
        for name in gold:
            text = (seeds / name).read_text(encoding="utf-8")
            started = time.perf_counter()
            try:
                completion = await client.extract(
                    [{"role": "user", "content": PROMPT + text}], WholeBrief, {}
                )
            except ModelOutputError:
                seconds.append(time.perf_counter() - started)
                continue
            seconds.append(time.perf_counter() - started)
            valid += 1
            brief, hit, total = to_brief(completion.answer, text, name)
            located, given = located + hit, given + total
            scores[name] = score_brief(brief, text, gold[name])
        await client.aclose()
    result = report(scores)
    result["valid"] = f"{valid}/{len(gold)}"
    result["quotes_located"] = f"{located}/{given}"
    result["seconds_per_article"] = [round(s, 1) for s in seconds]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url")
    parser.add_argument("--gold", type=Path, default=Path("eval/seeds-gold.json"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    args = parser.parse_args()
    settings = Settings.load(
        base_url=args.base_url, use_cache=False, max_tokens=2000, max_attempts=3
    )
    result = asyncio.run(run(settings, load_gold(args.gold), args.seeds))
    print(table(result))
    print(json.dumps({k: v for k, v in result.items() if k != "articles"}))


if __name__ == "__main__":
    main()
