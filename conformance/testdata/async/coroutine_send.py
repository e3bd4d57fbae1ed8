async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y * 2
coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
async def noop():
    pass
c = noop()
try:
    c.send(None)
except StopIteration as e:
    print("noop returned", e.value)
print(main.__name__, type(main).__name__)
import sys
c2 = add(1, 1)
c2.close()
print("closed an unawaited coroutine")
