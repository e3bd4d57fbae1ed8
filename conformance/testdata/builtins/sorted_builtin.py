print(sorted([3, 1, 2]), sorted("hello"), sorted({"b": 1, "a": 2}), sorted((3.5, -1, 2)))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["B", "a", "C"], key=str.lower))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([]), sorted([[2, 1], [1, 2], [1]]), sorted([True, False, 0, 1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
lst = [5, 2, 8]
lst.sort(key=lambda x: -x)
print(lst)
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
print(sorted(range(10), key=lambda x: x % 3))
