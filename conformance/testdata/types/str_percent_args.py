# printf-style % formatting: how arguments are taken (tuples, single objects,
# mappings, '*'), precision on integers, %c, conversions of numbers, errors.
from decimal import Decimal
from fractions import Fraction


class T(tuple):
    pass


class D(dict):
    pass


class S(str):
    pass


class Idx:
    def __index__(self):
        return 66


class Fl:
    def __float__(self):
        return 2.5


class It:
    def __int__(self):
        return 7


def show(f, a):
    try:
        print(repr(f), '->', repr(f % a))
    except Exception as e:
        print(repr(f), '!!', type(e).__name__, e)


# what the right operand supplies
show('%s %s', (1,))
show('%s', (1, 2))
show('%s', [1, 2])
show('%s', ())
show('%s', ((),))
show('%s %s', T((1, 2)))
show('abc', ())
show('abc', 5)
show('abc', [])
show('abc', {})
show('abc', b'x')
show('abc', S('x'))
show('%(a)s', D(a=1))
show('%(a)s', [1])
show('%(a)s %s', {'a': 1})
show('%s %(a)s', {'a': 1})
show('%(a)s %(b)s', {'a': 1})
show('%(x)*d', {'x': 1})
show('%(a)s %(a)5s|', {'a': 'x'})
show('%()s', {'': 'empty'})
show('%(a(b))s', {'a(b)': 'nested'})
show('%(a', {'a': 1})
show('%(a)s', 5)
show('%*d|%-*d|', (5, 3, 4, 2))
show('%*s|', (-5, 'a'))
show('%.*f', (2, 3.14159))
show('%.*s', (-1, 'abc'))
show('%*.*f', (8, 3, 3.14159))
show('%*d', ('5', 1))
show('%*d', (2 ** 70, 1))

# integers: precision pads with zeros, flags, conversions
show('%.3d|%#.3x|%+.2d|%5.3d|%-6.3o|', (5, 5, 5, 5, 8))
show('%05d|%-05d|% 05d|%+05d|', (3, 3, 3, -3))
show('%#5x|%#-8o|%0#8x|%#X', (10, 8, 255, 255))
show('%d %i %u', (3.99, -3.5, True))
show('%x', 3.0)
show('%o', 3.0)
show('%d', '5')
show('%d', None)
show('%d', float('inf'))
show('%d', float('nan'))
show('%d %x %c', (Idx(), Idx(), Idx()))
show('%d', It())
show('%x', It())
show('%d', Decimal('3.7'))
show('%d', Fraction(7, 2))
show('%d', 3 + 4j)
show('%d %x', (2 ** 100, -2 ** 100))
show('%ld %hd %Lf', (5, 6, 1.5))

# floats
show('%f', Fl())
show('%f', It())
show('%f', Decimal('3.7'))
show('%.2f', Fraction(1, 3))
show('%f', 3 + 4j)
show('%f', 'x')
show('%#.0f|%#.0e|%.0e|%#g', (3, 12345, 12345, 1))

# %c and strings
show('%c%c', (65, 'b'))
show('%c', 'ab')
show('%c', '')
show('%c', 3.0)
show('%c', -1)
show('%c', 0x110000)
show('%c', S('x'))
show('%5c|%-5c|', (65, 'x'))
show('%.3s|%5.1s|%10r|', ('\xe9' * 5, 'abc', '\xe9'))
show('%05s|%-5a|', ('a', '\xe9'))

# malformed directives
for f in ['%', '%5', '%.', '%z', '%y %s', '%s%', '%5%', '%\xe9', '%(a)']:
    show(f, 1)

# bytes
show(b'%s %d %x %c %r %a', (b'ab', 5, 255, 65, '\xe9', b'x'))
show(b'%5s|%-5s|%.1s', (b'ab', b'cd', b'xyz'))
show(b'%b %s %s', (bytearray(b'q'), memoryview(b'mv'), b'\xff'))
show(b'%s', 'x')
show(b'%c%c%c', (b'a', bytearray(b'b'), 67))
show(b'%c', 256)
show(b'%c', b'ab')
show(b'%(k)s', {b'k': b'v'})
show(b'%5.1f|%5c|', (2.25, 65))
show(bytearray(b'%s-%s'), (b'a', bytearray(b'b')))
show(b'abc', b'x')
show(b'abc', 'x')
show(b'abc', bytearray(b'x'))
show(b'abc', [1])
show(b'%s %s', (b'a',))
