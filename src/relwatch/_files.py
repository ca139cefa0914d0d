"""
Output files, written so that a failed or killed run never leaves half a
file where a whole one was.

The one place relwatch creates output: the command line and
`relwatch.interop.arrow.write_parquet` both write through `output`.

- A regular file, or a new path, is written to a temporary file beside it,
  named ``.NAME.relwatch-XXXXXXXX.tmp``, and renamed over it only when
  complete.  A new file gets the usual ``0o666`` less the umask; a replaced
  file keeps its mode.
- A symlink is followed: the file it points to is written, the link stays.
- Character devices and pipes (``/dev/null``, a FIFO) are written straight
  through, as the shell would; so are the names of open descriptors
  (``/dev/stdout``, ``/dev/fd/3``), which write to that descriptor.
- A folder, or any other kind of file, is refused with `OSError`.

A temporary file is locked while its run is alive.  A run killed before it
could clean up leaves its temporary file unlocked; the next run to the same
output removes it.  Temporary files another run is still writing, files of
another user and files not named as above are left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Final, Literal, overload


# Windows has no flock: no cleanup there.
if sys.platform != "win32":  # pragma: no branch
    import fcntl


# /dev/stdout -> /proc/self/fd/1; /dev/fd/3 on Linux and the BSDs.
_DESCRIPTOR_NAME: Final = re.compile(
    r"/(?:dev/fd|proc/(?P<pid>self|thread-self|[0-9]+)/fd)/(?P<fd>[0-9]+)"
)
# The kernel's own limit on symlinks followed in one lookup (MAXSYMLINKS).
_MAX_LINKS: Final = 40
_TOKEN_BYTES: Final = 4


@overload
def output(
    path: str | os.PathLike[str], *, binary: Literal[False] = ...
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def output(
    path: str | os.PathLike[str], *, binary: Literal[True]
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
def output(
    path: str | os.PathLike[str], *, binary: bool = False
) -> contextlib.AbstractContextManager[IO[Any]]:
    """
    A file to write *path* through (UTF-8 text, or bytes with *binary*):
    the file is complete at *path* when the block ends, and untouched when
    it raises.

    Raises:
        OSError: When *path* is a folder or cannot be written.
    """
    return _output(os.fspath(path), binary=binary)


@contextlib.contextmanager
def _output(path: str, *, binary: bool) -> Iterator[IO[Any]]:
    descriptor = _descriptor(path)
    if descriptor is not None:
        # Shares the descriptor's offset and append mode: `>> log` appends.
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        with _wrap(os.dup(descriptor), binary=binary) as f:
            yield f
        return
    real = Path(os.path.realpath(path))
    try:
        info: os.stat_result | None = real.stat()
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _check_streamable(info, path)
        fd = os.open(real, os.O_WRONLY | os.O_NOCTTY)
        with _wrap(fd, binary=binary) as f:
            yield f
        return
    _remove_stale(real)
    fd, temporary = _temporary(real)
    replaced = False
    try:
        with _wrap(fd, binary=binary) as f:
            if info is not None:
                os.fchmod(fd, stat.S_IMODE(info.st_mode))
            yield f
            f.flush()
            os.fsync(fd)
            temporary.replace(real)
            replaced = True
        _sync_folder(real.parent)
    finally:
        if not replaced:
            temporary.unlink(missing_ok=True)


def _wrap(fd: int, *, binary: bool) -> IO[Any]:
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="\n")


def _check_streamable(info: os.stat_result, path: str) -> None:
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", path)
    # Block devices and sockets: nothing relwatch writes belongs there.
    raise OSError(
        errno.EINVAL, "not a file, a character device or a pipe", path
    )


def _descriptor(path: str) -> int | None:
    """
    The number of the open descriptor that *path* names, following
    symlinks, or None for any other path.
    """
    current = os.path.normpath(Path(path).absolute())
    for _ in range(_MAX_LINKS):
        match = _DESCRIPTOR_NAME.fullmatch(current)
        if match and match["pid"] in (
            None,
            "self",
            "thread-self",
            str(os.getpid()),
        ):
            return int(match["fd"])
        try:
            link = Path(current).readlink()
        except OSError:  # not a symlink
            return None
        current = os.path.normpath(Path(current).parent / link)
    return None  # a loop: opening it will say so


def _temporaries(target: Path) -> re.Pattern[str]:
    return re.compile(
        rf"\.{re.escape(target.name)}\.relwatch-[0-9a-f]{{{2 * _TOKEN_BYTES}}}\.tmp"
    )


def _temporary(target: Path) -> tuple[int, Path]:
    """
    A new temporary file beside *target*, open and locked.
    """
    while True:
        token = secrets.token_hex(_TOKEN_BYTES)
        temporary = target.with_name(f".{target.name}.relwatch-{token}.tmp")
        try:
            # 0o666: the kernel applies the umask (and a default ACL).
            fd = os.open(
                temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666
            )
        except FileExistsError:
            continue
        if _lock(fd):
            return fd, temporary
        os.close(fd)


def _lock(fd: int) -> bool:
    """
    Lock a new temporary file for as long as it is open; False when another
    run's cleanup removed it before it was locked.
    """
    if sys.platform == "win32":  # pragma: no cover
        return True
    with contextlib.suppress(OSError):  # no locks here: nothing is cleaned
        fcntl.flock(fd, fcntl.LOCK_EX)
    return os.fstat(fd).st_nlink > 0


def _remove_stale(target: Path) -> None:
    """
    Remove the temporary files that killed runs left beside *target*: ours
    by name and owner, and locked by nobody.
    """
    if sys.platform == "win32":  # pragma: no cover
        return
    ours = _temporaries(target)
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return
    for entry in entries:
        if not ours.fullmatch(entry.name):
            continue
        try:
            fd = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:  # gone already, or a symlink
            continue
        try:
            _remove_if_stale(fd, entry)
        finally:
            os.close(fd)


def _remove_if_stale(fd: int, path: Path) -> None:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # a live run holds it
        return
    with contextlib.suppress(OSError):  # removed by another run meanwhile
        path.unlink()


def _sync_folder(folder: Path) -> None:
    # The rename is on disk only once the folder is.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
