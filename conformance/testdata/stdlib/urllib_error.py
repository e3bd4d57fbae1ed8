import io
from urllib.error import URLError, HTTPError, ContentTooShortError
e = URLError('boom')
print(repr(e), str(e), e.reason, e.args, isinstance(e, OSError))
e = URLError(OSError(2, 'x'), 'fn')
print(repr(e), str(e), e.args, e.filename)
h = HTTPError('http://x/', 404, 'Not Found', {'A': 'b'}, io.BytesIO(b'body\nline2\n'))
print(repr(h), str(h), h.code, h.reason, h.msg, h.headers, h.hdrs, h.filename)
print(h.geturl(), h.info(), h.getcode(), h.status, h.url, h.args)
print(h.readline(), h.read())
h.headers = {'x': 1}
print(h.hdrs, h.info())
h2 = HTTPError('u', 500, 'err', None, None)
print(repr(h2), h2.read(), h2.info())
c = ContentTooShortError('short', b'data')
print(repr(c), str(c), c.content, c.reason, c.args)
for cls in (URLError, HTTPError, ContentTooShortError):
    print(cls.__name__, issubclass(cls, OSError), issubclass(cls, URLError))
try:
    raise HTTPError('http://h/p', 403, 'Forbidden', {}, None)
except URLError as err:
    print('caught', err, err.code)
try:
    raise URLError('no host')
except OSError as err:
    print('caught', type(err).__name__, err)
with HTTPError('u', 418, 'teapot', None, io.BytesIO(b'x')) as h3:
    print(h3.read())
print(h3.fp.closed)
