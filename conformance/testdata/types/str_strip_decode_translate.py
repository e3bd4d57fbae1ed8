# str.strip() strips what str.isspace() accepts (bytes.strip() ASCII only);
# startswith past the end; str(obj, encoding) decodes with the codec named;
# str.translate/maketrans check their tables.
def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for v in ['\x1c a \x1f', '\u3000a\x85', ' \t\n\x0b\x0c\r\x1d\x1ex\xa0\u2028']:
    show('strip', lambda: (v.strip(), v.lstrip(), v.rstrip()))
show('strip chars', lambda: ('xxaxx'.strip('x'), '\U0001F600a\U0001F600'.strip('\U0001F600')))
show('strip int', lambda: 'a'.strip(5))
for cls in (bytes, bytearray):
    b = cls(b'\x1c a \x1f\x85')
    show(cls.__name__, lambda: (b.strip(), b.lstrip(), b.rstrip(), cls(b'xya').lstrip(memoryview(b'yx'))))
    show('str arg', lambda: b.strip('x'))
    show('int arg', lambda: b.rstrip(5))

show('startswith', lambda: ('abc'.startswith('', 4), 'abc'.startswith('', 3), 'abc'.endswith('', 4),
                            'abc'.startswith(('', 'a'), 5), 'abc'.startswith('', -10)))

show('latin-1', lambda: str(b'\xe9', 'latin-1'))
show('cp437', lambda: str(b'\xe9\xff', 'cp437'))
show('utf-8', lambda: str(b'\xe9', 'utf-8'))
show('replace', lambda: str(b'a\xe9', errors='replace'))
show('bytearray', lambda: str(bytearray(b'\xc3\xa9'), 'utf-8'))
show('memoryview', lambda: str(memoryview(b'ab'), 'ascii'))
show('int', lambda: str(1, 'utf-8'))
show('str', lambda: str('x', 'utf-8'))
show('unknown', lambda: str(b'x', 'nope'))

show('translate big', lambda: 'abc'.translate({97: 0x110000}))
show('translate neg', lambda: 'abc'.translate({97: -1}))
show('translate bool', lambda: 'abc'.translate({97: True, 98: 0x263a, 99: 'xyz'}))
show('maketrans long key', lambda: str.maketrans({'ab': 1}))
show('maketrans int', lambda: str.maketrans(1))
show('maketrans float key', lambda: str.maketrans({1.5: 'x'}))
show('maketrans ok', lambda: sorted(str.maketrans({'a': 'b', 98: None}).items(), key=str))
