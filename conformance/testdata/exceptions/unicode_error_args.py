# UnicodeEncodeError / UnicodeDecodeError built from their five arguments.
e = UnicodeEncodeError('latin-1', 'ab€', 2, 3, 'custom')
print(e, '|', repr(e))
print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
for args in [('ascii', 'héé', 1, 3, 'nope'), ('ascii', 'x\xff', 1, 2, 'r'), ('utf-8', '\U0001f600', 0, 1, 'r')]:
    print(UnicodeEncodeError(*args))
d = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(d, '|', d.object, d.start, d.end, d.reason, d.encoding)
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'))
try:
    raise UnicodeEncodeError('latin-1', 'é€', 1, 2, 'hint')
except UnicodeError as x:
    print(type(x).__name__, x, isinstance(x, ValueError))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x)
raise UnicodeEncodeError('ascii', 'aé', 1, 2, 'last line')
