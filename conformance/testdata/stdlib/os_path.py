import os
import os.path
from os import path

print(path is os.path, os.sep, os.linesep == '\n', os.name, os.devnull, os.curdir, os.pardir, os.pathsep)
print(path.join('a', 'b', 'c'), path.join('/a', '/b'), path.join('a/', 'b'), path.join('', 'x'), path.join('a', ''))
print(path.split('/a/b/c.txt'), path.split('c.txt'), path.split('/'), path.split('//a//b'), path.split('a/b/'))
print(path.splitext('a/b.tar.gz'), path.splitext('.bashrc'), path.splitext('a.b/c'), path.splitext('x..'))
print(path.basename('/a/b/c'), path.basename('a/'), path.dirname('/a/b/c'), path.dirname('c'), path.dirname('/'))
print(path.isabs('/x'), path.isabs('x'), path.normpath('a//b/./c/../d'), path.normpath('/../a'), path.normpath(''))
print(path.normpath('//a/b'), path.normpath('///a'), path.normpath('a/../..'), path.normpath('./'))
print(path.relpath('/a/b/c', '/a'), path.relpath('/a', '/a/b/c'), path.relpath('/x/y', '/x/y'))
print(path.commonprefix(['/usr/lib', '/usr/local']), path.commonprefix([]), path.commonpath(['/usr/lib', '/usr/local']))
print(path.commonpath(['a/b/c', 'a/b/d']), path.splitdrive('/x'), path.normcase('AbC'))
os.environ['HOME'] = '/home/tester'
print(path.expanduser('~/docs'), path.expanduser('~'), path.expanduser('x~'))
os.environ['RB_VAR'] = 'val'
print(path.expandvars('$RB_VAR/${RB_VAR}/$NOPE_X/$'), os.getenv('RB_VAR'), os.getenv('NOPE_X', 'dflt'))
print(path.abspath('/a/./b/../c'), path.abspath('x') == path.join(os.getcwd(), 'x'))
print(path.join(b'a', b'b'), path.basename(b'/x/y'), path.splitext(b'f.txt'))
for bad in [lambda: path.join('a', b'b'), lambda: path.commonpath([]), lambda: path.commonpath(['/a', 'b'])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class P:
    def __fspath__(self):
        return '/p/q'
print(os.fspath(P()), path.basename(P()), os.fspath('s'), os.fspath(b'b'))
