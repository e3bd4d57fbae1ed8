class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
class Loop:
    def __init__(self):
        self.tasks = []
        self.futures = []
    def spawn(self, coro):
        self.tasks.append(coro)
    def run(self):
        results = []
        while self.tasks:
            coro = self.tasks.pop(0)
            try:
                waiting_on = coro.send(None)
                self.tasks.append(coro)
                if waiting_on not in self.futures:
                    self.futures.append(waiting_on)
            except StopIteration as e:
                results.append(e.value)
            for i, f in enumerate(self.futures):
                if not f.done and len(self.tasks) == 1:
                    f.set(f"resolved #{i}")
        return results
fut = Future()
async def waiter(name):
    value = await fut
    return f"{name} got {value}"
async def setter():
    fut.set("shared value")
    return "setter done"
loop = Loop()
loop.spawn(waiter("w1"))
loop.spawn(waiter("w2"))
loop.spawn(setter())
print(loop.run())
