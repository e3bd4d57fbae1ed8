# bytes() and bytearray() encode a str with the encoding given, and refuse
# an encoding or errors argument that comes with anything but a str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for ctor in (bytes, bytearray):
    t(lambda: ctor('é', 'latin-1'))
    t(lambda: ctor('é', 'utf-8'))
    t(lambda: ctor('é€', 'ascii', 'replace'))
    t(lambda: ctor('é', encoding='utf-16-le'))
    t(lambda: ctor('abc'))
    t(lambda: ctor(b'x', 'utf-8'))
    t(lambda: ctor(b'x', errors='strict'))
    t(lambda: ctor(3, 'utf-8'))
    t(lambda: ctor([65, 66], 'ascii'))
    t(lambda: ctor('é', 'ascii'))
    t(lambda: ctor(3))
