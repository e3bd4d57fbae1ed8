prices = {"apple": 1.2, "pear": 0.8, "kiwi": 2.5}
print({k: v for k, v in prices.items() if v > 1})
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print({v: k for k, v in prices.items()})
print(dict(sorted(prices.items(), key=lambda kv: kv[1])))
print(max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print({**a, **b}, a | b, b | a, {k: a.get(k, 0) + b.get(k, 0) for k in a.keys() | b.keys()} == {"x": 1, "y": 5, "z": 4})
print(list(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.items() | b.items()))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i != j}
print(matrix)
print(sum(prices.values()) > 4, len(prices), list(prices)[1])
