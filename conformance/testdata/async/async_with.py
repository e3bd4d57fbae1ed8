class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
async def use():
    async with Resource("a") as r, Resource("b"):
        print("using", r.name)
    async with Resource("c"):
        raise KeyError("suppressed")
    print("after suppressed error")
    try:
        async with Resource("d"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("caught", e)
    return "finished"
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(use()))
