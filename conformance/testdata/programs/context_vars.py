import contextvars, asyncio
v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")
t = v.set(1)
ctx = contextvars.copy_context()
def f(x):
    v.set(x); return v.get(), w.get("nw")
print(ctx.run(f, 5), v.get(), ctx[v], v in ctx, len(ctx) >= 1)
v.reset(t); print(v.get())
try: v.reset(t)
except RuntimeError as e: print("RuntimeError")
try: w.get()
except LookupError as e: print("LookupError", type(e).__name__)
print(t.old_value is contextvars.Token.MISSING, t.var is v, v.name)
async def child(n):
    v.set(n); await asyncio.sleep(0); return v.get()
async def main():
    v.set(100)
    r = await asyncio.gather(child(1), child(2))
    print(r, v.get())
    await child(7); print(v.get())
asyncio.run(main()); print(v.get())
