count = 5
print("count is", count)
count.append(1)
