# Sockets without a server thread: UDP, socketpair, timeouts,
# non-blocking mode, IPv6 and AF_UNIX on loopback, errors.
import os
import socket

a, b = socket.socketpair()
with a, b:
    a.sendall(b"ping")
    print(b.recv(10))
    buf = bytearray(8)
    a.send(b"into")
    print(b.recv_into(buf), bytes(buf))
    b.settimeout(0.05)
    print(b.gettimeout())
    try:
        b.recv(10)
    except socket.timeout as e:
        print("timeout:", e, isinstance(e, OSError), socket.timeout is TimeoutError)
    b.setblocking(False)
    print(b.gettimeout(), b.getblocking())
    try:
        b.recv(10)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno)
    a.close()
    b.setblocking(True)
    print(b.recv(10))

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
with u1, u2:
    u1.bind(("127.0.0.1", 0))
    n = u2.sendto(b"datagram", u1.getsockname())
    data, addr = u1.recvfrom(100)
    print(n, data, addr == u2.getsockname(), addr[0])
    u1.sendto(b"reply", addr)
    print(u2.recvfrom(100)[0])

s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s6.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s6.bind(("::1", 0))
s6.listen()
c6 = socket.create_connection(("::1", s6.getsockname()[1]))
conn, addr = s6.accept()
print(addr[0], len(addr), conn.family == socket.AF_INET6)
c6.sendall(b"six")
print(conn.recv(3))
for s in (conn, c6, s6):
    s.close()

path = "socket_basics.sock"
if os.path.exists(path):
    os.unlink(path)
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as us:
    us.bind(path)
    us.listen(1)
    print(us.getsockname())
    with socket.socket(socket.AF_UNIX) as uc:
        uc.connect(path)
        conn, addr = us.accept()
        uc.sendall(b"unix")
        print(conn.recv(10), repr(addr))
        conn.close()
os.unlink(path)

s = socket.socket()
print(s.family, s.type, repr(s.family))
s.close()
print(s.fileno())
try:
    s.recv(1)
except OSError as e:
    print("closed:", e.errno)
try:
    socket.socket().bind(("127.0.0.1", 70000))
except OverflowError as e:
    print("OverflowError", e)
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.inet_aton("10.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.htons(0x1234) == 0x3412, socket.ntohl(socket.htonl(7)))
print(isinstance(socket.gethostname(), str), socket.error is OSError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))

# A non-blocking connect, completed through select.
import select
srv = socket.create_server(("127.0.0.1", 0))
c = socket.socket()
c.setblocking(False)
print(c.connect_ex(srv.getsockname()))
r, w, x = select.select([], [c], [], 5)
print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c2 = socket.socket()
c2.setblocking(False)
try:
    c2.connect(srv.getsockname())
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
for s in (c, c2, srv):
    s.close()
