# The unicode_escape and raw_unicode_escape codecs both ways, with error
# handlers, and the LookupError for codecs that are not str<->bytes.
decode_cases = [b'a\\nb\\tc\\\\d', b'\\x41\\u0042\\U00000043', b'\\101\\7\\08',
                b'\\x4', b'\\u12', b'\\U0011ffff', b'\xe9\\xe9',
                b"\\'\\\"\\a\\b\\f\\v\\r\\0", b'ab\\', b'\\x4g', b'line\\\ncont', b'\\N{']
for b in decode_cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(b, errors, ascii(b.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(b, errors, 'UnicodeDecodeError', e, e.start, e.end)

for s in ['a\nb\t\\\'"', '\xe9\x00\x7f\x80\xff', '\u20ac\U0001F600', '\ud800', '\r\x0b']:
    u, r = s.encode('unicode_escape'), s.encode('raw_unicode_escape')
    print(ascii(s), u, r, u.decode('unicode-escape') == s, r.decode('raw-unicode-escape') == s)

for b in [b'\\u20ac\\x41\\n', b'\\\\u20ac', b'\\\\\\u20ac', b'\\\\\\\\u20ac', b'\xe9',
          b'\\u12', b'\\U0011ffff', b'\\U0001F600', b'a\\', b'\\\\']:
    for errors in ['strict', 'replace']:
        try:
            print(b, errors, ascii(b.decode('raw_unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(b, errors, 'UnicodeDecodeError', e)

for name in ['hex', 'Hex', 'base64', 'base-64', 'rot13', 'rot_13', 'zlib', 'bz2',
             'quoted-printable', 'uu', 'hex_codec', 'string_escape']:
    for f in ['x'.encode, b'x'.decode]:
        try:
            f(name)
        except LookupError as e:
            print(name, e)

# the codec errors carry their fields
for f in [lambda: b'ab\xff'.decode(), lambda: b'\\x4'.decode('unicode_escape'),
          lambda: 'a\xe9\u20ac'.encode('ascii'), lambda: '\ud800'.encode('utf-8'),
          lambda: 'x\u20ac'.encode('cp1251', 'strict')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
        print(' ', e, e.args[2:4])
