# select.select and selectors.DefaultSelector over socket pairs.
import select
import selectors
import socket

a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a, b], [a, b], [], 0)
print(r, w == [a, b], x)
b.send(b"x")
r, w, x = select.select([a], [], [], 1.0)
print(r == [a], a.recv(1))
print(select.select([a.fileno()], [], [], 0.02))
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print("ValueError", e)
try:
    select.select([object()], [], [], 0)
except TypeError as e:
    print("TypeError", e)

sel = selectors.DefaultSelector()
key = sel.register(a, selectors.EVENT_READ, data="A")
print(key.fd == a.fileno(), key.events, key.data)
sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="B")
print(len(sel.get_map()), sel.get_key(a).data)
print([(k.data, ev) for k, ev in sel.select(0)])
b.send(b"yy")
print(sorted((k.data, ev) for k, ev in sel.select(1)))
sel.modify(b, selectors.EVENT_READ, data="B2")
print([(k.data, ev) for k, ev in sel.select(0.01)], a.recv(2))
sel.unregister(b)
print(sel.select(0.01))
try:
    sel.unregister(b)
except KeyError:
    print("KeyError")
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError:
    print("KeyError again")
try:
    sel.register(b, 0)
except ValueError as e:
    print("ValueError", e)
sel.close()

# An event loop: echo every message from several pairs.
sel = selectors.DefaultSelector()
pairs = [socket.socketpair() for _ in range(3)]
for i, (x, y) in enumerate(pairs):
    sel.register(y, selectors.EVENT_READ, data=i)
    x.send(b"msg%d" % i)
seen = []
while len(seen) < 3:
    for k, ev in sel.select(1):
        seen.append((k.data, k.fileobj.recv(10)))
        sel.unregister(k.fileobj)
print(sorted(seen))
for x, y in pairs:
    x.close()
    y.close()
a.close()
b.close()
