def greet():
    return "hi " + nme
print("calling greet")
greet()
