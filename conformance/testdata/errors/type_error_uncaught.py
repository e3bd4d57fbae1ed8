total = 0
for item in [1, 2, "3"]:
    print("adding", item)
    total = total + item
