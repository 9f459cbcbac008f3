"""The command line with the embedded model's server replaced by tests/standin_server.py,
in a process of its own, so that a test can signal or kill it as a user's system would.

    python tests/standin_cli.py brief ARTICLES... --local-model FAKE.gguf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizer.cli import main
from summarizer.model import local

SERVER = Path(__file__).resolve().with_name("standin_server.py")

local.runtime_installed = lambda: True
local.server_command = lambda model, port, settings: [sys.executable, str(SERVER), str(port)]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
