# The anchor for wrk: examples/webserver's handler under CPython's own
# http.server (a thread per connection), on the port given.
#
#     python3 bench/http/server_cpython.py PORT
import http.server
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "examples", "webserver"))
from handler import Hello

http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Hello).serve_forever()
