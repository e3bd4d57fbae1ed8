def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
for i in []:
    print("never")
else:
    print("empty loop still runs else")
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for ch in "abc":
    pass
print("loop variable survives:", ch)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
for k in {"a": 1, "b": 2}:
    print(k)
data = [1, 2, 3]
for data[0] in [7, 8]:
    pass
print(data)
