print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1.5, 2, -3]))
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([(1, "b"), (1, "a")]), min({"z": 1, "y": 2}), max({"z": 1, "y": 2}, key=lambda k: {"z": 1, "y": 2}[k]))
print(max([3, 3.0]), max([3.0, 3]), min([2, 1, 1.0]))
print(max(["a", "bb", "cc"], key=len), min(["bb", "a", "cc", "b"], key=len))
for call in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"), lambda: max(1, 2, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
