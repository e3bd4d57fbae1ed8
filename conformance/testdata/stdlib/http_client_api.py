# http.client without a network: host parsing, exceptions, request framing
# into a fake socket.
import http.client as hc
import io

for h, p in [('example.com', None), ('example.com:8080', None), ('[::1]:81', None),
             ('[::1]', None), ('h:', None), ('h', 99), ('::1', None)]:
    c = hc.HTTPConnection(h, p)
    print(repr(h), c.host, c.port, c.source_address, c.blocksize, c.default_port,
          c.auto_open, c.debuglevel, c.sock)
s = hc.HTTPSConnection('secure.example')
print(s.host, s.port, s.default_port, hc.HTTPSConnection('x:8443').port)
for bad in ['h:x', 'h\n:80', 'a b']:
    try:
        hc.HTTPConnection(bad)
    except hc.InvalidURL as e:
        print('InvalidURL', e)
e = hc.IncompleteRead(b'abc', 5)
print(repr(e), str(e), e.args, e.partial, e.expected, repr(hc.IncompleteRead(b'ab')))
b = hc.BadStatusLine('')
print(repr(b), b.line, b.args, repr(hc.BadStatusLine('xx')), str(hc.BadStatusLine('xx')))
r = hc.RemoteDisconnected('Remote end closed')
print(repr(r), str(r), repr(r.line), r.args, isinstance(r, ConnectionResetError), r.errno)
print(repr(hc.LineTooLong('status line')), str(hc.LineTooLong('header line')))
u = hc.UnknownProtocol('HTTP/2.0')
print(repr(u), u.version)
print(repr(hc.CannotSendRequest('Request-sent')), hc.error is hc.HTTPException,
      hc.HTTP_PORT, hc.HTTPS_PORT, hc.responses[404], len(hc.responses), hc.OK, hc.NOT_FOUND,
      type(hc.OK).__name__)
print(sorted(hc.__all__))
print([c.__name__ for c in hc.RemoteDisconnected.__mro__])
for name in ['NotConnected', 'InvalidURL', 'UnknownTransferEncoding', 'UnimplementedFileMode',
             'ImproperConnectionState', 'CannotSendRequest', 'CannotSendHeader',
             'ResponseNotReady', 'IncompleteRead', 'LineTooLong', 'BadStatusLine']:
    cls = getattr(hc, name)
    print(name, cls.__bases__[0].__name__, cls.__module__)
print(issubclass(hc.HTTPResponse, io.BufferedIOBase))


class FakeSock:
    def __init__(self):
        self.sent = []

    def sendall(self, data):
        self.sent.append(bytes(data))

    def close(self):
        print('fake close')


def fresh(*args):
    c = hc.HTTPConnection(*args)
    c.sock = FakeSock()
    return c


c = hc.HTTPConnection('h')
for call in [lambda: c.putheader('a', 'b'), lambda: c.getresponse(),
             lambda: c.endheaders()]:
    try:
        call()
    except hc.ImproperConnectionState as e:
        print(type(e).__name__, repr(e))
c = fresh('h')
c.putrequest('GE T', '/')
try:
    c.putrequest('GET', '/')
except hc.CannotSendRequest as e:
    print('CannotSendRequest', repr(e))
for bad in [('GET\r', '/'), ('GET', '/a b'), ('GET', '/\x7f')]:
    try:
        fresh('h').putrequest(*bad)
    except (ValueError, hc.InvalidURL) as e:
        print(type(e).__name__, e)
try:
    c.putheader('X', 'a\nb')
except ValueError as e:
    print('ValueError', e)
try:
    c.putheader('X:Y', 'v')
except ValueError as e:
    print('ValueError', e)
c.putheader('X', 'a', 'b')
c.putheader('Y', 5)
c.putheader(b'Z', b'raw')
c.putheader('Bad Name', 'x')
c.putheader('Cont', 'a\r\n b')
print(c._buffer)
c.endheaders(b'body')
print(c.sock.sent)
try:
    fresh('h').request('GET', '/', body='é€')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    fresh('h').request('GET', '/', headers={'X': 'é€'})
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
for args in [('POST', 'http://other:81/x', 'abc'), ('PUT', '/x'), ('GET', '/x', None, {'Host': 'mine', 'Accept-Encoding': 'gzip'}),
             ('POST', '/x', iter([b'ab', b'', b'cde'])), ('POST', '/x', [b'ab'], {'Content-Length': '2'}),
             ('POST', '/x', io.BytesIO(b'filedata')), ('POST', '/x', io.StringIO('text file')),
             ('GET', '/', bytearray(b'ba')), ('DELETE', '/x'), ('GET', ''),
             ('GET', '/dbg', b'zz', {'Transfer-Encoding': 'chunked'})]:
    c = fresh('h', 8080)
    c.request(*args)
    print(c.sock.sent)
c = fresh('::1', 8080)
c.host = '::1'
c.request('GET', '/v6')
print(c.sock.sent)
c = fresh('h')
c.set_debuglevel(1)
c.request('POST', '/dbg', encode_chunked=True, body=[b'zz', b''], headers={'Transfer-Encoding': 'chunked'})
print(c.sock.sent)
try:
    c.request('GET', '/', body=5)
except hc.CannotSendRequest as e:
    print('CannotSendRequest', e)
try:
    fresh('h').request('GET', '/', body=5)
except TypeError as e:
    print('TypeError', e)
c = hc.HTTPConnection('h')
c.set_tunnel('proxy:3128', headers={'A': 'b'})
print(c._tunnel_host, c._tunnel_port, c._tunnel_headers)
c = fresh('h')
c.close()
print(c.sock)
try:
    c.set_tunnel('x')
    c.sock = FakeSock()
    c.set_tunnel('y')
except RuntimeError as e:
    print('RuntimeError', e)
c = hc.HTTPConnection('h')
c.auto_open = 0
c.putrequest('GET', '/')
try:
    c.endheaders()
except hc.NotConnected as e:
    print('NotConnected', repr(e))
msg = hc.parse_headers(io.BytesIO(b'A: 1\r\nB: 2\r\n\r\nrest'))
print(type(msg).__name__, msg.items())
try:
    hc.parse_headers(io.BytesIO(b'A: ' + b'x' * 70000 + b'\r\n\r\n'))
except hc.LineTooLong as e:
    print('LineTooLong', e)
try:
    hc.parse_headers(io.BytesIO(b'A: 1\r\n' * 101 + b'\r\n'))
except hc.HTTPException as e:
    print(type(e).__name__, e)
