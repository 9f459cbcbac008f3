"""One run's model I/O: the endpoint (the embedded server, if that is the one, started at the
first question a run asks, never when every answer comes from the rules or the cache), one
client and connection pool, the response cache, and identical requests in flight sent once.

`Session` is the concrete `ModelSession` (see `summarizer.model.protocol`); its one `ask` is
the only way any part of the package puts a question to a model.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from types import TracebackType
from typing import Any, TypeVar, cast

from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from summarizer.cache import RESULTS_FOLDER, ResponseCache, cache_key
from summarizer.errors import EndpointError, LocalModelError, ModelOutputError, SummarizerError
from summarizer.model.client import ModelClient, request_options, sampling_options
from summarizer.model.endpoint import Endpoint, resolve_endpoint, started
from summarizer.model.protocol import Answer
from summarizer.model.recording import cassette
from summarizer.schema import EndpointKind, Usage
from summarizer.settings import RecordingMode, Settings

AnswerT = TypeVar("AnswerT", bound=BaseModel)

logger = logging.getLogger(__name__)


#: Seconds to wait, after a failed call, for an embedded server that closed its socket to
#: exit, before taking it for alive.
SERVER_EXIT_WAIT = 2.0


class Session:
    """Everything a run shares. Use as `async with Session(settings) as session:`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._stack = contextlib.ExitStack()
        self.endpoint: Endpoint | None = None
        self._client: ModelClient | None = None
        self._cache: ResponseCache | None = None
        # Whole results made from answers (briefs), apart from the answers themselves.
        self._results: ResponseCache | None = None
        # Calls under way, by cache key: an identical request waits for the first one.
        self._inflight: dict[str, asyncio.Future[Answer[BaseModel]]] = {}
        # The embedded server is started again once per run if it dies (killed, out of
        # memory); one call at a time does it.
        self._restarting = asyncio.Lock()
        # The embedded server starts at the first question; one call at a time starts it.
        self._starting = asyncio.Lock()
        self._starts: list[concurrent.futures.Future[Endpoint]] = []
        self._launcher: concurrent.futures.ThreadPoolExecutor | None = None
        self._restarts = 0
        #: Tokens spent by this session so far, retries included.
        self.usage = Usage()

    async def __aenter__(self) -> Session:
        try:
            # Providing the embedded model's file can take seconds the first time.
            self.endpoint = await asyncio.to_thread(resolve_endpoint, self.settings)
            use_cache = self.settings.use_cache and self.settings.recording == "off"
            directory = self.settings.cache_dir if use_cache else None
            self._cache = ResponseCache(directory)
            self._stack.callback(self._cache.close)
            self._results = ResponseCache(directory, RESULTS_FOLDER)
            self._stack.callback(self._results.close)
            if self.endpoint.kind != "local":
                self._client = ModelClient(self.endpoint, self.settings)
            elif self.settings.recording != "off":
                # A recording run starts the server now, before any cassette is open: a
                # cassette would take the server's start-up requests for the model's.
                await self._start()
        except BaseException:
            self._close()
            raise
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if self._client is not None:
                await self._client.aclose()
        finally:
            self._close()

    def _close(self) -> None:
        # A start interrupted (Ctrl-C, SIGTERM) goes on in its thread: wait for it, so that
        # the server it brings up is among what closing the stack stops.
        concurrent.futures.wait(self._starts)
        self._stack.close()
        if self._launcher is not None:
            self._launcher.shutdown()

    async def connected(self) -> ModelClient:
        """The client, the embedded server started first if it is the endpoint and not yet
        running. Raises SummarizerError when the session is not open, LocalModelError when
        the embedded model cannot be started."""
        self._endpoint  # noqa: B018 - raises when the session is not open
        async with self._starting:
            if self._client is None:
                await self._start()
        assert self._client is not None
        return self._client

    async def _start(self) -> None:
        # Starting the embedded server blocks for seconds; keep the event loop free.
        assert self.endpoint is not None
        opening = started(self.settings, self.endpoint)
        if self._launcher is None:
            # One thread for the session: the server is its child process, and the kernel
            # stops a child whose parent thread ends (see local._die_with_parent).
            self._launcher = concurrent.futures.ThreadPoolExecutor(1, "summarizer-server")
        start = self._launcher.submit(self._stack.enter_context, opening)
        self._starts.append(start)
        endpoint = await asyncio.wrap_future(start)
        self.endpoint, self._client = endpoint, ModelClient(endpoint, self.settings)

    @property
    def model(self) -> str:
        return self._endpoint.model

    @property
    def endpoint_kind(self) -> EndpointKind:
        return self._endpoint.kind

    @property
    def one_at_a_time(self) -> bool:
        # The embedded server answers one request at a time and keeps one prompt prefix in
        # its cache: articles in turn let the steps of each reuse it. A cassette is active
        # for the whole process, so replay and record also go one article at a time.
        return self.settings.recording != "off" or self.endpoint_kind == "local"

    @property
    def _endpoint(self) -> Endpoint:
        if self.endpoint is None:
            raise SummarizerError("the session is not open: use 'async with Session(...)'")
        return self.endpoint

    def cassette(
        self, name: str, recording: RecordingMode | None = None
    ) -> AbstractContextManager[None]:
        return cassette(self.settings.with_changes(recording=recording), name)

    def recall(self, parts: dict[str, Any]) -> str | None:
        assert self._results is not None
        return self._results.get(self._result_key(parts))

    def keep(self, parts: dict[str, Any], text: str) -> None:
        assert self._results is not None
        self._results.set(self._result_key(parts), text)

    def _result_key(self, parts: dict[str, Any]) -> str:
        """A result's key: `parts` and all of this session's that changes an answer but
        the question (the endpoint, the response format, the model and its sampling)."""
        endpoint = self._endpoint
        return cache_key(
            {
                "result": parts,
                "endpoint": endpoint.identity,
                "response_format": endpoint.response_format,
                "options": sampling_options(endpoint, self.settings),
            }
        )

    async def ask(
        self,
        messages: list[ChatCompletionMessageParam],
        answer_model: type[AnswerT],
        prompt_versions: dict[str, int],
        context: dict[str, Any] | None = None,
    ) -> Answer[AnswerT]:
        """Ask one schema-constrained question, cached and deduplicated.

        Raises EndpointError, ModelOutputError or ReplayMissError when it cannot be answered;
        the tokens a failed question spent still count in `usage`.
        """

        async def call() -> Answer[BaseModel]:
            client = await self.connected()
            try:
                try:
                    completion = await client.extract(messages, answer_model, context or {})
                except EndpointError:
                    if not await self._restart_server(client):
                        raise
                    client = await self.connected()
                    completion = await client.extract(messages, answer_model, context or {})
            except ModelOutputError as error:
                self.usage += error.usage or Usage()
                raise
            self.usage += completion.usage
            assert self._cache is not None
            self._cache.set(key, completion.answer.model_dump_json())
            return Answer(completion.answer, completion.usage, cached=False)

        key = cache_key(
            {
                "endpoint": self._endpoint.identity,
                "response_format": self._endpoint.response_format,
                "options": request_options(self._endpoint, self.settings, answer_model),
                "schema": answer_model.model_json_schema(),
                "prompts": prompt_versions,
                "messages": messages,
            }
        )
        hit = self._hit(key, answer_model, context)
        if hit is not None:
            return Answer(hit, Usage(), cached=True)
        result = await self._once(key, call)
        assert isinstance(result.answer, answer_model)
        return cast(Answer[AnswerT], result)

    async def _restart_server(self, failed: ModelClient) -> bool:
        """After a call to the embedded model failed: if its server has died, start it
        again (once per run) and say so. True when the call is worth making again.

        Raises LocalModelError when the server cannot be started again, or when it has
        stopped again after its one restart (naming its exit code and its log's end, where
        the endpoint's error would only say it cannot be reached).
        """
        server = failed.endpoint.server
        if server is None:
            return False
        async with self._restarting:
            if self._client is not failed:
                return True  # another call started it again meanwhile
            exit_code = await asyncio.to_thread(server.ended, SERVER_EXIT_WAIT)
            if exit_code is None:
                return False
            if self._restarts >= 1:
                raise LocalModelError(
                    f"the embedded model stopped again (exit code {exit_code}) after it was "
                    f"started again once; last lines of its log:\n{server.last_lines()}"
                )
            self._restarts += 1
            logger.warning(
                "the embedded model stopped (exit code %s) during the run; starting it again",
                exit_code,
            )
            await self._start()
            await failed.aclose()
            return True

    def _hit(
        self, key: str, answer_model: type[AnswerT], context: dict[str, Any] | None
    ) -> AnswerT | None:
        """The cached answer under `key`, if there is one valid for today's schema."""
        assert self._cache is not None
        hit = self._cache.get(key)
        if hit is None:
            return None
        try:
            return answer_model.model_validate_json(hit, context=context)
        except ValidationError:
            return None  # an entry from an older schema: ask again

    async def _once(
        self, key: str, call: Callable[[], Awaitable[Answer[BaseModel]]]
    ) -> Answer[BaseModel]:
        """Run `call`, unless an identical request is under way: then share its result."""
        while (shared := self._inflight.get(key)) is not None:
            try:
                result = await asyncio.shield(shared)
            except asyncio.CancelledError:
                if shared.cancelled():
                    continue  # the caller making it was cancelled, not us: make it ourselves
                raise
            return replace(result, usage=Usage(), cached=True)
        # Made in this task, not a task of its own: that would cost two more turns of the
        # event loop per call, and a busy loop's turn is long.
        future: asyncio.Future[Answer[BaseModel]] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            result = await call()
        except asyncio.CancelledError:
            future.cancel()
            raise
        except BaseException as error:
            future.set_exception(error)
            future.exception()  # retrieved: no warning when nobody else was waiting
            raise
        finally:
            self._inflight.pop(key, None)
        future.set_result(result)
        return result
