x = "outer"
result = [x for x in range(3)]
print(result, x)
i = 100
squares = [i * i for i in range(4)]
print(i)
print([lambda: j for j in range(3)][0]())
class A:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first = [factor for _ in range(1)] if False else None
    pairs = [(v, w) for v in values for w in [0]]
print(A.doubled, A.scaled, A.pairs)
def outer():
    y = 5
    return [y + k for k in range(3)]
print(outer())
gen = (n for n in range(3))
print(next(gen), list(gen))
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print("NameError:", e)
it = iter([1, 2, 3])
print([v for v in it], list(it))
print([[k for k in range(r)] for r in range(3)])
