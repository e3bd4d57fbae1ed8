# A with statement's manager that lacks __exit__ (but has __enter__) is named in
# the TypeError, for with and async with alike.
import asyncio
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
class Neither:
    pass
for cls in (NoExit, NoEnter, Neither):
    try:
        with cls():
            pass
    except TypeError as e:
        print(e)
class A:
    async def __aenter__(self): pass
class B:
    async def __aexit__(self, *a): pass
for cls in (A, B, Neither):
    async def f():
        async with cls():
            pass
    try:
        asyncio.run(f())
    except TypeError as e:
        print(e)
