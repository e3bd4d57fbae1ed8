# base64.a85encode/a85decode (padding, z and y folding, Adobe frame, line
# wrapping, ignorechars) and b85encode/b85decode, with their errors.
import base64
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = [b'', b'\x00', b'\x00\x00\x00\x00', b'\x00\x00\x00\x00\x00', b'    ', b'     x', b'hello world\xff\x00\xfe', bytes(range(256)), b'\xff' * 7, b'\x00' * 3]
for s in samples:
    for kw in ({}, {'pad': True}, {'foldspaces': True}, {'adobe': True}, {'wrapcol': 7}, {'wrapcol': 5, 'adobe': True}, {'wrapcol': 1, 'adobe': True}):
        e = base64.a85encode(s, **kw)
        print(kw, e[:60], base64.a85decode(e, foldspaces=kw.get('foldspaces', False), adobe=kw.get('adobe', False)) == s.ljust(len(s) + (-len(s)) % 4 if kw.get('pad') else len(s), b'\0'))
    for pad in (False, True):
        e = base64.b85encode(s, pad=pad)
        print(pad, e[:60], base64.b85decode(e)[:20])
t(lambda: base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
t(lambda: base64.a85decode(b'87cURD]i,"Ebo80~>', adobe=True))
t(lambda: base64.a85decode(b'87cURD]i,"Ebo80', adobe=True))
t(lambda: base64.a85decode(b'87cU z'))
t(lambda: base64.a85decode(b'87cU y', foldspaces=True))
t(lambda: base64.a85decode(b'y'))
t(lambda: base64.a85decode(b'zy', foldspaces=True))
t(lambda: base64.a85decode(b'uuuuu'))
t(lambda: base64.a85decode(b's8W-"'))
t(lambda: base64.a85decode(b's8W-#'))
t(lambda: base64.a85decode(b'87 cU\nRD]i'))
t(lambda: base64.a85decode(b'87 cU\nRD]i', ignorechars=b''))
t(lambda: base64.a85decode('87cURD]i'))
t(lambda: base64.a85decode('87cURé'))
t(lambda: base64.a85decode(5))
t(lambda: base64.a85decode(b'8'))
t(lambda: base64.a85decode(b'87'))
t(lambda: base64.a85decode(b'~'))
t(lambda: base64.b85decode(b'|NsC'))
t(lambda: base64.b85decode(b'|NsC0'))
t(lambda: base64.b85decode(b'~~~~~'))
t(lambda: base64.b85decode(b'abc"d'))
t(lambda: base64.b85decode('VPazd'))
t(lambda: base64.b85decode(memoryview(b'VPazd')))
t(lambda: base64.b85decode(b'V'))
t(lambda: base64.b85encode('str'))
t(lambda: base64.a85encode([1]))
t(lambda: base64.a85encode(bytearray(b'abc'), wrapcol=2))
