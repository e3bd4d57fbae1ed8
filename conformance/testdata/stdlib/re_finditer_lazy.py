# re.finditer is a lazy callable_iterator (a first match in a long text is
# found without scanning it all); iter(f, sentinel) is one too.
import re, itertools
it = re.finditer(r'\d+', 'a1b22c333')
print(type(it).__name__, iter(it) is it)
print([m.group() for m in it], list(it))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.span() for m in re.compile(r'\w').finditer('abcdef', 1, 4)])
print(next(re.finditer(r'a', 'a' * 10**6)).span())
print(list(itertools.islice(re.finditer(r'(?=(\w\w))', 'abcd'), 2)))
print(type(iter(lambda: 1, 1)).__name__)
print(re.findall(r'', 'ab'), re.sub(r'', '-', 'ab'), re.split(r'\b', 'a b'))
