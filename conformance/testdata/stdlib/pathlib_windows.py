from pathlib import PureWindowsPath as W, PurePosixPath as P, PurePath
cases = ['c:/Windows/System32/drivers', 'C:\\a\\b.txt', '\\\\server\\share\\dir\\f.tar.gz', 'c:', 'c:rel\\x', '\\root\\only', 'a/b\\c', '', '.', '//?/c:/x', '\\\\server\\share']
for c in cases:
    p = W(c)
    print(repr(p), str(p), p.drive, p.root, p.anchor, p.parts, p.name, p.suffix, p.stem, p.parent, p.is_absolute(), p.as_posix())
print(W('C:/a') == W('c:/A'), W('a') == P('a'), hash(W('A/B')) == hash(W('a/b')), W('a') < W('B'), sorted([W('b'), W('A'), W('c:/')]))
print(W('c:/x') / 'y', W('c:/x') / 'd:/y', W('c:/x') / '/y', W('c:/x') / 'c:y', W('c:/x') / 'D:y', W('a', 'C:/b', 'c'), W('c:', '/', 'a'))
print(W('c:/a/b').relative_to('C:/A'), W('c:/a/b').is_relative_to('c:/'), W('c:/a/b').is_relative_to('d:/'))
print(W('C:/a/b.PY').match('*.py'), W('C:/a/b.py').match('c:/*/*.py'), W('C:/a/b.py').match('d:/*/*.py'), W('a/b').match('/a/b'))
print(W('c:/a/nul.txt').is_reserved(), W('CON').is_reserved(), W('conx').is_reserved(), W('//s/h/con').is_reserved())
print(W('c:/a b/x').as_uri(), W('//server/share/a').as_uri())
print(W('c:/a').with_name('z.txt'), W('c:/a.txt').with_suffix('.md'), W('c:/a.txt').with_stem('q'))
for f in [lambda: W('c:/a').with_name('x\\y'), lambda: W('c:/a').with_suffix('.a\\b'), lambda: W('c:/a').with_suffix('/b'), lambda: W('c:/').with_name('q'), lambda: W('c:/a').relative_to('d:/')]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
print(list(W('c:/a/b/c').parents), W('//server/share/a').parent.parent, P(W('a\\b')))
print(W(P('/x/y')), W('x') / P('y'))
