import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught:", e)
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth()
print("depth is large:", d > 500)
print("still works after:", sum(range(10)))
sys.setrecursionlimit(100)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
try:
    deep(500)
except RecursionError:
    print("limit of 100 enforced")
print(deep(50))
