package stdlib

// osPrelude is the Python half of the os module.
const osPrelude = `
import sys
import posixpath as path
import errno as _errno

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0, 1, 2, 1024, 64, 128, 512
O_NOFOLLOW, O_CLOEXEC, O_DIRECTORY, O_NONBLOCK, O_NOCTTY, O_SYNC, O_DSYNC, O_ACCMODE = 131072, 524288, 65536, 2048, 256, 1052672, 4096, 3
error = OSError
sys.modules['os.path'] = path

class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 15
    def __new__(cls, seq):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        self._extra = seq[10:]
        return self
    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7])
    st_mtime = property(lambda self: self[8])
    st_ctime = property(lambda self: self[9])
    st_atime_ns = property(lambda self: self._extra[0])
    st_mtime_ns = property(lambda self: self._extra[1])
    st_ctime_ns = property(lambda self: self._extra[2])
    st_blksize = property(lambda self: self._extra[3])
    st_blocks = property(lambda self: self._extra[4])
    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        vals = [self[i] if i < 7 else int(self[i]) for i in range(10)]
        return 'os.stat_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(names, vals)) + ')'

_stat = stat
_lstat = lstat

def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks=follow_symlinks))

def lstat(path, *, dir_fd=None):
    return stat_result(_lstat(path))

def fstat(fd):
    return stat_result(_fstat(fd))

class statvfs_result(tuple):
    n_sequence_fields = 10
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])
    def __repr__(self):
        names = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax')
        return 'os.statvfs_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(names, self)) + ')'

def statvfs(path):
    return statvfs_result(_statvfs(path))

def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)

class terminal_size(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])
    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])

def get_terminal_size(fd=1):
    return terminal_size(_terminal_size(fd))

class _Environ(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)
    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)
    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)
    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]
    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v
    def clear(self):
        for k in list(self):
            del self[k]
    def copy(self):
        return dict(self)
    def __repr__(self):
        return 'environ({' + ', '.join('%r: %r' % kv for kv in self.items()) + '})'

environ = _Environ(_environ_data)
del _environ_data

def getenv(key, default=None):
    return environ.get(key, default)

def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        r = t.__fspath__(path)
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__) from None
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s' % (t.__name__, type(r).__name__))

def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename

def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename

import abc as _abc

class PathLike(_abc.ABC):
    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented

class DirEntry:
    def __init__(self, dirpath, name, kind):
        self.name = name
        self.path = path.join(dirpath, name)
        self._kind = kind
    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 2 and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == 1
    def is_file(self, *, follow_symlinks=True):
        if self._kind == 2 and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == 0
    def is_symlink(self):
        return self._kind == 2
    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)
    def inode(self):
        return self.stat(follow_symlinks=False).st_ino
    def __fspath__(self):
        return self.path
    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.close()
    def close(self):
        self._it = iter(())

def scandir(path='.'):
    if path is None:
        path = '.'
    p = fspath(path)
    return _ScandirIterator([DirEntry(p, n, k) for n, k in _scandir(p)])

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise

def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)

def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass

def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, nondirs, walk_dirs = [], [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            if followlinks or not entry.is_symlink():
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs

def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)

def cpu_count_():
    return cpu_count()

def _exit(n):
    raise SystemExit(n)

supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
`

// posixpathSource is os.path (posixpath), written for rebeam.
const posixpathSource = `
class _LazyOS:
    # os imports this module while it is being made; reach it lazily.
    def __getattr__(self, name):
        import os as m
        return getattr(m, name)

os = _LazyOS()

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

def _s(p):
    p = os.fspath(p)
    return p, ('/' if isinstance(p, str) else b'/')

def isabs(s):
    s, sep = _s(s)
    return s.startswith(sep)

def join(a, *p):
    a, sep = _s(a)
    path = a
    if not p:
        path[:0] + sep
    for b in p:
        b = os.fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path

def split(p):
    p, sep = _s(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail

def splitext(p):
    p, sep = _s(p)
    dot = '.' if isinstance(p, str) else b'.'
    sep_i = p.rfind(sep)
    dot_i = p.rfind(dot)
    if dot_i > sep_i:
        filename_i = sep_i + 1
        while filename_i < dot_i:
            if p[filename_i:filename_i + 1] != dot:
                return p[:dot_i], p[dot_i:]
            filename_i += 1
    return p, p[:0]

def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p

def basename(p):
    p, sep = _s(p)
    return p[p.rfind(sep) + 1:]

def dirname(p):
    p, sep = _s(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head

def normpath(path):
    path, sep = _s(path)
    if isinstance(path, str):
        empty, dot, dotdot = '', '.', '..'
    else:
        empty, dot, dotdot = b'', b'.', b'..'
    if path == empty:
        return dot
    initial = 1 if path.startswith(sep) else 0
    if initial and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial:
        path = sep * initial + path
    return path or dot

def abspath(path):
    path, sep = _s(path)
    if not path.startswith(sep):
        cwd = os.getcwd() if isinstance(path, str) else os.getcwdb()
        path = join(cwd, path)
    return normpath(path)

def realpath(filename, *, strict=False):
    filename, sep = _s(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)

def _joinrealpath(path, rest, strict, seen):
    sep = '/' if isinstance(path, str) else b'/'
    curdir = '.' if isinstance(path, str) else b'.'
    pardir = '..' if isinstance(path, str) else b'..'
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st.st_mode & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True

def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)

def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1

def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)

def expanduser(path):
    path, sep = _s(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = os.environ.get('HOME')
        if userhome is None:
            return path
        if isinstance(path, bytes):
            userhome = userhome.encode()
    else:
        return path
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep

def expandvars(path):
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and path[j] == '{':
            k = path.find('}', j)
            if k < 0:
                out.append(path[i:])
                break
            name = path[j + 1:k]
            end = k + 1
        else:
            k = j
            while k < n and (path[k].isalnum() or path[k] == '_'):
                k += 1
            name = path[j:k]
            end = k
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end] if name else '$')
            if not name:
                end = j
        i = end
    return ''.join(out)

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True

def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True

def _mode(path, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode & 0o170000

def isfile(path):
    return _mode(path) == 0o100000

def isdir(s):
    return _mode(s) == 0o040000

def islink(path):
    return _mode(path, False) == 0o120000

def ismount(path):
    return abspath(path) == '/'

def getsize(filename):
    return os.stat(filename).st_size

def getmtime(filename):
    return os.stat(filename).st_mtime

def getatime(filename):
    return os.stat(filename).st_atime

def getctime(filename):
    return os.stat(filename).st_ctime

def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))

def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

def normcase(s):
    return os.fspath(s)
`
