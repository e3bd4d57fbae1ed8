def compute():
    result = 10
    return totally_unknown * 2
print("computing")
print(compute())
