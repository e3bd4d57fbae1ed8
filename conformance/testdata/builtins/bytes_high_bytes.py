# bytes and bytearray methods count bytes, not UTF-8 characters, when the
# data holds bytes >= 0x80, and their predicates, whitespace and line
# breaks are ASCII's only (\x85, \xa0 and \x1c-\x1f are not special).
b = b'\xc3\xa9x\xc3\xa9'
for v in (b, bytearray(b)):
    print(v.find(b'x'), v.index(b'x'), v.rfind(b'\xa9'), v.rindex(b'x'), v.count(b'\xa9'))
    print(v.find(b'x', 1), v.find(b'\xa9', 2), v.find(b'\xa9', -1), v.count(b'', 1), v.startswith(b'\xa9', 1), v.endswith(b'\xc3', 0, 4))
    print(v.ljust(7, b'.'), v.rjust(7), v.center(8, b'-'), v.zfill(7), v.ljust(3))
    print(v.partition(b'x'), v.rpartition(b'\xc3'), v.replace(b'\xa9', b'E', 1), v.split(b'\xc3'), v.rsplit(b'\xc3', 1))
    print(v.strip(b'\xc3'), v.lstrip(b'\xc3\xa9'), v.removeprefix(b'\xc3'), v.removesuffix(b'\xa9'))
    print(v.isalpha(), v.isalnum(), v.islower(), v.isupper(), v.istitle(), v.isspace(), v.isascii(), v.isdigit())
print(b'\xc3\xa9\tx'.expandtabs(4), b'\xff\x00\tz'.expandtabs(), b'\xe9'.join([b'\xc3', b'\xa9']))
print(b'\xc3\x89'.isupper(), b'\xc3\xa9'.islower(), b'\xd9\xa3'.isdigit(), b'\xc2\xa0'.isspace(), b'\x1c'.isspace())
print(b'a\x1cb \xa0c\x85d'.split(), b'a\x1cb \xa0c'.rsplit(None, 1), b'a b c'.split(maxsplit=1))
print(b'\x1c a \x85'.strip(), b'\x1c a \x85'.lstrip(None), bytearray(b' \xa0a ').rstrip(), b'\x0b\x0ca\t\n\r '.strip())
line = b'a\x85b\r\nc\x1cd\x0be\x0cf\n'
print(line.splitlines(), line.splitlines(True), bytearray(line).splitlines(keepends=True))
print(b'\xe9abc'.title(), b'\xe9abc'.capitalize(), b'\xe9aBc'.swapcase(), b'\xe9aBc'.upper())
data = 'héllo wörld\r\nbody ünïcode'.encode()
head, sep, body = data.partition(b'\r\n')
print(data.find(b'\r\n'), len(head), head.split(b' '), body.decode(), data.index(b'body'))
try:
    b'a'.isalpha(1)
except TypeError as e:
    print('TypeError', e)
