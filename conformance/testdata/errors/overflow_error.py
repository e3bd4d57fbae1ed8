for c in [lambda: 2.0 ** 5000, lambda: float(10 ** 400), lambda: int(float("inf")), lambda: [0] * (2 ** 70), lambda: "x" * (2 ** 63)]:
    try:
        c()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
print(2 ** 5000 > 0, len(str(2 ** 5000)))
