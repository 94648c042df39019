"""Writing a file so that its name only ever holds a complete file (THE way every writer
does it: reports, table exports, copies to a USB drive, backups).

The content goes to a temporary file beside the target, is flushed to the device, and only
then renamed over the target (atomic on one file system), and the folder is flushed so the
rename itself survives a power cut. A crash, a full disk or a cancel leaves at most a stray
temporary file (removed on the way out when the process lives), never a half-written file
under the real name, and never replaces an existing file with a broken one.

Temporary files are named ``.~NAME.XXXX.tmp`` (``operations.maintenance.sweep_leftovers``
removes stale ones); a caller may name its own (the backups' ``NAME.partial``).
Qt-free, no third-party imports: the command line and worker threads use it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import IO

__all__ = ["AtomicOutput", "copy_file_atomically", "fsync_folder", "write_atomically"]


class AtomicOutput:
    """A temporary file beside ``path`` that becomes ``path`` only on ``commit()``.

    Until then the real name is untouched: a crash, a full disk or a cancel leaves at most
    a stray temporary file (removed on exit from the ``with`` block), never a half-written
    file, and never replaces an existing file. ``temp_path``: a fixed name for the
    temporary file (an old one is replaced) instead of a fresh ``.~NAME.XXXX.tmp``."""

    def __init__(self, path: Path, *, temp_path: Path | None = None):
        self.path = path
        self.file: IO[bytes] | None = None
        self.temp_path: Path | None = None
        self.committed = False
        self._fixed_temp = temp_path

    def __enter__(self) -> AtomicOutput:
        if self._fixed_temp is not None:
            with suppress(FileNotFoundError):
                self._fixed_temp.unlink()
            flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            handle = os.open(self._fixed_temp, flags, 0o666)  # the umask applies
            self.temp_path = self._fixed_temp
        else:
            handle, name = tempfile.mkstemp(prefix=f".~{self.path.stem}.", suffix=".tmp",
                                            dir=self.path.parent)
            self.temp_path = Path(name)
            if os.name == "posix":
                # mkstemp makes the file private (0600); a report is an ordinary document
                # that gets the folder's usual permissions, as if the user had saved it.
                umask = os.umask(0)
                os.umask(umask)
                os.fchmod(handle, 0o666 & ~umask)
        self.file = os.fdopen(handle, "w+b")
        return self

    def commit(self) -> None:
        """Flush to the disk, then rename over the real name (atomic on one file system).

        The content may have been written through ``file`` or, once ``file`` was closed,
        by name through ``temp_path`` (see ``write_atomically``)."""
        assert self.file is not None and self.temp_path is not None
        if self.file.closed:
            with open(self.temp_path, "r+b") as written:
                os.fsync(written.fileno())
        else:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
        os.replace(self.temp_path, self.path)
        self.committed = True
        fsync_folder(self.path.parent)

    def __exit__(self, *exc: object) -> None:
        try:
            if self.file is not None and not self.file.closed:
                # Closing flushes what is buffered: on a full disk that fails too, and the
                # temp file must go all the same (it is what filled the disk).
                self.file.close()
        except OSError:
            if self.committed or exc[0] is None:
                raise
        finally:
            if not self.committed and self.temp_path is not None:
                with suppress(FileNotFoundError):
                    self.temp_path.unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no directory handles for
    this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: Path, write: Callable[[Path], None], *,
                     temp_path: Path | None = None) -> None:
    """For writers that want a file name rather than an open file (openpyxl's ``save``,
    ``csv``, SQLite): ``write(temporary)`` writes the whole content, then it takes ``path``.
    An exception from ``write`` leaves ``path`` as it was and no temporary file."""
    with AtomicOutput(path, temp_path=temp_path) as output:
        assert output.file is not None and output.temp_path is not None
        output.file.close()  # the writer opens the file by its name, alone
        write(output.temp_path)
        output.commit()


def copy_file_atomically(source: Path, target: Path, *, sha256: str | None = None) -> None:
    """Copy a finished file elsewhere (a USB drive) with the same guarantees.

    With ``sha256``, the copy is read back and compared before it takes the real name, so a
    failing USB drive never ends up holding a damaged report under that name.
    """
    with AtomicOutput(target) as output:
        assert output.file is not None and output.temp_path is not None
        with open(source, "rb") as handle:
            shutil.copyfileobj(handle, output.file, 1 << 20)
        output.file.flush()
        if sha256 is not None:
            with open(output.temp_path, "rb") as copy:
                import hashlib  # where used (start-up time)

                if hashlib.file_digest(copy, "sha256").hexdigest() != sha256:
                    raise OSError(f"the copy of {source.name} differs from the original")
        output.commit()
