import array

a = array.array('i', [1, 2, 3])
print(a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a), a.tolist())
a.append(4)
a.extend([5, 6])
a.extend(array.array('i', [7]))
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a)
a[0] = 10
a[1:3] = array.array('i', [20, 30, 40])
del a[-1]
print(a, a * 2, a + array.array('i', [9]), a == array.array('i', [10, 20, 30, 40, 4, 5]), a == [1])
a.reverse()
print(a, a.tobytes())
b = array.array('h')
b.frombytes(b'\x01\x00\x02\x00\xff\xff')
print(b, b.tobytes(), array.array('d', [1.5, -2.0]).tobytes(), array.array('f', [0.1]))
print(array.array('B', b'abc'), array.array('u', 'héllo'), array.array('u', 'hi').tounicode(), array.array('d'))
c = array.array('l', [1, 2**40])
c.byteswap()
print(c, array.array('q', range(3)), array.array('Q', [2**64 - 1]))
print(array.typecodes, sorted(set(a)), array.array('i', a))
for tc, v in [('b', 200), ('B', -1), ('h', 2**15), ('i', 2**31), ('I', -1), ('b', 1.5), ('f', 'x'), ('u', 5)]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
for bad in [lambda: array.array('z'), lambda: array.array('i').frombytes(b'abc'), lambda: a + array.array('d'),
            lambda: array.array('i')[0], lambda: array.array('i').pop()]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
