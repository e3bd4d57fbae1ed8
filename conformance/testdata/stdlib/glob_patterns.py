import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    old = os.getcwd()
    os.chdir(tmp)
    for d in ['a/b/c', 'a/.hid', '.top', 'x[1]']:
        os.makedirs(d)
    for f in ['a/one.txt', 'a/two.py', 'a/b/three.txt', 'a/b/c/four.txt', 'a/.hid/five.txt', 'a/.dot.txt', '.top/six.txt',
              'x[1]/seven.txt', 'readme.md', 'q?.txt']:
        with open(f, 'w') as fh:
            fh.write(f)
    show = lambda pat, **kw: print(repr(pat), sorted(glob.glob(pat, **kw)))
    show('*')
    show('a/*')
    show('a/*.txt')
    show('*/*.txt')
    show('a/.*')
    show('**/*.txt')
    show('**/*.txt', recursive=True)
    show('a/**', recursive=True)
    show('**', recursive=True)
    show('a/**/', recursive=True)
    show('**/', recursive=True)
    show('a/**/*.txt', recursive=True, include_hidden=True)
    show('*', include_hidden=True)
    show('a/?ne.*')
    show('a/[!o]*')
    show('a/[a-z]*.py')
    show('x[1]/*')
    show(glob.escape('x[1]') + '/*')
    show(glob.escape('q?.txt'))
    show('q?.txt')
    show('readme.md')
    show('missing.md')
    show('a/')
    show('readme.md/')
    show('*/')
    show('*.txt', root_dir='a')
    show('**/*.txt', root_dir='a', recursive=True)
    show(os.path.join(tmp, 'a', '*.py').replace(tmp, '.'))
    show('')
    print(glob.escape('a*b?c[d]'), glob.escape('/x/y'), glob.has_magic('a*'), glob.has_magic('abc'))
    it = glob.iglob('a/*.txt')
    print(type(it).__name__ in ('generator', 'list_iterator', 'chain'), sorted(it))
    print(sorted(glob.glob(b'a/*.py')), sorted(glob.glob('a/b/../*.py')))
    os.chdir(old)
