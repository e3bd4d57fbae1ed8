# bytes and bytearray methods take bytes-like arguments (memoryview too, an
# int byte for the searches) and refuse str with CPython's TypeErrors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for cls in (bytes, bytearray):
    b = cls(b'abcabc')
    print(cls.__name__)
    show('find int', lambda: (b.find(98), b.rfind(99), b.index(97), b.rindex(97), b.count(99)))
    show('find 300', lambda: b.find(300))
    show('find -1', lambda: b.count(-1))
    show('find str', lambda: b.find('a'))
    show('count str', lambda: b.count('a'))
    show('index missing', lambda: b.index(b'z'))
    show('rindex missing', lambda: b.rindex(120))
    show('startswith str', lambda: b.startswith('a'))
    show('endswith int', lambda: b.endswith(1))
    show('startswith tuple', lambda: b.startswith(('x', b'a')))
    show('startswith ok', lambda: (b.startswith((b'x', bytearray(b'a'))), b.endswith(memoryview(b'bc'))))
    show('replace str', lambda: b.replace('a', b'b'))
    show('split str', lambda: b.split('a'))
    show('strip str', lambda: b.strip('a'))
    show('partition str', lambda: b.partition('b'))
    show('removeprefix str', lambda: b.removeprefix('a'))
    show('memoryview args', lambda: (b.find(memoryview(b'c')), b.lstrip(memoryview(b'a')), b.split(memoryview(b'b'))))
    show('center str', lambda: b.center(9, '*'))
    show('ljust long', lambda: b.ljust(9, b'ab'))
    show('rjust ok', lambda: (b.rjust(8, bytearray(b'x')), b.center(9, b'-')))
    show('join memoryview', lambda: cls(b',').join([b'a', bytearray(b'b'), memoryview(b'c')]))
    show('join str', lambda: cls(b',').join([b'a', 'b']))
    show('hex', lambda: (b.hex(b':', 2), b.hex('-', -4), b.hex(':')))
    show('hex bad sep', lambda: b.hex('--'))
    show('hex int sep', lambda: b.hex(1))

a = bytearray(b'ab')
show('append 300', lambda: a.append(300))
show('append -1', lambda: a.append(-1))
show('extend str', lambda: a.extend('xy'))
a.append(255)
a.extend([1, 2])
print(a)
