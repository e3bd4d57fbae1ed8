"""High-level file operations: copying files and their metadata, copying,
moving and removing directory trees, finding programs, disk usage.

Written for rebeam from the documentation of the shutil module (POSIX
behaviour).  Archive functions (make_archive and friends) are not provided.
"""

import fnmatch
import os
import stat
import sys
from collections import namedtuple

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "chown", "which",
           "get_terminal_size", "SameFileError", "disk_usage"]

# Size of the chunks copyfileobj() moves at a time by default.
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised for operations that do not work on special files (FIFOs)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


# ---------------------------------------------------------------------------
# Single files

def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc to file object fdst."""
    size = length or COPY_BUFSIZE
    while True:
        block = fsrc.read(size)
        if not block:
            return
        fdst.write(block)


def _path_of(p):
    return p.path if isinstance(p, os.DirEntry) else p


def _is_link(p):
    if isinstance(p, os.DirEntry):
        return p.is_symlink()
    return os.path.islink(p)


def _same_file(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except (OSError, ValueError):
        return False


def _refuse_fifos(*paths):
    for p in paths:
        try:
            mode = (p.stat() if isinstance(p, os.DirEntry) else os.stat(p)).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % _path_of(p))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to the file dst (no metadata); return dst."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifos(src, dst)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as problem:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from problem
        with writer:
            copyfileobj(reader, writer)
    return dst


def _source_stat(src, follow):
    if isinstance(src, os.DirEntry):
        return src.stat(follow_symlinks=follow)
    return os.stat(src) if follow else os.lstat(src)


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        # Permissions of a symbolic link itself cannot be set on Linux.
        return
    os.chmod(dst, stat.S_IMODE(_source_stat(src, True).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times from src to dst."""
    links_only = not follow_symlinks and _is_link(src) and os.path.islink(dst)
    info = _source_stat(src, not links_only)
    times = (info.st_atime_ns, info.st_mtime_ns)
    if links_only:
        # Only what the system can change on a link itself is copied.
        if os.utime in getattr(os, "supports_follow_symlinks", ()):
            os.utime(dst, ns=times, follow_symlinks=False)
        return
    os.utime(dst, ns=times)
    try:
        os.chmod(dst, stat.S_IMODE(info.st_mode))
    except NotImplementedError:
        pass


def _into_directory(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory.  Return the
    path of the new file."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and all metadata copystat() knows; dst may be a directory.
    Return the path of the new file."""
    target = _into_directory(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---------------------------------------------------------------------------
# Trees

def ignore_patterns(*patterns):
    """Return an ignore callable for copytree() that skips names matching
    any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        skipped = set()
        for pattern in patterns:
            skipped.update(fnmatch.filter(names, pattern))
        return skipped
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the tree at src to dst and return dst.

    Failures on single entries are gathered and raised together at the end
    as Error with a list of (src, dst, reason)."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = set()
    if ignore is not None:
        skipped = ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    # copy() and copy2() can take DirEntry objects, saving a stat call.
    pass_entries = copy_function in (copy, copy2)
    failures = []

    def subtree(source, target):
        copytree(source, target, symlinks, ignore, copy_function,
                 ignore_dangling_symlinks, dirs_exist_ok)

    for entry in entries:
        if entry.name in skipped:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        source = entry if pass_entries else from_path
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(source, to_path, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                subtree(source, to_path)
            else:
                copy_function(source, to_path)
        except Error as nested:
            failures.extend(nested.args[0])
        except OSError as problem:
            failures.append((from_path, to_path, str(problem)))
    try:
        copystat(src, dst)
    except OSError as problem:
        failures.append((src, dst, str(problem)))
    if failures:
        raise Error(failures)
    return dst


def _clear_directory(path, report):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        report(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        child = os.path.join(path, entry.name)
        try:
            descend = entry.is_dir(follow_symlinks=False)
        except OSError:
            descend = False
        if descend:
            _clear_directory(child, report)
            try:
                os.rmdir(child)
            except OSError:
                report(os.rmdir, child, sys.exc_info())
        else:
            try:
                os.unlink(child)
            except OSError:
                report(os.unlink, child, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a whole directory tree.

    Errors are ignored with ignore_errors, else passed to
    onerror(function, path, exc_info), else raised."""
    if ignore_errors:
        def report(*details):
            pass
    elif onerror is None:
        def report(*details):
            raise
    else:
        report = onerror
    if dir_fd is not None:
        raise NotImplementedError("rmtree with dir_fd is not supported")
    try:
        info = os.lstat(path)
    except Exception:
        report(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(info.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _clear_directory(path, report)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


# This implementation works with paths, not directory descriptors.
rmtree.avoids_symlink_attacks = False


def _last_component(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep + (os.path.altsep or '')))


def _inside(src, dst):
    def as_dir(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it, when dst is a directory) and
    return the destination; copies and deletes when renaming fails."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # Renaming to itself, perhaps with a different case.
            os.rename(src, dst)
            return
        target = os.path.join(dst, _last_component(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# ---------------------------------------------------------------------------
# Odds and ends

_ntuple_diskusage = namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free space in bytes of the file system holding path."""
    fs = os.statvfs(path)
    total = fs.f_blocks * fs.f_frsize
    free = fs.f_bavail * fs.f_frsize
    used = (fs.f_blocks - fs.f_bfree) * fs.f_frsize
    return _ntuple_diskusage(total, used, free)


def chown(path, user=None, group=None):
    """Change the owner and/or group of path; names or numeric ids."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")

    def resolve(value, module, lookup, what):
        if value is None:
            return -1
        if isinstance(value, int):
            return value
        try:
            return getattr(__import__(module), lookup)(value)[2]
        except (ImportError, KeyError):
            raise LookupError("no such %s: %r" % (what, value)) from None

    os.chown(path, resolve(user, 'pwd', 'getpwnam', 'user'),
             resolve(group, 'grp', 'getgrnam', 'group'))


def get_terminal_size(fallback=(80, 24)):
    """Size of the terminal as os.terminal_size: from the COLUMNS and LINES
    environment variables, else from the terminal on standard output, else
    fallback."""
    def from_env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0

    columns, lines = from_env('COLUMNS'), from_env('LINES')
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Path of the program cmd found on path (default: $PATH), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            path = os.defpath
    if not path:
        return None
    as_bytes = isinstance(cmd, bytes)
    search = os.fsencode(path) if as_bytes else os.fsdecode(path)
    separator = os.fsencode(os.pathsep) if as_bytes else os.pathsep
    tried = set()
    for folder in search.split(separator):
        key = os.path.normcase(folder)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
