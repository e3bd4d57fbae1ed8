calls = []
def expensive(x):
    calls.append(x)
    return x * 10
gen = (expensive(x) for x in range(5))
print(calls)
print(next(gen), calls)
found = next(v for v in gen if v > 20)
print(found, calls)
def numbers():
    for i in range(3):
        print("producing", i)
        yield i
for n in numbers():
    print("consuming", n)
print(any(expensive(x) > 0 for x in range(100)), len(calls))
z = zip(numbers(), "ab")
print("zip is lazy too")
print(list(z))
