"""The parse on every core: worker processes, each loading the spaCy pipeline once, that
parse articles and run our rules on them, and send back only what the brief reads (small,
plain data; never a spaCy `Doc`).

The parse is nearly all our own time per article and holds the interpreter's lock, so
threads cannot spread it over cores. A batch against an endpoint that answers many requests
at once keeps a pool of processes; one article, the embedded model (which answers one
request at a time and needs the cores itself) and replay parse in a thread of this process,
where starting a process would cost more than it saves.

Workers are started fresh ("spawn"), never forked from the process that runs the batch,
whose threads a fork would copy in whatever state they are in; and each ends with that
process, even when it is killed outright (its work queue would keep the worker waiting for
ever). As with any multiprocessing, a script that asks for worker processes
(`parse_processes` above 1) must start its work under `if __name__ == "__main__":`; the
command line does.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import select
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

from summarizer.brief.analysis import Analysis
from summarizer.processes import alive
from summarizer.text.nlp import DEFAULT_PIPELINE, load_pipeline

T = TypeVar("T")

#: How an article's analysis gets prepared: in a thread, or in a worker process.
Preparer = Callable[[Analysis], Awaitable[object]]

# A worker is replaced after this many articles: spaCy's string store grows with every new
# word it sees, so a long batch's memory stays flat only if no worker lives for ever.
_ARTICLES_PER_WORKER = 200


async def prepare_in_thread(analysis: Analysis) -> None:
    """Prepare `analysis` in a worker thread, so the event loop goes on meanwhile."""
    await asyncio.to_thread(analysis.prepare)


def processes_for(setting: int | None) -> int:
    """How many worker processes parse: the setting, else none (a thread of this process)."""
    return setting or 1


def one_per_core() -> int:
    """One worker process per core: the command line's default."""
    return os.cpu_count() or 1


class ParsePool:
    """Worker processes that prepare analyses. Use as `with ParsePool(n, pipeline) as pool:`;
    `pool.prepare` is a `Preparer`."""

    def __init__(self, processes: int, pipeline: str | None) -> None:
        self._executor = ProcessPoolExecutor(
            processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(pipeline or DEFAULT_PIPELINE, os.getpid()),
            max_tasks_per_child=_ARTICLES_PER_WORKER,
        )
        self._pipeline = pipeline

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        # A stopped run does not wait for articles no one will read.
        self._executor.shutdown(wait=error is None, cancel_futures=True)

    async def prepare(self, analysis: Analysis) -> None:
        """Prepare `analysis` in a worker process."""
        analysis.adopt(await self.run(_found, analysis.text, self._pipeline))

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` in a worker process: a module-level function, whose arguments
        and result are plain, small data."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)


def _start_worker(pipeline: str, batch: int) -> None:
    # Ctrl-C reaches the whole process group: the batch's process decides how the run ends,
    # and a worker must not print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(batch,), daemon=True).start()
    load_pipeline(pipeline)


def _end_with(batch: int) -> None:
    """Wait for the process `batch` to end, then end this worker at once."""
    try:
        watched = os.pidfd_open(batch)
    except (AttributeError, OSError):  # not Linux, or an old kernel: look every second
        while alive(batch):
            time.sleep(1.0)
    else:
        select.select([watched], [], [])
    os._exit(0)


def _found(text: str, pipeline: str | None) -> dict[str, Any]:
    return Analysis(text, pipeline).prepare().found()
