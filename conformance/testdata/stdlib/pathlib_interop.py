import os, shutil, tempfile, glob
from pathlib import Path
with tempfile.TemporaryDirectory() as d:
    d = Path(d)
    (d / 'a.txt').write_text('A')
    r = shutil.copy(d / 'a.txt', d / 'b.txt'); print(type(r).__name__, Path(r).name)
    (d / 'sub').mkdir()
    r = shutil.copy(d / 'a.txt', d / 'sub'); print(type(r).__name__, os.path.basename(r))
    r = shutil.copy2(d / 'a.txt', d / 'sub' / 'c.txt'); print(type(r).__name__)
    r = shutil.copytree(d / 'sub', d / 'sub2'); print(type(r).__name__, sorted(os.listdir(r)))
    r = shutil.move(d / 'sub2', d / 'sub3'); print(type(r).__name__)
    r = shutil.move(d / 'b.txt', d / 'sub3'); print(type(r).__name__, os.path.basename(r))
    print(sorted(glob.glob('*', root_dir=d)), sorted(glob.glob(str(d / '*.txt')))[0].endswith('a.txt'))
    shutil.rmtree(d / 'sub3')
    print(sorted(p.name for p in d.iterdir()))
    with tempfile.NamedTemporaryFile('w', dir=d, suffix='.cfg', delete=False) as f:
        f.write('k=v')
    print(Path(f.name).read_text(), Path(f.name).suffix, f.closed)
    fd, name = tempfile.mkstemp(dir=d)
    with os.fdopen(fd, 'w') as fh:
        fh.write('via fdopen')
    print(Path(name).read_text())
    print(f'{d / "x"}'.endswith('/x'), str(d / 'x') == os.path.join(d, 'x'))
    print(Path(d).stat().st_mode & 0o777 == 0o700)
    p = d / 'data.bin'
    with p.open('wb') as fh:
        fh.write(bytes(range(5)))
    print(p.read_bytes(), p.stat().st_size)
    print(sorted(x.relative_to(d).as_posix() for x in d.glob('**/*') if not x.name.startswith('tmp')))
