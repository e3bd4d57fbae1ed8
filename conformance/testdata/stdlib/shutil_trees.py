import os
import shutil
import stat
import tempfile


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        rel = os.path.relpath(root, top)
        out.extend(os.path.normpath(os.path.join(rel, n)) + '/' for n in dirs)
        out.extend(os.path.normpath(os.path.join(rel, n)) for n in files)
    return sorted(out)


with tempfile.TemporaryDirectory() as tmp:
    old = os.getcwd()
    os.chdir(tmp)
    os.makedirs('src/sub/deep')
    for name, text in [('src/a.txt', 'alpha'), ('src/b.py', 'print()'), ('src/sub/c.txt', 'gamma'), ('src/sub/deep/d.pyc', 'x')]:
        with open(name, 'w') as f:
            f.write(text)
    os.chmod('src/b.py', 0o755)
    os.utime('src/a.txt', (1000000000, 1000000000))
    print(shutil.copyfile('src/a.txt', 'a_copy.txt'), open('a_copy.txt').read())
    print(shutil.copy('src/b.py', 'b_copy.py'), oct(stat.S_IMODE(os.stat('b_copy.py').st_mode)))
    os.mkdir('dest')
    print(shutil.copy('src/a.txt', 'dest'), os.stat('dest/a.txt').st_mtime == 1000000000)
    print(shutil.copy2('src/a.txt', 'a2.txt'), os.stat('a2.txt').st_mtime == 1000000000)
    shutil.copymode('src/b.py', 'a2.txt')
    print(oct(stat.S_IMODE(os.stat('a2.txt').st_mode)))
    shutil.copystat('src/a.txt', 'b_copy.py')
    print(os.stat('b_copy.py').st_mtime, oct(stat.S_IMODE(os.stat('b_copy.py').st_mode)))
    print(shutil.copytree('src', 'tree1'), tree('tree1'))
    print(shutil.copytree('src', 'tree2', ignore=shutil.ignore_patterns('*.pyc', 'c*')), tree('tree2'))
    seen = []
    print(shutil.copytree('src', 'tree3', copy_function=lambda s, d: seen.append(os.path.basename(s))), sorted(seen), tree('tree3'))
    try:
        shutil.copytree('src', 'tree1')
    except FileExistsError as e:
        print('FileExistsError', e.filename)
    shutil.copytree('src', 'tree1', dirs_exist_ok=True)
    try:
        shutil.copyfile('src/a.txt', 'src/a.txt')
    except shutil.SameFileError as e:
        print(type(e).__name__, e, isinstance(e, shutil.Error), isinstance(e, OSError))
    try:
        shutil.copyfile('missing.txt', 'x.txt')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename)
    print(shutil.move('a_copy.txt', 'dest'), shutil.move('a2.txt', 'moved.txt'), shutil.move('tree3', 'tree4'))
    try:
        shutil.move('dest/a_copy.txt', 'dest')
    except shutil.Error as e:
        print('Error', e)
    try:
        shutil.move('tree4', 'tree4/inner')
    except shutil.Error as e:
        print('Error', e)
    print(tree('.'))
    shutil.rmtree('tree1')
    print(os.path.exists('tree1'))
    try:
        shutil.rmtree('tree1')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.filename)
    shutil.rmtree('tree1', ignore_errors=True)
    errs = []
    shutil.rmtree('tree1', onerror=lambda f, p, e: errs.append((f.__name__, p, e[0].__name__)))
    print(errs)
    os.symlink('tree2', 'link')
    try:
        shutil.rmtree('link')
    except OSError as e:
        print(e)
    os.unlink('link')
    with open('src/a.txt', 'rb') as fs, open('obj.txt', 'wb') as fd:
        shutil.copyfileobj(fs, fd, 2)
    print(open('obj.txt').read())
    print(shutil.which('sh') is not None, shutil.which('no_such_program_x'), shutil.which('b.py', path='src'), shutil.which('a.txt', path='src'))
    print(shutil.which('src/b.py'), shutil.which('b.py', path=os.pathsep.join(['nope', 'src'])))
    du = shutil.disk_usage('.')
    print(du.total >= du.used > 0, du.free > 0, du._fields)
    print(isinstance(shutil.get_terminal_size(), os.terminal_size), shutil.get_terminal_size((33, 11)))
    os.chdir(old)
