# string.Formatter parses with str.format's parser: parse() steps (doubled
# braces end literal text), brackets holding braces, its errors, get_field.
import string

F = string.Formatter()
for s in ['a{0!r:>5}b{{c}}{}', 'x{{y', '}}', '{0[}]}', '{0[a]b}', '{}}}', '{0.x[1]}',
          '{!r}', '{0[]}', '{:{:{}}}', '{:{}}', '', 'abc', '}', '{', '{a{b}', '{0!}',
          '{0!', '{0:', 'x{a.b[c]!s:^{n}}y']:
    try:
        print(repr(s), list(F.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s, a, k in [('{:{}} {}', ('a', 5, 'b'), {}), ('{0:{}}', ('a', 3), {}),
                ('{}{0}', (1, 2), {}), ('{:{:{}}}', (1, 2, 3), {}),
                ('{0[-1]}', ({'-1': 5},), {}), ('{0.}', (1,), {}),
                ('{x!r:>{w}}', (), {'x': 'y', 'w': 4}), ('{0!x}', (1,), {}),
                ('{a[0]}', (), {'a': [9]}), ('{0[1]}', ([1, 2],), {}), ('{10}', (1,), {}),
                ('{0[}]}', ({'}': 'brace'},), {})]:
    try:
        print(repr(s), repr(F.format(s, *a, **k)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(s), type(e).__name__, e)

print(F.get_field('0.real', (3,), {}))
print(F.get_field('a[0].imag', (), {'a': [4]}))


class Tagged(string.Formatter):
    def get_value(self, key, args, kwargs):
        return '<%r>' % (key,)

    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))


print(Tagged().format('{x} {0} {y.__class__.__name__} {z[k]}', 1))
