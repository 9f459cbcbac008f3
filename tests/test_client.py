"""The one retry loop: what is retried, how long it waits, and how failures are reported."""

from __future__ import annotations

import httpx2
import instructor
import openai
import pytest
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState

from summarizer.brief.steps.base import CachedSchema
from summarizer.model.client import backoff, retry_after, should_retry

REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


def status_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    response = httpx2.Response(status, headers=headers or {}, request=REQUEST)
    kinds = {429: openai.RateLimitError, 500: openai.InternalServerError,
             400: openai.BadRequestError, 401: openai.AuthenticationError}  # fmt: skip
    return kinds.get(status, openai.APIStatusError)(f"HTTP {status}", response=response, body=None)


def validation_error() -> ValidationError:
    class Answer(BaseModel):
        n: int

    try:
        Answer.model_validate({"n": "x"})
    except ValidationError as error:
        return error
    raise AssertionError


def state_after(error: BaseException, attempt: int = 1) -> RetryCallState:
    state = RetryCallState(retry_object=None, fn=None, args=(), kwargs={})  # type: ignore[arg-type]
    state.attempt_number = attempt
    state.set_exception((type(error), error, None))
    return state


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504, 408])
def test_transient_http_statuses_are_retried(status):
    assert should_retry(status_error(status))


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status):
    assert not should_retry(status_error(status))


def test_connection_errors_and_timeouts_are_retried():
    assert should_retry(openai.APIConnectionError(request=REQUEST))
    assert should_retry(openai.APITimeoutError(request=REQUEST))


def test_an_invalid_answer_is_retried_as_a_re_ask():
    assert should_retry(validation_error())


def test_retry_after_seconds_is_honoured():
    assert backoff(state_after(status_error(429, {"retry-after": "7"}))) == 7.0


def test_retry_after_ms_is_honoured():
    assert retry_after(status_error(429, {"retry-after-ms": "1500"})) == 1.5


def test_retry_after_http_date_is_honoured():
    assert retry_after(status_error(503, {"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0


def test_without_retry_after_the_wait_grows_exponentially():
    first = backoff(state_after(status_error(429), attempt=1))
    third = backoff(state_after(status_error(429), attempt=3))
    assert 1 <= first < 2 and 4 <= third < 5


def test_a_re_ask_does_not_wait():
    assert backoff(state_after(validation_error())) == 0.0


def test_a_server_asking_for_too_long_a_wait_is_capped():
    assert backoff(state_after(status_error(429, {"retry-after": "86400"}))) == 60.0


def test_an_answer_model_with_async_validators_is_still_refused_on_every_call():
    # The client remembers the answer models that passed instructor's check for async
    # validators (it walked them on every call); a model that fails must fail every time.
    from instructor.v2.validation import async_validators

    class WithAsyncValidator(BaseModel):
        name: str

        @async_validators.async_field_validator("name")
        async def check_name(self, value: str) -> None:
            return None

    for _ in range(2):
        with pytest.raises(ValueError, match="async validators"):
            async_validators.reject_async_validators(WithAsyncValidator)


class Happened(CachedSchema):
    summary: str


def completion(**fields: object) -> dict[str, object]:
    """A chat completion answering '{"summary": "It happened."}', with `fields` replaced."""
    document: dict[str, object] = {
        "id": "c", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": '{"summary": "It happened."}'}}],
    }  # fmt: skip
    document.update(fields)
    return {k: v for k, v in document.items() if v is not None}


def both_ways(answer: dict[str, object], response_format: str = "json_object_schema"):
    """Make one call through our client and through instructor's own wrapping of the SDK's
    create(), both answered by a mock transport with `answer`. Returns the two request
    bodies and the two answers."""
    import asyncio
    import json

    from summarizer import Settings
    from summarizer.model.client import ModelClient, request_options
    from summarizer.model.endpoint import Endpoint

    bodies: list[dict[str, object]] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        bodies.append(json.loads(request.content))
        return httpx2.Response(200, json=answer)

    sdk = openai.AsyncOpenAI(
        base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(reply)),
    )  # fmt: skip
    endpoint = Endpoint("custom", "http://127.0.0.1:9/v1", "k", "m", response_format, "id")
    client = ModelClient(endpoint, Settings.load(env={}))
    client._openai = sdk  # the same client, answering from the mock transport
    through_sdk = instructor.from_openai(sdk, mode=client._instructor.mode)

    async def run() -> list[object]:
        ours = await client.extract(MESSAGES, Happened, {})  # type: ignore[arg-type]
        theirs = await through_sdk.chat.completions.create(
            messages=MESSAGES,  # type: ignore[arg-type]
            response_model=Happened,
            **request_options(endpoint, client.settings, Happened),
        )
        return [ours.answer, theirs]

    return bodies, asyncio.run(run())


MESSAGES = [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}]


@pytest.mark.parametrize("response_format", ["json_object_schema", "json_schema"])
def test_a_completion_is_posted_with_the_body_the_sdks_create_would_send(response_format):
    bodies, _ = both_ways(completion(), response_format)
    assert bodies[0] == bodies[1]
    assert bodies[0]["messages"] == MESSAGES


def test_a_completion_is_read_as_the_sdk_reads_it():
    _, (ours, theirs) = both_ways(completion())
    assert ours == theirs


def test_a_completion_lacking_openai_fields_is_read_as_leniently_as_the_sdk_reads_it():
    # Some OpenAI-compatible servers leave out `object` and `created`.
    _, (ours, theirs) = both_ways(completion(object=None, created=None, id=None))
    assert ours == theirs


def test_instructor_logs_as_usual_outside_our_calls(caplog: pytest.LogCaptureFixture):
    import logging

    from summarizer.model.instructor_compat import our_call

    logger = logging.getLogger("instructor.v2.retry")
    with caplog.at_level(logging.ERROR, logger="instructor"):
        with our_call():
            logger.error("an attempt of ours failed")
        logger.error("a user's own attempt failed")
    assert [r.getMessage() for r in caplog.records] == ["a user's own attempt failed"]
    assert logging.getLogger("instructor").propagate
