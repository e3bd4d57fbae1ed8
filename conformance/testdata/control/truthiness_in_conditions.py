def describe(x):
    return "truthy" if x else "falsy"
class Custom:
    def __init__(self, flag):
        self.flag = flag
    def __bool__(self):
        print("__bool__ called")
        return self.flag
print(describe(Custom(True)), describe(Custom(False)))
items = []
while items or len(items) < 2:
    items.append(len(items))
    if len(items) > 3:
        break
print(items)
x = Custom(False) or "fallback"
print(x)
print([v for v in [0, 1, "", "a", None, [], [0]] if v])
print(not Custom(True))
