class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(limit):
    for i in range(limit):
        yield i * 10
async def main():
    out = []
    async for t in Ticker(3):
        out.append(t)
    async for v in agen(3):
        out.append(v)
    comp = [v async for v in agen(4) if v]
    async for x in Ticker(0):
        out.append("never")
    else:
        out.append("else")
    return out, comp
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))
g = agen(1)
print(type(g).__name__)
