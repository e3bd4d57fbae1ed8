import struct

for fmt, vals in [('<i', (1,)), ('>i', (-2,)), ('!H', (513,)), ('<q', (-2**63,)), ('<Q', (2**64 - 1,)),
                  ('@bhiq', (1, 2, 3, 4)), ('=bhiq', (1, 2, 3, 4)), ('<3s', (b'abcdef',)), ('<5s', (b'ab',)),
                  ('<5p', (b'abc',)), ('<c?x?', (b'z', True, 0)), ('<fd', (1.5, -2.25)), ('>e', (0.1,)),
                  ('<e', (65504.0,)), ('<e', (6e-8,)), ('<e', (-0.0,)), ('@lLnNP', (1, 2, 3, 4, 5)), ('<2i2h', (1, 2, 3, 4)),
                  ('<0s', (b'x',)), ('b', (True,)), ('<d', (float('inf'),)), ('>Q', (2**63,))]:
    packed = struct.pack(fmt, *vals)
    print(fmt, packed, struct.unpack(fmt, packed), struct.calcsize(fmt))
print(struct.calcsize('@bi'), struct.calcsize('@ib'), struct.calcsize('<bi'), struct.calcsize('@hq'), struct.calcsize('3x2i'))
s = struct.Struct('<hhl')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 7, -1)
s.pack_into(buf, 0, 9, 8, 7) if False else None
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf), struct.unpack_from('<b', buf, -1))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(s.iter_unpack(bytes(16))))
print(struct.pack('<i', True), struct.unpack('<?', b'\x05'), struct.pack('>h', -1))
class Idx:
    def __index__(self):
        return 42
print(struct.pack('<i', Idx()))
for f, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('q', 2**63),
             ('Q', -1), ('<i', 2**31), ('<l', 2**31), ('<q', 2**64), ('>H', 70000), ('n', 2**63), ('b', 1.5),
             ('b', 'x'), ('c', b'ab'), ('s', 1), ('<f', 1e300), ('e', 1e6), ('<Q', -1), ('<b', 300), ('<I', -1)]:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for bad in [lambda: struct.calcsize('3z'), lambda: struct.unpack('<i', b'abc'), lambda: struct.pack('ii', 1),
            lambda: struct.unpack_from('<i', b'abc', 1), lambda: struct.pack_into('<i', bytearray(3), 1, 5),
            lambda: list(struct.iter_unpack('<i', b'abcde')), lambda: struct.calcsize('<n')]:
    try:
        bad()
    except struct.error as e:
        print('error', e)
print(issubclass(struct.error, Exception))
