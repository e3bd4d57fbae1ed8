values = ["1", "x", "3", "", "5"]
parsed = []
for v in values:
    try:
        parsed.append(int(v))
    except ValueError:
        parsed.append(None)
        continue
    finally:
        pass
print(parsed)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
total = 0
for x in [1, 2, 0, 4]:
    try:
        total += 10 // x
    except ZeroDivisionError:
        print("skipping zero")
    else:
        print("added", 10 // x)
print(total)
