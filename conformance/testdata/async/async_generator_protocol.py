async def countdown(n):
    while n:
        received = yield n
        if received:
            print("received", received)
        n -= 1
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
ag = countdown(3)
print(step(ag.__anext__()))
print(step(ag.asend("hello")))
print(step(ag.__anext__()))
try:
    step(ag.__anext__())
except StopAsyncIteration:
    print("async generator finished")
print(type(ag.__anext__()).__name__ != "coroutine")
