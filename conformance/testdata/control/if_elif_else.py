def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 99]])
for value in [0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
elif x > 4:
    print("elif taken")
if not x:
    print("never")
else:
    if x % 2:
        print("nested odd")
