"""Which structured-output mode gives valid answers on an endpoint: measured, not assumed.

For each candidate mode, every extraction step of every seed is asked once (one attempt, no
re-ask, no cache) and we count the answers that validate, and time them:

- json_object_schema: response_format {"type": "json_object", "schema": ...} (llama.cpp
  constrains decoding to the schema with a grammar);
- json_object: instructor's JSON mode, the schema in the prompt, {"type": "json_object"};
- json_schema: response_format {"type": "json_schema", ...} (OpenAI's structured outputs).

    python benchmarks/structured_output.py                 # on the embedded model
    python benchmarks/structured_output.py --base-url URL  # on another endpoint

Prints one line per mode and a JSON object as the last line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from summarizer import EndpointError, ModelOutputError, Settings
from summarizer.brief.analysis import Analysis
from summarizer.brief.steps import steps_for
from summarizer.model.client import ModelClient
from summarizer.model.endpoint import Endpoint, open_endpoint

MODES = ("json_object_schema", "json_object", "json_schema")


async def measure(endpoint: Endpoint, settings: Settings, texts: list[str]) -> dict[str, object]:
    client = ModelClient(endpoint, settings)
    valid = calls = 0
    seconds: list[float] = []
    errors: dict[str, int] = {}
    try:
        for text in texts:
            analysis = Analysis(text)
            for step in steps_for(analysis):
                calls += 1
                started = time.perf_counter()
                try:
                    await client.extract(
                        step.messages(analysis), step.answer_model(analysis), analysis.context()
                    )
                    valid += 1
                except (ModelOutputError, EndpointError) as error:
                    kind = type(error).__name__ + ": " + str(error)[:60]
                    errors[kind] = errors.get(kind, 0) + 1
                seconds.append(time.perf_counter() - started)
    finally:
        await client.aclose()
    return {
        "valid_first_attempt": valid,
        "calls": calls,
        "share": round(100 * valid / calls, 1) if calls else None,
        "median_s": round(sorted(seconds)[len(seconds) // 2], 1) if seconds else None,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url")
    parser.add_argument("--model")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"))
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    base = Settings.load(base_url=args.base_url, model=args.model, max_attempts=1, use_cache=False)
    results: dict[str, object] = {}
    with open_endpoint(base) as endpoint:
        for mode in args.modes:
            settings = base.with_changes(response_format=mode)
            chosen = Endpoint(
                endpoint.kind, endpoint.base_url, endpoint.api_key, endpoint.model, mode,
                endpoint.identity,
            )  # fmt: skip
            results[mode] = asyncio.run(measure(chosen, settings, texts))
            print(mode, json.dumps(results[mode]), file=sys.stderr, flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
