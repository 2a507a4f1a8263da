"""Child processes that end when their parent ends, whatever the signal.

A reader worker or a bounded child asks the kernel (Linux ``prctl(PR_SET_PDEATHSIG)``) for
SIGKILL when its parent dies; SIGINT alone was cleaned up by Python, SIGTERM and SIGKILL of
the parent left the workers running forever under PID 1. Elsewhere this does nothing.
"""

from __future__ import annotations

import os
import sys

_PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int | None = None) -> None:
    """Call first thing in a child: it is killed when ``parent`` (the process that forked it)
    ends; if that has already happened, it ends now."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:  # the parent ended before the call
        os._exit(1)
