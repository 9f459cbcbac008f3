"""One gate for every request of a run: when the endpoint says "too many requests", all wait.

Without it, each of a hundred concurrent calls would meet the 429 on its own and retry on
its own, and the endpoint would see the same burst again. The throttle sits in the HTTP
client (an httpx event hook), so every attempt of every call passes through it: a 429
pauses all new requests until the time the server asked for (`retry-after`), or for a
backoff that doubles with each 429 in a row when it did not say; a success resets it.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Mapping

import httpx2

_MAX_PAUSE = 60.0


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Seconds a response asks us to wait (`retry-after-ms`, `retry-after` in seconds or as
    an HTTP date), or None when it does not say."""
    if (millis := headers.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, moment.timestamp() - time.time())


class Throttle:
    """Shared by all calls of a session; see the module docstring."""

    def __init__(self) -> None:
        self._resume_at = 0.0
        self._strikes = 0
        self.pauses = 0

    @property
    def paused_for(self) -> float:
        """Seconds until requests may go again (0 when they may go now)."""
        return max(0.0, self._resume_at - time.monotonic())

    def pause(self, seconds: float) -> None:
        """Hold every request for `seconds` from now (a longer pause already set stands)."""
        self._resume_at = max(self._resume_at, time.monotonic() + min(seconds, _MAX_PAUSE))
        self.pauses += 1

    async def before_request(self, request: httpx2.Request) -> None:
        """httpx request hook: wait while the endpoint has asked us to slow down."""
        while (wait := self.paused_for) > 0:
            await asyncio.sleep(wait)

    async def after_response(self, response: httpx2.Response) -> None:
        """httpx response hook: a 429 pauses everyone; any success clears the strikes."""
        if response.status_code == 429:
            self._strikes += 1
            asked = retry_after_seconds(response.headers)
            self.pause(asked if asked is not None else float(2 ** min(self._strikes - 1, 6)))
        elif response.status_code < 400:
            self._strikes = 0
