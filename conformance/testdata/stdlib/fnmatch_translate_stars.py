# fnmatch.translate writes the text between two stars as an atomic lazy
# group, as CPython 3.11 does, and matching with many stars stays correct.
import fnmatch
pats = ['**/*.py', '*', '**', 'a*', '*a', 'a*b*c', '*.[ch]', '?*?', '[!a-c]*x*', 'abc', '', '*a*a*a*a*a*a*a*b', 'x[*]y*', '*[]]*', '\\*', 'a**b', '*?*?*']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['a', 'ab', 'abc', 'x.py', 'dir/x.py', 'a/b/c.py', 'x*y', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac', '.c', 'b.h', ']', 'xy']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
