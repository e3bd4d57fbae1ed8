# The same echo workload as echo_rebeam.py on CPython's asyncio.
#
#     python3 bench/echo/echo_asyncio.py [CLIENTS] [ROUNDS]
import asyncio
import sys
import time

CLIENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 500
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
MSG = b"x" * 64


async def handle(reader, writer):
    while True:
        data = await reader.read(4096)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(ROUNDS):
        writer.write(MSG)
        got = 0
        while got < len(MSG):
            got += len(await reader.read(4096))
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    t0 = time.monotonic()
    await asyncio.gather(*(client(port) for _ in range(CLIENTS)))
    dt = time.monotonic() - t0
    server.close()
    print("asyncio echo: %d clients x %d round trips: %.0f round trips/s" % (CLIENTS, ROUNDS, CLIENTS * ROUNDS / dt))


asyncio.run(main())
