# http.server as a supervised child (issue 7): ten client processes make
# 1,000 requests while a GenPy in the same program keeps answering calls;
# a bad request crashes the server, its supervisor restarts it, and the
# new server binds the same port again at once (SO_REUSEADDR) and serves.
import http.client
import http.server
from rebeam import GenPy, Supervisor, receive, call, spawn, shutdown, sleep

CLIENTS, REQUESTS = 10, 100


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
    # A handler's exception ends the server process.
    def handle_error(self, request, client_address):
        raise RuntimeError("bad request crashes the server")


class Registry(GenPy):
    """Holds the port the first server bound and counts server starts."""

    def __init__(self):
        self.name = "registry"

    @receive("started")
    def started(self, message):
        self.state["starts"] = self.state.get("starts", 0) + 1
        self.state.setdefault("port", message)
        return self.state["port"]

    @receive("port")
    def port(self):
        return self.state.get("port")

    @receive("starts")
    def starts(self):
        return self.state.get("starts", 0)


def serve():
    port = call("registry", "port")[1] or 0
    srv = CrashingServer(("127.0.0.1", port), Handler)
    call("registry", "started", srv.server_address[1])
    srv.serve_forever(poll_interval=0.05)


class Counter(GenPy):
    def __init__(self):
        self.name = "counter"

    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]


def get(port, path):
    # A request that meets the restart (refused, reset) is tried again.
    for _ in range(100):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", path)
            r = c.getresponse()
            body = r.read()
            c.close()
            return r.status, body
        except (ConnectionRefusedError, ConnectionResetError, http.client.RemoteDisconnected):
            sleep(0.02)
    return None


def crash(port):
    # Sent once: the server dies before it answers.
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        c.request("GET", "/crash")
        return c.getresponse().status
    except (ConnectionResetError, http.client.RemoteDisconnected):
        return "no response"
    finally:
        c.close()


class Tally(GenPy):
    @receive("done")
    def done(self, message):
        self.state["ok"] = self.state.get("ok", 0) + message
        self.state["clients"] = self.state.get("clients", 0) + 1

    @receive("status")
    def status(self):
        return self.state.get("clients", 0), self.state.get("ok", 0)


def client(port, tally, n):
    ok = sum(1 for i in range(n) if get(port, "/r%d" % i) == (200, b"ok /r%d" % i))
    call(tally, "done", ok)


def driver():
    # The supervisor starts its children once the module body has run;
    # until then "registry" is not a registered name.
    while True:
        status, port = call("registry", "port")
        if status == "ok" and port is not None:
            break
        sleep(0.01)
    tally = spawn(Tally())
    for _ in range(CLIENTS):
        spawn(client, port, tally, REQUESTS)
    answered = 0
    while call(tally, "status")[1][0] < CLIENTS:
        if call("counter", "inc")[0] == "ok":
            answered += 1
        sleep(0.001)
    print("requests answered:", call(tally, "status")[1][1])
    print("GenPy calls answered meanwhile:", answered > 0)
    print("server starts:", call("registry", "starts")[1])
    print("crash:", crash(port))
    print("after restart:", get(port, "/again"))
    print("server starts:", call("registry", "starts")[1])
    shutdown()


Supervisor([Registry(), Counter(), serve])
spawn(driver)
