import os
import tempfile

base = tempfile.gettempdir()
print(os.path.isabs(base), os.path.isdir(base), tempfile.gettempprefix(), tempfile.gettempdirb() == os.fsencode(base))
fd, path = tempfile.mkstemp(suffix='.log', prefix='app_')
name = os.path.basename(path)
print(type(fd).__name__, os.path.dirname(path) == base, name.startswith('app_'), name.endswith('.log'), len(name))
print(oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'data')
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
os.unlink(path)
d = tempfile.mkdtemp(prefix='work_')
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.path.basename(d).startswith('work_'), os.listdir(d))
fd2, p2 = tempfile.mkstemp(dir=d, text=True)
os.close(fd2)
print(os.path.dirname(p2) == d, os.path.basename(p2).startswith('tmp'))
os.unlink(p2)
os.rmdir(d)
with tempfile.TemporaryDirectory(prefix='td_', suffix='_x') as tdir:
    print(os.path.isdir(tdir), os.path.basename(tdir)[:3], tdir.endswith('_x'))
    os.makedirs(os.path.join(tdir, 'sub', 'deeper'))
    with open(os.path.join(tdir, 'sub', 'f.txt'), 'w') as f:
        f.write('x')
    with tempfile.NamedTemporaryFile(dir=tdir, suffix='.txt') as nt:
        nt.write(b'hello named')
        nt.flush()
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name), os.path.dirname(nt.name) == tdir, nt.name.endswith('.txt'))
        tname = nt.name
    print(os.path.exists(tname))
    nt2 = tempfile.NamedTemporaryFile('w+', delete=False, dir=tdir)
    nt2.write('line1\nline2\n')
    nt2.seek(0)
    print(list(nt2), nt2.delete)
    nt2.close()
    print(os.path.exists(nt2.name))
    with open(nt2.name) as f:
        print(f.read().split())
    print(len(os.listdir(tdir)), 'sub' in os.listdir(tdir))
print(os.path.exists(tdir))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryFile() as tf:
    tf.write(b'abc')
    tf.seek(0)
    print(tf.read(), type(tf.name).__name__)
with tempfile.TemporaryFile('w+') as tf:
    tf.write('text mode')
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10) as sf:
    sf.write(b'spooled')
    sf.seek(0)
    print(sf.read())
m = tempfile.mktemp(prefix='mk_')
print(os.path.exists(m), os.path.basename(m).startswith('mk_'))
try:
    tempfile.mkstemp(dir=os.path.join(base, 'no_such_dir_for_tempfile'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
old = tempfile.tempdir
tempfile.tempdir = None
os.environ['TMPDIR'] = os.getcwd()
print(tempfile.gettempdir() == os.getcwd())
tempfile.tempdir = old
