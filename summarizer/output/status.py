"""What a run says on stderr about the steps that are not briefing: assembling the embedded
model (once), verifying it, starting it, ready.

The model layer logs those steps on the `summarizer` logger (see summarizer/model/local.py);
`status_lines` shows them while a command runs: one line each, and on a terminal a progress
bar for the assembly, drawn by the batch's own display when there is one (two live bars
cannot share a terminal).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from typing import Protocol, TextIO

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

#: The logger every part of summarizer logs under.
LOGGER = "summarizer"


class Display(Protocol):
    """Where status goes: a line, or the progress of a long step."""

    def say(self, message: str) -> None:
        """Show one line."""

    def track(self, label: str, done: int, total: int) -> None:
        """Show how far a long step is (`done` of `total` bytes); `done == total` ends it."""


class StepBar:
    """A transient bar of bytes done for one long step, such as the model's assembly, on
    `console`: shown from its creation until `advance` reaches the total, or `stop`."""

    def __init__(self, label: str, total: int, console: Console) -> None:
        self._bar = Progress(
            TextColumn(label),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = self._bar.add_task(label, total=total)
        self._total = total
        self._bar.start()

    def advance(self, done: int) -> bool:
        """Show `done` bytes; False (and the bar gone) once the step is done."""
        self._bar.update(self._task, completed=done)
        if done < self._total:
            return True
        self.stop()
        return False

    def stop(self) -> None:
        """Take the bar off the screen."""
        self._bar.stop()


class StatusDisplay:
    """A display of its own, for commands without a batch bar: lines on `stream`, and a bar
    for a long step when `stream` is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self._step: StepBar | None = None

    def say(self, message: str) -> None:
        if self._step is not None:
            self._step.stop()
            self._step = None
        print(f"summarizer: {message}", file=self.stream, flush=True)

    def track(self, label: str, done: int, total: int) -> None:
        if not self.stream.isatty():
            return
        if self._step is None:
            self._step = StepBar(label, total, Console(file=self.stream))
        if not self._step.advance(done):
            self._step = None


class _ToDisplay(logging.Handler):
    def __init__(self, display: Display) -> None:
        super().__init__(logging.DEBUG)
        self.display = display

    def emit(self, record: logging.LogRecord) -> None:
        progress = getattr(record, "progress", None)
        if progress is not None:
            self.display.track(record.getMessage(), *progress)
        elif record.levelno >= logging.INFO:
            self.display.say(record.getMessage())


@contextlib.contextmanager
def status_lines(display: Display | None = None) -> Iterator[Display]:
    """Show summarizer's status messages on `display` (a `StatusDisplay` on stderr if none)
    while the block runs; what was logged before or after is left to the logging setup."""
    display = display or StatusDisplay()
    handler = _ToDisplay(display)
    logger = logging.getLogger(LOGGER)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # said once, here, not again by a root handler
    try:
        yield display
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
