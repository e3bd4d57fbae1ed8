try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print("NameError:", e, "| name attribute:", e.name)
