values = [1, 2, 3]
print("calling a list")
values(0)
