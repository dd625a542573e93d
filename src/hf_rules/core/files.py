"""Reading and writing files: the one way in and the one way out.

**Reading.** :func:`read_regular` reads only regular files, and only after their size is known
to be within the limit: the file is opened with ``O_NONBLOCK`` (a FIFO then never blocks the
open) and checked with ``fstat`` on the open descriptor (so a file swapped between a check and
the open is still seen for what it is). A FIFO, a device, a socket or a folder is a located
error naming what it is; a sparse 50 GB file is refused from its size without reading a byte.

**Writing.** :func:`write_text_atomic` is every file hf-rules writes (reports, audit reports,
baselines, ``fix``, ``init``, ``schema --output``, the memo): the text goes to a temporary file in
the target's folder, is flushed to disk (``fsync``) and renamed over the target
(``os.replace``), so a reader, or a run killed at any point, sees the old file or the new one and
never a mix. It

- replaces only regular files: a device (``-o /dev/null``), FIFO, socket or folder is refused
  and left alone;
- refuses a file that is one of the run's inputs (``inputs``);
- writes *through* a symbolic link: the link stays, and the file it points to is replaced (the
  target must itself be a regular file or not exist yet);
- keeps an existing file's permission bits, and its owner and group where the process may set
  them (``fix`` run as root leaves a user's file theirs); a new file gets ``0666`` less the umask,
  as ``open()`` would give it;
- with ``expected`` (the SHA-256 of the bytes the caller read), holds an advisory lock
  (``flock``) on the target from the comparison to the rename and refuses, with
  :class:`ConcurrentChange`, when the file is no longer what was read, instead of overwriting
  someone else's change (two ``fix`` runs at once: the second sees the first's result);
- removes its temporary file on any failure, and on SIGINT/SIGTERM (the command line turns both
  into exceptions). Only SIGKILL can leave a ``.NAME.*.tmp`` file behind, never a half-written
  target.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import time
from collections.abc import Iterable, Iterator

from hf_rules.core.errors import InputError, Location, UsageError
from hf_rules.core.i18n import Message, has, word

LOCK_WAIT_SECONDS = 30.0
"""How long :func:`write_text_atomic` waits for another process's lock on the same file."""


_KIND_KEYS = {
    "a folder": "kind-folder",
    "a FIFO (named pipe)": "kind-fifo",
    "a character device": "kind-char-device",
    "a block device": "kind-block-device",
    "a socket": "kind-socket",
    "not a regular file": "kind-other",
}


def _kind_said(kind: str) -> Message:
    return Message(_KIND_KEYS.get(kind, "kind-other"))


def _slug(what: str) -> str:
    return what.removeprefix("the ").replace(" ", "-") or "file"


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def os_reason(error: BaseException) -> Message | str:
    """What the operating system said went wrong: a catalogue message where the catalogue has
    its words (the common errors, as Linux says them), else its own text."""
    said = getattr(error, "strerror", None)
    number = getattr(error, "errno", None)
    if said and isinstance(number, int):
        key = f"os-{errno.errorcode.get(number, '')}"
        if has(key) and word(key, "en") == said:
            return Message(key)
    return said or " ".join(str(error).split())


_reason = os_reason


def read_regular(
    path: str | os.PathLike[str], *, max_bytes: int, display: str | None = None, what: str = "file"
) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Raises :class:`InputError` at the file for anything else: missing or unreadable, a FIFO,
    device, socket or folder (named as such), or a file over ``max_bytes`` (refused from its
    size before reading). Never blocks.
    """
    shown = os.fspath(path) if display is None else display
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        kind = kind_of(os.stat(path).st_mode)  # refuse a socket or device before opening it
        if kind is not None:
            raise InputError(
                Location(shown),
                Message("read-not-regular", what=Message(f"read-what-{_slug(what)}"), kind=_kind_said(kind)),
            )
        handle = os.open(path, flags)
    except InputError:
        raise
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        raise InputError(
            Location(shown), Message("read-cannot", what=Message(f"read-what-{_slug(what)}"), reason=_reason(error))
        ) from None
    try:
        info = os.fstat(handle)
        kind = kind_of(info.st_mode)
        if kind is not None:  # replaced between the stat and the open
            raise InputError(
                Location(shown),
                Message("read-not-regular", what=Message(f"read-what-{_slug(what)}"), kind=_kind_said(kind)),
            )
        if info.st_size > max_bytes:
            raise size_error(shown, info.st_size, max_bytes)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        raw = b"".join(chunks)
        if len(raw) > max_bytes:  # grew since the fstat
            raise size_error(shown, max(os.fstat(handle).st_size, len(raw)), max_bytes)
        return raw
    except InputError:
        raise
    except OSError as error:
        raise InputError(
            Location(shown), Message("read-cannot", what=Message(f"read-what-{_slug(what)}"), reason=_reason(error))
        ) from None
    finally:
        os.close(handle)


def size_error(shown: str, size: int, limit: int) -> InputError:
    return InputError(Location(shown), Message("err-file-too-large", size=size, limit=limit))


def read_text_regular(
    path: str | os.PathLike[str], *, max_bytes: int, display: str | None = None, what: str = "file"
) -> str:
    """:func:`read_regular`, decoded as UTF-8 (a file that is not UTF-8 is an :class:`InputError`)."""
    shown = os.fspath(path) if display is None else display
    raw = read_regular(path, max_bytes=max_bytes, display=shown, what=what)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError(
            Location(shown, line, column),
            Message("file-not-utf8", byte=f"{raw[error.start]:02x}"),
        ) from None


# --- Writing ------------------------------------------------------------------------------------


class WriteRefused(UsageError):
    """A file that must not, or cannot, be written; ``str()`` is one line naming the file (exit 2)."""


class ConcurrentChange(WriteRefused):
    """The file changed since it was read (another process wrote it): it is left as it is."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(device, inode) of ``path`` (links followed), or None when it cannot be looked at."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


@contextlib.contextmanager
def _locked(target: str) -> Iterator[None]:
    """An exclusive advisory lock on the file at ``target`` (if it exists), held while the block
    runs. A lock taken on a file that was then replaced is taken again on the new file."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no advisory lock; the comparison before the rename remains
        yield
        return
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            handle = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            yield
            return
        try:
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise WriteRefused(Message("write-locked", file=target)) from None
                    time.sleep(0.01)
            same = identity(target) == (os.fstat(handle).st_dev, os.fstat(handle).st_ino)
            if same:
                yield
                return
        finally:
            os.close(handle)  # closing releases the lock


def write_text_atomic(
    path: str | os.PathLike[str],
    text: str,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    expected: str | None = None,
    what: str = "file",
) -> None:
    """Replace (or create) the regular file at ``path`` with ``text`` (UTF-8; a lone surrogate
    from an undecodable file name is written as a ``\\udcff`` escape), atomically.

    ``what`` names the file in messages ("the report r.html"; empty: the name alone).
    ``inputs``: files this run read; the target must not be one of them. ``expected``: the
    SHA-256 of the file's bytes as the caller read them; a file no longer so is left alone.
    Raises :class:`WriteRefused` (:class:`ConcurrentChange`), with a one-line reason naming the
    file, for anything the user or the machine did; nothing is left behind.
    """
    shown = os.fspath(path)
    data = text.encode("utf-8", "backslashreplace")
    try:
        target = os.path.realpath(path)  # through a symbolic link: the link stays, its target is replaced
    except (OSError, ValueError) as error:
        raise WriteRefused(Message("write-cannot", file=_label(what, shown), reason=_reason(error))) from None
    try:
        current: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        current = None
    except (OSError, ValueError) as error:
        raise WriteRefused(Message("write-cannot", file=_label(what, shown), reason=_reason(error))) from None
    if current is not None:
        kind = kind_of(current.st_mode)
        if kind is not None:
            raise WriteRefused(Message("write-refused-kind", file=_label(what, shown), kind=kind))
        own = (current.st_dev, current.st_ino)
        for each in inputs:
            if identity(each) == own:
                raise WriteRefused(Message("write-refused-input", file=_label(what, shown)))
    folder = os.path.dirname(target) or "."
    with _locked(target) if expected is not None else contextlib.nullcontext():
        if expected is not None:
            _check_unchanged(target, shown, expected)
        import tempfile  # writing only: a check that writes nothing does not import it

        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder)
        except (OSError, ValueError) as error:
            raise WriteRefused(Message("write-cannot", file=_label(what, shown), reason=_reason(error))) from None
        try:
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                    _set_owner_and_mode(out.fileno(), current)
                if expected is not None:
                    _check_unchanged(target, shown, expected)
                os.replace(temporary, target)
            except OSError as error:
                raise WriteRefused(Message("write-cannot", file=_label(what, shown), reason=_reason(error))) from None
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    _sync_folder(folder)


def _label(what: str, shown: str) -> Message:
    """``the report r.html`` / ``rapporten r.html``: the file a message names, with what it is."""
    return Message(f"write-what-{what.replace(' ', '-')}" if what else "write-what-none", file=shown)


def _set_owner_and_mode(handle: int, current: os.stat_result | None) -> None:
    if current is None:
        os.fchmod(handle, 0o666 & ~_umask())
        return
    with contextlib.suppress(OSError):  # only root (or the owner, for the group) may
        os.fchown(handle, current.st_uid, current.st_gid)
    os.fchmod(handle, stat.S_IMODE(current.st_mode))


def _check_unchanged(target: str, shown: str, expected: str) -> None:
    try:
        raw = read_regular(target, max_bytes=1 << 30)
    except InputError:
        raw = None
    if raw is None or hashlib.sha256(raw).hexdigest() != expected:
        raise ConcurrentChange(Message("write-changed", file=shown))


def _sync_folder(folder: str) -> None:
    """Make the rename durable (best effort: not every file system lets a folder be opened)."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def make_folder(path: str | os.PathLike[str], *, what: str = "folder") -> None:
    """Create ``path`` and its parents; one-line :class:`WriteRefused` when it cannot be."""
    shown = os.fspath(path)
    try:
        os.makedirs(path, exist_ok=True)
    except FileExistsError:
        raise WriteRefused(Message("write-folder-in-the-way", file=_label(what, shown))) from None
    except NotADirectoryError:
        raise WriteRefused(Message("write-folder-part-is-file", file=_label(what, shown))) from None
    except (OSError, ValueError) as error:
        raise WriteRefused(Message("write-folder-cannot", file=_label(what, shown), reason=_reason(error))) from None
