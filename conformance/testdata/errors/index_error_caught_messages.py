cases = [
    lambda: [][0],
    lambda: ()[0],
    lambda: ""[0],
    lambda: b""[0],
    lambda: bytearray()[0],
    lambda: range(0)[0],
    lambda: [1].pop(5),
    lambda: [].pop(),
    lambda: [1, 2].insert(0, 0) or [1][3],
    lambda: "abc"[10],
]
for c in cases:
    try:
        c()
    except IndexError as e:
        print("IndexError:", e)
