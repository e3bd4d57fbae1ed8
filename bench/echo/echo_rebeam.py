# Echo over loopback under rebeam: a server thread accepts, a thread per
# connection echoes; CLIENTS client processes (threads) make ROUNDS round
# trips each. Prints round trips per second.
#
#     rebeam bench/echo/echo_rebeam.py [CLIENTS] [ROUNDS]
import socket
import sys
import threading
import time

CLIENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 500
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
MSG = b"x" * 64

srv = socket.create_server(("127.0.0.1", 0), backlog=1024)
port = srv.getsockname()[1]


def handle(conn):
    with conn:
        while True:
            data = conn.recv(4096)
            if not data:
                return
            conn.sendall(data)


def serve():
    for _ in range(CLIENTS):
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,)).start()


def client():
    with socket.create_connection(("127.0.0.1", port)) as c:
        for _ in range(ROUNDS):
            c.sendall(MSG)
            got = 0
            while got < len(MSG):
                got += len(c.recv(4096))


threading.Thread(target=serve).start()
t0 = time.monotonic()
clients = [threading.Thread(target=client) for _ in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
dt = time.monotonic() - t0
srv.close()
print("rebeam echo: %d clients x %d round trips: %.0f round trips/s" % (CLIENTS, ROUNDS, CLIENTS * ROUNDS / dt))
