# TLS over loopback: an echo server in a thread with a self-signed
# certificate (committed beside this program), clients that trust it,
# HTTPS through http.client and urllib.request, and verification errors.
import http.client
import http.server
import socket
import ssl
import threading
import urllib.error
import urllib.request

CERT = "ssl_loopback_cert.pem"
KEY = "ssl_loopback_key.pem"

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(CERT, KEY)
print("server ctx", server_ctx.protocol, server_ctx.verify_mode, server_ctx.check_hostname)

listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(8)
port = listener.getsockname()[1]

server_log = []


def serve(n):
    for _ in range(n):
        conn, _ = listener.accept()
        try:
            tconn = server_ctx.wrap_socket(conn, server_side=True)
        except ssl.SSLError as e:
            server_log.append("handshake failed: " + type(e).__name__)
            conn.close()
            continue
        server_log.append("server peercert %r version %s" % (tconn.getpeercert(), tconn.version()))
        while True:
            data = tconn.recv(1024)
            if not data:
                break
            tconn.sendall(data.upper())
        tconn.close()


t = threading.Thread(target=serve, args=(4,))
t.start()

# 1. A client that trusts the certificate.
ctx = ssl.create_default_context(cafile=CERT)
print("client ctx", ctx.protocol, ctx.verify_mode, ctx.check_hostname)
raw = socket.create_connection(("127.0.0.1", port))
s = ctx.wrap_socket(raw, server_hostname="localhost")
print("raw detached", raw.fileno())
print("isinstance", isinstance(s, ssl.SSLSocket), isinstance(s, socket.socket))
print("version", s.version())
c = s.cipher()
print("cipher", type(c[0]).__name__, c[1], c[2] in (128, 256))
cert = s.getpeercert()
for k in ("subject", "issuer", "version", "serialNumber", "notAfter", "subjectAltName"):
    print(" ", k, cert[k])
der = s.getpeercert(binary_form=True)
print("der", type(der).__name__, der[:1] == b"\x30")
print("pem roundtrip", ssl.PEM_cert_to_DER_cert(ssl.DER_cert_to_PEM_cert(der)) == der)
s.sendall(b"hello tls")
print("echo", s.recv(1024))
f = s.makefile("rwb")
f.write(b"line one\nline two\n")
f.flush()
print("readline", f.readline())
print("readline", f.readline())
f.close()
s.send(b"x" * 100000)
got = b""
while len(got) < 100000:
    got += s.recv(65536)
print("big echo", len(got), got == b"X" * 100000)
s.close()

# 2. CERT_NONE without hostname checking.
ctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx2.check_hostname = False
ctx2.verify_mode = ssl.CERT_NONE
with socket.create_connection(("127.0.0.1", port)) as raw:
    with ctx2.wrap_socket(raw) as s2:
        print("unverified peercert", s2.getpeercert(), s2.server_hostname)
        s2.sendall(b"abc")
        print("echo", s2.recv(10))

# 3. A client that does not trust the certificate.
ctx3 = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx3.load_verify_locations(cadata=open(CERT).read())
ctx3_bad = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
try:
    with socket.create_connection(("127.0.0.1", port)) as raw:
        ctx3_bad.wrap_socket(raw, server_hostname="localhost")
except ssl.SSLCertVerificationError as e:
    print("untrusted:", type(e).__name__, e.reason, e.library, e.verify_code,
          isinstance(e, ssl.SSLError), isinstance(e, ValueError), isinstance(e, OSError))

# 4. Hostname mismatch.
try:
    with socket.create_connection(("127.0.0.1", port)) as raw:
        ctx3.wrap_socket(raw, server_hostname="example.com")
except ssl.CertificateError as e:
    print("mismatch:", type(e).__name__, e.reason, e.verify_code, e.verify_message)

t.join()
for line in server_log:
    print(line)
listener.close()

# Context errors.
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(socket.socket())
except ValueError as e:
    print("ValueError:", e)
try:
    ssl.create_default_context().load_verify_locations("no-such-file.pem")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)


# HTTPS with http.server behind TLS.
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("path=%s\n" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
httpd.socket = server_ctx.wrap_socket(httpd.socket, server_side=True)
hport = httpd.server_address[1]
ht = threading.Thread(target=httpd.serve_forever)
ht.start()

conn = http.client.HTTPSConnection("localhost", hport, context=ctx)
conn.request("GET", "/hello")
r = conn.getresponse()
print("https", r.status, r.reason, r.getheader("Content-Type"), r.read())
print("content type", r.headers.get_content_type(), r.headers.get_content_charset())
conn.close()

with urllib.request.urlopen("https://localhost:%d/urllib?q=1" % hport, context=ctx) as r:
    print("urlopen", r.status, r.read())
try:
    urllib.request.urlopen("https://localhost:%d/x" % hport, context=ctx3_bad)
except urllib.error.URLError as e:
    print("urlopen untrusted:", type(e.reason).__name__, e.reason.reason)

httpd.shutdown()
ht.join()
httpd.server_close()

# Mutual TLS and ALPN; context defaults and loading errors.
sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=CERT)
sctx.load_cert_chain(CERT, KEY)
sctx.verify_mode = ssl.CERT_REQUIRED
print(sctx.protocol, sctx.check_hostname, sctx.verify_mode)
L = socket.create_server(("127.0.0.1", 0)); port = L.getsockname()[1]
sctx.set_alpn_protocols(["h2", "http/1.1"])
out = []
def serve():
    c, _ = L.accept()
    t = sctx.wrap_socket(c, server_side=True)
    out.append(t.getpeercert()["subject"])
    out.append(t.selected_alpn_protocol())
    t.sendall(t.recv(10))
    t.close()
th = threading.Thread(target=serve); th.start()
cctx = ssl.create_default_context(cafile=CERT)
cctx.load_cert_chain(CERT, KEY)
cctx.set_alpn_protocols(["http/1.1"])
with socket.create_connection(("localhost", port)) as raw:
    with cctx.wrap_socket(raw, server_hostname="localhost") as s:
        print(s.selected_alpn_protocol(), s.server_side, s.server_hostname, s.context is cctx)
        s.sendall(b"ping")
        print(s.recv(10))
        print(s.getpeercert()["notAfter"][-8:])
th.join()
print(out)
try:
    sctx2 = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx2.load_cert_chain(KEY, CERT)
except ssl.SSLError as e:
    print("bad chain", type(e).__name__, e.reason)
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cadata="garbage")
except ssl.SSLError as e:
    print("bad cadata", type(e).__name__, e.reason)
print(ssl.CERT_REQUIRED, repr(ssl.CERT_NONE), ssl.PROTOCOL_TLS_CLIENT, ssl.TLSVersion.TLSv1_3)
print(issubclass(ssl.SSLError, OSError), ssl.SSLZeroReturnError.__mro__[1].__name__)
ctx = ssl.create_default_context()
print(ctx.verify_mode, ctx.check_hostname, ctx.minimum_version, ctx.maximum_version)

# TLS 1.2 when the client caps the version.
L12 = socket.create_server(("127.0.0.1", 0))
def serve12():
    c, _ = L12.accept()
    with server_ctx.wrap_socket(c, server_side=True) as t12:
        out.append(t12.version())
        t12.sendall(t12.recv(10)[::-1])
th = threading.Thread(target=serve12); th.start()
ctx12 = ssl.create_default_context(cafile=CERT)
ctx12.maximum_version = ssl.TLSVersion.TLSv1_2
with socket.create_connection(L12.getsockname()) as raw:
    with ctx12.wrap_socket(raw, server_hostname="localhost") as s:
        c = s.cipher()
        print("tls12", s.version(), c[1], "-" in c[0], c[2] in (128, 256))
        s.sendall(b"abc")
        print(s.recv(10))
th.join()
L12.close()
print(out[-1])

# A non-blocking server socket read through a selector.
import selectors


def nonblocking():
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); sctx.load_cert_chain(CERT, KEY)
    L = socket.create_server(("127.0.0.1", 0)); port = L.getsockname()[1]
    ready = threading.Event()
    def client():
        ctx = ssl.create_default_context(cafile=CERT)
        with socket.create_connection(("127.0.0.1", port)) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                ready.wait()
                for m in (b"one", b"two", b"three"):
                    s.sendall(m)
                    print("client got", s.recv(100))
    th = threading.Thread(target=client); th.start()
    c, _ = L.accept()
    t = sctx.wrap_socket(c, server_side=True)
    t.setblocking(False)
    try:
        t.recv(100)
    except ssl.SSLWantReadError as e:
        print("want read", isinstance(e, ssl.SSLError), e.args[0])
    ready.set()
    sel = selectors.DefaultSelector()
    sel.register(t, selectors.EVENT_READ)
    n = 0
    while n < 3:
        for key, ev in sel.select(5):
            try:
                data = t.recv(100)
            except ssl.SSLWantReadError:
                continue
            if not data:
                n = 3
                break
            t.setblocking(True)
            t.sendall(data.upper())
            t.setblocking(False)
            n += 1
    th.join()
    t.close(); L.close()


nonblocking()
print("done")
