from pathlib import *
p = PurePosixPath('/usr/lib/python3.11/site.tar.gz')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, repr(p.drive))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('abc'))
print(p.relative_to('/usr'), p.relative_to('/usr/lib'), p.is_relative_to('/usr'), p.is_relative_to('/etc'))
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('a').joinpath('b', '/c', 'd'))
print(PurePath(), PurePath(''), PurePath('.'), PurePath('a/./b//c/'), PurePath('//a'), PurePath('///a'), PurePath('a', '..', 'b'))
print(PurePath('a/b.py').match('*.py'), PurePath('a/b.py').match('b/*.py'), PurePath('/a/b.py').match('/*.py'), PurePath('/a/b.py').match('/a/*.py'))
print(PurePath('a') == PurePosixPath('a'), PurePath('a') != PurePath('b'), PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('/z'), PurePath('a/c'), PurePath('a')]))
print(hash(PurePath('a/b')) == hash(PurePath('a//b')), {PurePath('a'): 1}[PurePath('a/.')])
print(PurePath('.hidden').suffix, PurePath('.hidden').stem, PurePath('a.').suffix, PurePath('a.tar.').suffixes, PurePath('.a.b').suffixes)
print(PurePath('/').name, PurePath('/').parent, PurePath('a').parent, PurePath('.').parent, PurePath('/').parts)
print(PurePath('/a b/%c').as_uri(), PurePath('a/b').as_posix(), bytes(PurePath('a/b')), PurePath('/a').is_absolute(), PurePath('a').is_absolute())
import os
print(os.fspath(PurePath('x/y')), str(PurePath('x', PurePath('y', 'z'))))
for f in [lambda: PurePath('/usr/bin').relative_to('/etc'), lambda: PurePath('a').with_suffix('b'), lambda: PurePath('/').with_name('b'),
          lambda: PurePath('a').with_name('b/c'), lambda: PurePath('a').with_name(''), lambda: PurePath(b'a'), lambda: PurePath(3),
          lambda: PurePath('a') < 'b', lambda: PurePath('a').relative_to(), lambda: PurePath('a').match(''), lambda: PurePath('a/b').parents[2],
          lambda: PurePath('a').relative_to('/a'), lambda: PurePath('a').with_suffix('.')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(PurePath('a/b').relative_to(''), PurePath('a/b').relative_to('a', 'b'), PurePath('/a/b').relative_to('/'))
print(isinstance(Path('a'), PurePath), type(Path('a')).__name__, type(PurePath('a')).__name__, Path('a') == PurePosixPath('a'))
print(PurePath('a/b').parents[-2], PurePath('a/b/c').parents[::2], 'a' in [str(x) for x in PurePath('a/b').parents])
print(PurePath('/a').match('*/*'), PurePath('a/b/c').match('a/*'), PurePath('a/b/c').match('*/b/c'))
print(PurePath('a') <= PurePath('a'), PurePath('b') >= PurePath('a'), PurePath('b') > PurePath('a'))
import copy
print(copy.copy(PurePath('a/b')), copy.deepcopy(Path('c')))
print(isinstance(Path('x'), os.PathLike), issubclass(PurePath, os.PathLike), isinstance('s', os.PathLike))
print(os.path.join(PurePath('x'), 'y'), os.path.basename(PurePath('a/b.txt')), os.path.splitext(PurePath('a/b.tar.gz')))
try:
    PurePath('a').extra = 1
except AttributeError as e:
    print(e)
