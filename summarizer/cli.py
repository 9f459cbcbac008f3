"""The command line: parse arguments, call the API, turn our errors into messages and exit codes.

Exit codes: 0 when every article was briefed, 1 when some article failed, 2 for a usage or
configuration error, 130 when interrupted (Ctrl-C), 128 + the signal's number when stopped
by SIGTERM (143) or SIGHUP (129).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType

from summarizer.api import asummarize_many, summarize_dossier
from summarizer.brief.briefing import RULES_ONLY_MODEL
from summarizer.brief.parsing import one_per_core
from summarizer.errors import ConfigurationError, InputError, OutputError, SummarizerError
from summarizer.evaluation import (
    evaluate,
    evaluate_briefs,
    evaluate_rules,
    load_gold,
    table,
)
from summarizer.model import endpoint, local
from summarizer.model.pricing import Price, load_prices
from summarizer.output.files import (
    FORMATS,
    ONE_STREAM,
    Folder,
    OneFile,
    Stream,
    write_atomically,
)
from summarizer.output.progress import BatchProgress
from summarizer.output.render import dossier_to_markdown, to_json
from summarizer.output.review import dossier_to_html
from summarizer.output.status import status_lines
from summarizer.output.table import StatementTable
from summarizer.schema import Brief
from summarizer.settings import Settings
from summarizer.sources.article import Article, stem_of
from summarizer.sources.reading import read_articles
from summarizer.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _error(message: str) -> None:
    print(f"summarizer: {message}", file=sys.stderr)


def _add_endpoint_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model endpoint")
    group.add_argument("--model", help="model name (default: the endpoint's default model)")
    group.add_argument(
        "--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:8000/v1 "
        "(default: OPENAI_BASE_URL, else OpenAI with OPENAI_API_KEY, else the embedded model)"
    )  # fmt: skip
    group.add_argument("--local-model", type=Path, help="a GGUF file for the embedded server")
    group.add_argument("--cache-dir", type=Path, help="response cache directory")
    group.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    mode = group.add_mutually_exclusive_group()
    mode.add_argument(
        "--replay", action="store_true", help="serve every model call from the cassettes only"
    )
    mode.add_argument(
        "--record", action="store_true", help="record the model traffic into the cassettes"
    )
    group.add_argument("--cassettes", type=Path, help="cassette directory (default: cassettes/)")


def _add_briefing_options(parser: argparse.ArgumentParser, rules_only: bool = False) -> None:
    group = parser.add_argument_group("how briefs are made")
    group.add_argument(
        "--strict", action="store_true",
        help="an article whose model answers stay unusable after the re-asks fails, rather "
        "than being briefed by the rules alone and marked degraded",
    )  # fmt: skip
    if rules_only:
        group.add_argument(
            "--rules-only", action="store_true",
            help="ask no model: our code's rules alone, a summary built from the items (fast, "
            "for corpora too large for any endpoint)",
        )  # fmt: skip


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--refetch", action="store_true", help="fetch URLs again rather than from the cache"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `summarizer` command."""
    parser = argparse.ArgumentParser(
        prog="summarizer", description="Structured, source-grounded briefs of news articles."
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    brief = commands.add_parser("brief", help="brief articles into markdown, JSON, HTML or CSV")
    brief.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or http(s) URLs; - for stdin"
    )
    brief.add_argument(
        "-o", "--output", type=Path, metavar="PATH",
        help="md, json, html: a folder, PATH/<stem>.<format> per article; jsonl, csv: one "
        "file (default: standard output)",
    )  # fmt: skip
    brief.add_argument(
        "--format", choices=FORMATS, default="md",
        help="html: a self-contained review page, the article with its items highlighted; "
        "jsonl: one brief per line; csv: one row per claim, denial and figure",
    )  # fmt: skip
    _add_input_options(brief)
    brief.add_argument("--concurrency", type=int, help="articles briefed at once (default 4)")
    brief.add_argument(
        "--token-budget", type=int, metavar="N",
        help="stop starting new articles once the run has spent N tokens",
    )  # fmt: skip
    brief.add_argument(
        "--prices", type=Path, metavar="FILE",
        help='price table (JSON: {"model": {"prompt": $/1M, "completion": $/1M}}) for the cost',
    )  # fmt: skip
    _add_briefing_options(brief, rules_only=True)
    _add_endpoint_options(brief)

    dossier = commands.add_parser(
        "dossier", help="one cross-source brief of many articles: actors, claim ledger, conflicts"
    )
    dossier.add_argument("paths", nargs="+", metavar="PATH", help="article files or http(s) URLs")
    dossier.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write FILE (default: standard output)"
    )
    dossier.add_argument(
        "--format", choices=("md", "json", "html"), default="md",
        help="html: a self-contained review page, the ledger's quotes highlighted in the articles",
    )  # fmt: skip
    dossier.add_argument("--concurrency", type=int, help="questions asked at once")
    _add_input_options(dossier)
    _add_briefing_options(dossier)
    _add_endpoint_options(dossier)

    export = commands.add_parser(
        "export", help="turn JSON briefs into a CSV of statements, one row per item"
    )
    export.add_argument(
        "paths", nargs="+", metavar="BRIEF", help="briefs (summarizer brief --format json)"
    )
    export.add_argument(
        "--csv", type=Path, metavar="FILE", help="write FILE (default: standard output)"
    )

    evaluate = commands.add_parser("eval", help="brief the gold's articles and score them")
    evaluate.add_argument("directory", type=Path, metavar="DIR", help="folder of the articles")
    evaluate.add_argument("--gold", type=Path, required=True, help="gold annotations (JSON)")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument(
        "--briefs",
        type=Path,
        metavar="DIR",
        help="score the JSON briefs already in DIR (<stem>.json) instead of briefing",
    )
    evaluate.add_argument(
        "--rules-only",
        action="store_true",
        help="score what our code decides without any model (offline, seconds)",
    )
    evaluate.add_argument("--concurrency", type=int, help="articles briefed at once")
    _add_endpoint_options(evaluate)

    local_cmd = commands.add_parser("local", help="the embedded local model")
    local_sub = local_cmd.add_subparsers(dest="local_command", required=True)
    serve = local_sub.add_parser("serve", help="run the embedded server in the foreground")
    serve.add_argument("--local-model", type=Path, help="a GGUF file to serve instead")
    serve.add_argument("--cache-dir", type=Path, help="where the assembled model is kept")
    info = local_sub.add_parser("info", help="model path, size, verification, runtime")
    info.add_argument("--local-model", type=Path, help="a GGUF file to describe instead")
    info.add_argument("--cache-dir", type=Path, help="where the assembled model is kept")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    recording = "replay" if getattr(args, "replay", False) else None
    if getattr(args, "record", False):
        recording = "record"
    return Settings.load(
        model=getattr(args, "model", None),
        base_url=getattr(args, "base_url", None),
        local_model_path=getattr(args, "local_model", None),
        cache_dir=getattr(args, "cache_dir", None),
        use_cache=False if getattr(args, "no_cache", False) else None,
        recording=recording,
        cassette_dir=getattr(args, "cassettes", None),
        concurrency=getattr(args, "concurrency", None),
        token_budget=getattr(args, "token_budget", None),
        refetch=True if getattr(args, "refetch", False) else None,
        strict=True if getattr(args, "strict", False) else None,
        rules_only=True if getattr(args, "rules_only", False) else None,
    )


def _with_parse_processes(settings: Settings) -> Settings:
    """`settings` with one parse process per core unless it says how many."""
    if settings.parse_processes is not None:
        return settings
    return settings.with_changes(parse_processes=one_per_core())


def _readable(
    paths: list[str],
    settings: Settings,
    failed: Callable[[str], None],
    read: Callable[[Article], bool] = lambda article: True,
) -> Iterator[Article]:
    """The articles at `paths` (files, "-" for stdin, http(s) URLs), read or fetched one at
    a time as the batch asks for them; each is passed to `read`, and briefed if it says
    so. One that cannot be briefed gets its line on stderr and its message is passed to
    `failed`."""

    def refused(error: InputError) -> None:
        _error(str(error))
        failed(str(error))

    return (article for article in read_articles(paths, settings, refused) if read(article))


def _sink(args: argparse.Namespace) -> Folder | Stream:
    """Where the briefs go, checked before any is made; raises ConfigurationError or
    OutputError."""
    if args.output is None or args.format in ONE_STREAM:
        if args.output is not None and args.output.is_dir():
            raise ConfigurationError(
                f"--format {args.format} writes one file: give -o FILE.{args.format}, "
                f"not the folder {args.output}"
            )
        return Stream(args.output, args.format)
    stems = [stem_of(path) if path != "-" else "stdin" for path in args.paths]
    twice = sorted({stem for stem in stems if stems.count(stem) > 1})
    if twice:
        raise ConfigurationError(
            f"several articles would write {args.output}/{twice[0]}.{args.format}; "
            "give files different names"
        )
    return Folder(args.output, args.format)


def _brief(args: argparse.Namespace) -> int:
    settings = _with_parse_processes(_settings(args))
    price = _price(args, settings)
    sink = _sink(args)
    failures: list[str] = []
    progress = BatchProgress(len(args.paths))
    # What became of each path, in order: read (under its article's name) or refused.
    taken: list[str | None] = []
    finished: set[str] = set()

    def failed(message: str) -> None:
        failures.append(message)
        _error(message)

    def unreadable(message: str) -> None:
        taken.append(None)
        failures.append(message)
        progress.unreadable()

    # A run started again over the same folder keeps what is already briefed (the
    # replay and record modes make every brief again: they are how briefs are remade).
    kept = sink if isinstance(sink, Folder) and settings.recording == "off" else None
    model = RULES_ONLY_MODEL if settings.rules_only else endpoint.model_name(settings)

    def read(article: Article) -> bool:
        if kept is not None and kept.up_to_date(article, __version__, model):
            taken.append(None)
            progress.up_to_date(article.name)
            return False
        taken.append(article.name)
        sink.expect(article.name)
        return True

    async def run() -> None:
        articles = _readable(args.paths, settings, unreadable, read)
        async for result in asummarize_many(articles, settings=settings):
            finished.add(result.article)
            progress.update(result)
            if result.brief is None:
                failed(f"{result.article}: {result.error}")
            try:
                sink.put(result)
            except OutputError as error:
                if isinstance(sink, Stream):
                    raise  # the one output is gone: nothing more can be written
                failed(f"{result.article}: {error}")

    ended = "done"
    try:
        with status_lines(progress):
            asyncio.run(run())
        sink.close()
    except SummarizerError:
        ended = "failed"  # the run could not go on: its one line (from main) says why
        raise
    except KeyboardInterrupt:
        ended = "stopped"
        with contextlib.suppress(OutputError):
            sink.close()  # the one output file keeps the briefs it has, each whole
        raise
    finally:
        sink.discard()
        account = progress.close(price)
        if ended != "failed":
            print(f"summarizer: {account}", file=sys.stderr)
        if ended == "stopped":
            _list("not briefed", _not_briefed(args.paths, taken, finished), len(args.paths))
    if len(args.paths) > 1:
        # Each failure was said as it happened; in a long batch those lines scroll away, so
        # the run ends with all of them together.
        _list("failed", failures, len(args.paths))
    return EXIT_FAILED if failures else EXIT_OK


def _not_briefed(paths: list[str], taken: list[str | None], finished: set[str]) -> list[str]:
    """The paths of a stopped run that got no brief: read but not finished, or not read."""
    started = [
        path for path, name in zip(paths, taken, strict=False) if name and name not in finished
    ]
    return started + paths[len(taken) :]


def _list(what: str, items: list[str], total: int) -> None:
    if items:
        _error(f"{len(items)} of {total} article(s) {what}:")
        for item in items:
            print(f"  {item}", file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    failures = 0
    output = OneFile(args.csv)
    try:
        table = StatementTable(output.stream)
        for path in args.paths:
            try:
                brief = Brief.model_validate_json(Path(path).read_bytes())
            except OSError as error:
                _error(f"{path}: cannot read: {error.strerror}")
                failures += 1
                continue
            except ValueError:
                _error(f"{path}: not a brief (JSON written by summarizer brief --format json)")
                failures += 1
                continue
            table.add(brief)
        output.close()
    finally:
        output.discard()
    return EXIT_FAILED if failures else EXIT_OK


def _dossier(args: argparse.Namespace) -> int:
    settings = _with_parse_processes(_settings(args))
    unreadable: list[str] = []
    articles = list(_readable(args.paths, settings, unreadable.append))
    if not articles:
        raise InputError("no article could be read")
    dossier = summarize_dossier(articles, settings=settings)
    for dropped in dossier.dropped:
        if dropped.step == "brief":
            _error(f"{dropped.item}: {dropped.reason}")
        else:
            _error(f"unanswered ({dropped.step}): {dropped.item[:80]}: {dropped.reason}")
    if len(dossier.sources) < 2:
        raise InputError("a dossier needs at least two briefed articles")
    if args.format == "html":
        text = dossier_to_html(dossier, {article.name: article.text for article in articles})
    elif args.format == "json":
        text = to_json(dossier) + "\n"
    else:
        text = dossier_to_markdown(dossier)
    if args.output is not None:
        write_atomically(args.output, text)
    else:
        sys.stdout.write(text)
    # A dossier with articles left out or questions unanswered is written, but incomplete.
    left_out = len(unreadable) + sum(d.step == "brief" for d in dossier.dropped)
    if left_out:
        _error(f"{left_out} of {len(args.paths)} article(s) left out of the dossier")
    return EXIT_FAILED if left_out or dossier.dropped else EXIT_OK


def _price(args: argparse.Namespace, settings: Settings) -> Price | None:
    """The price of the run's model from --prices, if given."""
    if getattr(args, "prices", None) is None:
        return None
    prices = load_prices(args.prices)
    model = settings.model or next(iter(prices), "")
    if model not in prices:
        raise ConfigurationError(f"{args.prices}: no price for model {model!r}")
    return prices[model]


def _eval(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    if args.briefs is not None:
        result = evaluate_briefs(args.directory, gold, args.briefs)
    elif args.rules_only:
        result = evaluate_rules(args.directory, gold)
    else:
        result = asyncio.run(evaluate(args.directory, gold, _settings(args)))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(table(result))
    for name, reason in result["failed"].items():
        _error(f"{name}: {reason}")
    return EXIT_FAILED if result["failed"] else EXIT_OK


def _local(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.local_command == "info":
        print(json.dumps(local.model_status(settings), indent=2))
        return EXIT_OK
    with local.local_server(settings) as server:
        print(server.base_url, flush=True)
        print(
            "serving the embedded model; point tools at the URL above "
            "(with SUMMARIZER_RESPONSE_FORMAT=json_object_schema). Ctrl-C stops it.",
            file=sys.stderr,
        )
        try:
            while True:
                asyncio.run(asyncio.sleep(3600))
        except KeyboardInterrupt:
            return EXIT_OK


class Stopped(KeyboardInterrupt):
    """A signal that ends the run as Ctrl-C does (SIGTERM, SIGHUP)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def _signals_end_the_run() -> Iterator[None]:
    """SIGTERM and SIGHUP end a run as Ctrl-C does: the run unwinds (no new request starts,
    the embedded server is stopped, the account is given); a second signal ends the
    process at once, its servers killed first."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only: a caller there decides
        return
    stopping = False

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        if stopping:
            local.kill_servers()
            os._exit(128 + signum)
        stopping = True
        raise Stopped(signum) if signum != signal.SIGINT else KeyboardInterrupt

    ours = [signal.SIGINT, signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {signum: signal.signal(signum, handler) for signum in ours}
    try:
        yield
    finally:
        for signum, action in previous.items():
            signal.signal(signum, action)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    with _signals_end_the_run():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    # What is alive now (modules, their classes, the SDK's and our schemas) lives until the
    # process ends; without this, the collector walks all of it again in every full
    # collection of a long batch (a tenth to a sixth of our own CPU per article).
    gc.freeze()
    try:
        if args.command == "brief":
            return _brief(args)  # its status goes to its own progress display
        if args.command == "export":
            return _export(args)
        with status_lines():
            if args.command == "eval":
                return _eval(args)
            if args.command == "dossier":
                return _dossier(args)
            return _local(args)
    except ConfigurationError as error:
        _error(str(error))
        return EXIT_USAGE
    except SummarizerError as error:
        _error(str(error))
        return EXIT_FAILED
    except Stopped as stop:
        _error(f"stopped by {signal.Signals(stop.signum).name}")
        return 128 + stop.signum
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
