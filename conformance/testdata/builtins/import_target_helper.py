VALUE = "helper value"
def double(x):
    return x * 2
