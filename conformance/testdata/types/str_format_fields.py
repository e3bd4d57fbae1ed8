# str.format and str.format_map: field names, accessors, conversions, nested
# specs sharing automatic numbering, their error messages; str format specs.
import datetime


def show(s, *a, **k):
    try:
        print(repr(s), '->', repr(s.format(*a, **k)))
    except Exception as e:
        print(repr(s), '!!', type(e).__name__, e)


class A:
    x = 5

    def __getitem__(self, k):
        return 'item ' + repr(k)


class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'


# automatic numbering continues into nested specs
show('{:{}} {}', 'a', 5, 'b')
show('{:>{}}|{:<{}}|', 'a', 3, 'b', 4)
show('{:{}}{}', 'a', 5)
show('{0:{1}} {2}', 'a', 5, 'b')
show('{:{w}} {}', 'a', 'b', w=3)
show('{0:{}}', 'a', 3)
show('{:{0}}', 3)
show('{}{0}', 1, 2)
show('{0}{}', 1, 2)
show('{:{:{}}}', 1, 2, 3)
show('{0:{1:{2}}}', 1, 2, 3)
show('{x:{y}.{z}f}', x=3.14159, y=10, z=2)
show('{0:^{1}.{2}}', 'abcdef', 7, 3)
show('{0:{1}>{2}}', 'x', '*', 5)
show('{0:{1}x}', F(), 'a')
show('{0:{0}}', 10)
show('{0:{0.real}}', 10)
show('{:%Y-%m}', datetime.date(2020, 5, 1))

# field names and accessors
show('{0[}]}', {'}': 1})
show('{0[{]}', {'{': 1})
show('{0[a.b]}', A())
show('{0[a]b}', A())
show('{0[a].x}', {'a': A()})
show('{0[a][b]}', {'a': A()})
show('{0.x[1]}', A())
show('{0[-1]}', [1, 2])
show('{0[-1]}', {'-1': 'minus one'})
show('{0[1:2]}', {'1:2': 'x'})
show('{0[ 1]}', {' 1': 'y'})
show('{0[01]}', {1: 'int', '01': 'str'})
show('{0[\u0663]}', {3: 'int', '\u0663': 'str'})
show('{\u0663}', 1, 2, 3, 4)
show('{-1}', 1)
show('{ 0}', 1)
show('{[0]}', [4])
show('{.real}', 4)
show('{a-b}', **{'a-b': 1})
show('{0.}', A())
show('{0..x}', A())
show('{0[]}', A())
show('{0.a[x].b}', 1)
show('{99999999999999999999999}', 1)
show('{0[99999999999999999999999]}', {})
show('{0.__class__.__name__}', 1)
show('{10}', 1, 2)
show('{x}')

# braces and conversions
show('}}{{')
show('{}}}', 1)
show('a{{b}}c')
show('{0[0}', [1])
show('{0[a]', [1])
show('{a{b}', 1)
show('{0!}', 1)
show('{0!', 1)
show('{0!r', 1)
show('{0!rr}', 1)
show('{0!:}', 1)
show('{0!\xe9}', 1)
show('{0!\x01}', 1)
show('{0!r!s}', 1)
show('{0:!r}', 1)
show('{0:', 1)
show('{0:{{}}', 1)
show('{0:{1}', 1, 2)
show('{', 1)
show('}', 1)
show('a}b', 1)
show('x{0}y}', 1)
show('{!r}{!a}{!s}', '\xe9', '\xe9', '\xe9')
show('{!r:^9}', 'ab')
show('{0!s:.1}', 12)

# format_map
class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{a} {b}'.format_map(Missing(a=1)))
print('{a[0]} {b.imag:>3}'.format_map({'a': [7], 'b': 2}))
for tmpl, m in [('{}', {}), ('{0}', {0: 'zero'}), ('{0}', [5]), ('{x}', 5),
                ('{x}', {}), ('{x.real}', {'x': 3})]:
    try:
        print(repr(tmpl), repr(tmpl.format_map(m)))
    except Exception as e:
        print(repr(tmpl), type(e).__name__, e)
try:
    ''.format_map()
except TypeError as e:
    print(e)

# str format specs
for spec in [',', '_', ',s', '#', 'z', '05', '<05', '>05', '^05', '010.2',
             '=5', '+', ' ', '-5', 'x<05', '\x00<4', '\xe9^5', '^^5', 's5',
             ',_', '.', '.0', '10.2', '*^7.2s', 'd', '1000000000000000000000',
             '.1000000000000000000000']:
    try:
        print(repr(spec), repr(format('abc', spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
