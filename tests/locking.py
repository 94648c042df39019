"""A second process that holds the data file's write lock (issue 10 point 4)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

_SCRIPT = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings (key, value) VALUES ('other_process', 'x') "
             "ON CONFLICT (key) DO UPDATE SET value = value || 'x'")
print("locked", flush=True)
if float(sys.argv[2]) < 0:
    sys.stdin.readline()  # hold until told
else:
    time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


@contextlib.contextmanager
def write_lock_held(path: Path, seconds: float = -1) -> Iterator[subprocess.Popen[str]]:
    """Another process takes the write lock (and writes); it commits after ``seconds``, or
    when the block ends (``seconds < 0``)."""
    process = subprocess.Popen([sys.executable, "-c", _SCRIPT, str(path), str(seconds)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        yield process
    finally:
        process.communicate("\n" if process.poll() is None else None, timeout=30)
