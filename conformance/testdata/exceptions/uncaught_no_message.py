class Empty(Exception):
    pass
print("about to fail")
raise Empty
