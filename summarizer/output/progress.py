"""What a batch run shows on stderr while it works, and the account it gives at the end."""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from summarizer.brief.result import BriefResult
from summarizer.model.pricing import Price
from summarizer.output.status import StepBar
from summarizer.schema import Usage


def degraded_note(steps: list[str]) -> str:
    """What a user is told of a degraded brief: which steps fell back to the rules."""
    return (
        f"degraded: the model's answers to {', '.join(steps)} stayed unusable after the "
        "re-asks, so our rules alone decided them (--strict makes this a failure)"
    )


class BatchProgress:
    """Counts articles briefed, failed and served from cache, and the tokens spent.

    On a terminal it draws a progress bar; elsewhere (a log, a pipe) it writes one line per
    article, so that nothing is lost in a file.
    """

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.briefed = self.failed = self.cached = self.kept = self.hits = self.degraded = 0
        self.usage = Usage()
        self._bar: Progress | None = None
        self._step: StepBar | None = None
        if self.stream.isatty():
            self._bar = Progress(
                TextColumn("briefing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[status]}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._task = self._bar.add_task("briefing", total=total, status="")
            self._bar.start()

    def say(self, message: str) -> None:
        """Show one line of status (above the bar, on a terminal)."""
        if self._bar is not None:
            self._bar.console.print(f"summarizer: {message}", markup=False, highlight=False)
        else:
            print(f"summarizer: {message}", file=self.stream, flush=True)

    def track(self, label: str, done: int, total: int) -> None:
        """Show a long step's progress (the model's assembly) in place of the batch's bar
        while it lasts (a terminal holds one live bar); nothing when not on a terminal."""
        if self._bar is None:
            return
        if self._step is None:
            self._bar.stop()
            self._step = StepBar(label, total, self._bar.console)
        if not self._step.advance(done):
            self._step = None
            self._bar.start()

    @property
    def done(self) -> int:
        return self.briefed + self.failed + self.kept

    def up_to_date(self, name: str) -> None:
        """Count one article whose output was already there, up to date."""
        self.kept += 1
        if self._bar is not None:
            self._refresh()
        else:
            print(f"[{self.done}/{self.total}] {name}: already briefed (kept)", file=self.stream)

    def unreadable(self) -> None:
        """Count one article that could not even be read (it has already said why)."""
        self.failed += 1
        if self._bar is not None:
            self._refresh()

    def update(self, result: BriefResult) -> None:
        """Count one finished article."""
        if result.brief is None:
            self.failed += 1
        else:
            self.briefed += 1
            provenance = result.brief.provenance
            if provenance.degraded:
                self.degraded += 1
                self.say(f"{result.article}: {degraded_note(provenance.degraded)}")
            self.usage += provenance.usage
            self.cached += provenance.usage.calls == 0 and provenance.cache_hits > 0
            self.hits += provenance.cache_hits
        if self._bar is not None:
            self._refresh()
        elif result.brief is not None:
            brief = result.brief
            print(
                f"[{self.done}/{self.total}] {result.article}: {len(brief.claims)} claims, "
                f"{len(brief.denials)} denials, {len(brief.figures)} figures",
                file=self.stream,
            )

    def _refresh(self) -> None:
        assert self._bar is not None
        tokens = self.usage.prompt_tokens + self.usage.completion_tokens
        status = f"{self.failed} failed · {self.cached} cached · {tokens:,} tokens"
        self._bar.update(self._task, completed=self.done, status=status)

    def close(self, price: Price | None = None) -> str:
        """Stop the bar and return the run's account in one line."""
        if self._step is not None:
            self._step.stop()
        if self._bar is not None:
            self._bar.stop()
        u = self.usage
        kept = f", {self.kept} already briefed (kept)" if self.kept else ""
        line = (
            f"{self.briefed} briefed ({self.cached} from cache, {self.degraded} degraded), "
            f"{self.failed} failed{kept}; "
            f"tokens: {u.prompt_tokens:,} prompt, {u.completion_tokens:,} completion, "
            f"{u.cached_tokens:,} cached, {u.calls} call(s), {u.retries} retry(ies), "
            f"{self.hits} answer(s) from the cache"
        )
        if price is not None:
            line += f"; cost ${price.cost(u):.4f}"
        return line
