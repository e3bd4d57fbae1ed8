# bisect: lo/hi windows, key functions, custom sequences, argument errors.
import bisect

data = [10, 20, 20, 20, 30, 40]
for x in (5, 10, 20, 25, 40, 45):
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x))

# windows
print(bisect.bisect_left(data, 20, 2), bisect.bisect_right(data, 20, 0, 3))
print(bisect.bisect_left(data, 20, 5), bisect.bisect_right(data, 20, 4, 2))
print(bisect.bisect_left(data, 20, hi=-1), bisect.bisect_right(data, 20, hi=None))
print(bisect.bisect_left(data, 20, lo=True), bisect.bisect_left([], 1))

# key: searching a list of records by a field
people = [("ann", 19), ("bob", 25), ("cy", 25), ("dee", 31)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=age), bisect.bisect_right(people, 25, key=age))
bisect.insort_left(people, ("eve", 25), key=age)
bisect.insort_right(people, ("fay", 25), key=age)
bisect.insort(people, ("gus", 99), key=age)
bisect.insort(people, ("hal", 1), key=age)
print(people)

# key called on x once, then on probed items
calls = []
def k(v):
    calls.append(v)
    return v
nums = [1, 3, 5, 7, 9]
bisect.insort(nums, 4, key=k)
print(nums, calls[0], len(calls) > 1)

# descending order via a negating key
desc = [9, 7, 5, 3]
bisect.insort(desc, 6, key=lambda v: -v)
print(desc)

# a user-defined sequence: __len__, __getitem__ and insert are all it needs
class Log:
    def __init__(self):
        self.items = [2, 4, 6]
        self.seen = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        self.seen.append(i)
        return self.items[i]
    def insert(self, i, x):
        print("insert at", i, x)
        self.items.insert(i, x)

log = Log()
bisect.insort(log, 5)
print(log.items, sorted(set(log.seen)))

# strings and tuples sort lexicographically
words = ["apple", "cherry", "fig"]
bisect.insort(words, "banana")
print(words, bisect.bisect(words, "date"))

# errors
def err(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

err(bisect.bisect_left, [1], 1, -1)
err(bisect.insort, [1], 1, -3)
err(bisect.bisect_left, [1], 1, "a")
err(bisect.bisect_left, [1], 1, 0, 1.5)
err(bisect.bisect_right, None, 1)
err(bisect.bisect, [1, "a"], 2)
err(bisect.bisect, [1, 2], 1, key=1)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
