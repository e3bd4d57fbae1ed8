base = ["", "é", "ab", "aé", "x"*70 + "éa" + "b"*40 + "é"]
for s in [("a" * 70) + "é" + "abcé" * 30, "abc" * 40, "é" * 100]:
    n = len(s)
    for sub in base:
        for st in (None, 0, 3, -5, 71, n, n + 3, -1000):
            for en in (None, 5, -3, n, n + 10, 72):
                args = (sub,) if st is None and en is None else (sub, st if st is not None else 0, en if en is not None else n)
                print(s.find(*args), s.rfind(*args), s.count(*args), end=" ")
        print()
