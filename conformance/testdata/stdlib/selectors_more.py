# selectors: keys, the key mapping, modify, errors, closing, both the
# select- and poll-based selectors, and a custom BaseSelector subclass.
import re
import selectors
import socket


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"FD \d+", "FD n", str(e)))
    else:
        print(label, "->", r)


def show(key):
    return key.fileobj, key.fd == key.fileobj.fileno(), key.events, key.data


class Named:
    """A file object with a stable repr (descriptor numbers vary)."""

    def __init__(self, sock, name):
        self.sock, self.name = sock, name

    def fileno(self):
        return self.sock.fileno()

    def __repr__(self):
        return f"<{self.name}>"


class NoFileno:
    def __repr__(self):
        return "<no fileno>"


print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields)
k = selectors.SelectorKey("f", 7, 1, None)
print(k, k._replace(data=2))

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector):
    print("--", issubclass(cls, selectors.BaseSelector))
    sa, sb = socket.socketpair()
    a, b = Named(sa, "a"), Named(sb, "b")
    sel = cls()
    attempt("bad object", lambda: sel.register(NoFileno(), selectors.EVENT_READ))
    attempt("negative fd", lambda: sel.register(-3, selectors.EVENT_READ))
    attempt("no events", lambda: sel.register(a, 0))
    attempt("bad events", lambda: sel.register(a, 4))
    key = sel.register(a, selectors.EVENT_READ, "A")
    print(show(key))
    attempt("twice by fd", lambda: sel.register(a, selectors.EVENT_READ) and None)
    attempt("get_key missing", lambda: sel.get_key(b) and None)
    attempt("unregister missing", lambda: sel.unregister(b) and None)
    attempt("modify missing", lambda: sel.modify(b, 1) and None)
    print(sel.modify(a, selectors.EVENT_READ, "A") is key)
    k2 = sel.modify(a, selectors.EVENT_READ, "A2")
    print(show(k2), k2 is sel.get_key(a))
    k3 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "A3")
    print(show(k3), sel.get_key(a) is k3)
    m = sel.get_map()
    print(len(m), list(m) == [a.fileno()], a in m, a.fileno() in m, b in m, m[a] is m[a.fileno()])
    attempt("map missing", lambda: m[b])
    print([(kk.data, ev) for kk, ev in sel.select(0)])
    sb.send(b"ping")
    print(sorted((kk.data, ev) for kk, ev in sel.select(1)))
    print(sa.recv(4))
    sel.modify(a, selectors.EVENT_READ, "R")
    print(sel.select(0), sel.select(-1), sel.select(0.01))
    sel.register(b, selectors.EVENT_WRITE, "B")
    print(sorted((kk.data, ev) for kk, ev in sel.select(None)))
    sa.send(b"x")
    print(sorted((kk.data, ev) for kk, ev in sel.select()))
    print(show(sel.unregister(b)))
    # a closed file object can still be unregistered
    sa.close()
    print(sel.unregister(a).data, len(sel.get_map()))
    sel.close()
    print(sel.get_map())
    attempt("closed get_key", lambda: sel.get_key(a))
    sb.close()

with selectors.DefaultSelector() as sel:
    x, y = socket.socketpair()
    sel.register(x, selectors.EVENT_READ)
    print(len(sel.get_map()))
print(sel.get_map())
x.close()
y.close()

attempt("abstract", lambda: selectors.BaseSelector())


class ListSelector(selectors.BaseSelector):
    def __init__(self):
        self.keys = {}

    def register(self, fileobj, events, data=None):
        key = selectors.SelectorKey(fileobj, fileobj, events, data)
        self.keys[fileobj] = key
        return key

    def unregister(self, fileobj):
        return self.keys.pop(fileobj)

    def select(self, timeout=None):
        return [(k, k.events) for k in self.keys.values()]

    def get_map(self):
        return self.keys


ls = ListSelector()
ls.register(5, 1, "five")
print(ls.get_key(5).data, ls.modify(5, 2, "again"), ls.select())
attempt("custom missing", lambda: ls.get_key(6))
with ls:
    pass
