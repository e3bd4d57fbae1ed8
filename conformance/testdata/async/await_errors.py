class Fail:
    def __await__(self):
        yield
        raise ValueError("failed while awaited")
async def careful():
    try:
        await Fail()
    except ValueError as e:
        return f"caught {e}"
def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print(drive(careful()))
async def thrower():
    await Fail()
try:
    drive(thrower())
except ValueError as e:
    print("propagated:", e)
async def not_awaitable():
    await 5
try:
    drive(not_awaitable())
except TypeError as e:
    print("TypeError:", e)
async def throw_target():
    try:
        await Fail()
    except KeyError:
        return "KeyError delivered into the coroutine"
c = throw_target()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
async def once():
    return 1
co = once()
drive(co)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
