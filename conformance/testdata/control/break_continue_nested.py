result = []
for i in range(5):
    if i % 2 == 0:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j == 2:
            continue
        result.append((i, j))
print(result)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)
def search():
    for a in range(10):
        for b in range(10):
            if a * b == 42:
                return a, b
print(search())
total = 0
for i in range(100):
    if i > 10:
        break
    if i % 3:
        continue
    total += i
print(total)
