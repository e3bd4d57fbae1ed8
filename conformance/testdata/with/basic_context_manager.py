class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return f"resource {self.name}"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False
with Managed("a") as r:
    print("inside with", r)
print("after")
with Managed("no as"):
    print("body")
try:
    with Managed("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
def early_return():
    with Managed("c"):
        return "returned from inside with"
print(early_return())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            break
