import asyncio
async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()
async def main():
    log = []
    results = await asyncio.gather(worker("slow", 0.03, log), worker("fast", 0.01, log))
    print("results in call order:", results)
    print("finished in time order:", log)
    task = asyncio.create_task(worker("task", 0, log))
    print("task result:", await task)
    return len(log)
print("main returned", asyncio.run(main()))
