# base64's decoders: padding and alphabet errors, validate/strict_mode, the
# messages for wrongly typed data, altchars and map01; binascii's errors.
import base64, binascii
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ('YQ', 'YQ=', 'YQ==', 'YQ===', 'Y', 'YWJjZA', '=YQ==', 'Y=Q=', 'YQ==YQ==', 'YWJj\n', 'YW Jj', 'YW*Jj', '', '====', 'YQ==\x00', 'é'):
    t(lambda: base64.b64decode(s)); t(lambda: base64.b64decode(s, validate=True))
    t(lambda: binascii.a2b_base64(s.encode('utf-8'), strict_mode=True))
t(lambda: base64.b64decode(5)); t(lambda: base64.b64encode('x')); t(lambda: base64.b64decode('YQ==', altchars=b'-'))
t(lambda: base64.b32decode('MFRGG===')); t(lambda: base64.b32decode('MFRGG')); t(lambda: base64.b32decode('MFRGG=')); t(lambda: base64.b32decode('mfrgg===')); t(lambda: base64.b32decode('MFRGG===', casefold=True))
t(lambda: base64.b32decode('0FRGG===', map01=b'L')); t(lambda: base64.b32decode(b'1')); t(lambda: base64.b32decode(5))
t(lambda: base64.b16decode('6')); t(lambda: base64.b16decode('6G')); t(lambda: base64.b16decode(5)); t(lambda: base64.b16encode('x'))
t(lambda: base64.standard_b64decode('YQ')); t(lambda: base64.urlsafe_b64decode('YQ'))
t(lambda: base64.encodebytes('x')); t(lambda: base64.decodebytes('YQ=='))
t(lambda: binascii.b2a_base64('x')); t(lambda: binascii.a2b_base64(5)); t(lambda: binascii.unhexlify(b'zz')); t(lambda: binascii.hexlify('x'))
t(lambda: binascii.hexlify(b'abc', 'xx')); t(lambda: binascii.hexlify(b'abc', b'\xff'))
t(lambda: binascii.crc32('x')); t(lambda: binascii.crc32(b'x', -1)); t(lambda: binascii.crc32(b'x', 2**40)); t(lambda: binascii.crc_hqx(b'x', 2**20))
t(lambda: base64.b32decode('0FRGG===', map01=5)); t(lambda: base64.b64decode('YQ==', altchars=5)); t(lambda: base64.b16decode('é'))
