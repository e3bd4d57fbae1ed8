def parse(s):
    return int(s)

try:
    parse("abc")
except ValueError:
    x = [1, 2, 3]
    print(x[10])
