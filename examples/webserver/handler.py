"""The request handler both servers use: rebeam's (main.py) and
CPython's (bench/http/server_cpython.py)."""
import http.server


class Hello(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep connections open, as wrk expects

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        body = f"hello from {self.path}\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
