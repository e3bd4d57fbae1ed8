"""A web server as a supervised child, and its clients.

With no arguments: the server starts under a Supervisor on a free port,
four client processes fetch pages at the same time, one request crashes
the server's handler, the supervisor restarts it on the same port, and
it serves again. The driver prints only what the clients reported, so
the output is the same every run.

With `--serve PORT` it serves until stopped (Ctrl-C): the program that
`go test ./bench -run TestNet -bench-net` loads with wrk, beside the
same handler under CPython (bench/http/server_cpython.py).
"""
import http.client
import http.server
import sys

from rebeam import GenPy, Supervisor, call, receive, shutdown, sleep, spawn

from handler import Hello

CLIENTS = 4
REQUESTS = 25


class Crashing(Hello):
    def do_GET(self):
        if self.path == "/crash":
            raise ValueError("a bad request")
        super().do_GET()


class Server(http.server.ThreadingHTTPServer):
    # Each connection has a thread of its own. A handler's exception is
    # noted there, and the server's loop raises it: that ends the
    # server's process, and its supervisor starts a new one, which binds
    # the same port again at once.
    crashed = None

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):  # not a client gone away
            self.crashed = error

    def service_actions(self):
        if self.crashed:
            raise RuntimeError("a handler crashed") from self.crashed


class Ports(GenPy):
    """Remembers the port the first server bound, and counts starts."""

    def __init__(self):
        self.name = "ports"

    @receive("bound")
    def bound(self, message):
        self.state["starts"] = self.state.get("starts", 0) + 1
        self.state.setdefault("port", message)

    @receive("port")
    def port(self):
        return self.state.get("port"), self.state.get("starts", 0)


SERVE = len(sys.argv) == 3 and sys.argv[1] == "--serve"
PORT = int(sys.argv[2]) if SERVE else 0  # 0: any free port


def serve():
    known, _ = call("ports", "port")[1]
    server = Server(("127.0.0.1", known or PORT), Crashing)
    call("ports", "bound", server.server_address[1])
    server.serve_forever(poll_interval=0.05)


def fetch(port, path):
    # A request that meets the restart is tried again.
    for _ in range(100):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read().decode()
        except (ConnectionError, http.client.RemoteDisconnected):
            sleep(0.02)
        finally:
            conn.close()


class Results(GenPy):
    @receive("report")
    def report(self, message):
        self.state.setdefault("reports", []).append(message)

    @receive("reports")
    def reports(self):
        return sorted(self.state.get("reports", []))


def client(n, port, results):
    good = sum(fetch(port, f"/client{n}/{i}")[0] == 200 for i in range(REQUESTS))
    call(results, "report", (f"client {n}", good))


def wait_for_port():
    while True:
        status, answer = call("ports", "port")
        if status == "ok" and answer[0]:
            return answer
        sleep(0.01)


def driver():
    port, starts = wait_for_port()
    print("server started", starts, "time")
    print(fetch(port, "/hello"))
    results = spawn(Results())
    for n in range(CLIENTS):
        spawn(client, n, port, results)
    while len(reports := call(results, "reports")[1]) < CLIENTS:
        sleep(0.01)
    for who, good in reports:
        print(f"{who}: {good} of {REQUESTS} answered")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", "/crash")
        print("crash:", conn.getresponse().status)
    except (ConnectionError, http.client.RemoteDisconnected):
        print("crash: the connection closed without a response")
    conn.close()
    # The old server notices the crash at its next poll: wait for the new.
    while (starts := call("ports", "port")[1][1]) < 2:
        sleep(0.01)
    print("server started", starts, "times")
    print(fetch(port, "/after-restart"))
    shutdown()


Supervisor([Ports(), serve])
if not SERVE:
    spawn(driver)
