"""Object-oriented file system paths.

Written for rebeam from the documentation of the pathlib module.  Pure paths
(PurePosixPath, PureWindowsPath) only compute; concrete paths (Path, here
always PosixPath) also do I/O.
"""

import fnmatch
import os
import re
import sys
from collections.abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


def _missing(error):
    """Errors that mean "no such file" for exists() and the is_*() tests."""
    return (getattr(error, "errno", None) in (ENOENT, ENOTDIR, EBADF, ELOOP)
            or getattr(error, "winerror", None) in (21, 123, 1921))


# ---------------------------------------------------------------------------
# Flavours: how each system spells paths

class _Posix:
    sep = "/"
    altsep = ""
    supported_here = os.name != "nt"

    @staticmethod
    def fold(text):
        return text

    def split_anchor(self, text):
        if not text.startswith("/"):
            return "", "", text
        rest = text.lstrip("/")
        # Exactly two leading slashes are kept, per POSIX; more become one.
        return "", ("//" if len(text) - len(rest) == 2 else "/"), rest

    @staticmethod
    def absolute(drive, root):
        return bool(root)

    @staticmethod
    def reserved(parts):
        return False

    @staticmethod
    def uri(path):
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(str(path)))


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DEVICE_NAMES = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {"COM" + c for c in "123456789\xb9\xb2\xb3"}
    | {"LPT" + c for c in "123456789\xb9\xb2\xb3"}
)


class _Windows:
    sep = "\\"
    altsep = "/"
    supported_here = os.name == "nt"

    @staticmethod
    def fold(text):
        return text.lower()

    def split_anchor(self, text):
        prefix = ""
        if text.startswith("\\\\?\\"):
            # Extended-length path prefix.
            prefix, text = text[:4], text[4:]
            if text.startswith("UNC\\"):
                prefix += text[:3]
                text = "\\" + text[3:]
        if text[:2] == "\\\\" and text[2:3] != "\\":
            # \\server\share is the drive of a UNC path.
            server_end = text.find("\\", 2)
            if server_end != -1:
                share_end = text.find("\\", server_end + 1)
                if share_end != server_end + 1:
                    if share_end == -1:
                        share_end = len(text)
                    drive = prefix + text[1:share_end] if prefix else text[:share_end]
                    return drive, "\\", text[share_end + 1:]
        drive = root = ""
        if text[1:2] == ":" and text[:1] in _LETTERS:
            drive, text = text[:2], text[2:]
        if text[:1] == "\\":
            root = "\\"
            text = text.lstrip("\\")
        return prefix + drive, root, text

    @staticmethod
    def absolute(drive, root):
        return bool(root) and bool(drive)

    @staticmethod
    def reserved(parts):
        if not parts or parts[0].startswith("\\\\"):
            return False
        base = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return base.upper() in _DEVICE_NAMES

    @staticmethod
    def uri(path):
        from urllib.parse import quote_from_bytes
        drive = path.drive
        if len(drive) == 2 and drive[1] == ":":
            head, body = "file:///" + drive, path.as_posix()[2:]
        else:
            head, body = "file:", path.as_posix()
        return head + quote_from_bytes(body.encode("utf-8"))


def _parse(flavour, pieces):
    """(drive, root, parts) for the path made of pieces, where parts starts
    with drive+root when there is an anchor.  Scanning from the right, the
    last anchored piece wins; a root without a drive takes the drive of an
    earlier piece."""
    sep, alt = flavour.sep, flavour.altsep
    texts = [p.replace(alt, sep) if alt else p for p in pieces if p]
    names = []
    drive = root = ""
    for k in range(len(texts) - 1, -1, -1):
        d, r, rest = flavour.split_anchor(texts[k])
        names.extend(reversed([n for n in rest.split(sep) if n and n != "."]))
        if d or r:
            drive, root = d, r
            if not drive:
                for earlier in reversed(texts[:k]):
                    drive = flavour.split_anchor(earlier)[0]
                    if drive:
                        break
            break
    names.reverse()
    if drive or root:
        names.insert(0, drive + root)
    return drive, root, names


_posix = _Posix()
_windows = _Windows()


class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first."""

    __slots__ = ("_kind", "_drive", "_root", "_parts")

    def __init__(self, path):
        self._kind = type(path)
        self._drive, self._root, self._parts = path._drv, path._root, path._parts

    def __len__(self):
        anchored = 1 if (self._drive or self._root) else 0
        return len(self._parts) - anchored

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[k] for k in range(*index.indices(len(self))))
        count = len(self)
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        return self._kind._assemble(self._drive, self._root,
                                    self._parts[:-index - 1])

    def __repr__(self):
        return "<%s.parents>" % self._kind.__name__


# ---------------------------------------------------------------------------
# Pure paths

class PurePath(object):
    """A path that is never touched on disk; PurePath() itself gives the
    flavour of the running system."""

    __slots__ = ("_drv", "_root", "_parts", "_text", "_key_cache", "_hash_cache")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_args(cls, args):
        pieces = []
        for arg in args:
            if isinstance(arg, PurePath):
                pieces.extend(arg._parts)
                continue
            text = os.fspath(arg)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an "
                                "os.PathLike object returning str, not %r"
                                % type(text))
            pieces.append(str(text))
        return cls._assemble(*_parse(cls._flavour, pieces))

    @classmethod
    def _assemble(cls, drive, root, parts):
        path = object.__new__(cls)
        path._drv = drive
        path._root = root
        path._parts = parts
        return path

    def _with_parts(self, drive, root, parts):
        return self._assemble(drive, root, parts)

    def _child(self, name):
        return self._with_parts(self._drv, self._root, self._parts + [name])

    def _joined(self, args):
        other = type(self)._from_args(args)
        drive, root, parts = self._drv, self._root, self._parts
        if other._root:
            if drive and not other._drv:
                return self._with_parts(drive, other._root,
                                        [drive + other._root] + other._parts[1:])
            return other
        if other._drv:
            fold = self._flavour.fold
            if fold(other._drv) == fold(drive):
                return self._with_parts(drive, root, parts + other._parts[1:])
            return other
        return self._with_parts(drive, root, parts + other._parts)

    # -- text forms ------------------------------------------------------

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            anchor = self._drv + self._root
            names = self._parts[1:] if anchor else self._parts
            self._text = (anchor + self._flavour.sep.join(names)) or "."
            return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(self)

    def as_uri(self):
        """The path as a file: URI; it must be absolute."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.uri(self)

    # -- comparisons -----------------------------------------------------

    @property
    def _key(self):
        try:
            return self._key_cache
        except AttributeError:
            fold = self._flavour.fold
            self._key_cache = [fold(p) for p in self._parts]
            return self._key_cache

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._key == other._key

    def __hash__(self):
        try:
            return self._hash_cache
        except AttributeError:
            self._hash_cache = hash(tuple(self._key))
            return self._hash_cache

    def __lt__(self, other):
        return self._key < other._key if self._comparable(other) else NotImplemented

    def __le__(self, other):
        return self._key <= other._key if self._comparable(other) else NotImplemented

    def __gt__(self, other):
        return self._key > other._key if self._comparable(other) else NotImplemented

    def __ge__(self, other):
        return self._key >= other._key if self._comparable(other) else NotImplemented

    # -- components ------------------------------------------------------

    drive = property(lambda self: self._drv,
                     doc="The drive prefix (letter or UNC share), if any.")
    root = property(lambda self: self._root, doc="The root, if any.")

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def parts(self):
        """The components of the path, the anchor first."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, without drive or root."""
        anchored = 1 if (self._drv or self._root) else 0
        return self._parts[-1] if len(self._parts) > anchored else ""

    @property
    def suffix(self):
        """The final component's last extension, like '.gz'."""
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        """All the extensions of the final component."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + ext for ext in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        """The final component without its last extension."""
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        """The logical parent of the path."""
        if len(self._parts) == 1 and (self._drv or self._root):
            return self
        return self._with_parts(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of the logical ancestors of the path."""
        return _PathParents(self)

    # -- derived paths ---------------------------------------------------

    def with_name(self, name):
        """The path with the final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        flavour = self._flavour
        drive, root, parts = _parse(flavour, (name,))
        if (not name or name[-1] in (flavour.sep, flavour.altsep) or drive
                or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._with_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with the stem of the final component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with the last extension replaced (or added, or removed
        when suffix is empty)."""
        flavour = self._flavour
        if flavour.sep in suffix or (flavour.altsep and flavour.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:-len(old)] if old else name
        return self._with_parts(self._drv, self._root,
                                self._parts[:-1] + [base + suffix])

    def _split_anchor(self):
        # Drive and root as separate entries, when there is a root.
        if self._root:
            return [self._drv, self._root] + self._parts[1:]
        return list(self._parts)

    def relative_to(self, *other):
        """The path relative to other; ValueError when it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._from_args(other)
        mine, theirs = self._split_anchor(), base._split_anchor()
        size = len(theirs)
        fold = self._flavour.fold
        if size == 0:
            outside = bool(self._drv or self._root)
        else:
            outside = ([fold(p) for p in mine[:size]] != [fold(p) for p in theirs])
        if outside:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is "
                             "relative and the other is absolute."
                             .format(str(self), str(base) if base._parts else ""))
        return self._with_parts("", self._root if size == 1 else "", mine[size:])

    def is_relative_to(self, *other):
        """Whether the path is below other."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def joinpath(self, *args):
        """The path with args appended (an anchored arg replaces)."""
        return self._joined(args)

    def __truediv__(self, key):
        try:
            return self._joined((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args([key] + self._parts)
        except TypeError:
            return NotImplemented

    # -- tests -----------------------------------------------------------

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive)."""
        return self._flavour.absolute(self._drv, self._root)

    def is_reserved(self):
        """Whether the name is reserved by Windows (always False on POSIX)."""
        return self._flavour.reserved(self._parts)

    def match(self, path_pattern):
        """Glob-style match against the end of the path (the whole path when
        the pattern is anchored)."""
        fold = self._flavour.fold
        drive, root, pattern = _parse(self._flavour, (fold(path_pattern),))
        if not pattern:
            raise ValueError("empty pattern")
        if drive and drive != fold(self._drv):
            return False
        if root and root != fold(self._root):
            return False
        mine = self._key
        if drive or root:
            if len(pattern) != len(mine):
                return False
            pattern = pattern[1:]
        elif len(pattern) > len(mine):
            return False
        return all(fnmatch.fnmatchcase(part, pat)
                   for part, pat in zip(reversed(mine), reversed(pattern)))


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """Pure path with POSIX semantics."""
    _flavour = _posix
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Pure path with Windows semantics."""
    _flavour = _windows
    __slots__ = ()


# ---------------------------------------------------------------------------
# Globbing

def _wildcard(part):
    return "*" in part or "?" in part or "[" in part


def _scan(path):
    with os.scandir(path) as listing:
        return list(listing)


def _dirs_below(path):
    """path and every directory below it (not through symlinks), pre-order."""
    yield path
    try:
        entries = _scan(path)
    except PermissionError:
        return
    for entry in entries:
        try:
            descend = entry.is_dir() and not entry.is_symlink()
        except OSError as problem:
            if not _missing(problem):
                raise
            descend = False
        if descend:
            yield from _dirs_below(path._child(entry.name))


def _select(path, parts, index, flags):
    if index == len(parts):
        yield path
        return
    part = parts[index]
    more = index + 1 < len(parts)
    if part == "":
        if path.is_dir():
            yield path
    elif part == "**":
        seen = set()
        for folder in _dirs_below(path):
            for found in _select(folder, parts, index + 1, flags):
                if found not in seen:
                    seen.add(found)
                    yield found
    elif _wildcard(part):
        matcher = re.compile(fnmatch.translate(part), flags)
        try:
            entries = _scan(path)
        except PermissionError:
            return
        for entry in entries:
            if more:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as problem:
                    if not _missing(problem):
                        raise
                    continue
            if matcher.match(entry.name):
                yield from _select(path._child(entry.name), parts, index + 1, flags)
    else:
        child = path._child(part)
        if child.is_dir() if more else child.exists():
            yield from _select(child, parts, index + 1, flags)


def _check_pattern(parts):
    for part in parts:
        if "**" in part and part != "**":
            raise ValueError("Invalid pattern: '**' can only be an entire "
                             "path component")


# ---------------------------------------------------------------------------
# Concrete paths

def _name_from_table(table, number, what):
    try:
        with open(table) as listing:
            for line in listing:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError("%s(): %s not found: %d" % (what[0], what[1], number))


class Path(PurePath):
    """A path on the local file system, with methods that do I/O."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        path = cls._from_args(args)
        if not path._flavour.supported_here:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return path

    # -- constructors ----------------------------------------------------

    @classmethod
    def cwd(cls):
        """The current working directory."""
        here = os.getcwd()
        return cls(here)

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    # -- queries ---------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        if follow_symlinks:
            return os.stat(self)
        return os.lstat(self)

    def lstat(self):
        """os.lstat() of the path (a symlink itself, not its target)."""
        return os.lstat(self)

    def _mode_matches(self, test, follow=True):
        try:
            mode = self.stat(follow_symlinks=follow).st_mode
        except OSError as problem:
            if not _missing(problem):
                raise
            return False
        except ValueError:
            return False
        return test(mode)

    def exists(self):
        """Whether the path points to an existing file or directory."""
        return self._mode_matches(lambda mode: True)

    def is_dir(self):
        return self._mode_matches(S_ISDIR)

    def is_file(self):
        return self._mode_matches(S_ISREG)

    def is_symlink(self):
        return self._mode_matches(S_ISLNK, follow=False)

    def is_block_device(self):
        return self._mode_matches(S_ISBLK)

    def is_char_device(self):
        return self._mode_matches(S_ISCHR)

    def is_fifo(self):
        return self._mode_matches(S_ISFIFO)

    def is_socket(self):
        return self._mode_matches(S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            above = Path(self.parent).stat()
        except OSError:
            return False
        here = self.stat()
        return here.st_dev != above.st_dev or here.st_ino == above.st_ino

    def samefile(self, other_path):
        """Whether other_path is the same file as this one."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.__class__(other_path).stat()
        return os.path.samestat(mine, theirs)

    def owner(self):
        """Name of the user owning the file."""
        uid = self.stat().st_uid
        try:
            import pwd
        except ImportError:
            return _name_from_table("/etc/passwd", uid, ("getpwuid", "uid"))
        return pwd.getpwuid(uid).pw_name

    def group(self):
        """Name of the group owning the file."""
        gid = self.stat().st_gid
        try:
            import grp
        except ImportError:
            return _name_from_table("/etc/group", gid, ("getgrgid", "gid"))
        return grp.getgrgid(gid).gr_name

    # -- listing ---------------------------------------------------------

    def iterdir(self):
        """The entries of the directory (not '.' or '..'), as paths."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """Paths below this directory matching the relative glob pattern;
        '**' matches this directory and all directories below it."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drive, root, parts = _parse(self._flavour, (pattern,))
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append("")
        _check_pattern(parts)
        yield from self._glob_parts(parts)

    def rglob(self, pattern):
        """Like glob() with '**/' in front of the pattern."""
        drive, root, parts = _parse(self._flavour, (pattern,))
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append("")
        parts = ["**"] + parts
        _check_pattern(parts)
        yield from self._glob_parts(parts)

    def _glob_parts(self, parts):
        if not self.is_dir():
            return
        flags = re.IGNORECASE if self._flavour is _windows else 0
        yield from _select(self, parts, 0, flags)

    # -- whole paths -----------------------------------------------------

    def absolute(self):
        """The path made absolute with the current directory (no
        normalisation, symlinks untouched)."""
        if self.is_absolute():
            return self
        return type(self)._from_args([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        def loop_check(problem):
            if getattr(problem, "errno", None) == ELOOP:
                raise RuntimeError("Symlink loop from %r" % problem.filename)

        try:
            real = os.path.realpath(self, strict=strict)
        except OSError as problem:
            loop_check(problem)
            raise
        resolved = type(self)._from_args((real,))
        if not strict:
            try:
                resolved.stat()
            except OSError as problem:
                loop_check(problem)
        return resolved

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if self._drv or self._root or not self._parts or self._parts[0][:1] != "~":
            return self
        home = os.path.expanduser(self._parts[0])
        if home[:1] == "~":
            raise RuntimeError("Could not determine home directory.")
        return type(self)._from_args([home] + self._parts[1:])

    def readlink(self):
        """The path a symbolic link points to."""
        return type(self)._from_args((os.readlink(self),))

    # -- reading and writing ---------------------------------------------

    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        """Open the file, as the built-in open() does."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write bytes-like data, replacing the file; return the count."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write a string, replacing the file; return the count."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open(mode="w", encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    # -- changing the file system ----------------------------------------

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times when it exists."""
        if exist_ok:
            try:
                return os.utime(self, None)
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and missing parents with parents=True)."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            top = self.parent == self
            if top or not parents:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # A parent is missing and may be created.
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, as os.chmod()."""
        if not follow_symlinks:
            return os.chmod(self, mode, follow_symlinks=False)
        os.chmod(self, mode)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link; missing_ok ignores a missing one."""
        if not missing_ok:
            return os.unlink(self)
        try:
            os.unlink(self)
        except FileNotFoundError:
            pass

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def _moved(self, how, target):
        how(self, target)
        return type(self)(target)

    def rename(self, target):
        """Rename to target and return the new path."""
        return self._moved(os.rename, target)

    def replace(self, target):
        """Rename to target, replacing it if it exists; return the new path."""
        return self._moved(os.replace, target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    # Using a path as a context manager does nothing (deprecated).
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    def link_to(self, target):
        """Make target a hard link to this path (deprecated)."""
        os.link(self, target)


class PosixPath(Path, PurePosixPath):
    """Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path on a Windows system (cannot be made on POSIX)."""
    __slots__ = ()
