# str(obj, encoding, errors) decodes bytes-like objects with that codec; isinstance
# and issubclass refuse parameterized generics.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: str(b'\xe9t\xe9', 'latin-1'))
t(lambda: str(b'caf\xc3\xa9', 'utf-8'))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str(b'\xffa', 'utf-8', 'replace'))
t(lambda: str(b'\xffa', errors='ignore'))
t(lambda: str(bytearray(b'ab'), 'ascii'))
t(lambda: str(memoryview(b'ab'), 'ascii'))
t(lambda: str(1, 'utf-8'))
t(lambda: str('a', 'utf-8'))
t(lambda: str(b'a', 1))
t(lambda: str(b'a', 'nope'))
t(lambda: str(b'a'))
t(lambda: str(object=b'a', encoding='ascii'))
t(lambda: isinstance(1, list[int]))
t(lambda: isinstance(1, int | list[int]))
t(lambda: isinstance(1, str | list[int]))
t(lambda: issubclass(list, list[int]))
