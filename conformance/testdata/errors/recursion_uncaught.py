def walk(node):
    return walk(node + 1)
print("walking")
walk(0)
