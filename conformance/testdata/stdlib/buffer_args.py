# Functions that read a buffer (struct, base64, binascii, hashlib, zlib)
# take a memoryview as well as bytes and bytearray; struct's 's' does not.
import base64
import binascii
import hashlib
import struct
import zlib

mv = memoryview(b'abcdef')
print(struct.unpack('<h', mv[:2]), struct.unpack_from('<h', mv, 2))
print(list(struct.iter_unpack('<h', mv)))
print(base64.b64encode(mv), base64.b64decode(memoryview(b'YWJj')))
print(base64.b32encode(mv), base64.b16encode(mv[1:]), base64.urlsafe_b64encode(mv))
print(binascii.hexlify(mv), binascii.crc32(mv), binascii.unhexlify(memoryview(b'6162')))
print(binascii.b2a_base64(mv), binascii.a2b_base64(memoryview(b'YWJj')))
print(hashlib.sha256(mv).hexdigest(), hashlib.md5(mv[1:3]).hexdigest())
h = hashlib.sha1()
h.update(mv)
h.update(bytearray(b'!'))
print(h.hexdigest())
print(zlib.crc32(mv), zlib.adler32(mv), zlib.decompress(memoryview(zlib.compress(b'xyz'))))
for bad in ('str', 5, [1, 2]):
    for fn in (hashlib.md5, base64.b64encode, binascii.hexlify, lambda b: struct.unpack('<h', b)):
        try:
            fn(bad)
        except TypeError as e:
            print('TypeError', e)
try:
    struct.pack('3s', mv)
except struct.error as e:
    print('struct.error', e)
