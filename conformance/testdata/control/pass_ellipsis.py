def todo():
    pass
def later():
    ...
class Empty:
    pass
class AlsoEmpty:
    ...
print(todo(), later(), Empty.__name__, AlsoEmpty.__name__)
for _ in range(2):
    pass
if True:
    pass
else:
    ...
while False:
    pass
x = ...
print(x, type(x).__name__, x is Ellipsis, bool(...))
try:
    pass
except Exception:
    pass
finally:
    pass
print("done")
