import os
import tempfile
from pathlib import Path, PurePath

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    base = Path('work')
    (base / 'src' / 'pkg').mkdir(parents=True)
    base.joinpath('src', 'pkg').mkdir(parents=True, exist_ok=True)
    try:
        (base / 'src').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename)
    try:
        (base / 'x' / 'y').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print((base / 'src' / 'a.py').write_text('print(1)\n'), (base / 'src' / 'b.txt').write_bytes(b'\x00\x01'))
    (base / 'src' / 'pkg' / '__init__.py').touch()
    (base / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n')
    (base / 'src' / '.hidden').write_text('h')
    (base / 'notes.md').write_text('# notes\n')
    print((base / 'src' / 'a.py').read_text(), (base / 'src' / 'b.txt').read_bytes())
    print(sorted(p.name for p in (base / 'src').iterdir()))
    print(sorted(str(p) for p in base.glob('*')))
    print(sorted(str(p) for p in base.glob('**/*.py')))
    print(sorted(str(p) for p in base.rglob('*.py')))
    print(sorted(str(p) for p in base.glob('**')))
    print(sorted(str(p) for p in base.glob('src/*/')))
    print(sorted(str(p) for p in base.glob('*/pkg/m?d.py')), sorted(str(p) for p in base.glob('src/[ab].*')))
    print(sorted(str(p) for p in base.rglob('*')))
    f = base / 'src' / 'a.py'
    print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), (base / 'nope').exists(), base.is_dir(), (base / 'nope').is_file())
    st = f.stat()
    print(st.st_size, oct(st.st_mode & 0o777 != 0), f.stat().st_size == os.path.getsize(f))
    print(f.absolute() == Path.cwd() / f, f.resolve() == Path(os.path.realpath(f)), f.resolve().is_absolute(), Path('.').resolve() == Path.cwd())
    print(Path('~').expanduser() == Path.home(), Path('~/x').expanduser() == Path.home() / 'x', Path('a/~').expanduser())
    with f.open() as fh:
        print(repr(fh.read()))
    with f.open('a') as fh:
        fh.write('print(2)\n')
    print(f.read_text().splitlines())
    g = f.rename(base / 'src' / 'renamed.py')
    print(repr(g), f.exists(), g.exists())
    h = g.replace(base / 'final.py')
    print(h, sorted(p.name for p in base.iterdir()))
    h.unlink()
    h.unlink(missing_ok=True)
    try:
        h.unlink()
    except FileNotFoundError as e:
        print('unlink', e.errno, e.strerror)
    (base / 'empty').mkdir()
    (base / 'empty').rmdir()
    try:
        (base / 'src').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    link = base / 'link.md'
    link.symlink_to('notes.md')
    print(link.is_symlink(), link.is_file(), link.readlink(), link.resolve().name, link.lstat().st_size == len('notes.md'))
    print(link.samefile(base / 'notes.md'), link.samefile(str(base / 'notes.md')))
    t = base / 'touched'
    t.touch()
    t.touch()
    try:
        t.touch(exist_ok=False)
    except FileExistsError:
        print('exists')
    print(t.stat().st_size, t.is_file())
    try:
        Path('no_such_file').read_text()
    except FileNotFoundError as e:
        print(e)
    try:
        list(base.glob(''))
    except ValueError as e:
        print(e)
    try:
        list(base.glob('/abs'))
    except NotImplementedError as e:
        print(e)
    print(list(Path('no_such_dir').glob('*')), sorted(x.name for x in Path('.').glob('work')))
    print(repr(Path('a') / 'b'), type(Path('x')).__name__, Path('a').is_mount(), Path('/').is_mount())
    print(Path('/usr/bin/python3').parent.name, Path('x', 'y').with_suffix('.txt'))
    os.chmod(t, 0o640)
    t.chmod(0o600)
    print(oct(t.stat().st_mode & 0o777))
    os.chdir('/')
