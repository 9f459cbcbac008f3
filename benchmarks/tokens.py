"""Tokens per article and per step, read from recorded cassettes: what the model was asked
(prompt tokens) and what it wrote (generated tokens). Counts, not seconds: the same on every
machine, so two versions compare without running them side by side.

    python benchmarks/tokens.py cassettes/                      # this version's recordings
    python benchmarks/tokens.py cassettes/ --vs /tmp/old-cassettes  # against another's
    python benchmarks/tokens.py cassettes/ --stems 000_44cd55eeee1eb2d9 ...  # these articles

Each cassette is one article (cassettes/<stem>.yaml); a step is named by the title of the
answer schema its request asks for. Prints one line per article and a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from pathlib import Path

import yaml


def article_tokens(cassette: Path) -> dict[str, Counter[str]]:
    """Prompt and generated tokens by step of one recorded article."""
    recorded = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    prompt: Counter[str] = Counter()
    generated: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for interaction in recorded.get("interactions", []):
        body = json.loads(interaction["request"]["body"])
        answer = json.loads(interaction["response"]["body"]["string"])
        fmt = body.get("response_format") or {}
        schema = fmt.get("schema") or (fmt.get("json_schema") or {}).get("schema") or {}
        step = str(schema.get("title", "?")).removesuffix("Answer").lower()
        usage = answer.get("usage") or {}
        prompt[step] += int(usage.get("prompt_tokens", 0))
        generated[step] += int(usage.get("completion_tokens", 0))
        calls[step] += 1
    return {"prompt": prompt, "generated": generated, "calls": calls}


def totals(directory: Path, stems: list[str]) -> dict[str, dict[str, Counter[str]]]:
    """The tokens of every article of `stems` recorded in `directory`. An article with no
    cassette asked the model nothing (a recording that makes no call writes none): it
    counts as no call and no token."""
    found = {}
    for stem in stems:
        path = directory / f"{stem}.yaml"
        nothing: dict[str, Counter[str]] = {
            "prompt": Counter(),
            "generated": Counter(),
            "calls": Counter(),
        }
        found[stem] = article_tokens(path) if path.is_file() else nothing
    return found


def _line(stem: str, tokens: dict[str, Counter[str]]) -> str:
    steps = " ".join(f"{s}={tokens['generated'][s]}" for s in sorted(tokens["generated"]))
    return (
        f"{stem[:40]:40} calls {sum(tokens['calls'].values()):2}  prompt "
        f"{sum(tokens['prompt'].values()):6,}  generated {sum(tokens['generated'].values()):5,}"
        f"  ({steps})"
    )


def summary(found: dict[str, dict[str, Counter[str]]]) -> dict[str, float]:
    generated = [sum(t["generated"].values()) for t in found.values()]
    prompt = [sum(t["prompt"].values()) for t in found.values()]
    calls = [sum(t["calls"].values()) for t in found.values()]
    return {
        "articles": len(found),
        "generated_per_article": round(statistics.mean(generated), 1) if generated else 0,
        "prompt_per_article": round(statistics.mean(prompt), 1) if prompt else 0,
        "calls_per_article": round(statistics.mean(calls), 2) if calls else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cassettes", type=Path)
    parser.add_argument("--vs", type=Path, help="another version's cassettes, compared")
    parser.add_argument("--stems", nargs="*", help="the articles (default: every cassette)")
    args = parser.parse_args()
    stems = args.stems or sorted(p.stem for p in args.cassettes.glob("*.yaml"))
    found = totals(args.cassettes, stems)
    for stem, tokens in found.items():
        print(_line(stem, tokens))
    result: dict[str, object] = {"this": summary(found)}
    if args.vs is not None:
        other = totals(args.vs, [s for s in stems if s in found])
        for stem, tokens in other.items():
            print("vs " + _line(stem, tokens))
        both = [s for s in found if s in other]
        mine = summary({s: found[s] for s in both})
        theirs = summary({s: other[s] for s in both})
        result = {"this": mine, "vs": theirs}
        if theirs["generated_per_article"]:
            result["generated_ratio"] = round(
                mine["generated_per_article"] / theirs["generated_per_article"], 3
            )
            result["prompt_ratio"] = round(
                mine["prompt_per_article"] / theirs["prompt_per_article"], 3
            )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
