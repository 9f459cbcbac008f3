"""Writing briefs where they were asked for: one file per article in a folder, or every
brief of a run in one stream, in the order given; never half a file.

Every file is written to a temporary file beside it and renamed into place, so a reader,
or a run killed part-way, never leaves half of one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from collections import deque
from pathlib import Path
from typing import TextIO

from summarizer.brief.result import BriefResult
from summarizer.errors import OutputError
from summarizer.output.render import stamp, stamp_of, to_json, to_markdown
from summarizer.output.review import to_html
from summarizer.output.table import StatementTable
from summarizer.processes import alive
from summarizer.schema import Brief
from summarizer.sources.article import Article, stem_of

#: md, json and html write one file per article with -o DIR; jsonl and csv put every brief
#: of the run in one stream (-o FILE, or standard output), in the order the articles were given.
FORMATS = ("md", "json", "html", "jsonl", "csv")
ONE_STREAM = frozenset({"jsonl", "csv"})


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OneFile:
    """A stream that ends up as one whole file: written to a temporary file beside `path`
    and renamed into place by `close`, so that no reader ever sees half of it; standard
    output when `path` is None. Raises OutputError when the file system refuses."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._temporary: Path | None = None
        if path is None:
            self.stream: TextIO = sys.stdout
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            sweep_leftovers(path.parent)
            handle, name = tempfile.mkstemp(prefix=temporary_prefix(path), dir=path.parent)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
        self._temporary = Path(name)
        # newline="": the csv module writes its own line ends (RFC 4180's CRLF).
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        """Append `text`; raises OutputError (the temporary file is then removed)."""
        try:
            self.stream.write(text)
            self.stream.flush()
        except OSError as error:
            self.discard()
            raise OutputError(f"cannot write {self.path or 'stdout'}: {error.strerror}") from error

    def close(self) -> None:
        """Put the file in place (what was written is whole); raises OutputError."""
        if self.path is None:
            self.write("")  # standard output: flushed
            return
        if self._temporary is None:
            return  # already in place, or discarded
        try:
            self.stream.close()
            # mkstemp makes the file private (0600); an output is as readable as any file.
            self._temporary.chmod(0o666 & ~_umask())
            self._temporary.replace(self.path)
        except OSError as error:
            self.discard()
            raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from error
        self._temporary = None

    def discard(self) -> None:
        """Remove the temporary file, leaving no half-written output."""
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            self._temporary.unlink(missing_ok=True)
            self._temporary = None


# A temporary output's name: its target's, the writing process's id, mkstemp's suffix.
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.(?P<pid>\d+)\.[a-z0-9_]{8}")


_SWEPT: set[Path] = set()


def temporary_prefix(path: Path) -> str:
    """The start of the name of a temporary file that becomes `path`: it names the process
    writing it, so that a later run can tell a dead run's leftover from a live run's file."""
    return f".{path.name}.{os.getpid()}."


def sweep_leftovers(directory: Path) -> None:
    """Remove the temporary outputs of runs that were killed outright (SIGKILL, power
    loss) before they could remove them; a live run's, in a folder two runs share, stay.
    Once per folder and process: only runs before this one can have left any."""
    if directory in _SWEPT:
        return
    _SWEPT.add(directory)
    try:
        names = [entry.name for entry in os.scandir(directory)]
    except OSError:
        return  # no folder yet, or not readable: nothing to sweep
    for name in names:
        match = _TEMPORARY.fullmatch(name)
        if match is not None and not alive(int(match["pid"])):
            with contextlib.suppress(OSError):
                (directory / name).unlink()


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename: never half a file.

    Raises OutputError when the file system refuses (no space, no permission, a file where
    the directory should be); the temporary file is removed whatever goes wrong.
    """
    output = OneFile(path)
    try:
        output.write(text)
        output.close()
    finally:
        output.discard()


def render(brief: Brief, form: str, text: str) -> str:
    """One brief in the output `form` (md, json, jsonl or html; `text` is its article)."""
    if form == "html":
        return to_html(brief, text)
    if form == "jsonl":
        return brief.model_dump_json() + "\n"
    return to_json(brief) + "\n" if form == "json" else to_markdown(brief)


def _text_of(result: BriefResult) -> str:
    # The review page shows the text the brief's offsets refer to: the article as briefed
    # (for an HTML input, the text extracted from it).
    return result.source.text if result.source is not None else ""


class Folder:
    """md, json and html with -o DIR: DIR/<stem>.<format> per article, written as each is
    done, with the text it was made from when that is not the input file itself (extracted
    from an HTML page, or fetched from a URL).

    An output already there that was made from the same text by the same summarizer and
    model (its stamp, see `summarizer.output.render.stamp`) is up to date: a run started
    again after it was stopped or killed keeps it rather than brief that article again."""

    def __init__(self, directory: Path, form: str) -> None:
        self.directory = directory
        self.form = form

    def up_to_date(self, article: Article, version: str, model: str) -> bool:
        """Whether the output of `article` is already there, made by `version` and `model`
        from its text."""
        target = self.directory / f"{stem_of(article.name)}.{self.form}"
        try:
            existing = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        made = stamp(article.sha256, version, model)
        if self.form != "json":
            return made in existing
        try:
            return stamp_of(Brief.model_validate_json(existing)) == made
        except ValueError:
            return False

    def expect(self, name: str) -> None:
        """Nothing to keep: files are written in any order."""

    def put(self, result: BriefResult) -> None:
        """Write the brief of `result` (a failed article writes nothing); raises
        OutputError."""
        if result.brief is None:
            return
        stem = stem_of(result.article)
        source = result.source
        if source is not None and (source.from_html or source.url is not None):
            write_atomically(self.directory / f"{stem}.extracted.txt", source.text)
        page = render(result.brief, self.form, _text_of(result))
        write_atomically(self.directory / f"{stem}.{self.form}", page)

    def close(self) -> None:
        """Nothing is left open."""

    def discard(self) -> None:
        """Nothing is half-written."""


class Stream:
    """Every brief of a run in one stream (standard output, or one file), in the order the
    articles were read, whatever order they are briefed in: a brief waits until those
    before it are written or have failed."""

    def __init__(self, path: Path | None, form: str) -> None:
        self.form = form
        self.output = OneFile(path)
        self.table = StatementTable(self.output.stream) if form == "csv" else None
        self._order: deque[str] = deque()
        self._done: dict[str, deque[BriefResult]] = {}

    def expect(self, name: str) -> None:
        """Note that the article `name` was read: its brief comes next in the stream."""
        self._order.append(name)

    def put(self, result: BriefResult) -> None:
        """Take a finished article (briefed or failed); write what is now in order."""
        self._done.setdefault(result.article, deque()).append(result)
        while self._order and self._done.get(self._order[0]):
            ready = self._done[self._order.popleft()].popleft()
            if ready.brief is None:
                continue
            if self.table is not None:
                self.table.add(ready.brief)
            else:
                self.output.write(render(ready.brief, self.form, _text_of(ready)))

    def close(self) -> None:
        """Put the file in place; raises OutputError."""
        self.output.close()

    def discard(self) -> None:
        """Remove a file not put in place."""
        self.output.discard()
