"""Temporary files and directories, as CPython 3.11's tempfile module
behaves on POSIX: names are made of a prefix, eight random characters and
a suffix, files are created with mode 0o600 and directories with 0o700,
exclusively, so that two programs can never get the same one. Written for
rebeam."""

import errno as _errno
import os as _os
import random as _random
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 238328
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None
_rng_pid = None


def _random_name():
    global _rng, _rng_pid
    pid = _os.getpid()
    if _rng is None or _rng_pid != pid:
        _rng = _random.Random()
        _rng_pid = pid
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(name)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _find_tempdir():
    for d in _candidate_dirs():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            probe = _os.path.join(d, _random_name())
            try:
                fd = _os.open(probe, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            except (PermissionError, IsADirectoryError, FileNotFoundError, NotADirectoryError):
                break
            except OSError:
                break
            try:
                _os.write(fd, b"blat")
            finally:
                _os.close(fd)
                _os.unlink(probe)
            return d
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempdir():
    """The directory temporary files go in: $TMPDIR, $TEMP or $TMP when
    usable, else /tmp, /var/tmp, /usr/tmp or the current directory."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _params(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def _create_file(suffix, prefix, dir, flags):
    suffix, prefix, dir = _params(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(name, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return fd, _os.path.abspath(name)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; return
    (an open OS-level descriptor, its absolute path). The caller closes
    the descriptor and deletes the file."""
    return _create_file(suffix, prefix, dir, _FILE_FLAGS)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by its owner; return its path.
    The caller deletes it."""
    suffix, prefix, dir = _params(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return name
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: another program may take it)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(name):
            return name
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A named temporary file: the file's methods and attributes, plus
    name and delete; closing it deletes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system, deleted on close
    when delete is true; opened with mode (binary read-write by default)."""
    fd, name = _create_file(suffix, prefix, dir, _FILE_FLAGS)
    try:
        f = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system."""
    fd, name = _create_file(suffix, prefix, dir, _FILE_FLAGS)
    try:
        _os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file. rebeam keeps no in-memory stage: the data goes to
    an unnamed file at once, as after CPython's rollover()."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)
        self._max_size = max_size
        self._rolled = True

    def rollover(self):
        pass

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)


class TemporaryDirectory:
    """A temporary directory, deleted with its content by cleanup() or at
    the end of a with block (which binds its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned or _os.path.exists(self.name):
            self._cleaned = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
