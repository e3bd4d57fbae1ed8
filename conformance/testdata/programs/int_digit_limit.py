import sys, math
print(sys.get_int_max_str_digits(), len(str(math.factorial(1000))), len(str(-10**4299)))
for f in (lambda: str(math.factorial(2000)), lambda: repr(-10**4300), lambda: f"{10**4300}", lambda: "%d" % 10**4300, lambda: int("1" * 4301),
          lambda: int("1" * 4301, 7), lambda: format(10**4300, "x")[:5], lambda: hex(10**4300)[:5], lambda: int("0x" + "f" * 5000, 0) > 0,
          lambda: int(" -" + "9" * 4300 + " ") < 0, lambda: sys.set_int_max_str_digits(5), lambda: int.from_bytes([256], "big"), lambda: print(10**4300)):
    try:
        r = f()
        print("ok", str(r)[:10] if not isinstance(r, int) or r.bit_length() < 100 else "big")
    except ValueError as e:
        print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(math.factorial(2000))), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
print(10**5000)
