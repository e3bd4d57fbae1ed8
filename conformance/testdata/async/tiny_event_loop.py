class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks
def run_all(coros):
    ready = [(i, c) for i, c in enumerate(coros)]
    results = {}
    while ready:
        i, c = ready.pop(0)
        try:
            c.send(None)
            ready.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return [results[i] for i in range(len(coros))]
log = []
async def task(name, steps):
    for s in range(steps):
        log.append(f"{name}{s}")
        await Sleep(1)
    return f"{name} done after {steps}"
print(run_all([task("a", 3), task("b", 1), task("c", 2)]))
print(log)
async def nested():
    waited = await Sleep(2)
    inner = await task("n", 1)
    return waited, inner
print(run_all([nested()]))
