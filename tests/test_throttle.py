"""The shared throttle: a 429 slows every request down, not just the one that met it."""

from __future__ import annotations

import asyncio
import time

import httpx2
import pytest

from summarizer.model.throttle import Throttle, retry_after_seconds

REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


def response(status: int, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, headers=headers, request=REQUEST)


async def test_a_429_with_retry_after_holds_every_request_for_that_long():
    throttle = Throttle()
    await throttle.after_response(response(429, **{"retry-after-ms": "200"}))
    started = time.monotonic()
    await asyncio.gather(*(throttle.before_request(REQUEST) for _ in range(5)))
    assert 0.15 <= time.monotonic() - started < 1.0


async def test_without_retry_after_the_pause_doubles_with_each_429_in_a_row():
    throttle = Throttle()
    await throttle.after_response(response(429))
    first = throttle.paused_for
    await throttle.after_response(response(429))
    assert 0.9 <= first <= 1.0 and 1.9 <= throttle.paused_for <= 2.0


async def test_a_success_resets_the_backoff():
    throttle = Throttle()
    await throttle.after_response(response(429))
    await throttle.after_response(response(200))
    throttle._resume_at = 0  # let the first pause pass at once
    await throttle.after_response(response(429))
    assert throttle.paused_for <= 1.0


async def test_requests_go_at_once_when_nothing_was_refused():
    throttle = Throttle()
    started = time.monotonic()
    await throttle.before_request(REQUEST)
    assert time.monotonic() - started < 0.05


def test_a_pause_is_capped():
    throttle = Throttle()
    throttle.pause(10_000)
    assert throttle.paused_for <= 60


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [({"retry-after": "3"}, 3.0), ({"retry-after-ms": "250"}, 0.25), ({}, None),
     ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0), ({"retry-after": "soon"}, None)],
)  # fmt: skip
def test_retry_after_is_read_in_all_its_forms(headers, seconds):
    assert retry_after_seconds(headers) == seconds
