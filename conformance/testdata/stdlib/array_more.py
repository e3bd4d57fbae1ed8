# array: the OverflowError of every integer typecode, named after the C
# conversion CPython reads the item with; slices, conversions and errors.
import array
for tc in 'bBhHiIlLqQ':
    for v in (-2**64, -2**63-1, -2**63, -2**31-1, -1, 2**31, 2**32, 2**63, 2**64):
        try:
            array.array(tc, [v]); r = 'ok'
        except OverflowError as e:
            r = str(e)
        print(tc, v, r)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array.array('i', range(10))
t(lambda: a[2:8:2]); t(lambda: a[::-3]); t(lambda: a[-100:100])
b = array.array('i', range(10)); b[::2] = array.array('i', [0]*5); t(lambda: b)
t(lambda: b.__setitem__(slice(0, 10, 2), array.array('i', [1])))
t(lambda: b.__setitem__(0, 'x')); t(lambda: b.__setitem__(20, 1)); t(lambda: b.__delitem__(slice(0, 3)) or b)
c = array.array('d', [1.5, 2.5]); t(lambda: c); t(lambda: c.tobytes()); t(lambda: array.array('f', [1/3]))
t(lambda: array.array('i', [1, 2]).index(5)); t(lambda: array.array('i', [1, 2]).remove(5)); t(lambda: array.array('i').pop())
t(lambda: array.array('i', [1, 2, 3, 2]).index(2, 2)); t(lambda: array.array('i', [1,2]).count('a'))
t(lambda: array.array('i', [3, 1]) == [3, 1]); t(lambda: array.array('i', [3]) + [1]); t(lambda: array.array('i', [3]) * 'a')
t(lambda: array.array('u', 'ab') + array.array('u', 'c')); t(lambda: array.array('u', 'ab').tounicode())
t(lambda: array.array('u', [1])); t(lambda: array.array('u', 'ab').tolist()); t(lambda: array.array('b', [1]).tounicode())
t(lambda: array.array('i', array.array('d', [1.0])))
t(lambda: array.array('d', array.array('i', [1, 2])))
t(lambda: array.array('i', iter([1, 2]))); t(lambda: array.array('i', (x for x in range(3))))
t(lambda: array.array('B', b'\x01\x02')); t(lambda: array.array('B', bytearray(b'\x01')))
t(lambda: array.array('h', b'\x01'))
e = array.array('i', [1]); e.extend(array.array('i', [2])); e.extend((3,)); t(lambda: e)
t(lambda: e.extend(array.array('d', [1.0])))
t(lambda: e.frombytes(b'\x00'))
t(lambda: e.fromlist((1,)))
t(lambda: e.fromlist(['a']))
t(lambda: e)
t(lambda: array.array('i', [1]).itemsize); t(lambda: array.array('d').itemsize); t(lambda: array.array('u').itemsize)
t(lambda: repr(array.array('u'))); t(lambda: repr(array.array('d'))); t(lambda: str(array.array('f', [0.5])))
t(lambda: array.array('i', [1, 2]) < array.array('i', [1, 2, 0])); t(lambda: array.array('i', [5]) > array.array('d', [4.5]))
import copy
t(lambda: copy.deepcopy(array.array('i', [1, 2])))
t(lambda: len(array.array('i', [0]) * 5))
t(lambda: array.array('i', [1, 2, 3]).reverse())
t(lambda: 2 in array.array('i', [1, 2])); t(lambda: 'a' in array.array('i', [1, 2]))
for sl in (slice(0, 10, 2), slice(None, None, -1), slice(0, 10, 1), slice(0, 10, 3)):
    a = array.array('i', range(10))
    t(lambda: a.__setitem__(sl, array.array('i', [1])) or a)
