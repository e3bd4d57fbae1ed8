import stat
for m in [0o100644, 0o40755, 0o120777, 0o104755, 0o102755, 0o101755, 0o041777,0o4644, 0o2644,0o1644, 0o20666, 0o60660, 0o10644, 0o140755, 0, 0o7777, 0o107000]:
    print(oct(m), stat.filemode(m), stat.S_IFMT(m), stat.S_IMODE(m), stat.S_ISDOOR(m), stat.S_ISWHT(m))
for bad in ["x", 1.5, None]:
    for f in (stat.S_ISDIR, stat.filemode, stat.S_IMODE):
        try: f(bad)
        except Exception as e: print(type(e).__name__, e)
print(stat.S_ISREG(True), stat.filemode(stat.S_IFREG | stat.S_IRWXU | stat.S_IRGRP))
print(stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.UF_APPEND, stat.UF_OPAQUE, stat.UF_NOUNLINK, stat.UF_COMPRESSED, stat.UF_HIDDEN)
print(stat.SF_ARCHIVED, stat.SF_IMMUTABLE, stat.SF_APPEND, stat.SF_NOUNLINK, stat.SF_SNAPSHOT)
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
print(stat.S_ENFMT, stat.S_IFDOOR, stat.S_IFPORT, stat.S_IFWHT, stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_NO_SCRUB_DATA)
print(stat.S_IRWXG, stat.S_IRWXO, stat.S_IWGRP, stat.S_IXGRP, stat.S_IWOTH, stat.S_IXOTH)
