print("defining class")
class Broken:
    value = 1 / 0
print("not reached")
