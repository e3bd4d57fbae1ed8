# HTTPResponse as a binary stream against http.server (HTTP/1.1
# keep-alive): read1, peek, readline, iteration, readinto, context
# manager, closed/isclosed, and urllib.request on top.
import http.client
import http.server
import io
import threading
import urllib.error
import urllib.request


class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404, 'Nope')
            return
        if self.path == '/chunks':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for piece in (b'one\ntw', b'o\nthree', b''):
                self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
            return
        body = b'line1\nline2\nline3'
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.01})
t.start()

c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
c.request('GET', '/')
r = c.getresponse()
print(r.readable(), r.closed, r.isclosed(), r.fileno() > 0)
print(r.readline(), r.read1(3), list(r), r.isclosed(), r.closed)
print(r.read(), r.isclosed(), r.length)
c.request('GET', '/')
r = c.getresponse()
print(r.read1(), r.isclosed(), r.length, r.read1(), r.isclosed(), r.read(), r.isclosed())
c.request('GET', '/')
with c.getresponse() as r:
    print(r.headers.get_content_type(), r.headers.get_content_charset(), r.length)
    print(r.readlines())
print(r.closed, r.isclosed())
c.request('GET', '/chunks')
r = c.getresponse()
print(r.chunked, r.readline(), r.read1(), r.read1(2), r.readline(), r.read(), r.isclosed())
c.request('GET', '/chunks')
r = c.getresponse()
buf = bytearray(5)
print(r.readinto(buf), bytes(buf), r.readinto(buf), bytes(buf), r.read())
c.request('GET', '/')
r = c.getresponse()
print(io.BufferedReader(r).read())
c.close()

with urllib.request.urlopen('http://127.0.0.1:%d/x?q=1' % port, timeout=5) as resp:
    print(resp.status, resp.reason, resp.getheader('Content-Length'), resp.read())
try:
    urllib.request.urlopen('http://127.0.0.1:%d/missing' % port, timeout=5)
except urllib.error.HTTPError as e:
    print(e.code, e.reason, e.headers['Content-Type'], len(e.read()) > 0)
srv.shutdown()
t.join()
srv.server_close()
