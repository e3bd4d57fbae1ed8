import os, shutil, tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.makedirs('src/inner')
    Path('src/f.txt').write_text('f')
    os.symlink('f.txt', 'src/link')
    os.symlink('inner', 'src/dlink')
    os.symlink('nowhere', 'src/dangling')
    shutil.copytree('src', 'c1', symlinks=True)
    print(sorted((p.name, p.is_symlink()) for p in Path('c1').iterdir()))
    try:
        shutil.copytree('src', 'c2')
    except shutil.Error as e:
        print('Error', len(e.args[0]), [os.path.basename(x[0]) for x in e.args[0]])
    shutil.copytree('src', 'c3', ignore_dangling_symlinks=True)
    print(sorted((p.name, p.is_symlink(), p.is_dir()) for p in Path('c3').iterdir()))
    print(shutil.move('src/link', 'moved_link'), os.path.islink('moved_link'), os.readlink('moved_link'))
    print(shutil.copyfile('src/f.txt', 'plain'))
    try:
        shutil.copyfile('src/f.txt', 'nodir/x')
    except FileNotFoundError as e:
        print('FNF', e.filename)
    try:
        shutil.copyfile('src/f.txt', 'c1')
    except IsADirectoryError as e:
        print('IsADirectoryError', e.filename)
    os.chdir('/')
