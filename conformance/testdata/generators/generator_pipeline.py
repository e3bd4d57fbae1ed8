def read_lines(text):
    for line in text.splitlines():
        print("read:", line)
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
config = "a = 1\n\nb = two\n   \nc=3"
pipeline = parse(non_empty(read_lines(config)))
print("nothing read yet")
first = next(pipeline)
print("first:", first)
print("rest:", dict(pipeline))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(batched(range(7), 3)))
