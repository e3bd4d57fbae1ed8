import sys
def depth(n):
    return depth(n + 1)
sys.setrecursionlimit(200)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def f(n):
    return 1 / n if n == 0 else f(n - 1)
f(3)
