"""A stand-in for the embedded model's server, as a process of its own: the stub endpoint
(tests/stub.py, answers recorded from the real model) on the port given, for the tests of
what happens around the process (signals, kills, a server that dies).

    python tests/standin_server.py PORT

Environment: STANDIN_PIDFILE, a file to write its pid to; STANDIN_LATENCY, seconds before
each answer; STANDIN_LOG, a file to append one line per answered request to (the hash of
its body, and when it came and was answered, in seconds since the epoch); STANDIN_DIE_AFTER, exit (as if killed) after that many answers, and with STANDIN_DIE_ONCE
only the first server of a run does; STANDIN_DEAF, ignore SIGTERM (as llama-cpp-python's
server does while it generates).
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import web

from tests.stub import make_app, recorded_answers


def main() -> None:
    port = int(sys.argv[1])
    if pidfile := os.environ.get("STANDIN_PIDFILE"):
        Path(pidfile).write_text(str(os.getpid()))
    deaf = bool(os.environ.get("STANDIN_DEAF"))
    if deaf:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    log = os.environ.get("STANDIN_LOG")
    die_after = int(os.environ.get("STANDIN_DIE_AFTER", "0"))
    died = Path(f"{pidfile}.died")
    if os.environ.get("STANDIN_DIE_ONCE") and died.exists():
        die_after = 0
    answered = 0

    @web.middleware
    async def account(request: web.Request, handler: web.RequestHandler) -> web.StreamResponse:
        nonlocal answered
        body = await request.read()
        came = time.time()
        response = await handler(request)
        if request.path.endswith("/chat/completions"):
            answered += 1
            if die_after and answered > die_after:
                died.touch()
                os._exit(1)  # dies before answering, as a killed server does
            if log:
                with Path(log).open("a") as stream:
                    digest = hashlib.sha256(body).hexdigest()
                    stream.write(f"{digest} {came:.3f} {time.time():.3f}\n")
        return response

    app = make_app(recorded_answers(), latency=float(os.environ.get("STANDIN_LATENCY", "0")))
    app.middlewares.append(account)
    # aiohttp's own SIGTERM handler would make a deaf server stop after all.
    web.run_app(
        app, host="127.0.0.1", port=port, print=None, access_log=None, handle_signals=not deaf
    )


if __name__ == "__main__":
    main()
