import os
import errno

base = 'os_files_tmp_dir'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.mkdir(base)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
with open(os.path.join(base, 'a', 'f1.txt'), 'w') as f:
    f.write('hello')
with open(os.path.join(base, 'top.txt'), 'w') as f:
    f.write('x' * 10)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.isfile(os.path.join(base, 'top.txt')))
print(os.path.getsize(os.path.join(base, 'top.txt')), os.stat(os.path.join(base, 'a', 'f1.txt')).st_size)
st = os.stat(os.path.join(base, 'top.txt'))
print(st.st_size, oct(st.st_mode & 0o170000), type(st.st_mtime).__name__, st.st_mtime > 1e9, st[6])
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
print([x[0] for x in os.walk(base, topdown=False)][-1])
entries = sorted(os.scandir(base), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], entries[0].path)
with os.scandir(base) as it:
    print(sorted(e.name for e in it))
os.rename(os.path.join(base, 'top.txt'), os.path.join(base, 'moved.txt'))
os.replace(os.path.join(base, 'moved.txt'), os.path.join(base, 'final.txt'))
print(sorted(os.listdir(base)))
os.unlink(os.path.join(base, 'final.txt'))
os.remove(os.path.join(base, 'a', 'f1.txt'))
for call in [lambda: os.mkdir(base), lambda: os.rmdir(os.path.join(base, 'a')), lambda: os.remove('no_such_file_x'),
             lambda: os.listdir('no_such_dir_x'), lambda: os.stat('no_such_file_x'), lambda: os.makedirs(base),
             lambda: os.chdir('no_such_dir_x')]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, e.filename)
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base))
cwd = os.getcwd()
os.mkdir(base)
os.chdir(base)
print(os.path.basename(os.getcwd()) == base, os.listdir('.'), os.listdir())
os.chdir(cwd)
os.rmdir(base)
print(type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(8)), os.strerror(2))
print('PATH' in os.environ, isinstance(os.environ, dict) or hasattr(os.environ, 'keys'))
os.environ['RB_TEST'] = '1'
print(os.environ['RB_TEST'], os.environ.get('RB_TEST'), os.getenv('RB_TEST'))
del os.environ['RB_TEST']
print(os.getenv('RB_TEST'), os.environ.pop('RB_TEST', 'gone'))
print(errno.ENOENT, errno.EEXIST, errno.errorcode[13], errno.EWOULDBLOCK == errno.EAGAIN)
os.mkdir(base)
target = os.path.join(base, 'target.txt')
with open(target, 'w') as f:
    f.write('t')
link = os.path.join(base, 'link.txt')
os.symlink('target.txt', link)
print(os.path.islink(link), os.path.islink(target), os.readlink(link), os.path.realpath(link) == os.path.realpath(target))
print(os.path.realpath(base) == os.path.abspath(base), os.path.samefile(link, target), os.lstat(link).st_size == len('target.txt'))
print(os.path.getmtime(target) > 0, os.access(target, os.R_OK), os.access('no_such_file_x', os.F_OK))
os.remove(link)
os.remove(target)
os.rmdir(base)
try:
    os.get_terminal_size()
    print('terminal')
except OSError as e:
    print('OSError', e.errno)
print(os.fsencode('x'), os.fsdecode(b'y'), os.get_exec_path(env={'PATH': '/a:/b'}))
