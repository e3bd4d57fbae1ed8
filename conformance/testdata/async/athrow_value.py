import asyncio


async def agen():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 2


async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(KeyError, KeyError("given"), None))
    g2 = agen()
    await g2.__anext__()
    print(await g2.athrow(KeyError, "made from value"))
    g3 = agen()
    await g3.__anext__()
    print(await g3.athrow(KeyError("instance")))


asyncio.run(main())
