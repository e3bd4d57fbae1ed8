# http.server serving JSON in a thread, http.client on a kept-alive
# connection: GET with headers, POST with a body, send_error.
import http.client, http.server, threading, json
from http import HTTPStatus
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a):
        pass
    def do_GET(self):
        if self.path == "/boom":
            self.send_error(HTTPStatus.NOT_FOUND, "nope")
            return
        body = json.dumps({"path": self.path, "ua": self.headers.get("X-Test")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}); t.start()
port = srv.server_address[1]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
for p in ("/a", "/b?x=1"):
    c.request("GET", p, headers={"X-Test": "yes"})
    r = c.getresponse()
    print(r.status, r.reason, r.getheader("Content-Type"), json.loads(r.read()))
c.request("POST", "/post", body=b"hello")
r = c.getresponse(); print(r.status, r.read())
c.request("GET", "/boom")
r = c.getresponse(); print(r.status, r.reason, r.getheader("Connection"), len(r.read()) > 0)
c.close()
srv.shutdown(); srv.server_close(); t.join()
print("done")
