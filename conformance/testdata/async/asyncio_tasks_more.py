# asyncio tasks: Task state and methods, names, cancellation with
# messages, uncancel/cancelling, current_task/all_tasks, gather with and
# without return_exceptions, wait's return_when and timeout, wait_for,
# as_completed, shield, ensure_future, sleep, contextvars, bad awaits.
import asyncio
import contextvars
import re


def short(task):
    # Task reprs name the file and line; keep the state and name.
    return re.sub(r" (coro=<.*?>|wait_for=<.*>)", "", repr(task))


async def value_after(delay, value):
    await asyncio.sleep(delay)
    return value


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


class Awaitable:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.01, fut.set_result, None)
        yield from fut.__await__()
        return "custom"


async def main():
    me = asyncio.current_task()
    print(me.get_name(), short(me).startswith("<Task pending name='Task-1'"), me in asyncio.all_tasks())

    t = asyncio.create_task(value_after(0.01, 42), name="answer")
    print(t.get_name(), t.done(), t.cancelled(), short(t))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0)
    print(short(t))
    print(await t, t.done(), t.result(), t.exception(), short(t))
    t.set_name(123)
    print(repr(t.get_name()), t.get_coro() is not None, t.cancel())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)

    unnamed = [asyncio.create_task(asyncio.sleep(0)) for _ in range(2)]
    print([int(u.get_name().split("-")[1]) - int(t.get_name() != "123") > 0 for u in unnamed])
    await asyncio.gather(*unnamed)

    # callbacks
    seen = []
    t = asyncio.create_task(value_after(0, "cb"))
    t.add_done_callback(lambda f: seen.append(("first", f.result())))
    t.add_done_callback(lambda f: seen.append(("second", f.done())))
    await t
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: seen.append("late"))
    await asyncio.sleep(0)
    print(seen)
    def drop(f):
        seen.append("dropped")
    t2 = asyncio.create_task(asyncio.sleep(0))
    t2.add_done_callback(drop)
    print(t2.remove_done_callback(drop), t2.remove_done_callback(drop))
    await t2
    print(seen[-1])

    # exceptions
    t = asyncio.create_task(fail_after(0, KeyError("k")))
    await asyncio.sleep(0.001)
    print(t.done(), repr(t.exception()), short(t))
    try:
        t.result()
    except KeyError as e:
        print("result raised", repr(e))

    # cancellation
    t = asyncio.create_task(value_after(1, "never"))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling(), short(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, t.cancelled(), t.done(), short(t))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception:", e.args)
    print(t.cancel())

    # cancel before the first step
    t = asyncio.create_task(value_after(0, "x"))
    t.cancel()
    print(short(t))
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

    # a task that catches its cancellation and returns
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "caught"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())

    # gather
    print(await asyncio.gather(value_after(0.02, "a"), value_after(0.01, "b"), value_after(0, "c")))
    print(await asyncio.gather())
    print(await asyncio.gather(fail_after(0.01, ValueError("v")), value_after(0.02, 2),
                               return_exceptions=True))
    c = asyncio.create_task(value_after(1, None))
    c.cancel("why")
    res = await asyncio.gather(c, value_after(0, 1), return_exceptions=True)
    print([repr(r) for r in res])
    c = asyncio.create_task(value_after(1, None))
    c.cancel()
    res = await asyncio.gather(c, return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(value_after(0.02, 1), fail_after(0.01, TypeError("early")))
    except TypeError as e:
        print("gather raised", e)
    same = asyncio.create_task(value_after(0, "same"))
    print(await asyncio.gather(same, same, value_after(0, "other")))
    g = asyncio.gather(value_after(1, 1), value_after(1, 2))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print(await asyncio.gather(Awaitable(), asyncio.sleep(0, "slept")))

    # wait
    tasks = [asyncio.create_task(value_after(d, d)) for d in (0.15, 0.01, 0.1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    tasks = [asyncio.create_task(value_after(0.05, "slow")),
             asyncio.create_task(fail_after(0.01, OSError("bad"))),
             asyncio.create_task(value_after(0.005, "fast"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(map(short, done)), [short(p) for p in pending])
    done, pending = await asyncio.wait(tasks, timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=1)
    print(len(done), len(pending))
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    coro = value_after(0, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    try:
        await asyncio.wait(tasks[0])
    except TypeError as e:
        print("TypeError", e)

    # wait_for
    print(await asyncio.wait_for(value_after(0.01, "in time"), 1))
    print(await asyncio.wait_for(value_after(0.01, "no limit"), None))
    try:
        await asyncio.wait_for(value_after(1, "late"), 0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(value_after(1, "late"), 0)
    except asyncio.TimeoutError:
        print("TimeoutError at once")
    done_task = asyncio.create_task(value_after(0, "ready"))
    await asyncio.sleep(0.001)
    print(await asyncio.wait_for(done_task, 0))
    t = asyncio.create_task(stubborn())
    print(await asyncio.wait_for(t, 0.01))
    try:
        await asyncio.wait_for(fail_after(0, ValueError("inner")), 1)
    except ValueError as e:
        print("inner error", e)

    # as_completed
    order = []
    for fut in asyncio.as_completed([value_after(0.03, "c"), value_after(0.01, "a"),
                                     value_after(0.02, "b")]):
        order.append(await fut)
    print(order)
    try:
        for fut in asyncio.as_completed([value_after(0.01, "quick"), value_after(1, "slow")],
                                        timeout=0.05):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out")
    try:
        asyncio.as_completed(asyncio.sleep(0))
    except TypeError as e:
        print("TypeError", e)
    print(list(asyncio.as_completed([])))

    # shield
    inner = asyncio.create_task(value_after(0.02, "shielded"))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(value_after(0, "plain")))
    done_inner = asyncio.create_task(value_after(0, "done"))
    await done_inner
    print(asyncio.shield(done_inner) is done_inner)

    # ensure_future
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    et = asyncio.ensure_future(value_after(0, "ensured"))
    print(isinstance(et, asyncio.Task), await et)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)

    # sleep
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(0.05, "slept"), await asyncio.sleep(0), await asyncio.sleep(-1, "neg"))
    print(round(loop.time() - start, 2) >= 0.05)

    # contextvars: each task runs in a copy of the creator's context
    var = contextvars.ContextVar("var", default="unset")
    var.set("main")

    async def child(v):
        before = var.get()
        var.set(v)
        await asyncio.sleep(0)
        return before, var.get()

    print(await asyncio.gather(child("one"), child("two")), var.get())
    ctx = contextvars.Context()
    print(await asyncio.create_task(child("ctx"), context=ctx), ctx[var])

    # misuse
    async def await_self():
        await asyncio.sleep(0)
        await me_task

    me_task = asyncio.create_task(await_self())
    try:
        await me_task
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])

    class BadYield:
        def __await__(self):
            yield 5

    try:
        await asyncio.create_task(_await(BadYield()))
    except RuntimeError as e:
        print("RuntimeError", e)
    print(asyncio.iscoroutinefunction(value_after), asyncio.iscoroutinefunction(short),
          asyncio.iscoroutine(coro), asyncio.iscoroutine(value_after))
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())


async def _await(x):
    return await x


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError", e)
