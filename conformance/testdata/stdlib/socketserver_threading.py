# socketserver: request loop hooks, handle_request with timeouts,
# handle_error, threading servers, stream/datagram handlers.
import io
import os
import socket
import socketserver
import sys
import tempfile
import threading

print(sorted(n for n in socketserver.__all__ if not n.startswith('Forking')))
T = socketserver.TCPServer
print(T.address_family == socket.AF_INET, T.socket_type == socket.SOCK_STREAM,
      T.request_queue_size, T.allow_reuse_address, T.allow_reuse_port, T.timeout)
U = socketserver.UDPServer
print(U.socket_type == socket.SOCK_DGRAM, U.max_packet_size, U.allow_reuse_address)
S = socketserver.StreamRequestHandler
print(S.rbufsize, S.wbufsize, S.timeout, S.disable_nagle_algorithm)
M = socketserver.ThreadingMixIn
print(M.daemon_threads, M.block_on_close)
print([c.__name__ for c in socketserver.ThreadingTCPServer.__mro__])
print([c.__name__ for c in socketserver.ThreadingUnixStreamServer.__mro__])

events = []


class Echo(socketserver.StreamRequestHandler):
    timeout = 5
    disable_nagle_algorithm = True

    def setup(self):
        events.append('setup')
        super().setup()

    def handle(self):
        line = self.rfile.readline()
        if line.startswith(b'boom'):
            raise ValueError('handler failed')
        self.wfile.write(b'echo:' + line)
        events.append(('handled', line))

    def finish(self):
        events.append('finish')
        super().finish()


class Server(socketserver.TCPServer):
    allow_reuse_address = True

    def verify_request(self, request, client_address):
        events.append('verify')
        return self.accept_all

    def service_actions(self):
        self.turns = getattr(self, 'turns', 0) + 1

    def handle_timeout(self):
        events.append('timeout')

    def shutdown_request(self, request):
        events.append('shutdown_request')
        super().shutdown_request(request)


def talk(port, data):
    with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
        c.sendall(data)
        c.shutdown(socket.SHUT_WR)
        out = b''
        while True:
            chunk = c.recv(100)
            if not chunk:
                return out
            out += chunk


with Server(('127.0.0.1', 0), Echo) as srv:
    srv.accept_all = True
    host, port = srv.server_address
    print(host, port > 0, srv.fileno() == srv.socket.fileno(), srv.RequestHandlerClass is Echo)
    srv.timeout = 0.05
    srv.handle_request()
    print(events)
    events.clear()
    c = socket.create_connection(('127.0.0.1', port))
    c.sendall(b'hi\n')
    srv.handle_request()
    print(c.recv(100), events)
    c.close()
    events.clear()

    srv.accept_all = False
    c = socket.create_connection(('127.0.0.1', port))
    srv.handle_request()
    print(repr(c.recv(100)), events)
    c.close()
    events.clear()
    srv.accept_all = True

    err = io.StringIO()
    saved, sys.stderr = sys.stderr, err
    c = socket.create_connection(('127.0.0.1', port))
    c.sendall(b'boom\n')
    srv.handle_request()
    sys.stderr = saved
    lines = err.getvalue().splitlines()
    print(lines[0])
    print(lines[1].split(' from ')[0], lines[1].endswith(str(c.getsockname())))
    print(lines[2], lines[-2], lines[-1])
    print(events)
    c.close()
    events.clear()

    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.01})
    t.start()
    print(talk(port, b'forever\n'))
    srv.shutdown()
    t.join()
    print(srv.turns > 0, events)

print(srv.socket.fileno())


class Threaded(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


seen = []
lock = threading.Lock()


class Collect(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        with lock:
            seen.append((data, threading.current_thread() is not threading.main_thread()))
        self.request.sendall(data.upper())


with Threaded(('127.0.0.1', 0), Collect) as ts:
    t = threading.Thread(target=ts.serve_forever, kwargs={'poll_interval': 0.01})
    t.start()
    port = ts.server_address[1]
    print(sorted(talk(port, b'msg%d' % i) for i in range(4)))
    ts.shutdown()
    t.join()
print(sorted(seen))


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1] + b'|' + str(len(self.packet)).encode())


with socketserver.ThreadingUDPServer(('127.0.0.1', 0), Reverse) as us:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.settimeout(5)
    for word in (b'hello', b'udp'):
        c.sendto(word, us.server_address)
        us.handle_request()
        print(c.recvfrom(100)[0])
    c.close()

path = os.path.join(tempfile.mkdtemp(), 'sock')


class UnixEcho(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b'unix:' + self.rfile.read())


with socketserver.UnixStreamServer(path, UnixEcho) as ux:
    print(ux.server_address == path, ux.address_family == socket.AF_UNIX)
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    c.sendall(b'data')
    c.shutdown(socket.SHUT_WR)
    ux.handle_request()
    print(c.recv(100))
    c.close()
os.unlink(path)

s = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
print(s.server_address)
s.server_bind()
s.server_activate()
print(s.server_address[1] > 0)
s.server_close()
try:
    socketserver.TCPServer(('256.0.0.1', 0), Echo)
except OSError as e:
    print('OSError', type(e).__name__)
