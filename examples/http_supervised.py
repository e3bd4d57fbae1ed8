# http.server as a supervised child: ten client processes make 1,000
# requests while a GenPy keeps answering calls; a bad request crashes the
# server, its supervisor restarts it, and it serves again.
#
#     rebeam examples/http_supervised.py [PORT]
import http.client
import http.server
import sys
import time
from rebeam import GenPy, Supervisor, child, receive, call, spawn, shutdown, sleep, self_pid

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 18765

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/crash":
            raise ValueError("bad request")
        body = b"ok " + self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class CrashingServer(http.server.HTTPServer):
    # A handler's exception ends the server process: its supervisor
    # restarts it, and the new one binds the port again at once.
    def handle_error(self, request, client_address):
        raise RuntimeError("bad request crashes the server")


def serve():
    srv = CrashingServer(("127.0.0.1", PORT), Handler)
    srv.serve_forever(poll_interval=0.05)

class Counter(GenPy):
    def __init__(self):
        self.name = "counter"
    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]

def get(path, tries=50):
    for _ in range(tries):
        try:
            c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
            c.request("GET", path)
            r = c.getresponse()
            body = r.read(); c.close()
            return r.status, body
        except (ConnectionRefusedError, ConnectionResetError, http.client.RemoteDisconnected):
            sleep(0.02)
    return None

def client(n, parent):
    ok = 0
    for i in range(n):
        if get("/r%d" % i) is not None:
            ok += 1
    call(parent, "done", ok)

class Main(GenPy):
    @receive("done")
    def done(self, message):
        self.state["total"] = self.state.get("total", 0) + message
        self.state["clients"] = self.state.get("clients", 0) + 1
    @receive("status")
    def status(self):
        return self.state.get("clients", 0), self.state.get("total", 0)

sup = Supervisor(modules=[Counter(), serve])

def driver():
    t0 = time.monotonic()
    m = spawn(Main())
    for _ in range(10):
        spawn(client, 100, m)
    calls = 0
    while call(m, "status")[1][0] < 10:
        calls += call("counter", "inc")[1] and 1
        sleep(0.001)
    dt = time.monotonic() - t0
    print("requests", call(m, "status")[1][1], "genpy calls meanwhile > 0:", calls > 0)
    print("crash:", get("/crash", 1))
    print("after restart:", get("/again"))
    print("%.0f requests/s" % (1000 / dt), file=sys.stderr)
    shutdown()

spawn(driver)
