# struct: the range error of every integer code under every byte order,
# iter_unpack's iterator (__length_hint__), Struct's attributes, pack_into
# through a memoryview.
import struct

for o in '@<>=!':
    for c in 'bBhHiIlLqQnN':
        if o != '@' and c in 'nN':
            continue
        n = struct.calcsize(o + c) * 8
        signed = c.islower()
        lo, hi = (-(1 << (n - 1)), (1 << (n - 1)) - 1) if signed else (0, (1 << n) - 1)
        for v in (lo - 1, hi + 1, -1 if not signed else lo, 2**70, -2**70):
            try:
                struct.pack(o + c, v)
                r = 'ok'
            except struct.error as e:
                r = str(e)
            print(o, c, v, r)

it = struct.iter_unpack('<h', b'abcdef')
print(type(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(it) is it, list(struct.Struct('>H').iter_unpack(bytearray(b'\x00\x01\x00\x02'))))
print(list(struct.iter_unpack('<h', memoryview(b'\x01\x00\x02\x00'))))
for bad in ((b'abc',), ):
    try:
        struct.iter_unpack('<h', *bad)
    except struct.error as e:
        print('struct.error', e)
try:
    struct.iter_unpack('', b'')
except struct.error as e:
    print('struct.error', e)
try:
    type(it)()
except TypeError as e:
    print('TypeError', e)

s = struct.Struct('<hi')
print(s.size, s.format, hasattr(s, '__dict__'), struct.Struct, struct.Struct.__module__, repr(s).startswith('<_struct.Struct object at 0x'))
print(struct.Struct(b'>q').format, struct.Struct(format='<i').size)
for bad in (5, None):
    try:
        struct.Struct(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    struct.Struct('z')
except struct.error as e:
    print('struct.error', e)
try:
    s.x = 1
except AttributeError:
    print('AttributeError')


class S(struct.Struct):
    pass


print(S('<i').pack(1), S('<i').size)
b = bytearray(8)
struct.pack_into('<h', memoryview(b), 1, 5)
s.pack_into(memoryview(b)[2:], 0, -1, 7)
print(b)
for target in (bytes(8), memoryview(bytes(8))):
    try:
        struct.pack_into('<h', target, 0, 1)
    except TypeError as e:
        print('TypeError', e)
try:
    struct.pack_into('<q', memoryview(b)[4:], 0, 1)
except struct.error as e:
    print('struct.error', e)
# P (void *) takes negative numbers as a C long does
for v in (-5, -2**63, -2**63 - 1, 2**64 - 1, 2**64):
    try:
        print(struct.pack('P', v), struct.unpack('P', struct.pack('P', v)) if v >= -2**63 and v < 2**64 else '')
    except struct.error as e:
        print('struct.error', e)
