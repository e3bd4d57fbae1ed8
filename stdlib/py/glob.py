"""Shell-style pathname expansion, as CPython 3.11's glob module behaves:
*, ? and [...] within a component, ** across components when recursive,
and names starting with '.' matched only by a pattern that starts with
'.' (or with include_hidden). Written for rebeam."""

import fnmatch
import os
import re
import sys

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile("([*?[])")
_MAGIC_BYTES = re.compile(b"([*?[])")


def has_magic(s):
    """Whether s holds a wildcard character."""
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def escape(pathname):
    """pathname with every wildcard character made literal."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(rb"[\1]", pathname)
    else:
        pathname = _MAGIC.sub(r"[\1]", pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname, in directory order."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if hasattr(sys, "audit"):
        sys.audit("glob.glob", pathname, recursive)
    if isinstance(pathname, bytes):
        # matched as str; the results go back to bytes
        if root_dir is not None:
            root_dir = os.fsdecode(root_dir)
        names = iglob(os.fsdecode(pathname), root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden)
        return (os.fsencode(n) for n in names)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # the empty match of a leading '**' is not a result
        return _drop_empty(it)
    return it


def _drop_empty(it):
    for s in it:
        if s:
            yield s
        break
    yield from it


def _expand(pathname, root_dir, recursive, dironly, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # a pattern ending in a slash matches directories only
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _match_recursive(root_dir, basename, dironly, hidden)
        else:
            yield from _match_here(root_dir, basename, dironly, hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _expand(dirname, root_dir, recursive, True, hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        match = _match_literal
    elif recursive and _is_recursive(basename):
        match = _match_recursive
    else:
        match = _match_here
    for d in dirs:
        for name in match(_join(root_dir, d), basename, dironly, hidden):
            yield os.path.join(d, name)


def _match_here(dirname, pattern, dironly, hidden):
    names = _list(dirname, dironly)
    if not hidden and not _is_hidden(pattern):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _match_literal(dirname, basename, dironly, hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _match_recursive(dirname, pattern, dironly, hidden):
    yield pattern[:0]
    yield from _walk(dirname, dironly, hidden)


def _walk(dirname, dironly, hidden):
    for name in _list(dirname, dironly):
        if hidden or not _is_hidden(name):
            yield name
            sub = _join(dirname, name) if dirname else name
            for rest in _walk(sub, dironly, hidden):
                yield _join(name, rest)


def _list(dirname, dironly):
    """The names in dirname ('' is the current directory), only the
    subdirectories when dironly; [] when it cannot be read."""
    is_bytes = isinstance(dirname, bytes)
    if not dirname:
        dirname = b"." if is_bytes else "."
    out = []
    if is_bytes:
        try:
            names = os.listdir(dirname)
        except OSError:
            return []
        return [n for n in names if not dironly or os.path.isdir(os.path.join(dirname, n))]
    try:
        with os.scandir(dirname) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        out.append(entry.name)
                except OSError:
                    pass
    except OSError:
        return []
    return out


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _is_hidden(name):
    return name[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern == "**" or pattern == b"**"


def glob0(dirname, pattern):
    return _match_literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _match_here(dirname, pattern, False, False)
