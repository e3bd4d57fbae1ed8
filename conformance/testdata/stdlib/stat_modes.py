import os
import stat
import tempfile

for mode in [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20620, 0o60660, 0o10600, 0o140755, 0o102644, 0o100000]:
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK) if f(mode)])
print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IROTH == 0o744, stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.ST_SIZE, stat.ST_MTIME)
print(stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_IEXEC, stat.S_IWRITE, stat.S_IREAD)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'w') as f:
        f.write('abc')
    os.chmod(p, 0o640)
    st = os.stat(p)
    print(stat.filemode(st.st_mode), stat.S_ISREG(st.st_mode), st[stat.ST_SIZE], stat.S_ISDIR(os.stat(d).st_mode))
    os.symlink('f', os.path.join(d, 'l'))
    print(stat.S_ISLNK(os.lstat(os.path.join(d, 'l')).st_mode), stat.S_ISLNK(os.stat(os.path.join(d, 'l')).st_mode))
    fd = os.open(p, os.O_RDONLY)
    print(stat.S_ISREG(os.fstat(fd).st_mode), os.fstat(fd).st_size, os.read(fd, 2), os.lseek(fd, 0, os.SEEK_END))
    os.close(fd)
