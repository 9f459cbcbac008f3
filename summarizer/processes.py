"""Whether a process is still running: what a worker watches its batch by, and what tells a
dead run's leftover file from a live run's."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """Whether the process `pid` exists (another user's counts: it cannot be signalled,
    but it runs)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
