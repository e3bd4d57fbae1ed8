people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 31}]
print(max(people, key=lambda p: p["age"])["name"], min(people, key=lambda p: p["age"])["name"])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"]))])
print(max("apple", "Banana", key=str.lower), min(["10", "9", "100"], key=int), max(["10", "9", "100"]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda x: (x % 3, x)), min([[3, 1], [2, 9], [2, 1]]))
print(sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])), sorted("Hello World", key=str.isupper))
