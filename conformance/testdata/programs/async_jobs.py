import asyncio
import contextvars
from dataclasses import dataclass, field
import random

request_id = contextvars.ContextVar("request_id", default="-")

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    cost: int = field(default=1, compare=False)

class RateLimited(Exception):
    pass

results = []

async def fetch(job: Job, sem: asyncio.Semaphore, lock: asyncio.Lock):
    async with sem:
        request_id.set(job.name)
        await asyncio.sleep(job.cost * 0.001)
        if job.name.startswith("bad"):
            raise RateLimited(f"{job.name} was rate limited")
        async with lock:
            results.append((job.name, request_id.get()))
        return job.name.upper()

async def producer(q: asyncio.Queue, jobs):
    for j in sorted(jobs):
        await q.put(j)
    await q.put(None)

async def consumer(q: asyncio.Queue, out):
    while (job := await q.get()) is not None:
        out.append(job.name)
        q.task_done()
    q.task_done()

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def slow():
    await asyncio.sleep(10)

async def main():
    jobs = [Job(3, "c"), Job(1, "a", 2), Job(2, "b"), Job(5, "bad-e"), Job(4, "d", 3)]
    sem, lock = asyncio.Semaphore(2), asyncio.Lock()
    outcome = await asyncio.gather(*(fetch(j, sem, lock) for j in jobs), return_exceptions=True)
    for j, r in zip(jobs, outcome):
        kind = type(r).__name__
        print(f"{j.name:<6} p={j.priority} -> {kind}: {r}")
    print(sorted(results), request_id.get())
    q = asyncio.Queue()
    consumed = []
    await asyncio.gather(producer(q, jobs), consumer(q, consumed))
    print("consumed in priority order:", consumed)
    print([i async for i in ticker(4)], [x * x async for x in ticker(3) if x])
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    task = asyncio.create_task(slow(), name="sleeper")
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.get_name(), task.cancelled(), task.done())
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    t1 = asyncio.ensure_future(add(1, 2))
    done, pending = await asyncio.wait([t1, asyncio.create_task(add(3, 4))])
    print(sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([add(10, 1), add(20, 2)]):
        print("as_completed:", await coro in (11, 22))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "released"
    w = asyncio.create_task(waiter())
    ev.set()
    print(await w, ev.is_set())
    try:
        async with asyncio.timeout(0.01):
            await slow()
    except TimeoutError:
        print("timeout context expired")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(add(1, 1))
            tg.create_task(fetch(Job(0, "bad-tg"), sem, lock))
    except* RateLimited as eg:
        print("TaskGroup:", [str(e) for e in eg.exceptions])
    return len(results)

print("result:", asyncio.run(main()))
raise ExceptionGroup("final", [ValueError("v"), TypeError("t")])
