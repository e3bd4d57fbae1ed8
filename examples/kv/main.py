"""A key-value store server and its clients.

The store is supervised; the clients run in processes of their own, all
at once, and the driver prints only what it has asked the store for, so
the output does not depend on how the clients interleave.
"""
from rebeam import Supervisor, child, call, spawn, sleep, shutdown

from kv_store import KVStore

CLIENTS = 4
INCREMENTS = 250


def client(n):
    # Every client bumps the same counter: no update is lost, since the
    # store handles one message at a time.
    for _ in range(INCREMENTS):
        call("kv", "incr", ("hits", 1))
    call("kv", "put", (f"client-{n}", f"done after {INCREMENTS} increments"))
    call("kv", "incr", ("clients done", 1))


def driver():
    print(call("kv", "put", ("greeting", "hello")))
    print(call("kv", "get", "greeting"))
    print(call("kv", "get", "missing"))

    # A message is a copy: changing the list after sending it does not
    # change what the store holds, nor the other way round.
    colors = ["red", "green"]
    call("kv", "put", ("colors", colors))
    colors.append("blue")
    got = call("kv", "get", "colors")[1]
    got.append("black")
    print("colors:", colors, call("kv", "get", "colors"))

    for n in range(CLIENTS):
        spawn(client, n)
    while call("kv", "get", "clients done") != ("ok", CLIENTS):
        sleep(0.01)
    print("hits:", call("kv", "get", "hits"))
    for key in call("kv", "keys")[1]:
        print(f"  {key!r}: {call('kv', 'get', key)[1]!r}")
    print(call("kv", "delete", "greeting"), call("kv", "get", "greeting"))
    shutdown()


Supervisor([KVStore(name="kv"), child(driver, restart="temporary")])
