# http.server.SimpleHTTPRequestHandler over a temporary directory:
# files, index.html, listings, redirects, If-Modified-Since, guess_type.
import functools
import http.client
import http.server
import os
import re
import tempfile
import threading

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'sub'))
os.mkdir(os.path.join(root, 'site'))
os.mkdir(os.path.join(root, 'empty dir'))
files = {'hello.txt': b'hello text\n', 'page.html': b'<p>hi</p>', 'data.json': b'{}',
         'a&b <c>.txt': b'odd', 'sub/inner.py': b'print(1)\n', 'site/index.html': b'INDEX',
         'blob.unknownext': b'\x00\x01', 'arch.tar.gz': b'gz', 'img.PNG': b'png',
         'caf\u00e9.txt': b'cafe'}
for name, data in files.items():
    with open(os.path.join(root, name), 'wb') as f:
        f.write(data)
for dirpath, dirnames, filenames in os.walk(root):
    for n in dirnames + filenames:
        os.utime(os.path.join(dirpath, n), (1700000000, 1700000000))
logs = []


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        logs.append(format % args)


handler = functools.partial(Quiet, directory=root)
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.01})
t.start()


def get(path, method='GET', headers={}):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    c.request(method, path, headers=headers)
    r = c.getresponse()
    body = r.read()
    hdrs = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server')]
    c.close()
    return r.status, r.reason, hdrs, body


for path in ['/hello.txt', '/page.html', '/data.json', '/sub/inner.py', '/site/',
             '/site', '/sub', '/blob.unknownext', '/arch.tar.gz', '/img.PNG',
             '/missing', '/hello.txt?x=1#frag', '/sub/../hello.txt', '/%68ello.txt',
             '/caf%C3%A9.txt', '/hello.txt/', '/site/index.html', '/sub/?q=1']:
    print(path, get(path))
status, reason, hdrs, body = get('/')
print(status, reason, hdrs)
print(body.decode())
print(get('/sub/')[3].decode())
print(get('/empty%20dir/')[3].decode())
print(get('/hello.txt', 'HEAD'))
print(get('/hello.txt', headers={'If-Modified-Since': 'Tue, 14 Nov 2023 22:13:20 GMT'}))
print(get('/hello.txt', headers={'If-Modified-Since': 'Tue, 14 Nov 2023 22:13:19 GMT'})[:2])
print(get('/hello.txt', headers={'If-Modified-Since': 'garbage'})[:2])
print(get('/hello.txt', headers={'If-Modified-Since': 'Tue, 14 Nov 2023 22:13:20',
                                 'If-None-Match': '*'})[:2])
print(get('/x', 'POST')[:2])
srv.shutdown()
t.join()
srv.server_close()
print(logs[:3])

h = Quiet.__new__(Quiet)
h.directory = root
for p in ['a.txt', 'b.HTML', 'c.css', 'd.js', 'e.png', 'f.gz', 'g.bz2', 'h.xz', 'i.Z',
          'j', 'k.unknown', 'l.tar.gz', 'm.svg', 'n.json', 'o.py', 'p.mp3', 'q.pdf']:
    print(p, h.guess_type(p))
for p in ['/', '/a/b', '/a/../../b', '/a?q#f', '/a%20b/', '//x', '/a/./b/', 'rel']:
    print(p, os.path.relpath(h.translate_path(p), root), h.translate_path(p).endswith('/'))
print(Quiet.server_version, sorted(Quiet.extensions_map.items()))
