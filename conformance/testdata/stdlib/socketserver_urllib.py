# socketserver (threaded TCP, UDP) and urllib.parse.
import socket
import socketserver
import threading
from urllib.parse import (urlparse, urlsplit, urljoin, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs,
                          parse_qsl, urlunparse, urldefrag)


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True


with Server(("127.0.0.1", 0), Upper) as srv:
    port = srv.server_address[1]
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    for i in range(3):
        with socket.create_connection(("127.0.0.1", port)) as c:
            c.sendall(b"line %d\nmore\n" % i)
            c.shutdown(socket.SHUT_WR)
            data = b""
            while True:
                chunk = c.recv(100)
                if not chunk:
                    break
                data += chunk
            print(data)
    srv.shutdown()
    t.join()


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])


with socketserver.UDPServer(("127.0.0.1", 0), Reverse) as us:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"hello", us.server_address)
    us.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

u = urlparse("http://user:pw@Example.com:8080/p/a;x?q=1&r=a+b#frag")
print(u)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("//host/path?x"), urlsplit("/just/path"))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/d", "/x"))
print(urljoin("http://a/b/c/", "g?y#s"), urljoin("http://a/b/c/d;p?q", "../../../g"))
print(quote("a b/c&d=é"), quote_plus("a b&c"), unquote("%41%20b%C3%A9%zz"))
print(unquote_plus("a+b%21"))
print(urlencode({"a": 1, "b": "x y"}), urlencode([("k", [1, 2])], doseq=True))
print(parse_qs("a=1&a=2&b=&c=x+y"), parse_qsl("a=1&b=", keep_blank_values=True))
print(urlunparse(("http", "h", "/p", "", "q=1", "f")), urldefrag("http://h/p#f"))
