items = [10, 20, 30]
print(items[2], items[-3])
for c in [lambda: items[3], lambda: items[-4], lambda: "ab"[5], lambda: (1,)[1], lambda: [].pop(), lambda: range(2)[2], lambda: b"x"[1], lambda: items.__setitem__(9, 0)]:
    try:
        c()
    except IndexError as e:
        print("IndexError:", e)
print(items[99])
