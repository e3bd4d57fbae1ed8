# asyncio queues, locks, events, semaphores, wait, as_completed, timeouts and TaskGroup.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.01)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)

async def locked_counter(lock, state, name, log):
    async with lock:
        v = state["n"]
        await asyncio.sleep(0.001)
        state["n"] = v + 1
        log.append(name)

async def waiter(ev, log):
    log.append("waiting")
    await ev.wait()
    log.append("released")

async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"fail {n}")

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print("queue:", out, q.empty(), q.qsize())
    lock = asyncio.Lock()
    state = {"n": 0}
    log = []
    await asyncio.gather(*(locked_counter(lock, state, f"w{i}", log) for i in range(4)))
    print("lock:", state, log, lock.locked())
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(0)
    print(log, ev.is_set())
    ev.set()
    await t
    print(log, t.done(), t.result())
    r = await asyncio.gather(fail(0.01), asyncio.sleep(0.02, "ok"), return_exceptions=True)
    print("gather:", [repr(x) for x in r])
    try:
        await asyncio.gather(fail(0.01), asyncio.sleep(0.02))
    except ValueError as e:
        print("gather raised", e)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d, d)) for d in (0.03, 0.01, 0.02)], return_when=asyncio.FIRST_COMPLETED)
    print("wait:", sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    order = []
    for coro in asyncio.as_completed([asyncio.sleep(0.03, "c"), asyncio.sleep(0.01, "a"), asyncio.sleep(0.02, "b")]):
        order.append(await coro)
    print("as_completed:", order)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), 1))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("taskgroup:", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.01, 1))
        b = tg.create_task(asyncio.sleep(0.02, 2))
    print("tg results", a.result(), b.result())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 42)
    print("future", await fut, fut.done())
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak", peak[0])
    task = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(task.cancel(), task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.done())
    s = asyncio.shield(asyncio.sleep(0.01, "shielded"))
    print(await s)
    print(asyncio.current_task() is not None, asyncio.iscoroutinefunction(main))
    return "done"

print(asyncio.run(main()))
print(asyncio.run(main()))
try:
    asyncio.run(fail(0))
except ValueError as e:
    print("run raised", e)
