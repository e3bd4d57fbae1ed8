counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def define_global():
    global created_here
    created_here = "made by function"
define_global()
print(created_here)
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    return mid(), x
print(outer())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def reads_global():
    return counter * 10
print(reads_global())
x = "module"
def nested_global():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(nested_global())
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
