# asyncio.TaskGroup: results, failures collected into an ExceptionGroup,
# siblings and the body cancelled, outside cancellation, errors raised in
# the body, reprs and misuse errors.
import asyncio


async def work(name, delay, log, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        log.append(f"{name} fails")
        raise fail
    log.append(f"{name} done")
    return name


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        print(tg)
        a = tg.create_task(work("a", 0.02, log))
        b = tg.create_task(work("b", 0.01, log), name="bee")
        print(tg, b.get_name())
    print(a.result(), b.result(), log, tg)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0.01, log, ValueError("x bad")))
            tg.create_task(work("y", 0.01, log, KeyError("y bad")))
            tg.create_task(work("z", 1, log))
            await asyncio.sleep(5)
            log.append("body finished")
    except ExceptionGroup as eg:
        print(repr(eg.message), [repr(e) for e in eg.exceptions], eg.__cause__, eg.__suppress_context__)
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("s", 0.05, log))
            await asyncio.sleep(0.01)
            raise RuntimeError("body error")
    except* RuntimeError as eg:
        print("body:", [str(e) for e in eg.exceptions])
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("p", 0.01, log, ValueError("p bad")))
            raise TypeError("body too")
    except* (TypeError, ValueError) as eg:
        print("both:", sorted(type(e).__name__ for e in eg.exceptions))

    # cancelled from outside: CancelledError comes out, not a group
    log = []

    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("q", 1, log))
            tg.create_task(work("r", 1, log))
        log.append("not reached")

    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled", sorted(log), t.cancelled())

    # a failure after the body finished
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("late", 0.02, log, OSError("late bad")))
            tg.create_task(work("other", 0.5, log))
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions], log)

    # nested groups
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(work("deep", 0.01, [], ValueError("deep")))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(eg, "->", eg.exceptions[0], "->", eg.exceptions[0].exceptions)

    # misuse
    tg = asyncio.TaskGroup()
    coro = work("never", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    async with tg:
        pass
    coro = work("never", 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

    # a group whose tasks were all cancelled individually
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(asyncio.sleep(1))
        c.cancel()
    print(c.cancelled())


asyncio.run(main())
