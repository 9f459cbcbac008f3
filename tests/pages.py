"""A loopback web server for the URL tests: it serves the pages a test gives it, with the
redirects, slow or oversized answers, wrong charsets and errors that real sites show.

    with PageServer() as web:
        web.route("/story", Page(body=b"<html>...", content_type="text/html; charset=utf-8"))
        fetch_article(web.url("/story"), settings)

Never a live site: it listens on 127.0.0.1, on a port of its own.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on a slow answer is what those tests are about


@dataclass
class Page:
    """What the server answers at one path."""

    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    #: A redirect: the Location header (status 301, 302, 307 or 308).
    location: str | None = None
    #: Seconds to wait before answering (a slow server).
    delay: float = 0.0
    #: Send the body in pieces with this pause between them, and no Content-Length.
    trickle: float | None = None
    #: Statuses to answer with first, one per request, before the page itself.
    failures: list[int] = field(default_factory=list)


class PageServer:
    """Serves `Page`s on 127.0.0.1 in a thread; `hits` counts the requests per path."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.hits: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits[self.path] += 1
                page = server.pages.get(self.path)
                if page is None:
                    self.send_error(404, "Not Found")
                    return
                time.sleep(page.delay)
                if page.failures:
                    self.send_error(page.failures.pop(0))
                    return
                self.send_response(page.status)
                if page.location is not None:
                    self.send_header("Location", page.location)
                if page.content_type is not None:
                    self.send_header("Content-Type", page.content_type)
                if page.trickle is None:
                    self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                    return
                self.send_header("Connection", "close")
                self.end_headers()
                for start in range(0, len(page.body), 1024):
                    self.wfile.write(page.body[start : start + 1024])
                    self.wfile.flush()
                    time.sleep(page.trickle)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the tests read `hits`, not a log

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def route(self, path: str, page: Page) -> str:
        """Serve `page` at `path`; returns its URL."""
        self.pages[path] = page
        return self.url(path)

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def __enter__(self) -> PageServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
