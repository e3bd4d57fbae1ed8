# asyncio queues: order, bounds, waiting putters and getters served in
# arrival order, cancellation while waiting, task_done/join, reprs.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q, q.maxsize, q.empty(), q.full(), q.qsize())
    for i in (3, 1, 2):
        q.put_nowait(i)
    print(str(q), repr(q).startswith("<Queue at 0x"), repr(q).endswith("_queue=[3, 1, 2] tasks=3>"))
    print([q.get_nowait() for _ in range(3)], q)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    await q.join()

    b = asyncio.Queue(maxsize=2)
    await b.put("a")
    b.put_nowait("b")
    print(b.full(), b)
    try:
        b.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    log = []

    async def putter(x):
        await b.put(x)
        log.append(f"put {x}")

    ps = [asyncio.create_task(putter(x)) for x in "cde"]
    await asyncio.sleep(0)
    print(b)
    log.append(f"got {await b.get()}")
    await asyncio.sleep(0)
    log.append(f"got {await b.get()}")
    await asyncio.sleep(0)
    print(log, b)
    ps[2].cancel()
    log.append(f"got {b.get_nowait()}")
    await asyncio.sleep(0)
    print(log, b, ps[2].cancelled())
    while not b.empty():
        b.get_nowait()

    # getters in arrival order
    g = asyncio.Queue()
    got = []

    async def getter(name):
        got.append((name, await g.get()))

    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    print(g)
    gs[1].cancel()
    for x in range(2):
        g.put_nowait(x)
    await asyncio.sleep(0)
    print(got, g.qsize(), gs[1].cancelled())
    await asyncio.gather(*gs, return_exceptions=True)

    # wait_for on get
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except TimeoutError:
        print("get timed out")

    # workers with task_done and join
    work = asyncio.Queue()
    for i in range(6):
        work.put_nowait(i)
    results = []

    async def worker(name):
        while True:
            item = await work.get()
            await asyncio.sleep(0.001 * item)
            results.append((name, item))
            work.task_done()

    ws = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await work.join()
    print(sorted(i for _, i in results), work.empty(), work)
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)

    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (3, "c")]:
        await pq.put(item)
    print(pq, [(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue(maxsize=3)
    for x in "xyz":
        lq.put_nowait(x)
    print(lq, lq.full(), [lq.get_nowait() for _ in range(3)])
    print(asyncio.Queue[int], asyncio.Queue(-1).full(), asyncio.Queue(0).full())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
