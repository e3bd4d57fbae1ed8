# A TCP echo server on loopback served by threads, with clients in
# threads: line framing through makefile, sendall/recv, shutdown.
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)


def handle(conn):
    with conn:
        with conn.makefile("rb") as f:
            for line in f:
                conn.sendall(line.upper())


def serve(n):
    workers = []
    for _ in range(n):
        conn, addr = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        workers.append(t)
    for t in workers:
        t.join()


N = 8
server = threading.Thread(target=serve, args=(N,))
server.start()
replies = [None] * N


def client(i):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
        got = []
        for j in range(3):
            c.sendall(b"hello %d-%d\n" % (i, j))
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = c.recv(64)
                if not chunk:
                    break
                buf += chunk
            got.append(buf)
        c.shutdown(socket.SHUT_WR)
        print_lock.acquire()
        replies[i] = got
        print_lock.release()
        print(c.recv(10) == b"", c.gettimeout())


print_lock = threading.Lock()
clients = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
for r in replies:
    print(r)
try:
    socket.create_connection(("127.0.0.1", port), timeout=5)
except ConnectionRefusedError as e:
    print("refused:", e.errno, e.strerror)
print(srv.fileno())
