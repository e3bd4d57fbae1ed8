inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf)
print(nan > 1, nan < 1, nan is nan)
print(max(1.0, inf), min(-inf, 5.0))
print([x for x in [1.0, nan, 2.0] if x == x])
print(float("-nan"), float("INF"), float("+inf"))
print(inf.is_integer(), (-0.0) == 0.0, str(-0.0), repr(0.0 * -1))
print(round(2.5), round(3.5), round(-2.5), round(0.5))
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(1e400, -1e400)
print(format(inf, "f"), format(nan, "e"), format(-inf, ">8"))
