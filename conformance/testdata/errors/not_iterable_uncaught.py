count = 3
print("trying to loop over an int")
for i in count:
    print(i)
