# http.server driven by raw requests: parsing, errors, keep-alive,
# logging format, send_error pages, HEAD, 100-continue.
import http.server
import io
import re
import socket
import sys
import threading

logs = []


class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        logs.append(format % args)

    def do_GET(self):
        if self.path == '/err':
            self.send_error(404)
            return
        if self.path == '/err2':
            self.send_error(500, 'Custom <msg>', 'Explained & more')
            return
        if self.path == '/nobody':
            self.send_error(304)
            return
        if self.path == '/raise':
            raise RuntimeError('handler blew up')
        body = ('%s %s %s %s|%s|%s' % (self.command, self.path, self.request_version,
                                       self.requestline, self.headers.get('X-A'),
                                       self.close_connection)).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Multi', 'one')
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def do_POST(self):
        n = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(n)
        self.send_response_only(201, 'Made')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())


class H11(H):
    protocol_version = 'HTTP/1.1'


def clean(raw):
    raw = re.sub(rb'Date: [^\r]*', b'Date: DATE', raw)
    raw = re.sub(rb'Server: [^\r]*', b'Server: SERVER', raw)
    return raw


def exchange(port, data, shutdown=True):
    with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
        c.sendall(data)
        if shutdown:
            c.shutdown(socket.SHUT_WR)
        out = b''
        while True:
            chunk = c.recv(4096)
            if not chunk:
                return clean(out)
            out += chunk


for handler in (H, H11):
    srv = http.server.HTTPServer(('127.0.0.1', 0), handler)
    port = srv.server_address[1]
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.01})
    t.start()
    print('=====', handler.protocol_version)
    for req in [b'GET /a HTTP/1.0\r\nX-A: 1\r\n\r\n',
                b'GET /b HTTP/1.1\r\nHost: x\r\n\r\n',
                b'GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
                b'GET /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
                b'GET /e\r\n',
                b'HEAD /f HTTP/1.0\r\n\r\n',
                b'GET /err HTTP/1.0\r\n\r\n',
                b'GET /err2 HTTP/1.1\r\n\r\n',
                b'GET /nobody HTTP/1.0\r\n\r\n',
                b'HEAD /err HTTP/1.0\r\n\r\n',
                b'POST /p HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello',
                b'POST /p HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\nabc',
                b'PUT /x HTTP/1.0\r\n\r\n',
                b'GET /x HTTP/2.0\r\n\r\n',
                b'GET /x HTTP/1.x\r\n\r\n',
                b'GET /x HTTP/x.1\r\n\r\n',
                b'GET /x FOO/1.0\r\n\r\n',
                b'GET\r\n\r\n',
                b'GET /x HTTP/1.0 extra\r\n\r\n',
                b'POST /x\r\n\r\n',
                b'GET //evil.example/x HTTP/1.0\r\n\r\n',
                b'GET /x HTTP/1.0\r\n' + b'X: y\r\n' * 101 + b'\r\n',
                b'GET /x HTTP/1.0\r\nX: ' + b'y' * 70000 + b'\r\n\r\n',
                b'G' * 70000 + b'\r\n\r\n',
                b'\r\n',
                b'',
                b'GET /raise HTTP/1.0\r\n\r\n']:
        err = io.StringIO()
        saved, sys.stderr = sys.stderr, err
        logs.clear()
        out = exchange(port, req)
        sys.stderr = saved
        print(repr(req[:60]))
        print('  ', out)
        print('  ', logs)
        text = err.getvalue()
        if text:
            print('   stderr:', text.splitlines()[0], '...', text.splitlines()[-1])
    logs.clear()
    out = exchange(port, b'GET /k1 HTTP/1.1\r\nHost: x\r\n\r\nGET /k2 HTTP/1.1\r\nHost: x\r\n\r\n')
    print('pipelined', out, logs)
    srv.shutdown()
    t.join()
    srv.server_close()


class Fake:
    def __init__(self):
        self.client_address = ('10.1.2.3', 4444)


h = http.server.BaseHTTPRequestHandler.__new__(http.server.BaseHTTPRequestHandler)
h.client_address = ('10.1.2.3', 4444)
h.request_version = 'HTTP/1.0'
h.requestline = 'GET / HTTP/1.0'
h.command = 'GET'
print(h.address_string(), h.version_string().startswith('BaseHTTP/0.6 Python/3.'),
      h.date_time_string(0), h.date_time_string(1700000000))
print(re.fullmatch(r'\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d', h.log_date_time_string()) is not None)
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
h.log_request(200, 42)
h.log_request()
h.log_error('bad %s', 'thing')
h.log_message('ctl %s', 'a\x1bb\x7fc\nd')
from http import HTTPStatus
h.log_request(HTTPStatus.NOT_FOUND)
sys.stderr = saved
for line in err.getvalue().splitlines():
    print(re.sub(r'\[[^]]*\]', '[DATE]', line))
print(http.server.DEFAULT_ERROR_MESSAGE)
print(http.server.DEFAULT_ERROR_CONTENT_TYPE, http.server.__version__)
B = http.server.BaseHTTPRequestHandler
print(B.server_version, B.default_request_version, B.protocol_version,
      B.MessageClass.__name__, B.weekdayname, B.monthname, B.responses[200], len(B.responses))
print(http.server.HTTPServer.allow_reuse_address, http.server.ThreadingHTTPServer.daemon_threads,
      [c.__name__ for c in http.server.ThreadingHTTPServer.__mro__])
