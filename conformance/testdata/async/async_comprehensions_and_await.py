class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if False:
            yield
        return self.v
async def double(x):
    return await Ready(x) * 2
async def agen():
    for i in range(4):
        yield await double(i)
async def main():
    a = [await double(i) for i in range(3)]
    b = [x async for x in agen()]
    c = {x: await double(x) for x in "ab"}
    d = [x async for x in agen() if x > 2]
    return a, b, c, d
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
