"""A loopback OpenAI-compatible endpoint for the tests and the benchmarks.

It answers each chat completion with an answer the real model gave (recorded in cassettes/),
chosen by the JSON schema the request asks for, so every answer is valid for our step
schemas and none is written by hand. It can also inject the faults a real endpoint shows:
rate limits, server errors, timeouts, dropped connections, bodies that are not JSON, answers
that do not fit the schema, answers cut off by the token limit, and refusals.

    with StubEndpoint(faults=first(2, "server_error")) as stub:
        summarize(text, base_url=stub.base_url, ...)

The tests run it in a thread of their own process; the benchmark runs `serve` in a separate
process, so that the stub's work is not counted as ours.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import itertools
import json
import random
import string
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

from summarizer import Article

REPO = Path(__file__).resolve().parent.parent

#: Every fault the stub can inject.
FAULTS = (
    "rate_limited",  # 429 without retry-after
    "rate_limited_retry_after",  # 429 with retry-after
    "server_error",  # 500
    "timeout",  # answers only after `hang` seconds, longer than the client waits
    "dropped",  # closes the connection without answering
    "not_json",  # 200 with an HTML body
    "invalid",  # a completion whose content does not fit the schema
    "partly_invalid",  # a completion with one verdict that does not fit, the others valid
    "length",  # a completion cut off by the token limit (finish_reason "length")
    "refusal",  # a completion with content null and message.refusal set
)

#: Decides, for each request (its number from 0, its JSON body), which fault to inject, if any.
FaultPlan = Callable[[int, dict[str, Any]], str | None]


def schema_of(body: dict[str, Any]) -> dict[str, Any]:
    """The JSON schema a chat-completion request asks its answer to follow."""
    fmt = body.get("response_format") or {}
    return dict(fmt.get("schema") or (fmt.get("json_schema") or {}).get("schema") or {})


def schema_key(body: dict[str, Any]) -> str:
    """A hash of the schema a request asks for: recorded answers are looked up by it."""
    return hashlib.sha256(json.dumps(schema_of(body), sort_keys=True).encode()).hexdigest()


def step_of(body: dict[str, Any]) -> str:
    """The answer model a request asks for ("ClaimsAnswer", "FiguresAnswer", ...)."""
    return str(schema_of(body).get("title", "?"))


def article_key(body: dict[str, Any]) -> str:
    """The schema's hash and the opening of the article a request asks about: two
    articles may ask with the same schema, and an answer must fit the article it was for."""
    user = next((m["content"] for m in body.get("messages", []) if m["role"] == "user"), "")
    return schema_key(body) + hashlib.sha256(str(user)[:400].encode()).hexdigest()


@functools.cache
def recorded_answers(cassette_dir: Path = REPO / "cassettes") -> dict[str, str]:
    """Recorded response bodies from the cassettes, by the hash of the schema they answer,
    and by that and the article they answer (read once per process: parsing the YAML takes
    seconds)."""
    answers: dict[str, str] = {}
    for cassette in sorted(cassette_dir.glob("*.yaml")):
        for interaction in yaml.safe_load(cassette.read_text())["interactions"]:
            body = json.loads(interaction["request"]["body"])
            response = interaction["response"]
            if response["status"]["code"] == 200:
                answers.setdefault(schema_key(body), response["body"]["string"])
                answers.setdefault(article_key(body), response["body"]["string"])
    return answers


def variants(count: int) -> Iterator[Article]:
    """`count` distinct articles, made as they are taken (a batch of any size costs no
    memory before it is briefed): the seeds in turn, each with a unique closing line that
    adds no candidate (so the recorded answers for its seed still fit)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    letters = string.ascii_lowercase
    for n in range(count):
        tag = "".join(letters[(n // 26**k) % 26] for k in range(4))
        yield Article(f"bench-{n:05d}.txt", f"{seeds[n % len(seeds)]}\narchive tag {tag}\n")


# --- fault plans ---------------------------------------------------------------------------


def always(fault: str) -> FaultPlan:
    """Every request meets `fault`."""
    return lambda number, body: fault


def first(times: int, fault: str) -> FaultPlan:
    """The first `times` requests meet `fault`, the others are answered."""
    return lambda number, body: fault if number < times else None


def for_step(step: str, fault: str) -> FaultPlan:
    """Every request of one step (its answer model's name) meets `fault`."""
    return lambda number, body: fault if step_of(body) == step else None


def asked_about(article: str) -> list[str]:
    """What the requests about an article hold of it, one per step that asks: the step's
    candidate lines (a request shows parts of its article, or none of it)."""
    from summarizer.brief.analysis import Analysis
    from summarizer.brief.steps import steps_for

    analysis = Analysis(article)
    return [step.candidates(analysis) for step in steps_for(analysis)]


def for_article(article: str, fault: str) -> FaultPlan:
    """Every request about `article` (its text) meets `fault`."""
    markers = asked_about(article)

    def plan(number: int, body: dict[str, Any]) -> str | None:
        texts = [str(message.get("content")) for message in body.get("messages") or []]
        return fault if any(m in text for m in markers for text in texts) else None

    return plan


def at_random(rate: float, kinds: tuple[str, ...], seed: int = 0) -> FaultPlan:
    """A share `rate` of the requests meets one of `kinds`, drawn with a fixed seed."""
    draw = random.Random(seed)

    def plan(number: int, body: dict[str, Any]) -> str | None:
        return draw.choice(kinds) if draw.random() < rate else None

    return plan


# --- the server ----------------------------------------------------------------------------


@dataclass
class StubLog:
    """What the stub saw: requests by step, faults injected by kind, authorization headers."""

    requests: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    authorizations: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def reset(self) -> None:
        """Forget what was seen, to count the requests of the next run alone."""
        self.requests.clear()
        self.faults.clear()
        self.authorizations.clear()


def _completion(recorded: str, content: str | None, **changes: Any) -> str:
    """A recorded completion with its message content (and other fields) replaced."""
    document = json.loads(recorded)
    choice = document["choices"][0]
    choice["message"]["content"] = content
    choice["finish_reason"] = changes.pop("finish_reason", choice.get("finish_reason"))
    choice["message"].update(changes)
    return json.dumps(document)


def make_app(
    answers: dict[str, str],
    faults: FaultPlan | None = None,
    latency: float = 0.0,
    hang: float = 30.0,
    log: StubLog | None = None,
) -> web.Application:
    """The stub's aiohttp application; see the module docstring."""
    log = log if log is not None else StubLog()
    counter = itertools.count()

    async def complete(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        log.requests[step_of(body)] += 1
        log.authorizations.add(request.headers.get("authorization", ""))
        fault = faults(next(counter), body) if faults else None
        if fault is not None:
            log.faults[fault] += 1
        await asyncio.sleep(latency)
        answer = answers.get(article_key(body)) or answers.get(schema_key(body))
        if fault == "rate_limited":
            return web.json_response({"error": {"message": "rate limited"}}, status=429)
        if fault == "rate_limited_retry_after":
            return web.json_response(
                {"error": {"message": "rate limited"}}, status=429, headers={"retry-after": "0.1"}
            )
        if fault == "server_error":
            return web.json_response({"error": {"message": "internal error"}}, status=500)
        if fault == "timeout":
            await asyncio.sleep(hang)
        if fault == "dropped":
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        if fault == "not_json":
            return web.Response(text="<html><body>502 Bad Gateway</body></html>")
        if answer is None:
            return web.json_response({"error": {"message": "no recorded answer"}}, status=500)
        content = json.loads(answer)["choices"][0]["message"]["content"]
        if fault == "invalid":
            answer = _completion(answer, json.dumps({"unexpected": json.loads(content)}))
        elif fault == "partly_invalid":
            document = json.loads(content)
            verdicts = document.get("verdicts") or {"": None}
            verdicts[next(iter(verdicts))] = {"kind": "not a kind"}
            answer = _completion(answer, json.dumps(document))
        elif fault == "length":
            answer = _completion(answer, content[: len(content) // 2], finish_reason="length")
        elif fault == "refusal":
            answer = _completion(answer, None, refusal="I can't help with that request.")
        return web.Response(text=answer, content_type="application/json")

    async def models(request: web.Request) -> web.Response:
        # What a server's readiness is checked by (summarizer.model.local.serve).
        return web.json_response({"object": "list", "data": [{"id": "stub", "object": "model"}]})

    app = web.Application()
    app.router.add_post("/v1/chat/completions", complete)
    app.router.add_get("/v1/models", models)
    return app


def serve(port: int, latency: float, ready: Any) -> None:
    """Run the stub (no faults) in the foreground on `port`: the benchmark's stub process."""
    app = make_app(recorded_answers(), latency=latency)
    ready.set()
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


class StubEndpoint:
    """The stub in a thread of this process, on a free loopback port. Use as a context
    manager; `faults` may be replaced between runs, `log` says what it saw."""

    def __init__(
        self,
        faults: FaultPlan | None = None,
        latency: float = 0.0,
        hang: float = 30.0,
        answers: dict[str, str] | None = None,
    ) -> None:
        self.faults = faults
        self.log = StubLog()
        self._app = make_app(
            answers if answers is not None else recorded_answers(),
            faults=lambda number, body: self.faults(number, body) if self.faults else None,
            latency=latency,
            hang=hang,
            log=self.log,
        )
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner = web.AppRunner(self._app, access_log=None, handler_cancellation=True)
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    def __enter__(self) -> StubEndpoint:
        self._thread.start()
        self._run(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._run(site.start())
        self.port = self._runner.addresses[0][1]
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._run(self._runner.cleanup())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()
