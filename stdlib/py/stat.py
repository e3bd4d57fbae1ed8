"""Constants and helpers for interpreting the st_mode field of os.stat().

Written for rebeam from the documented meaning of each name.
"""

# Positions of the fields in the tuple form of an os.stat() result.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File type bits (the high part of st_mode).
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
# Solaris doors, event ports and BSD whiteouts do not exist here.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

_TYPE_BITS = 0o170000
_PERMISSION_BITS = 0o7777

# Special bits and permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000

S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# Old Unix names for the owner bits.
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR

# BSD st_flags values.
UF_NODUMP = 1 << 0
UF_IMMUTABLE = 1 << 1
UF_APPEND = 1 << 2
UF_OPAQUE = 1 << 3
UF_NOUNLINK = 1 << 4
UF_COMPRESSED = 1 << 5
UF_HIDDEN = 1 << 15
SF_ARCHIVED = 1 << 16
SF_IMMUTABLE = 1 << 17
SF_APPEND = 1 << 18
SF_NOUNLINK = 1 << 20
SF_SNAPSHOT = 1 << 21

# Windows st_file_attributes values.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def _as_mode(mode):
    if not isinstance(mode, int):
        try:
            mode = mode.__index__()
        except AttributeError:
            raise TypeError("an integer is required") from None
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    return mode


def S_IMODE(mode):
    """Return the part of mode that chmod() can set: permissions and special bits."""
    return _as_mode(mode) & _PERMISSION_BITS


def S_IFMT(mode):
    """Return the part of mode that tells the file's type."""
    return _as_mode(mode) & _TYPE_BITS


def _type_test(kind, name):
    def test(mode):
        return kind != 0 and S_IFMT(mode) == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "Return True if mode is from a file of this type."
    return test


S_ISDIR = _type_test(S_IFDIR, "S_ISDIR")
S_ISCHR = _type_test(S_IFCHR, "S_ISCHR")
S_ISBLK = _type_test(S_IFBLK, "S_ISBLK")
S_ISREG = _type_test(S_IFREG, "S_ISREG")
S_ISFIFO = _type_test(S_IFIFO, "S_ISFIFO")
S_ISLNK = _type_test(S_IFLNK, "S_ISLNK")
S_ISSOCK = _type_test(S_IFSOCK, "S_ISSOCK")
S_ISDOOR = _type_test(S_IFDOOR, "S_ISDOOR")
S_ISPORT = _type_test(S_IFPORT, "S_ISPORT")
S_ISWHT = _type_test(S_IFWHT, "S_ISWHT")

_KIND_LETTER = {
    S_IFDIR: "d", S_IFCHR: "c", S_IFBLK: "b", S_IFREG: "-",
    S_IFIFO: "p", S_IFLNK: "l", S_IFSOCK: "s",
}

# For each of owner, group and others: the read, write and execute bits, and
# the special bit shown in the execute column (with its letter).
_TRIADS = (
    (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s"),
    (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s"),
    (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t"),
)


def filemode(mode):
    """Render mode as ls -l does, e.g. '-rwxr-xr-x'."""
    mode = _as_mode(mode)
    out = [_KIND_LETTER.get(mode & _TYPE_BITS, "?")]
    for read, write, execute, special, letter in _TRIADS:
        out.append("r" if mode & read else "-")
        out.append("w" if mode & write else "-")
        if mode & special:
            out.append(letter if mode & execute else letter.upper())
        else:
            out.append("x" if mode & execute else "-")
    return "".join(out)
