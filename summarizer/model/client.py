"""Schema-constrained calls to an OpenAI-compatible endpoint: instructor over the openai SDK.

One bounded retry loop per call, and no other: the openai SDK's own retries are off, and
instructor runs our tenacity loop, which re-asks with the validation error when an answer
does not validate and backs off (honouring `retry-after`) when the transport fails. Errors
of the SDK and of instructor are wrapped here, once, into summarizer errors.

What is retried, and why:

- 429, 408, 409 and 5xx, timeouts, dropped connections, a 200 whose body is not a JSON
  completion (a proxy's error page): transient, so retried with backoff, then EndpointError;
- an answer that does not fit the schema: re-asked at once with the validation error (the
  model can correct itself), then ModelOutputError;
- an answer cut off by the token limit (`finish_reason: length`): not retried, since the same
  request with the same `max_tokens` is cut off again; ModelOutputError;
- a refusal (`message.refusal` set): not retried, since at temperature 0 the model refuses
  again; ModelOutputError;
- any other HTTP error (400, 401, 404, ...): final at once, EndpointError.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx2
import instructor
import openai
from instructor.core.exceptions import (
    IncompleteOutputException,
    InstructorRetryException,
    ResponseParsingError,
)
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from summarizer.errors import EndpointError, ModelOutputError, ReplayMissError
from summarizer.model.endpoint import Endpoint
from summarizer.model.instructor_compat import Hooks, openai_create, our_call
from summarizer.model.recording import replay_miss
from summarizer.model.throttle import Throttle, retry_after_seconds
from summarizer.schema import Usage
from summarizer.settings import Settings

AnswerT = TypeVar("AnswerT", bound=BaseModel)

# Statuses where trying again can help; any other HTTP error is final at once.
_RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
_MAX_BACKOFF = 60.0


class _ValidationContext(dict[str, Any]):
    """What our answer validators read (the article), as instructor's `context`.

    Falsy on purpose: instructor renders every message as a Jinja template when its context
    is truthy, which would rewrite an article holding "{{" or "{%" (or fail on it) and
    compiles a template per message per call. Validators get it all the same.
    """

    def __bool__(self) -> bool:
        return False


@dataclass(frozen=True)
class Completion(Generic[AnswerT]):
    """A validated answer and what it cost, retries included."""

    answer: AnswerT
    usage: Usage


def _is_garbled(error: BaseException) -> bool:
    """Whether `error` says the endpoint's 200 was not a chat completion at all (the SDK hands
    a body that is not JSON over as text): a fault of the endpoint, not of the model."""
    return isinstance(error, ResponseParsingError) and not hasattr(
        getattr(error, "raw_response", None), "choices"
    )


def _is_parse_error(error: BaseException) -> bool:
    """Whether `error` says the model's answer did not validate (worth a re-ask)."""
    return not _is_garbled(error) and isinstance(
        error, ValidationError | json.JSONDecodeError | ResponseParsingError
    )


def _timed_out(error: BaseException) -> bool:
    """Whether a transport failure was a timeout, by its root cause: the aiohttp transport
    reports a connection the server closed as a connect timeout, which it was not."""
    while error.__cause__ is not None:
        error = error.__cause__
    return isinstance(error, TimeoutError)


def refusal_of(completion: Any) -> str | None:
    """The refusal a chat completion carries (`message.refusal`), or None."""
    try:
        refusal = completion.choices[0].message.refusal
    except (AttributeError, IndexError, TypeError):
        return None
    return str(refusal) if refusal else None


def should_retry(error: BaseException) -> bool:
    """Whether another attempt can help: invalid answers and transient transport failures."""
    if replay_miss(error) is not None:
        return False
    if _is_parse_error(error) or _is_garbled(error):
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in _RETRYABLE_STATUS
    return isinstance(error, openai.APIConnectionError)  # includes APITimeoutError


def retry_after(error: BaseException) -> float | None:
    """Seconds the server asked us to wait before retrying `error`, if it said."""
    if not isinstance(error, openai.APIStatusError):
        return None
    return retry_after_seconds(error.response.headers)


def backoff(state: RetryCallState) -> float:
    """Wait before the next attempt: none after an invalid answer, else `retry-after` or
    exponential backoff with jitter."""
    error = state.outcome.exception() if state.outcome else None
    if error is None or _is_parse_error(error):
        return 0.0
    asked = retry_after(error)
    if asked is not None:
        return min(asked, _MAX_BACKOFF)
    return float(min(_MAX_BACKOFF, 2 ** (state.attempt_number - 1) + random.uniform(0, 1)))


def _usage(raw: Any) -> tuple[int, int, int]:
    if raw is None:
        return 0, 0, 0
    details = getattr(raw, "prompt_tokens_details", None)
    cached = getattr(details, "cached_tokens", 0) or 0
    return raw.prompt_tokens or 0, raw.completion_tokens or 0, cached


def _completion_text(completion: Any) -> str | None:
    try:
        return str(completion.choices[0].message.content)
    except (AttributeError, IndexError, TypeError):
        return None


class _Latest:
    """The raw completion of a call's latest attempt, as instructor's hook hands it over."""

    completion: Any = None

    def record(self, completion: Any) -> None:
        """Instructor's "completion:response" hook: keep the attempt's raw completion."""
        self.completion = completion


def sampling_options(endpoint: Endpoint, settings: Settings) -> dict[str, Any]:
    """The model and how it samples: the same for every call of a run."""
    return {
        "model": endpoint.model,
        "temperature": settings.temperature,
        "seed": settings.seed,
        "max_tokens": settings.max_tokens,
    }


def request_options(
    endpoint: Endpoint, settings: Settings, answer_model: type[BaseModel]
) -> dict[str, Any]:
    """Generation parameters sent with every call; part of the cache key."""
    options = sampling_options(endpoint, settings)
    if endpoint.response_format == "json_object_schema":
        # The openai SDK merges extra_body last, so this replaces instructor's
        # "json_schema" format with the form llama.cpp's server understands.
        options["extra_body"] = {
            "response_format": {
                "type": "json_object",
                "schema": answer_model.model_json_schema(),
            }
        }
    return options


class ModelClient:
    """Makes schema-constrained calls to one endpoint over one shared connection pool."""

    def __init__(self, endpoint: Endpoint, settings: Settings) -> None:
        self.endpoint = endpoint
        self.settings = settings
        self.throttle = Throttle()
        # One connection pool for the whole run, sized for every step of every article in
        # flight. The SDK's aiohttp transport, not its default httpcore one: httpcore checks
        # every pooled connection (through anyio's socket attributes) twice per request, a
        # cost that grows with the calls in flight; aiohttp's pool does not (benchmark
        # overhead 25 vs 31-38 ms per article). The throttle's hooks see every attempt.
        connections = max(10, settings.concurrency * 6)
        http = openai.DefaultAioHttpClient(
            limits=httpx2.Limits(
                max_connections=connections, max_keepalive_connections=connections
            ),
            event_hooks={
                "request": [self.throttle.before_request],
                "response": [self.throttle.after_response],
            },
        )
        self._openai = openai.AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key,
            max_retries=0,  # our one retry loop is the only one
            timeout=settings.timeout,
            http_client=http,
        )
        # Absolute, so that the SDK need not join it to its base URL on every request.
        self._completions_url = f"{self._openai.base_url}chat/completions"
        # The embedded server answers one request at a time: requests queued inside it would
        # spend their timeout waiting, so we queue them here and send one at a time.
        self._one_at_a_time = asyncio.Semaphore(1) if endpoint.kind == "local" else None
        json_mode = endpoint.response_format == "json_object"
        mode = instructor.Mode.JSON if json_mode else instructor.Mode.JSON_SCHEMA
        # What instructor.from_openai builds, over _post_completion instead of the SDK's
        # chat.completions.create (see there).
        self._instructor = instructor.AsyncInstructor(
            client=self._openai,
            create=openai_create(self._post_completion, mode),
            provider=instructor.Provider.OPENAI,
            mode=mode,
        )

    async def _post_completion(
        self, *, extra_body: dict[str, Any] | None = None, **params: Any
    ) -> ChatCompletion | str:
        """POST a chat completion: what the SDK's chat.completions.create does for our
        requests, through the same client (transport, errors, retries off), less two costs
        that were a third of our own time per call:

        - the TypedDict transform, which walks every message of every request to convert
          Python-side values (dates, files, iterables) that our JSON-ready requests never
          hold; `extra_body` is merged last, as the SDK merges it;
        - the SDK's reading of the answer, which builds the completion field by field in
          Python: pydantic validates it from the bytes at a twentieth of the cost. A body
          that does not validate as a completion is read the SDK's lenient way (an
          endpoint that leaves out a field), and one that is not JSON comes back as text,
          as the SDK hands it over (see `_is_garbled`).
        """
        body = {**params, **(extra_body or {})}
        raw = await self._openai.post(self._completions_url, body=body, cast_to=bytes)
        try:
            return ChatCompletion.model_validate_json(raw)
        except ValidationError:
            pass
        try:
            document = json.loads(raw)
        except ValueError:
            document = None
        if not isinstance(document, dict):
            return raw.decode("utf-8", errors="replace")
        return ChatCompletion.construct(**document)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._openai.close()

    async def extract(
        self,
        messages: list[ChatCompletionMessageParam],
        answer_model: type[AnswerT],
        context: dict[str, Any],
    ) -> Completion[AnswerT]:
        """Ask for an `answer_model` and return it validated (with `context`), with its usage.

        Raises EndpointError when the endpoint keeps failing, ModelOutputError when no
        answer validates within `max_attempts` (its `last_text` and `usage` are set), when
        the model refuses or when its answer is cut off by the token limit (neither asked
        again), and ReplayMissError when a replay has no recording of the request.
        """
        # The raw completion of the latest attempt: a refusal arrives as an answer that does
        # not validate, and only the completion tells it apart from one worth a re-ask.
        latest = _Latest()
        hooks = Hooks()
        hooks.on("completion:response", latest.record)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.settings.max_attempts),
            retry=retry_if_exception(
                lambda error: should_retry(error) and refusal_of(latest.completion) is None
            ),
            wait=backoff,
            reraise=True,
        )
        async with self._one_at_a_time or contextlib.nullcontext():
            return await self._extract(messages, answer_model, context, retrying, hooks)

    async def _extract(
        self,
        messages: list[ChatCompletionMessageParam],
        answer_model: type[AnswerT],
        context: dict[str, Any],
        retrying: AsyncRetrying,
        hooks: Hooks,
    ) -> Completion[AnswerT]:
        try:
            with our_call():
                answer, _ = await self._instructor.chat.completions.create_with_completion(
                    messages=messages,
                    response_model=answer_model,
                    max_retries=retrying,
                    context=_ValidationContext(context),
                    hooks=hooks,
                    **request_options(self.endpoint, self.settings, answer_model),
                )
        except InstructorRetryException as error:
            cause = error.__cause__ or error
            raise self._wrap(error, cause, retrying, error.total_usage) from cause
        except IncompleteOutputException as error:
            # Not retried: the same request with the same max_tokens is cut off again.
            raise ModelOutputError(
                f"the answer was cut off by the token limit (max_tokens "
                f"{self.settings.max_tokens}, finish_reason: length); raise "
                "SUMMARIZER_MAX_TOKENS",
                usage=self._usage_of(getattr(error.last_completion, "usage", None), retrying),
            ) from error
        except openai.OpenAIError as error:
            raise self._wrap(error, error, retrying, None) from error
        usage = self._usage_of(getattr(answer, "_total_usage", None), retrying)
        return Completion(answer, usage)

    def _usage_of(self, raw: Any, retrying: AsyncRetrying) -> Usage:
        prompt, completion, cached = _usage(raw)
        attempts = int(retrying.statistics.get("attempt_number", 1))
        return Usage(
            prompt_tokens=prompt,
            completion_tokens=completion,
            cached_tokens=cached,
            calls=attempts,
            retries=attempts - 1,
        )

    def _wrap(
        self, error: BaseException, cause: BaseException, retrying: AsyncRetrying, raw_usage: Any
    ) -> Exception:
        """Turn what instructor or the SDK raised into our error, describing its root cause."""
        missing = replay_miss(cause)
        if missing is not None:
            return ReplayMissError(missing)
        usage = self._usage_of(raw_usage, retrying)
        refusal = refusal_of(getattr(error, "last_completion", None))
        if refusal is not None:
            return ModelOutputError(f"the model refused to answer: {refusal}", usage=usage)
        if _is_parse_error(cause):
            first_line = str(cause).strip().splitlines()[0] if str(cause).strip() else "invalid"
            return ModelOutputError(
                f"no valid answer after {usage.calls} attempt(s): {first_line}",
                last_text=_completion_text(getattr(error, "last_completion", None)),
                usage=usage,
            )
        where = f"{self.endpoint.kind} endpoint {self.endpoint.base_url}"
        if isinstance(cause, openai.APIStatusError):
            message = f"{where} answered HTTP {cause.status_code}"
        elif isinstance(cause, openai.APIConnectionError) and _timed_out(cause):
            message = f"{where} timed out after {self.settings.timeout:.0f} s"
        elif isinstance(cause, openai.APIConnectionError):
            message = f"cannot reach {where}"
        elif _is_garbled(cause):
            message = f"{where} answered with a body that is not a JSON chat completion"
        else:
            message = f"{where} failed: {cause}"
        return EndpointError(f"{message} (after {usage.calls} attempt(s))")
