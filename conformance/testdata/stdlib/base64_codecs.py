import base64
import binascii

data = b'hello world\x00\xff\xfe binary?>'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                 (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data, dec(e.decode()) == data)
for n in range(6):
    print(n, base64.b64encode(b'x' * n), base64.b32encode(b'x' * n))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.encodebytes(b'a' * 100), base64.decodebytes(b'YWJj\nZGVm\n'))
print(base64.b32decode(b'me======', casefold=True), base64.b32decode(b'ME0=====', map01=b'L') if False else '')
print(base64.b16decode(b'abcd', casefold=True), base64.b16encode(b'\x01\xab'))
for s in [b'YWJj', b'YWJ', b'YW', b'Y', b'YWJj=', b'YW=J', b'Y!WJj', b'YWJjZA==extra', b'YWJjZA=', b'YQ==YQ==']:
    for v in (False, True):
        try:
            print(s, v, base64.b64decode(s, validate=v))
        except binascii.Error as e:
            print(s, v, 'Error', e)
for bad in [lambda: base64.b64decode('é'), lambda: base64.b32decode(b'ME'), lambda: base64.b16decode(b'0g'),
            lambda: base64.b16decode(b'0'), lambda: base64.b64encode('x'), lambda: base64.b32decode(b'M1======')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'abcdef'), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcdef', '-', -4))
print(binascii.b2a_hex(b'\x00\x10'), binascii.unhexlify('4142'), binascii.a2b_hex(b'4a4B'))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''), binascii.crc32(b'x', -1))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False), binascii.a2b_base64(b'YWJj\n'))
print(binascii.crc_hqx(b'hello', 0), issubclass(binascii.Error, ValueError))
for bad in [lambda: binascii.unhexlify(b'0'), lambda: binascii.unhexlify(b'0g'), lambda: binascii.a2b_base64(b'Y', strict_mode=True)]:
    try:
        bad()
    except binascii.Error as e:
        print('Error', e)
