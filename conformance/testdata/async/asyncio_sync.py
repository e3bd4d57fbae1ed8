# asyncio's synchronization primitives: wake-up order of Lock, Event,
# Condition, Semaphore and Barrier waiters, cancellation while waiting,
# reprs (without addresses) and error messages.
import asyncio
import re


def state(obj):
    return re.search(r"\[(.*)\]>$", repr(obj)).group(1)


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", r)


async def attempt_async(label, coro):
    try:
        r = await coro
    except BaseException as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", r)


async def lock_demo():
    lock = asyncio.Lock()
    log = []
    print(state(lock), lock.locked())

    async def worker(name, hold):
        log.append(f"{name} wants")
        async with lock:
            log.append(f"{name} has")
            await asyncio.sleep(hold)
        log.append(f"{name} done")

    tasks = [asyncio.create_task(worker(n, h)) for n, h in (("a", 0.02), ("b", 0), ("c", 0.01))]
    await asyncio.sleep(0)
    print(state(lock))
    await asyncio.gather(*tasks)
    print(log)
    attempt("release unlocked", lock.release)
    print(await lock.acquire(), lock.locked())
    # a cancelled waiter leaves the queue and does not take the lock
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    w.cancel()
    await attempt_async("cancelled waiter", w)
    lock.release()
    print(state(lock))
    # releasing hands the lock to the first waiter even if another asks first
    await lock.acquire()
    order = []

    async def take(name):
        async with lock:
            order.append(name)

    first = asyncio.create_task(take("first"))
    await asyncio.sleep(0)
    lock.release()
    second = asyncio.create_task(take("second"))
    await asyncio.gather(first, second)
    print(order)
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError", e)


async def event_demo():
    ev = asyncio.Event()
    log = []

    async def waiter(i):
        r = await ev.wait()
        log.append((i, r))

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev), ev.is_set())
    ev.set()
    ev.set()
    print(state(ev))
    await asyncio.gather(*ts)
    print(log, await ev.wait())
    ev.clear()
    print(state(ev), ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("wait timed out", state(ev))


async def condition_demo():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((name, items.pop(0)))

    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.extend([1, 2])
        cond.notify()
        print(state(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0)
    print(log)
    async with cond:
        items.append(3)
        cond.notify(5)
    await asyncio.gather(*cs)
    print(log, state(cond))
    await attempt_async("wait unlocked", cond.wait())
    attempt("notify unlocked", cond.notify)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())

    async def waits():
        async with c2:
            return await c2.wait()

    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    async with c2:
        c2.notify()
    print(await t, c2.locked())
    # cancelled while waiting: the lock is held again when CancelledError comes
    async def cancelled_wait():
        async with c2:
            try:
                await c2.wait()
            except asyncio.CancelledError:
                print("cancelled, holds lock:", c2.locked())
                raise

    t = asyncio.create_task(cancelled_wait())
    await asyncio.sleep(0)
    t.cancel()
    await attempt_async("condition cancel", t)
    print(c2.locked())


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    running = []
    log = []

    async def job(i):
        async with sem:
            running.append(i)
            log.append(("start", i, len(running)))
            await asyncio.sleep([0.07, 0.04, 0.022, 0.06, 0.042][i])
            running.remove(i)
            log.append(("end", i))

    jobs = [asyncio.create_task(job(i)) for i in range(5)]
    await asyncio.sleep(0)
    print(state(sem), sem.locked())
    await asyncio.gather(*jobs)
    print(log)
    print(state(sem))
    attempt("negative", lambda: asyncio.Semaphore(-1))
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    waiter = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print(state(s0))
    s0.release()
    print(await waiter, state(s0))
    s0.release()
    s0.release()
    print(state(s0))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    attempt("bounded", b.release)
    # a cancelled waiter gives its unit back
    s1 = asyncio.Semaphore(0)
    w1 = asyncio.create_task(s1.acquire())
    w2 = asyncio.create_task(s1.acquire())
    await asyncio.sleep(0)
    s1.release()
    w1.cancel()
    await attempt_async("w1", w1)
    print(await w2, state(s1))


async def barrier_demo():
    bar = asyncio.Barrier(3)
    print(state(bar), bar.parties, bar.n_waiting, bar.broken)
    log = []

    async def party(i):
        await asyncio.sleep(0.01 * i)
        idx = await bar.wait()
        log.append((i, idx))
        return idx

    print(await asyncio.gather(*(party(i) for i in range(3))))
    print(log, state(bar))

    async def use_cm(i):
        async with bar as pos:
            return pos

    print(sorted(await asyncio.gather(*(use_cm(i) for i in range(3)))))
    t = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    print(state(bar), bar.n_waiting)
    await bar.abort()
    await attempt_async("aborted", t)
    print(state(bar), bar.broken)
    await attempt_async("broken", bar.wait())
    await bar.reset()
    print(state(bar), bar.broken)
    t = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    await bar.reset()
    await attempt_async("reset", t)
    print(state(bar))
    attempt("zero parties", lambda: asyncio.Barrier(0))
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


async def main():
    for demo in (lock_demo, event_demo, condition_demo, semaphore_demo, barrier_demo):
        print("--", demo.__name__)
        await demo()


asyncio.run(main())
