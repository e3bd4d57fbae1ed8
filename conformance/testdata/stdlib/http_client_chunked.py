# http.client against a scripted raw-socket server: request framing,
# chunked and length-delimited bodies, partial reads, errors.
import http.client
import io
import socket
import threading

RESPONSES = {
    '/len': b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\nX-A: 1\r\nX-A: 2\r\n\r\nhello world',
    '/chunked': (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                 b'5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld\n\r\n0\r\nTrailer: x\r\n\r\n'),
    '/lines': (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
               b'4\r\nab\nc\r\n3\r\nd\nx\r\n2\r\nyz\r\n0\r\n\r\n'),
    '/close10': b'HTTP/1.0 404 Not Found\r\nServer: scripted\r\n\r\nno length body',
    '/keep10': b'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok',
    '/continue': (b'HTTP/1.1 100 Continue\r\n\r\n'
                  b'HTTP/1.1 201 Created\r\nContent-Length: 4\r\nConnection: close\r\n\r\ndone'),
    '/nocontent': b'HTTP/1.1 204 No Content\r\nContent-Length: 99\r\n\r\n',
    '/short': b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
    '/shortchunk': b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\nabc',
    '/badchunk': b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    '/bad': b'SPDY/9 200 OK\r\n\r\n',
    '/badcode': b'HTTP/1.1 20x OK\r\n\r\n',
    '/nothing': b'',
    '/proto': b'HTTP/2.0 200 OK\r\n\r\n',
    '/noreason': b'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n',
}
seen = []


def read_request(f):
    head = b''
    while True:
        line = f.readline()
        if not line:
            return None
        head += line
        if line in (b'\r\n', b'\n'):
            break
    body = b''
    lower = head.lower()
    if b'content-length:' in lower:
        n = int(lower.split(b'content-length:')[1].split(b'\r\n')[0])
        body = f.read(n)
    elif b'transfer-encoding: chunked' in lower:
        while True:
            size = int(f.readline().strip(), 16)
            body += f.read(size + 2)
            if size == 0:
                break
    return head + body


def serve(listener):
    while True:
        conn, _ = listener.accept()
        f = conn.makefile('rb')
        while True:
            req = read_request(f)
            if req is None:
                break
            path = req.split(b' ')[1].decode()
            if path == '/stop':
                conn.close()
                return
            seen.append(req)
            conn.sendall(RESPONSES.get(path, RESPONSES['/len']))
            if path not in ('/len', '/chunked', '/lines', '/keep10', '/noreason', '/nocontent'):
                break
        f.close()
        conn.close()


listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(5)
port = listener.getsockname()[1]
t = threading.Thread(target=serve, args=(listener,))
t.start()


def last():
    return seen[-1].replace(str(port).encode(), b'PORT')


c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
c.request('GET', '/len', headers={'X-Test': 'yes'})
r = c.getresponse()
print(last())
print(r.status, r.reason, r.version, r.getheader('x-a'), r.getheader('nope', 'dflt'),
      r.getheaders(), r.length, r.chunked, r.will_close, r.isclosed())
print(r.read(5), r.length, r.read(100), r.isclosed(), r.read())
print(type(r.headers).__name__, r.msg is r.headers, r.info() is r.headers, r.getcode(), r.closed)

c.request('GET', '/chunked')
r = c.getresponse()
print(r.chunked, r.length, r.read(3), r.read1(10), r.read(), r.isclosed())
c.request('GET', '/lines')
r = c.getresponse()
print(r.readline(), r.readline(2), list(r))
c.request('POST', '/len', body=b'payload')
r = c.getresponse()
buf = bytearray(4)
print(last(), r.readinto(buf), buf, r.read())
for args in [('POST', '/len', iter([b'ab', b'', b'cde'])),
             ('PUT', '/len', 'text body', {'Content-Type': 'text/plain'}),
             ('POST', '/len', io.BytesIO(b'file data')), ('PATCH', '/len')]:
    c.request(*args)
    body = c.getresponse().read()
    print(last(), body)
c.putrequest('GET', '/len', skip_accept_encoding=True)
c.putheader('X-Multi', 'a', 'b')
c.putheader('X-Num', 42)
c.endheaders()
body = c.getresponse().read()
print(body, last())
c.request('HEAD', '/len')
r = c.getresponse()
print(r.read(), r.isclosed(), r.getheader('content-length'))

c.request('GET', '/close10')
r = c.getresponse()
print(r.status, r.reason, r.version, r.will_close, r.length, r.read(), c.sock)
c.request('GET', '/keep10')
r = c.getresponse()
print(r.version, r.will_close, r.read())
c.request('POST', '/continue', body=b'x', headers={'Expect': '100-continue'})
r = c.getresponse()
print(r.status, r.reason, r.read(), r.will_close)
c.request('GET', '/nocontent')
r = c.getresponse()
print(r.status, r.length, r.read())
c.request('GET', '/noreason')
r = c.getresponse()
print(r.status, repr(r.reason), r.read())
c.close()

for path in ['/short', '/shortchunk', '/badchunk', '/bad', '/badcode', '/nothing', '/proto']:
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    try:
        c.request('GET', path)
        r = c.getresponse()
        print(path, r.read())
    except http.client.IncompleteRead as e:
        print(path, 'IncompleteRead', repr(e), e.partial, e.expected)
    except http.client.HTTPException as e:
        print(path, type(e).__name__, repr(e), isinstance(e, ConnectionError))
    except ValueError as e:
        print(path, 'ValueError', e)
    c.close()

c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
c.set_debuglevel(1)
c.request('GET', '/len', headers={'Host': 'fixed'})
r = c.getresponse()
print(r.read())
c.set_debuglevel(0)

try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', repr(e))
c.putrequest('GET', '/len')
try:
    c.request('GET', '/len')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', repr(e))
c.endheaders()
try:
    c.putheader('X', '1')
except http.client.CannotSendHeader as e:
    print('CannotSendHeader', repr(e))
print(c.getresponse().read())
c.close()
c.request('GET', '/stop')
t.join()
listener.close()
