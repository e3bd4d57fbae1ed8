import http.server
import logging
import logging.handlers
import threading
import urllib.parse

received = []


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path, _, query = self.path.partition("?")
        received.append(("GET", path, urllib.parse.parse_qs(query), self.headers.get("Authorization")))
        self.send_response(200)
        self.end_headers()

    def do_POST(self):
        size = int(self.headers["Content-length"])
        body = self.rfile.read(size).decode()
        received.append(("POST", self.path, urllib.parse.parse_qs(body), self.headers["Content-type"]))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
host = "127.0.0.1:%d" % server.server_address[1]

log = logging.getLogger("web")
log.propagate = False
get = logging.handlers.HTTPHandler(host, "/log?src=app", credentials=("user", "pw"))
log.addHandler(get)
log.warning("via %s", "GET")
log.removeHandler(get)


class Small(logging.handlers.HTTPHandler):
    def mapLogRecord(self, record):
        return {"msg": record.getMessage(), "level": record.levelname}


post = Small(host, "/post", method="post")
log.addHandler(post)
log.error("via POST")
server.shutdown()
for method, path, fields, extra in received:
    keys = ["src", "name", "msg", "args", "levelname", "level", "lineno", "funcName"]
    print(method, path, extra, {k: fields[k] for k in keys if k in fields})
print(post.method, post.url, post.secure, repr(post))
for kwargs in [dict(method="PUT"), dict(context=object())]:
    try:
        logging.handlers.HTTPHandler(host, "/", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
